"""The one rule for "which centers may this user see" (roles.scope), where it used to differ.

A center's administrators group counts as its staff everywhere (records, reports, mail);
a center is all its language versions; the Department and the translators are whoever
holds the role's permission, whatever their group is called.
"""

import pytest
from django.contrib.auth.models import Group
from wagtail.permissions import policy_registry

from department.reminders import weekly_digests
from department.tasks import recipients as complaint_recipients
from reports.access import visible_centers
from roles.groups import department_group, translators_group
from spaces.models import Inquiry
from spaces.tasks import recipients as inquiry_recipients
from translations.access import visible_center_keys

from .world import SECRET

CENTER_RECORDS = [
    "spaces.inquiry",
    "department.firesafetycertificate",
    "department.safetyrecord",
    "department.complaint",
    "reports.eventattendance",
    "reports.signoff",
]


def fresh(user):
    """The user as the next request sees it (nothing cached on the object)."""
    return type(user).objects.get(pk=user.pk)


@pytest.mark.parametrize("label", CENTER_RECORDS)
def test_a_centers_administrators_keep_its_records_like_its_editors(world, label):
    mine, theirs = world["rows_a"][label], world["rows_b"][label]
    policy = policy_registry.get(mine)
    for role in ("admin_a", "editor_a"):
        user = world[role]
        assert policy.user_has_permission(user, "view")
        assert policy.user_has_permission_for_instance(user, "view", mine)
        assert not policy.user_has_permission_for_instance(user, "view", theirs)
        assert set(policy.visible(user)) == {mine}


def test_administrators_report_on_their_own_center(world):
    assert list(visible_centers(world["admin_a"])) == [world["a"]]
    assert visible_center_keys(world["admin_a"]) == {str(world["a"].translation_key)}


def test_a_row_on_a_centers_english_page_is_that_centers(world):
    inquiry = Inquiry.store(
        center=world["center_a_en"],
        language="en",
        name="Visitor",
        email="visitor@example.com",
        message="A studio, please.",
        respond_by=world["rows_a"]["spaces.inquiry"].respond_by,
    )
    for role, sees in (("admin_a", True), ("editor_a", True), ("editor_b", False)):
        assert Inquiry.objects.visible_to(world[role]).filter(pk=inquiry.pk).exists() is sees


def test_the_department_is_its_permission_not_its_name(world):
    group = department_group()
    assert group.name == "Sở Văn hóa và Thể thao"
    group.name = "Phòng Quản lý văn hóa"
    group.save()
    assert visible_centers(fresh(world["department"])).count() == 2
    impostor = Group.objects.create(name="Department")
    world["nogroup"].groups.add(impostor)
    assert not visible_centers(fresh(world["nogroup"])).exists()


def test_translators_see_every_centers_pages_and_no_records(world):
    assert translators_group().name == "Biên dịch viên"
    translator = world["translator"]
    assert visible_center_keys(translator) is None
    assert not visible_centers(translator).exists()
    for label in CENTER_RECORDS:
        policy = policy_registry.get(world["rows_a"][label])
        assert not policy.user_has_permission(translator, "view")


def test_complaint_mail_reaches_the_centers_administrators_and_the_department(world):
    emails = set(complaint_recipients(world["rows_a"]["department.complaint"]))
    assert emails == {"editor_a@example.vn", "admin_a@example.vn", "department@example.vn"}


def test_reminders_reach_the_centers_administrators(world):
    digests = {digest.email: digest for digest in weekly_digests(days=500)}
    mine = digests["admin_a@example.vn"]
    assert mine.certificates == [world["rows_a"]["department.firesafetycertificate"]]
    assert not mine.whole_network
    assert digests["department@example.vn"].whole_network


def test_inquiry_mail_without_contacts_reaches_the_centers_staff(world):
    emails = set(inquiry_recipients(world["rows_a"]["spaces.inquiry"]))
    assert emails == {"editor_a@example.vn", "admin_a@example.vn"}


def test_the_register_filter_offers_only_the_users_centers(client, world):
    client.force_login(world["editor_b"])
    html = client.get("/admin/safety/certificates/").content.decode()
    assert "Trung tâm Bêta" in html and SECRET not in html
