"""The permission policy of every record that belongs to one center.

One class, one rule (:mod:`roles.scope`): each model says which actions a center's staff
may take on their center's rows and which the Department may take on every row; the
rows themselves are always those whose center the user may see. Wagtail's generic
views, menus, buttons and choosers ask the policy registered for the model
(``wagtail.permissions.register_permission_policy``); the views of
:class:`roles.viewsets.CenterScopedViewSet` also ask it for the row they show.
"""

from django.contrib.auth import get_user_model
from django.db.models import Q
from wagtail.models import Locale
from wagtail.permission_policies.base import BasePermissionPolicy, ModelPermissionPolicy

from . import scope

ACTIONS = frozenset({"add", "change", "delete", "view", "export"})


class CenterRecordPermissionPolicy(BasePermissionPolicy):
    """For a model whose rows point at a center through ``center_field``.

    ``staff``: actions a center's staff may take on their own center's rows.
    ``all_centers``: actions the Department (and superusers) may take on every row.
    A model whose rows belong to the whole network (no center) has ``center_field=None``
    and no staff actions.
    """

    def __init__(self, model, *, staff=(), all_centers=ACTIONS, center_field="center"):
        super().__init__(model)
        self.staff_actions = frozenset(staff)
        self.all_centers_actions = frozenset(all_centers)
        self.center_field = center_field
        if center_field is None and self.staff_actions:
            raise ValueError("Rows without a center cannot have staff actions.")

    def actions_for(self, user):
        if scope.sees_all_centers(user):
            return self.all_centers_actions
        if self.staff_actions and scope.sees_some_center(user):
            return self.staff_actions
        return frozenset()

    def user_has_permission(self, user, action):
        return action in self.actions_for(user)

    def visible(self, user, queryset=None):
        """The rows of ``queryset`` (default: every row) ``user`` may see."""
        if queryset is None:
            queryset = self.model._default_manager.all()
        if not self.actions_for(user):
            return queryset.none()
        if self.center_field is None:
            return queryset  # only the Department gets here
        return scope.scope(queryset, user, self.center_field)

    def user_has_permission_for_instance(self, user, action, instance):
        return (
            self.user_has_permission(user, action)
            and self.visible(user).filter(pk=instance.pk).exists()
        )

    def instances_user_has_any_permission_for(self, user, actions):
        if self.user_has_any_permission(user, actions):
            return self.visible(user)
        return self.model._default_manager.none()

    def users_with_any_permission(self, actions):
        actions = set(actions)
        everyone = Q(pk__in=[])
        if actions & self.all_centers_actions:
            everyone |= Q(pk__in=scope.users_seeing_all_centers().values("pk"))
        if actions & self.staff_actions:
            everyone |= Q(pk__in=scope.center_staff().values("pk"))
        return get_user_model().objects.filter(everyone, is_active=True)


class TranslatedSnippetPermissionPolicy(ModelPermissionPolicy):
    """Shared lists (sectors, amenities, event categories): the model permissions, except
    that a translator changes only translations, never the source language's rows.

    Translators hold ``change`` on these models so that wagtail-localize's editor lets them
    translate (it asks for the model permission); a source row changed in place would be
    live at once in every listing, so the row itself is refused to anyone who translates
    without being the Department.
    """

    source_actions = frozenset({"change", "delete"})

    def _translator_only(self, user):
        return scope.translates_all_centers(user) and not scope.sees_all_centers(user)

    def _is_source(self, instance):
        return instance.locale_id == Locale.get_default().pk

    def user_has_permission_for_instance(self, user, action, instance):
        if not self.user_has_permission(user, action):
            return False
        return not (
            action in self.source_actions
            and self._is_source(instance)
            and self._translator_only(user)
        )

    def instances_user_has_any_permission_for(self, user, actions):
        instances = super().instances_user_has_any_permission_for(user, actions)
        if self._translator_only(user) and set(actions) <= self.source_actions:
            instances = instances.exclude(locale=Locale.get_default())
        return instances
