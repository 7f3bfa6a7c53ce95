"""A known quarter (Q3 2025: 1 July to 30 September) across two centers.

Every figure of the reports is checked against these rows (see test_figures.py).

| event | center | dates (Hanoi)                          | status / changes    | free | accessible | category | sector |
| e1    | alpha  | 12/07 19:30                            |                     | yes  | hearing    | concert  | music  |
| e2    | alpha  | Saturdays 02/08..23/08 (4 dates)       | 16/08 cancelled     | no   |            | workshop | craft  |
| e3    | alpha  | 06/09                                  | event cancelled     | no   |            | concert  |        |
| e4    | beta   | 20/09                                  |                     | yes  |            | workshop | music  |
| e5    | beta   | 04/10 (Q4: outside)                    |                     | no   |            |          |        |
| e6    | alpha  | 28/06 (Q2: outside)                    |                     | no   |            |          |        |

Attendance: e1 12/07 120 (free 120); e2 02/08 40 (30 + 10); e2 09/08 35 (35 + 0);
e4 20/09 200 (no split); e6 28/06 999 (outside).

Inquiries (Hanoi time of receipt, status, first answer after): i1 alpha 01/07 00:30 booked
4 h, music; i2 alpha 10/08 answered 10 h, craft; i3 beta 30/09 23:30 new, music; i4 beta
15/09 declined 30 h; i5 alpha 30/06 23:00 booked 1 h (Q2: outside).

Spaces: space-a (alpha, craft) booked 25/06..05/07 (5 days in Q3), maintenance 01/08..10/08
(not a booking), booked 28/09..03/10 (3 days in Q3); space-b (beta, music) booked 01/08 (1).
"""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from django.contrib.auth.models import Permission
from django.utils import translation
from wagtail.users.models import UserProfile

from events.factories import EventCategoryFactory, EventPageFactory
from events.models import EventDateException, EventIndexPage, EventPage
from network.factories import CenterPageFactory, SectorFactory
from reports.factories import EventAttendanceFactory, InquiryResponseFactory
from spaces.factories import BlockedPeriodFactory, InquiryFactory, SpacePageFactory
from spaces.models import SpaceIndexPage
from tests.shared import shared_fixture
from tests.spaces import conftest as spaces_fixtures

HANOI = ZoneInfo("Asia/Ho_Chi_Minh")
Q3_START = date(2025, 7, 1)
Q3_END = date(2025, 9, 30)


# Each test starts and ends with an empty cache (site root paths, rate limits).
fresh_cache = spaces_fixtures.fresh_cache


def hanoi(*args):
    return datetime(*args, tzinfo=HANOI)


@pytest.fixture(autouse=True)
def vietnamese():
    with translation.override("vi"):
        yield


def taxonomy():
    return {
        "music": SectorFactory(slug="report-music", name="Âm nhạc"),
        "craft": SectorFactory(slug="report-craft", name="Thủ công mỹ nghệ"),
        "concert": EventCategoryFactory(name="Hòa nhạc", slug="report-concert"),
        "workshop": EventCategoryFactory(name="Hội thảo", slug="report-workshop"),
    }


taxonomy, module_taxonomy = shared_fixture(taxonomy)


def publish_event(center, slug, start, exceptions=(), categories=(), sectors=(), **fields):
    event = EventPageFactory(
        parent=EventIndexPage.objects.child_of(center).get(),
        title=f"Sự kiện {slug}",
        slug=slug,
        start=start,
        categories=list(categories),
        sectors=list(sectors),
        date_exceptions=list(exceptions),
        **fields,
    )
    return EventPage.objects.get(pk=event.pk)


def attendance(event, day, total, ticketed=None, free=None):
    return EventAttendanceFactory(event=event, date=day, total=total, ticketed=ticketed, free=free)


def inquiry(center, received, status, answered_after=None, sector=None):
    """Received at ``received`` (due two days after), first answered ``answered_after``
    hours later."""
    item = InquiryFactory(center=center, created_at=received, status=status, sector=sector)
    if answered_after is not None:
        InquiryResponseFactory(inquiry=item, hours=answered_after)
    return item


def quarter(home, taxonomy):
    alpha = CenterPageFactory(parent=home, slug="report-alpha", title="Trung tâm Alpha")
    beta = CenterPageFactory(parent=home, slug="report-beta", title="Trung tâm Beta")
    t = taxonomy
    events = {
        "e1": publish_event(
            alpha,
            "e1",
            hanoi(2025, 7, 12, 19, 30),
            is_free=True,
            accessible_hearing=True,
            categories=[t["concert"]],
            sectors=[t["music"]],
        ),
        "e2": publish_event(
            alpha,
            "e2",
            hanoi(2025, 8, 2, 9, 0),
            repeat="weekly",
            repeat_until=date(2025, 8, 23),
            price_min=100_000,
            exceptions=[EventDateException(date=date(2025, 8, 16), action="cancel")],
            categories=[t["workshop"]],
            sectors=[t["craft"]],
        ),
        "e3": publish_event(
            alpha, "e3", hanoi(2025, 9, 6, 19, 0), status="cancelled", categories=[t["concert"]]
        ),
        "e4": publish_event(
            beta,
            "e4",
            hanoi(2025, 9, 20, 8, 0),
            is_free=True,
            categories=[t["workshop"]],
            sectors=[t["music"]],
        ),
        "e5": publish_event(beta, "e5", hanoi(2025, 10, 4, 19, 0)),
        "e6": publish_event(alpha, "e6", hanoi(2025, 6, 28, 19, 0)),
    }
    attendance(events["e1"], date(2025, 7, 12), 120, free=120)
    attendance(events["e2"], date(2025, 8, 2), 40, ticketed=30, free=10)
    attendance(events["e2"], date(2025, 8, 9), 35, ticketed=35, free=0)
    attendance(events["e4"], date(2025, 9, 20), 200)
    attendance(events["e6"], date(2025, 6, 28), 999)

    inquiry(alpha, hanoi(2025, 7, 1, 0, 30), "booked", 4, t["music"])
    inquiry(alpha, hanoi(2025, 8, 10, 9, 0), "answered", 10, t["craft"])
    inquiry(beta, hanoi(2025, 9, 30, 23, 30), "new", None, t["music"])
    inquiry(beta, hanoi(2025, 9, 15, 14, 0), "declined", 30)
    inquiry(alpha, hanoi(2025, 6, 30, 23, 0), "booked", 1)

    space_a = SpacePageFactory(
        parent=SpaceIndexPage.objects.child_of(alpha).get(), slug="space-a", sectors=[t["craft"]]
    )
    space_b = SpacePageFactory(
        parent=SpaceIndexPage.objects.child_of(beta).get(), slug="space-b", sectors=[t["music"]]
    )
    for page, start, end, reason in [
        (space_a, date(2025, 6, 25), date(2025, 7, 5), "booked"),
        (space_a, date(2025, 8, 1), date(2025, 8, 10), "maintenance"),
        (space_a, date(2025, 9, 28), date(2025, 10, 3), "booked"),
        (space_b, date(2025, 8, 1), date(2025, 8, 1), "booked"),
    ]:
        BlockedPeriodFactory(page=page, start=start, end=end, reason=reason)
    return {"alpha": alpha, "beta": beta, "events": events, **taxonomy}


quarter, module_quarter = shared_fixture(quarter)


def admin_access():
    return Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")


@pytest.fixture
def make_user(django_user_model):
    def make(username, groups=(), language="vi", superuser=False):
        user = django_user_model.objects.create_user(
            username=username, password="pw", is_superuser=superuser, is_staff=superuser
        )
        for group in groups:
            user.groups.add(group)
        user.user_permissions.add(admin_access())
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = language
        profile.save()
        return user

    return make


@pytest.fixture
def department_group(db):
    from roles.groups import department_group as migrated_department_group

    return migrated_department_group()
