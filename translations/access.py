"""Who sees which part of the translation dashboard.

Superusers, the "Translators" group and the Department of Culture and Sports see every
center and the network pages; a center's staff (members of its editors group) see their
own center's pages only.
"""

from django.contrib.auth.models import Group

from network.models import CenterPage

TRANSLATORS_GROUP = "Translators"
DEPARTMENT_GROUP = "Department"
ALL_ACCESS_GROUPS = (TRANSLATORS_GROUP, DEPARTMENT_GROUP)


def sees_everything(user):
    if not user.is_authenticated or not user.is_active:
        return False
    return user.is_superuser or user.groups.filter(name__in=ALL_ACCESS_GROUPS).exists()


def visible_center_keys(user):
    """Translation keys of the centers ``user`` may see, or None for "all of them"."""
    if sees_everything(user):
        return None
    groups = Group.objects.filter(user=user).values("pk")
    keys = CenterPage.objects.staffed_by(groups).values_list("translation_key", flat=True)
    return {str(key) for key in keys}


def can_use_dashboard(user):
    if not user.is_authenticated or not user.has_perm("wagtailadmin.access_admin"):
        return False
    keys = visible_center_keys(user)
    return keys is None or bool(keys)
