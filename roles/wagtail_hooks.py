"""Where the rule meets Wagtail's own screens."""

from django.contrib.auth.models import Permission
from wagtail import hooks


@hooks.register("register_permissions")
def register_role_permissions():
    """The roles' permissions, to grant in the admin's group editor."""
    return Permission.objects.filter(content_type__app_label="roles")
