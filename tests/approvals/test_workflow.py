"""The Department approval workflow: per center, per event size, approve and reject."""

from django.core import mail
from wagtail.models import Page, WorkflowPage, WorkflowState

from approvals.models import ApprovalSettings
from approvals.rules import reasons
from approvals.workflow import WORKFLOW_NAME, department_workflow
from events.models import EventOccurrence, EventPage

from .conftest import event_form, login, make_event, page_form


def comments():
    from wagtail.test.utils.form_data import inline_formset

    return inline_formset([])


def submit_event(client, world, **changes):
    calendar = world["calendar_a"]
    return client.post(
        f"/admin/pages/add/events/eventpage/{calendar.pk}/",
        event_form(comments=comments(), **changes),
    )


def test_the_migration_created_the_department_workflow(world):
    workflow = department_workflow()
    assert workflow.name == WORKFLOW_NAME
    task = workflow.tasks.get().specific
    assert list(task.groups.values_list("name", flat=True)) == ["Sở Văn hóa và Thể thao"]


def test_assigning_the_workflow_to_a_center_sends_its_editors_publish_to_moderation(client, world):
    leaf = world["leaf_a"]
    WorkflowPage.objects.create(workflow=department_workflow(), page=world["a"])
    login(client, world["editor_a"])
    html = client.get(f"/admin/pages/{leaf.pk}/edit/").content.decode()
    assert 'name="action-publish"' not in html
    assert 'name="action-submit"' in html
    client.post(
        f"/admin/pages/{leaf.pk}/edit/",
        page_form(leaf, title="Tiêu đề chờ duyệt", **{"action-publish": "publish"}),
    )
    assert Page.objects.get(pk=leaf.pk).title == leaf.title  # not published
    client.post(
        f"/admin/pages/{leaf.pk}/edit/",
        page_form(leaf, title="Tiêu đề chờ duyệt", **{"action-submit": "submit"}),
    )
    state = WorkflowState.objects.get(base_content_type__model="page", object_id=str(leaf.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert Page.objects.get(pk=leaf.pk).title == leaf.title
    # Center B has no workflow: its editors still publish directly.
    leaf_b = world["leaf_b"]
    login(client, world["editor_b"])
    client.post(
        f"/admin/pages/{leaf_b.pk}/edit/",
        page_form(leaf_b, title="B xuất bản ngay", **{"action-publish": "publish"}),
    )
    assert Page.objects.get(pk=leaf_b.pk).title == "B xuất bản ngay"


def test_rules_name_the_threshold(world):
    assert reasons(EventPage(expected_attendance=500)) == []
    assert reasons(EventPage(expected_attendance=None)) == []
    (reason,) = reasons(EventPage(expected_attendance=501))
    assert "501" in reason and "500" in reason


def test_a_large_event_cannot_be_published_by_its_editor_who_is_told_why(client, world):
    login(client, world["editor_a"])
    response = submit_event(client, world, **{"action-publish": "publish"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Số người dự kiến tham dự (800) vượt quá 500 người" in html
    assert "Bạn không thể tự xuất bản sự kiện này" in html
    assert not EventPage.objects.filter(slug="dai-nhac-hoi-song-hong").exists()


def test_the_threshold_is_the_departments_setting(client, world):
    settings = ApprovalSettings.load()
    settings.attendance_threshold = 1000
    settings.save()
    login(client, world["editor_a"])
    submit_event(client, world, **{"action-publish": "publish"})
    assert EventPage.objects.get(slug="dai-nhac-hoi-song-hong").live


def test_raising_the_attendance_and_publishing_in_one_request_is_refused(client, world):
    event = make_event(world["calendar_a"], expected_attendance=100)
    login(client, world["editor_a"])
    response = client.post(
        f"/admin/pages/{event.pk}/edit/",
        event_form(
            title=event.title,
            slug=event.slug,
            comments=comments(),
            expected_attendance="2000",
            **{"action-publish": "publish"},
        ),
    )
    assert "Số người dự kiến tham dự (2000) vượt quá 500 người" in response.content.decode()
    event.refresh_from_db()
    assert event.expected_attendance == 100


def test_the_department_publishes_a_large_event_directly(client, world):
    login(client, world["department"])
    submit_event(client, world, **{"action-publish": "publish"})
    assert EventPage.objects.get(slug="dai-nhac-hoi-song-hong").live


def submitted_event(client, world):
    """A center editor saves the large event as a draft, then submits it."""
    login(client, world["editor_a"])
    submit_event(client, world)
    event = EventPage.objects.get(slug="dai-nhac-hoi-song-hong")
    assert not event.live
    html = client.get(f"/admin/pages/{event.pk}/edit/").content.decode()
    assert 'name="action-publish"' not in html
    assert 'name="action-submit"' in html
    mail.outbox.clear()
    client.post(
        f"/admin/pages/{event.pk}/edit/",
        event_form(comments=comments(), **{"action-submit": "submit"}),
    )
    state = WorkflowState.objects.get(object_id=str(event.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.workflow == department_workflow()
    return event, state


def test_approvers_are_notified_and_approval_publishes(
    client, world, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        event, state = submitted_event(client, world)
    recipients = {address for message in mail.outbox for address in message.to}
    assert world["department"].email in recipients
    assert world["editor_b"].email not in recipients
    assert not EventOccurrence.objects.filter(event=event).exists()

    login(client, world["department"])
    task_state = state.current_task_state
    client.post(
        f"/admin/pages/workflow/action/{event.pk}/approve/{task_state.pk}/",
        {"comment": "Đồng ý, nhớ bố trí lối thoát hiểm."},
    )
    event.refresh_from_db()
    assert event.live
    assert EventOccurrence.objects.filter(event=event).exists()
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_APPROVED


def test_rejection_tells_the_center_why(client, world, django_capture_on_commit_callbacks):
    event, state = submitted_event(client, world)
    login(client, world["department"])
    task_state = state.current_task_state
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            f"/admin/pages/workflow/action/{event.pk}/reject/{task_state.pk}/",
            {"comment": "Sân khấu chỉ đủ chỗ cho 400 người."},
        )
    event.refresh_from_db()
    assert not event.live
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    task_state.refresh_from_db()
    assert task_state.comment == "Sân khấu chỉ đủ chỗ cho 400 người."
    to_editor = [m for m in mail.outbox if world["editor_a"].email in m.to]
    assert to_editor
    login(client, world["editor_a"])
    history = client.get(f"/admin/pages/{event.pk}/workflow_history/detail/{state.pk}/")
    assert "Sân khấu chỉ đủ chỗ cho 400 người." in history.content.decode()
