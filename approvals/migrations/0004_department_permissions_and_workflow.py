"""The Department's permissions on pages, media and the admin, and its approval workflow.

The group is the one roles/0002 created (or, on a database made before it, the one it gave
``roles.see_all_centers`` to): found by that permission, never by its name. Frozen copy of
what the app's code does (``approvals.roles``, ``approvals.workflow``) when this migration
was written: a migration keeps its meaning when the code moves on.
"""

from django.db import migrations

WORKFLOW_NAME = "Phê duyệt của Sở Văn hóa và Thể thao"
TASK_NAME = "Sở Văn hóa và Thể thao duyệt"
PAGE_CODENAMES = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]
COLLECTION_CODENAMES = {
    ("wagtailimages", "image"): ["add_image", "change_image", "choose_image"],
    ("wagtaildocs", "document"): ["add_document", "change_document", "choose_document"],
}
GLOBAL_CODENAMES = [
    ("wagtailadmin", "admin", "access_admin", "Can access Wagtail admin"),
    ("wagtail_localize", "translation", "submit_translation", "Can submit translations"),
]


def department(Group):
    """The group roles/0002 created (or gave the role to): the holder of the permission."""
    return (
        Group.objects.filter(
            permissions__content_type__app_label="roles",
            permissions__codename="see_all_centers",
        )
        .order_by("pk")
        .first()
    )


def ensure_department_group(apps):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")

    def permission(app_label, model, codename, name=None):
        content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
        found, _ = Permission.objects.get_or_create(
            content_type=content_type, codename=codename, defaults={"name": name or codename}
        )
        return found

    group = department(Group)
    group.permissions.add(*[permission(*spec) for spec in GLOBAL_CODENAMES])
    root = Page.objects.filter(depth=1).order_by("path").first()
    if root is not None:
        for codename in PAGE_CODENAMES:
            GroupPagePermission.objects.get_or_create(
                group=group, page=root, permission=permission("wagtailcore", "page", codename)
            )
    root_collection = Collection.objects.filter(depth=1).order_by("path").first()
    if root_collection is not None:
        for (app_label, model), codenames in COLLECTION_CODENAMES.items():
            for codename in codenames:
                GroupCollectionPermission.objects.get_or_create(
                    group=group,
                    collection=root_collection,
                    permission=permission(app_label, model, codename),
                )
    return group


def ensure_department_workflow(apps):
    Group = apps.get_model("auth", "Group")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")

    group = department(Group)
    task = GroupApprovalTask.objects.filter(groups=group).first()
    if task is None:
        content_type, _ = ContentType.objects.get_or_create(
            app_label="wagtailcore", model="groupapprovaltask"
        )
        task = GroupApprovalTask.objects.create(name=TASK_NAME, content_type=content_type)
        task.groups.add(group)
    workflow = Workflow.objects.filter(workflow_tasks__task=task).first()
    if workflow is None:
        workflow = Workflow.objects.create(name=WORKFLOW_NAME, active=True)
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    return workflow


def grant_and_create_workflow(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    group = department(Group)
    # Where 0002 did this work, when it still created the group, the group already
    # approves a task: that database keeps what it has (an administrator's later changes
    # to the group or its workflow included).
    if group is None or GroupApprovalTask.objects.filter(groups=group).exists():
        return
    ensure_department_group(apps)
    ensure_department_workflow(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("approvals", "0003_remove_wagtail_default_moderation"),
        # The Department's group is created there, holding roles.see_all_centers.
        ("roles", "0002_role_permissions"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailimages", "0027_image_description"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [migrations.RunPython(grant_and_create_workflow, migrations.RunPython.noop)]
