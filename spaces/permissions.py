"""Who may see inquiries: superusers and the department see all, center staff their own.

A center's staff are the members of its editors group (set up by network.centers); no
Django model permission is needed, so every new center's staff see its inquiries at once.
"""

from django.contrib.auth import get_user_model
from django.db.models import Q
from wagtail.permission_policies.base import BasePermissionPolicy

from network.models import CenterPage

from .models.inquiries import all_centers_groups

STAFF_ACTIONS = {"view", "change", "export"}


def sees_all_centers(user):
    return user.is_superuser or user.groups.filter(name__in=all_centers_groups()).exists()


def is_center_staff(user):
    return CenterPage.objects.staffed_by(user.groups.all()).exists()


class InquiryPermissionPolicy(BasePermissionPolicy):
    def user_has_permission(self, user, action):
        if not (user.is_authenticated and user.is_active):
            return False
        if action == "add":
            return False  # inquiries come from visitors only
        if action == "delete":
            return sees_all_centers(user)
        if action in STAFF_ACTIONS:
            return sees_all_centers(user) or is_center_staff(user)
        return False

    def user_has_permission_for_instance(self, user, action, instance):
        return (
            self.user_has_permission(user, action)
            and self.model.objects.visible_to(user).filter(pk=instance.pk).exists()
        )

    def instances_user_has_any_permission_for(self, user, actions):
        if self.user_has_any_permission(user, actions):
            return self.model.objects.visible_to(user)
        return self.model.objects.none()

    def users_with_any_permission(self, actions):
        users = get_user_model().objects.filter(is_active=True)
        if set(actions) <= {"add"}:
            return users.none()
        everything = Q(is_superuser=True) | Q(groups__name__in=all_centers_groups())
        if set(actions) & STAFF_ACTIONS:
            groups = CenterPage.objects.exclude(editors_group=None).values("editors_group")
            everything |= Q(groups__in=groups) | Q(groups__administered_center__isnull=False)
        return users.filter(everything).distinct()
