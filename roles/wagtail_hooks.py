"""Where the rule meets Wagtail's own screens: snippet rows, the page chooser, the group
editor."""

from django.contrib.auth.models import Permission
from django.db.models import Q
from wagtail import hooks
from wagtail.admin.auth import permission_denied
from wagtail.models import GroupPagePermission
from wagtail.permissions import policy_registry

from cms.tree import in_subtrees

from . import scope


def _refuse_unless(request, action, instance):
    policy = policy_registry.get(instance)
    if not policy.user_has_permission_for_instance(request.user, action, instance):
        return permission_denied(request)
    return None


@hooks.register("before_edit_snippet", order=-100)
def check_snippet_row_before_edit(request, instance):
    """Wagtail's snippet editor checks the model; the row's policy decides (a translator
    may not change a source-language row)."""
    return _refuse_unless(request, "change", instance)


@hooks.register("before_delete_snippet", order=-100)
def check_snippet_rows_before_delete(request, instances):
    for instance in instances:
        refused = _refuse_unless(request, "delete", instance)
        if refused is not None:
            return refused
    return None


def chooser_visible(user):
    """A Q for the pages the chooser may list: every live page, and the drafts of the
    user's own centers and of pages they hold permissions on. None: every page."""
    if scope.sees_all_centers(user) or scope.translates_all_centers(user):
        return None
    roots = set(scope.center_paths(user) or [])
    roots |= set(
        GroupPagePermission.objects.filter(group__user=user).values_list("page__path", flat=True)
    )
    return Q(live=True) | in_subtrees(sorted(roots))


@hooks.register("construct_page_chooser_queryset")
def hide_other_centers_drafts(pages, request):
    condition = chooser_visible(request.user)
    return pages if condition is None else pages.filter(condition)


@hooks.register("register_permissions")
def register_role_permissions():
    """The roles' permissions, to grant in the admin's group editor."""
    return Permission.objects.filter(content_type__app_label="roles")
