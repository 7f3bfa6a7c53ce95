"""The "Department approval" workflow and when a page must go through it.

A page needs the Department's approval when its workflow (Wagtail's: assigned to the
page or an ancestor in the admin's *Workflows* screen, or chosen by the page type, see
``EventPage.get_workflow``) is one whose tasks are approved by the Department group.
Only the Department (and superusers) may then publish it directly; everyone else
submits it, whatever publish permission they hold on their center.
"""

from django.apps import apps as global_apps
from django.db.models import Exists, OuterRef
from django.utils.translation import gettext_lazy as _
from wagtail.admin.action_menu import SubmitForModerationMenuItem
from wagtail.models import PagePermissionTester

from roles.groups import DEPARTMENT, department_group

from .roles import is_department

WORKFLOW_NAME = "Phê duyệt của Sở Văn hóa và Thể thao"
TASK_NAME = "Sở Văn hóa và Thể thao duyệt"


def ensure_department_workflow(apps=global_apps):
    """Create the workflow with one group approval task for the Department. Idempotent."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")

    group = department_group(apps, create=True)
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


def department_workflows():
    """Active workflows with a task approved by a group that sees every center."""
    from wagtail.models import GroupApprovalTask, Workflow

    department_tasks = GroupApprovalTask.objects.filter(
        groups__permissions__content_type__app_label="roles",
        groups__permissions__codename=DEPARTMENT,
        active=True,
        workflow_tasks__workflow=OuterRef("pk"),
    )
    return Workflow.objects.filter(active=True).filter(Exists(department_tasks))


def department_workflow():
    """The workflow a page type's rule sends pages to (the first Department one)."""
    return department_workflows().order_by("pk").first()


def is_department_workflow(workflow):
    return workflow is not None and department_workflows().filter(pk=workflow.pk).exists()


def requires_department(page):
    """Whether publishing ``page`` is the Department's decision."""
    return is_department_workflow(page.get_workflow())


class ApprovalPermissionTester(PagePermissionTester):
    """Wagtail's tester, except that pages in a Department workflow are not published
    directly by anyone outside the Department."""

    def _department_decides(self, page):
        if self.user.is_superuser or "publish" not in self.permissions:
            return False  # nothing to take away
        return not is_department(self.user) and requires_department(page)

    def can_publish(self):
        return super().can_publish() and not self._department_decides(self.page)

    def can_publish_subpage(self):
        return super().can_publish_subpage() and not self._department_decides(self.page)


class DepartmentSubmitMenuItem(SubmitForModerationMenuItem):
    """Wagtail's *Submit to <workflow name>*, said in the editor's language when the
    workflow is the Department's: "Gửi Sở Văn hóa và Thể thao phê duyệt" rather than
    "Submit to Phê duyệt của Sở Văn hóa và Thể thao"."""

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        page = context.get("page")
        state = page.current_workflow_state if page is not None and page.pk else None
        if state is not None and state.status == state.STATUS_NEEDS_CHANGES:
            if is_department_workflow(state.workflow):
                context["label"] = _("Resubmit for the Department's approval")
            return context
        workflow_page = page if page is not None and page.pk else context.get("parent_page")
        if workflow_page is not None and is_department_workflow(workflow_page.get_workflow()):
            context["label"] = _("Submit for the Department's approval")
        return context


def name_department_submission(menu_items):
    """Swap Wagtail's submit item for :class:`DepartmentSubmitMenuItem` (same place)."""
    for index, item in enumerate(menu_items):
        if type(item) is SubmitForModerationMenuItem:
            menu_items[index] = DepartmentSubmitMenuItem(order=item.order)
