"""Who sees which centers' reports and attendance.

Superusers and members of the group "Department" see every center; a center's staff
(members of its editors group, set up by :mod:`network.centers`) see their own center.
"""

from django.contrib.auth.models import Group

from network.models import CenterPage

DEPARTMENT_GROUP = "Department"


def sees_all_centers(user):
    if not user.is_authenticated or not user.is_active:
        return False
    return user.is_superuser or user.groups.filter(name=DEPARTMENT_GROUP).exists()


def center_keys_for(user):
    """Translation keys of the centers ``user`` may report on, or None for all of them."""
    if sees_all_centers(user):
        return None
    if not user.is_authenticated or not user.is_active:
        return set()
    groups = Group.objects.filter(user=user).values("pk")
    keys = CenterPage.objects.filter(editors_group__in=groups).values_list(
        "translation_key", flat=True
    )
    return set(keys)


def visible_centers(user):
    """The centers (in the default language tree) ``user`` may report on."""
    from wagtail.models import Locale

    centers = CenterPage.objects.filter(locale=Locale.get_default()).order_by("path")
    keys = center_keys_for(user)
    if keys is None:
        return centers
    return centers.filter(translation_key__in=keys)


def is_reporter(user):
    """May use the reports at all: the department, superusers, or some center's staff."""
    keys = center_keys_for(user)
    return keys is None or bool(keys)
