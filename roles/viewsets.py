"""Admin views that ask the permission policy about the row they show, not only the model.

Wagtail's generic views check the policy for the model ("may this user edit
inquiries?"), and the history, usage, inspect, edit and delete views then load any row
by its id. :class:`CenterScopedViewSet` builds every view of a viewset from a subclass
that, in addition, finds the row only when the policy allows the view's action on it
(another center's row is not found), and lists only the rows the policy allows. A view
class a viewset adds or overrides later is covered the same way, without anyone
remembering to.
"""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from wagtail.admin.viewsets.model import ModelViewSet

ANY_ACTION = ("add", "change", "delete", "view")


def required_actions(view):
    """The actions the view's model-level check asks for (one of them is enough)."""
    required = getattr(view, "permission_required", None)
    if isinstance(required, str):
        return [required]
    return list(getattr(view, "any_permission_required", None) or ANY_ACTION)


class InstanceCheckedMixin:
    """The row is found only if the policy allows one of the view's actions on it."""

    def get_object(self, *args, **kwargs):
        instance = super().get_object(*args, **kwargs)
        policy = self.permission_policy
        if policy is None or instance is None:
            return instance
        user, actions = self.request.user, required_actions(self)
        if policy.user_has_any_permission_for_instance(user, actions, instance):
            return instance
        if policy.user_has_any_permission(user, actions):
            raise Http404  # someone else's row: as if there were none
        raise PermissionDenied


class ScopedListingMixin:
    """Listings (and their exports) show only the rows the policy allows."""

    def get_base_queryset(self):
        queryset = super().get_base_queryset()
        policy = self.permission_policy
        if policy is None:
            return queryset
        visible = getattr(policy, "visible", None)
        if visible is not None:
            return visible(self.request.user, queryset)
        allowed = policy.instances_user_has_any_permission_for(
            self.request.user, required_actions(self)
        )
        return queryset.filter(pk__in=allowed.values("pk"))


_checked = {}


def checked(view_class):
    """``view_class`` with the row checks above (the same subclass every time)."""
    if view_class not in _checked:
        mixins = []
        if hasattr(view_class, "get_base_queryset") and not hasattr(view_class, "get_object"):
            mixins.append(ScopedListingMixin)
        if hasattr(view_class, "get_object"):
            mixins.append(InstanceCheckedMixin)
        _checked[view_class] = (
            type(view_class.__name__, (*mixins, view_class), {"__module__": view_class.__module__})
            if mixins
            else view_class
        )
    return _checked[view_class]


class CenterScopedViewSet(ModelViewSet):
    """A ModelViewSet whose every view checks the row, not only the model."""

    def construct_view(self, view_class, **kwargs):
        return super().construct_view(checked(view_class), **kwargs)
