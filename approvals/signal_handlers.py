"""Keep the Department's snippet permissions complete after every migrate."""

from django.db.models.signals import post_migrate


def complete_department_group(sender, **kwargs):
    from .roles import grant_snippet_permissions

    grant_snippet_permissions()


def connect():
    post_migrate.connect(complete_department_group, dispatch_uid="approvals_department_group")
