"""The Department's group is created by one migration, roles/0002, before the apps that
give it permissions, and that migration depends on none of them."""

from django.db.migrations.loader import MigrationLoader

CREATOR = ("roles", "0002_role_permissions")
GRANTS = [
    ("approvals", "0004_department_permissions_and_workflow"),
    ("department", "0003_department_admin_access"),
]


def test_the_group_is_created_before_the_apps_that_grant_to_it(db):
    # db: a migration of wagtail-localize reads the database when it is imported.
    graph = MigrationLoader(None, ignore_no_migrations=True).graph
    for grant in GRANTS:
        assert CREATOR in graph.forwards_plan(grant)
    creator_needs = {app for app, _name in graph.forwards_plan(CREATOR)}
    assert not creator_needs & {"approvals", "department", "reports"}
