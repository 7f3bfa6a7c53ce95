"""Who may do what in the register: the department everything, a center's staff their own.

A center's staff are the members of its editors group (set up by ``network.centers``), so a
new center's staff reach its register at once, without any Django model permission. Only
superusers and the department delete: a register the inspected party can erase is no
register. Complaints arrive from visitors only, so nobody adds one in the admin.
"""

from django.contrib.auth import get_user_model
from django.db.models import Q
from wagtail.permission_policies.base import BasePermissionPolicy

from network.models import CenterPage

from .models import all_centers_groups, sees_all_centers


def is_center_staff(user):
    return CenterPage.objects.filter(editors_group__in=user.groups.all()).exists()


class CenterRecordPermissionPolicy(BasePermissionPolicy):
    staff_actions = {"add", "change", "view", "export"}
    addable = True

    def user_has_permission(self, user, action):
        if not (user.is_authenticated and user.is_active):
            return False
        if action == "add" and not self.addable:
            return False
        if sees_all_centers(user):
            return action in self.staff_actions | {"delete"}
        return action in self.staff_actions and is_center_staff(user)

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
        actions = set(actions) if self.addable else set(actions) - {"add"}
        users = get_user_model().objects.filter(is_active=True)
        if not actions & (self.staff_actions | {"delete"}):
            return users.none()
        everyone = Q(is_superuser=True) | Q(groups__name__in=all_centers_groups())
        if actions & self.staff_actions:
            staff_groups = CenterPage.objects.exclude(editors_group=None).values("editors_group")
            everyone |= Q(groups__in=staff_groups)
        return users.filter(everyone).distinct()


class ComplaintPermissionPolicy(CenterRecordPermissionPolicy):
    addable = False
