"""Applications to open calls in the reports: received and accepted per center, sector and
period, and the share under 30 (on the call's deadline, of those with a date of birth).

The quarter fixture's Q3 2025 with one call at alpha and one of the Department's (no
center), each closing on 16/09/2025 at 00:30 Hanoi time (15/09 in UTC):

| app | call    | received (Hanoi) | status    | born       | age on 16/09 | sector |
| a1  | alpha   | 01/07 00:30      | accepted  | 01/01/1997 | 28           | music  |
| a2  | alpha   | 10/08 09:00      | received  | 16/09/1995 | 30 that day  | music  |
| a3  | alpha   | 11/08 09:00      | accepted  | 17/09/1995 | 29           | craft  |
| a4  | alpha   | 12/08 09:00      | declined  | (unknown)  |              |        |
| a5  | alpha   | 30/06 23:00 (Q2) | accepted  | 01/01/2000 |              | music  |
| n1  | network | 20/07 09:00      | accepted  | 01/03/2001 | 24           | music  |
| n2  | network | 30/09 23:30      | received  | 01/01/1980 | 45           | craft  |
"""

from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from opencalls.models import Application, CallIndexPage, NetworkCallsPage
from reports.factories import ReportingPeriodFactory, SignOffFactory
from reports.figures import figures, figures_by_center
from tests.factories import ApplicationFactory, OpenCallPageFactory

from .conftest import Q3_END, Q3_START, hanoi
from .test_report_view import Q3, URL, csv_rows

pytestmark = pytest.mark.django_db

KEYS = ["applications_received", "applications_accepted", "applicants_under_30_share"]
DEADLINE = hanoi(2025, 9, 16, 0, 30)


def apply(call, email, received, status, born, sector):
    application = ApplicationFactory(
        call=call, email=email, created_at=received, date_of_birth=born, sector=sector
    )
    Application.objects.filter(pk=application.pk).update(status=status)
    return application


@pytest.fixture
def calls(quarter, home):
    index = CallIndexPage.objects.child_of(quarter["alpha"]).get()
    alpha_call = OpenCallPageFactory(parent=index, slug="luu-tru-alpha", deadline=DEADLINE)
    network = NetworkCallsPage(title="Gọi tham gia", slug="calls")
    home.add_child(instance=network)
    network_call = OpenCallPageFactory(parent=network, slug="goi-mang", deadline=DEADLINE)
    music, craft = quarter["music"], quarter["craft"]
    for call, email, received, status, born, sector in [
        (alpha_call, "a1", hanoi(2025, 7, 1, 0, 30), "accepted", date(1997, 1, 1), music),
        (alpha_call, "a2", hanoi(2025, 8, 10, 9), "received", date(1995, 9, 16), music),
        (alpha_call, "a3", hanoi(2025, 8, 11, 9), "accepted", date(1995, 9, 17), craft),
        (alpha_call, "a4", hanoi(2025, 8, 12, 9), "declined", None, None),
        (alpha_call, "a5", hanoi(2025, 6, 30, 23), "accepted", date(2000, 1, 1), music),
        (network_call, "n1", hanoi(2025, 7, 20, 9), "accepted", date(2001, 3, 1), music),
        (network_call, "n2", hanoi(2025, 9, 30, 23, 30), "received", date(1980, 1, 1), craft),
    ]:
        apply(call, f"{email}@example.vn", received, status, born, sector)
    return {**quarter, "alpha_call": alpha_call, "network_call": network_call}


def picked(result):
    return [result[key] for key in KEYS]


def test_the_network_total_counts_the_departments_calls_under_no_center(calls):
    # a1..a4 and n1, n2: 6 received, 3 accepted; under 30: a1, a3, n1 of the 5 with a
    # date of birth (a2 turned 30 on the deadline's Hanoi date; a4 is of unknown age).
    assert picked(figures(Q3_START, Q3_END)) == [6, 3, 60.0]
    centers = [calls["alpha"], calls["beta"]]
    assert picked(figures(Q3_START, Q3_END, centers=centers)) == [4, 2, 66.7]
    assert picked(figures(Q3_START, Q3_END, centers=[calls["beta"]])) == [0, 0, None]


def test_by_center_in_grouped_queries_is_each_centers_own(calls):
    centers = [calls["alpha"], calls["beta"]]
    grouped = figures_by_center(Q3_START, Q3_END, centers)
    assert picked(grouped[str(calls["alpha"].translation_key)]) == [4, 2, 66.7]
    assert picked(grouped[str(calls["beta"].translation_key)]) == [0, 0, None]
    for center in centers:
        alone = figures(Q3_START, Q3_END, centers=[center])
        assert grouped[str(center.translation_key)] == alone


def test_by_sector_and_period_and_not_by_event_category(calls):
    music = figures(Q3_START, Q3_END, sectors=[calls["music"]])
    assert picked(music) == [3, 2, 66.7]  # a1, a2, n1
    july = figures(date(2025, 7, 1), date(2025, 7, 31))
    assert picked(july) == [2, 2, 100.0]  # a1 (received at 00:30 Hanoi time) and n1
    concerts = figures(Q3_START, Q3_END, categories=[calls["concert"]])
    assert picked(concerts) == [None, None, None]


def test_queries_do_not_grow_with_the_applications(calls):
    centers = [calls["alpha"], calls["beta"]]
    counted = []
    for more in (0, 6):
        for n in range(more):
            call = calls["alpha_call"] if n % 2 else calls["network_call"]
            apply(call, f"more{n}@example.vn", hanoi(2025, 8, 1 + n, 9), "accepted", None, None)
        with CaptureQueriesContext(connection) as queries:
            network = figures(Q3_START, Q3_END, coverage=False)
            figures_by_center(Q3_START, Q3_END, centers, coverage=False)
        counted.append(len(queries))
    assert network["applications_received"] == 12
    assert counted[0] == counted[1]


def test_report_download_and_page_show_them_with_how_they_are_counted(
    client, calls, make_user, department_group
):
    client.force_login(make_user("so-van-hoa", groups=[department_group]))
    rows = csv_rows(client.get(URL, {**Q3, "export": "csv"}))
    by_center = {row[0]: dict(zip(rows[0], row, strict=True)) for row in rows[1:]}
    columns = ["Hồ sơ đã nhận", "Hồ sơ được chấp nhận", "Người nộp dưới 30 tuổi (%)"]
    assert [by_center["Tất cả trung tâm"][c] for c in columns] == ["6", "3", "60.0"]
    assert [by_center["Trung tâm Alpha"][c] for c in columns] == ["4", "2", "66.7"]
    assert [by_center["Trung tâm Beta"][c] for c in columns] == ["0", "0", ""]
    html = client.get(URL, Q3).content.decode()
    assert 'data-figure-help="applicants_under_30_share"' in html
    assert "không tính là từ 30 tuổi trở lên" in html


def test_center_staff_see_only_their_centers_applications(client, calls, make_user):
    client.force_login(make_user("alpha-editor", groups=[calls["alpha"].editors_group]))
    rows = csv_rows(client.get(URL, {**Q3, "export": "csv"}))
    assert [row[0] for row in rows[1:]] == ["Trung tâm Alpha"]
    alpha = dict(zip(rows[0], rows[1], strict=True))
    assert alpha["Hồ sơ đã nhận"] == "4"  # not the Department's network-wide call's


def test_the_sign_off_snapshot_keeps_them(calls, make_user, department_group):
    period = ReportingPeriodFactory(start=Q3_START, end=Q3_END)
    signer = make_user("so-van-hoa", groups=[department_group])
    sign_off = SignOffFactory(period=period, center=calls["alpha"], signed_by=signer)
    assert picked(sign_off.figures) == [4, 2, 66.7]


def test_the_demos_applications_are_in_this_quarters_report(demo):
    """The demo's three applications (aged 24, 27 and 29 on the deadline) to the residency
    at VICAS, received when the demo was loaded: in the report's default period."""
    from django.utils import timezone

    from network.models import CenterPage
    from reports.periods import quarter_of

    span = quarter_of(timezone.localdate())
    assert picked(figures(span.start, span.end)) == [3, 0, 100.0]
    vicas = CenterPage.objects.get(slug="vicas-art-studio", locale__language_code="vi")
    assert picked(figures(span.start, span.end, centers=[vicas])) == [3, 0, 100.0]
