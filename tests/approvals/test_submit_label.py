"""The action menu names the Department's approval in the editor's language."""

from wagtail.models import WorkflowPage

from approvals.workflow import department_workflow

from .conftest import login


def test_the_submit_button_says_it_goes_to_the_department(client, world):
    WorkflowPage.objects.create(workflow=department_workflow(), page=world["a"])
    login(client, world["editor_a"])
    html = client.get(f"/admin/pages/{world['leaf_a'].pk}/edit/").content.decode()
    assert "Gửi Sở Văn hóa và Thể thao phê duyệt" in html
