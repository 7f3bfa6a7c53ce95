from django.db import migrations

# What Wagtail's own migrations create on a new site (wagtailcore 0002 and 0048): two groups
# with page permissions on the root, and a workflow on the root that their publishers approve.
DEFAULT_GROUPS = ["Editors", "Moderators"]
DEFAULT_WORKFLOW = "Moderators approval"


def remove_wagtail_defaults(apps, schema_editor):
    """Nobody is to be added to these by mistake, and no page is to be submitted to them.

    A default workflow that was used keeps its history: it is only switched off and taken
    off every page; one that never ran is deleted with its task.
    """
    Group = apps.get_model("auth", "Group")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")
    WorkflowState = apps.get_model("wagtailcore", "WorkflowState")
    Task = apps.get_model("wagtailcore", "Task")
    TaskState = apps.get_model("wagtailcore", "TaskState")

    for workflow in Workflow.objects.filter(name=DEFAULT_WORKFLOW):
        task_ids = list(workflow.workflow_tasks.values_list("task_id", flat=True))
        WorkflowPage.objects.filter(workflow=workflow).delete()
        WorkflowContentType.objects.filter(workflow=workflow).delete()
        if WorkflowState.objects.filter(workflow=workflow).exists():
            Workflow.objects.filter(pk=workflow.pk).update(active=False)
            Task.objects.filter(pk__in=task_ids, name=DEFAULT_WORKFLOW).update(active=False)
            continue
        workflow.delete()
        unused = Task.objects.filter(pk__in=task_ids, name=DEFAULT_WORKFLOW).exclude(
            pk__in=TaskState.objects.values("task_id")
        )
        unused.exclude(workflow_tasks__isnull=False).delete()
    Group.objects.filter(name__in=DEFAULT_GROUPS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("approvals", "0002_department_group_and_workflow"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(remove_wagtail_defaults, migrations.RunPython.noop)]
