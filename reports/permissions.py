"""Who may record attendance: the department and superusers for every center, a center's
staff (members of its editors group) for that center's events only."""

from django.contrib.auth import get_user_model
from django.db.models import Q
from wagtail.permission_policies.base import BasePermissionPolicy

from network.models import CenterPage

from .access import DEPARTMENT_GROUP, is_reporter, sees_all_centers

ACTIONS = {"add", "change", "delete", "view", "export"}


class CenterRecordPermissionPolicy(BasePermissionPolicy):
    """For models with a ``visible_to(user)`` queryset method limiting rows by center."""

    def user_has_permission(self, user, action):
        if not (user.is_authenticated and user.is_active):
            return False
        return action in ACTIONS and is_reporter(user)

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
        if not set(actions) & ACTIONS:
            return users.none()
        groups = CenterPage.objects.exclude(editors_group=None).values("editors_group")
        return users.filter(
            Q(is_superuser=True) | Q(groups__name=DEPARTMENT_GROUP) | Q(groups__in=groups)
        ).distinct()


class DepartmentOnlyPermissionPolicy(BasePermissionPolicy):
    """Reporting periods: opened, locked and unlocked by the department (and superusers)."""

    def user_has_permission(self, user, action):
        return action in ACTIONS and sees_all_centers(user)

    def users_with_any_permission(self, actions):
        if not set(actions) & ACTIONS:
            return get_user_model().objects.none()
        return (
            get_user_model()
            .objects.filter(is_active=True)
            .filter(Q(is_superuser=True) | Q(groups__name=DEPARTMENT_GROUP))
            .distinct()
        )


class SignOffPermissionPolicy(CenterRecordPermissionPolicy):
    """Center staff sign off their own center; a sign-off is final: only the department
    removes one (to reopen the period), and nobody edits one."""

    def user_has_permission(self, user, action):
        if action == "change":
            return False
        if action == "delete":
            return sees_all_centers(user)
        return super().user_has_permission(user, action)
