"""A small network for the security tests: two centers, one row of every record per center,
and one user per role.

Everything that belongs to center A carries the token ``SECRET`` in a name that the admin
shows (the center's title, its space, its event, the record's own text), so that a page
leaking anything of center A to someone who may not see it contains the token. Drafts of
center A carry ``DRAFT`` as well.

Built once per test module (``module_world``) inside a transaction that each test rolls
back to; it does not load the demo network.
"""

from datetime import date, timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale

from department.models import Complaint, FireSafetyCertificate, SafetyRecord
from events.models import EventCategory, EventIndexPage, EventPage
from festivals.models import FestivalEntry, FestivalIndexPage
from network.demo.translate import translate_with_memory
from network.models import Amenity, Sector
from opencalls.models import ApplicationAttachment, CallIndexPage
from reports.models import EventAttendance, ReportingPeriod, SignOff
from roles.groups import department_group, translators_group
from spaces.models import Inquiry, SpaceIndexPage
from tests.factories import (
    ApplicationFactory,
    CenterPageFactory,
    FestivalPageFactory,
    NetworkHomePageFactory,
    OpenCallPageFactory,
    StandardPageFactory,
    make_site,
)
from tests.spaces.factories import SpacePageFactory

SECRET = "Anpha7Q"
DRAFT = "Nhap9X"
SHARED = "Chung5K"  # in the shared lists' names: public, no center's
PASSWORD = "mat-khau-an-toan-1"
ROLES = ["editor_a", "admin_a", "department", "translator", "editor_b", "nogroup"]


class Memory:
    """English for every segment: the Vietnamese text, marked."""

    def lookup_segment(self, data):
        return f"EN {data}"


def _center(home, key, title):
    center = CenterPageFactory(parent=home, title=title, slug=key)
    space = SpacePageFactory(
        parent=SpaceIndexPage.objects.child_of(center).get(),
        title=f"Phòng {title}",
        slug=f"phong-{key}",
    )
    space.save_revision().publish()
    event = EventPage(
        title=f"Triển lãm {title}",
        slug=f"trien-lam-{key}",
        start=timezone.now() - timedelta(days=3),
    )
    EventIndexPage.objects.child_of(center).get().add_child(instance=event)
    event.save_revision().publish()
    return center, space, EventPage.objects.get(pk=event.pk)


def _records(center, space, event, label, period):
    today = timezone.localdate()
    return {
        "spaces.inquiry": Inquiry.store(
            center=center,
            space=space,
            language="vi",
            name=f"Khách {label}",
            email="khach@example.vn",
            message=f"Xin thuê phòng ({label})",
            respond_by=today + timedelta(days=2),
        ),
        "department.firesafetycertificate": FireSafetyCertificate.objects.create(
            center=center,
            space=space,
            number=f"PC07-{center.slug}",
            issuer="Cảnh sát PCCC",
            issued_on=today - timedelta(days=300),
            expires_on=today + timedelta(days=400),
            max_occupancy=300,
        ),
        "department.safetyrecord": SafetyRecord.objects.create(
            center=center,
            date=today - timedelta(days=10),
            kind="drill",
            result="passed",
            conducted_by=f"Đội PCCC {label}",
        ),
        "department.complaint": Complaint.store(
            center=center,
            language="vi",
            name=f"Người góp ý {label}",
            subject=f"Tiếng ồn {label}",
            message="Quá ồn sau 22 giờ.",
        ),
        "reports.eventattendance": EventAttendance.objects.create(
            event=event, date=today - timedelta(days=3), total=120, note=f"Đếm {label}"
        ),
        "reports.signoff": SignOff.objects.create(
            period=period, center=center, note=f"Đủ số liệu {label}"
        ),
        "opencalls.application": _application(center, label),
    }


def _application(center, label):
    """An application (with a PDF) to a residency call of ``center``."""
    call = OpenCallPageFactory(
        parent=CallIndexPage.objects.child_of(center).get(),
        title=f"Lưu trú {label}",
        slug=f"luu-tru-{center.slug}",
    )
    call.save_revision().publish()
    application = ApplicationFactory(call=call, name=f"Ứng viên {label}")
    attachment = ApplicationAttachment(
        application=application, original_name=f"ho-so {label}.pdf", file_type="pdf", size=9
    )
    attachment.file.save("pdf.pdf", ContentFile(b"%PDF-1.4\n"), save=True)
    return application


def _taxonomy(english):
    """One source (Vietnamese) row of every shared list, and its English translation."""
    rows = {}
    for model, name in (
        (Sector, f"Lĩnh vực {SHARED}"),
        (Amenity, f"Tiện ích {SHARED}"),
        (EventCategory, f"Thể loại {SHARED}"),
    ):
        source = model.objects.create(name=name, slug=f"{model._meta.model_name}-x")
        translation = translate_with_memory(source, english, Memory())
        rows[model._meta.label_lower] = {"source": source, "translation": translation}
    return rows


def _users(world):
    users = get_user_model().objects
    access_admin = Permission.objects.get(codename="access_admin")
    groups = {
        "editor_a": [world["a"].editors_group],
        "admin_a": [world["a"].administrators.group],
        "department": [department_group()],
        "translator": [translators_group()],
        "editor_b": [world["b"].editors_group],
        "nogroup": [],
    }
    for role, role_groups in groups.items():
        user = users.create_user(role, f"{role}@example.vn", PASSWORD)
        user.groups.add(*role_groups)
        if role == "nogroup":
            user.user_permissions.add(access_admin)  # in the admin, in no group
        world[role] = user


def build_world():
    english = Locale.objects.get(language_code="en")
    home = NetworkHomePageFactory(slug="mang-luoi")
    make_site(home)
    translate_with_memory(home, english, Memory())
    world = {"home": home}
    period = ReportingPeriod.get_for("quarter", date.today().year - 1, 1)
    world["period"] = period
    for key, title in (("a", f"Trung tâm {SECRET}"), ("b", "Trung tâm Bêta")):
        center, space, event = _center(home, key, title)
        world[key], world[f"space_{key}"], world[f"event_{key}"] = center, space, event
        world[f"rows_{key}"] = _records(center, space, event, title, period)
    world["draft_a"] = StandardPageFactory(
        parent=world["a"], title=f"Bản nháp {SECRET} {DRAFT}", slug="ban-nhap", live=False
    )
    world["center_a_en"] = translate_with_memory(world["a"], english, Memory())
    world["taxonomy"] = _taxonomy(english)
    world["festival_entry"] = _festival_entry(home, world["a"], world["event_a"])
    _users(world)
    return world


def _festival_entry(home, organiser, event):
    """A festival center A organises, open to submissions, and A's event proposed to it
    (the festival's own title names no center: the event's does)."""
    index = FestivalIndexPage(title="Lễ hội", slug="festivals")
    home.add_child(instance=index)
    festival = FestivalPageFactory(
        parent=index, title=f"Lễ hội {SHARED}", slug="le-hoi", organisers=[organiser]
    )
    return FestivalEntry.objects.create(festival=festival, event=event)


def module_world(django_db_blocker):
    """Generator for a module-scoped fixture: the world, rolled back after the module."""
    with django_db_blocker.unblock(), transaction.atomic():
        world = build_world()
        yield world
        transaction.set_rollback(True)
