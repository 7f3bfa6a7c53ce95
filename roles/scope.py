"""Which centers a user may see: the rule, written once.

- Superusers and holders of ``roles.see_all_centers`` (the Department of Culture and
  Sports' group) see every center: its records, reports and pages.
- A center's staff are the members of its editors group (``CenterPage.editors_group``) and
  of its administrators group (``approvals.CenterAdministrators``); they see that center.
- Holders of ``roles.translate_all_centers`` (the translators' group) see every center's
  pages and shared lists for translation, and none of its records.
- Anyone else (inactive, anonymous, or in no such group) sees no center.

A center is all its language versions: centers are compared by translation key, so rows
pointing at the English page of a center are that center's too.

Every admin view, filter, form choice, export, chooser, e-mail recipient list and report
asks this module; the permission policy of center-scoped records is :mod:`roles.policies`.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db.models import Q
from wagtail.models import Locale

from cms.tree import in_subtrees
from network.models import CenterPage

SEE_ALL_CENTERS = "roles.see_all_centers"
TRANSLATE_ALL_CENTERS = "roles.translate_all_centers"


def _active(user):
    return bool(user is not None and user.is_authenticated and user.is_active)


def sees_all_centers(user):
    """Superusers and the Department (whoever holds ``roles.see_all_centers``)."""
    return _active(user) and user.has_perm(SEE_ALL_CENTERS)


def translates_all_centers(user):
    """Translators: every center's pages and the shared lists, for translation only."""
    return _active(user) and user.has_perm(TRANSLATE_ALL_CENTERS)


def staffed_centers(groups):
    """Centers (every language version) whose editors or administrators are in ``groups``."""
    return CenterPage.objects.staffed_by(groups)


def center_keys(user):
    """Translation keys of the centers ``user`` is staff of, or None for "every center".

    Cached on the user object, which lives for one request.
    """
    if sees_all_centers(user):
        return None
    if not _active(user):
        return frozenset()
    cached = getattr(user, "_roles_center_keys", None)
    if cached is None:
        groups = Group.objects.filter(user=user).values("pk")
        keys = staffed_centers(groups).values_list("translation_key", flat=True)
        cached = user._roles_center_keys = frozenset(keys)
    return cached


def sees_some_center(user):
    """The Department or some center's staff: may use the records, reports and register."""
    keys = center_keys(user)
    return keys is None or bool(keys)


def translation_keys(user):
    """Centers whose pages ``user`` may translate: None (all) for the Department and the
    translators, the own centers for a center's staff."""
    if translates_all_centers(user):
        return None
    return center_keys(user)


def visible_centers(user):
    """The Vietnamese (default language) centers ``user`` may see, in tree order."""
    centers = CenterPage.objects.filter(locale=Locale.get_default()).order_by("path")
    keys = center_keys(user)
    if keys is None:
        return centers
    return centers.filter(translation_key__in=keys)


def scope(queryset, user, center_field="center"):
    """The rows of ``queryset`` whose center (``center_field``) ``user`` may see."""
    keys = center_keys(user)
    if keys is None:
        return queryset
    if not keys:
        return queryset.none()
    return queryset.filter(**{f"{center_field}__translation_key__in": keys})


def center_paths(user):
    """Tree paths of every language version of the user's centers (None: every center)."""
    keys = center_keys(user)
    if keys is None:
        return None
    return list(
        CenterPage.objects.filter(translation_key__in=keys)
        .order_by("path")
        .values_list("path", flat=True)
    )


def scope_pages(queryset, user):
    """Pages of ``queryset`` inside the centers ``user`` may see (any language)."""
    paths = center_paths(user)
    if paths is None:
        return queryset
    return queryset.filter(in_subtrees(paths))


# Who: users for permission policies and e-mail recipient lists ------------------------


def _holders(codename):
    permission = Permission.objects.filter(content_type__app_label="roles", codename=codename)
    return Q(groups__permissions__in=permission) | Q(user_permissions__in=permission)


def users_seeing_all_centers(include_superusers=True):
    """Active users who see every center; mail lists leave bare superusers out (they
    administer the platform, they are not the Department)."""
    condition = _holders("see_all_centers")
    if include_superusers:
        condition |= Q(is_superuser=True)
    return get_user_model().objects.filter(condition, is_active=True).distinct()


def staff_group_ids(centers=None):
    """Ids of the editors and administrators groups of ``centers`` (default: every center),
    whichever language version the administrators group is attached to."""
    if centers is None:
        versions = CenterPage.objects.all()
    else:
        keys = {center.translation_key for center in centers}
        versions = CenterPage.objects.filter(translation_key__in=keys)
    rows = versions.values_list("editors_group", "administrators__group")
    return {group_id for row in rows for group_id in row if group_id is not None}


def center_staff(center=None):
    """Active staff (editors and administrators) of ``center``, or of any center."""
    groups = staff_group_ids(None if center is None else [center])
    return get_user_model().objects.filter(is_active=True, groups__in=groups).distinct()
