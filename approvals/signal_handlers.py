"""Keep the Department's snippet permissions complete after every migrate, and each
center's administrators group in step with its editors group."""

from django.db.models.signals import post_migrate

from network import extensions

from .centers import grant_administrators, setup_administrators


def complete_department_group(sender, **kwargs):
    from .roles import grant_snippet_permissions

    grant_snippet_permissions()


def center_set_up(sender, center, **kwargs):
    setup_administrators(center)


def center_permissions_granted(sender, center, **kwargs):
    grant_administrators(center)  # the administrators group follows the editors group


def connect():
    post_migrate.connect(complete_department_group, dispatch_uid="approvals_department_group")
    extensions.center_set_up.connect(center_set_up, dispatch_uid="approvals_center_set_up")
    extensions.center_permissions_granted.connect(
        center_permissions_granted, dispatch_uid="approvals_center_permissions"
    )
