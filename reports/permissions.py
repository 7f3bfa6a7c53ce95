"""Who may record attendance: the department and superusers for every center, a center's
staff (members of its editors group) for that center's events only."""

from django.contrib.auth import get_user_model
from django.db.models import Q
from wagtail.permission_policies.base import BasePermissionPolicy

from network.models import CenterPage

from .access import DEPARTMENT_GROUP, is_reporter

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
