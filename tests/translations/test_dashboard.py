"""The dashboard through its real admin URL: counts, filters, CSV, who sees what."""

import csv
import io

import pytest
from django.urls import reverse

from tests.factories import StandardPageFactory

from .conftest import publish

URL = "/admin/translations/"


def count(html, state):
    marker = f'data-count="{state}">'
    start = html.index(marker) + len(marker)
    return int(html[start : html.index("<", start)])


@pytest.fixture
def site_content(center, visit_page, center_factory):
    publish(StandardPageFactory(parent=center, title="Lịch sử", slug="lich-su"))
    other = center_factory(title="Trung tâm Khác", slug="khac")
    return center, other


def test_url_and_menu(client, admin_user, site_content):
    assert reverse("translations:dashboard") == URL
    client.force_login(admin_user)
    html = client.get("/admin/").content.decode()
    assert URL in html


def test_counts_and_rows_for_a_superuser(client, admin_user, site_content):
    client.force_login(admin_user)
    html = client.get(URL).content.decode()
    # Up to date: the home, the center and the visit page. Missing: the new page, the
    # two centers' calendars and spaces indexes, and the other center.
    assert count(html, "up_to_date") == 3
    assert count(html, "missing") == 6
    assert count(html, "all") == 9
    assert 'data-title="Lịch sử" data-locale="en"' in html


def test_filters_by_state_center_type_and_locale(client, admin_user, site_content):
    center, other = site_content
    client.force_login(admin_user)
    html = client.get(
        URL, {"state": "missing", "center": str(center.translation_key)}
    ).content.decode()
    assert html.count('data-state="missing"') == 3  # new page, calendar, spaces index
    assert "Trung tâm Khác" not in html.split("<tbody>")[1]

    html = client.get(URL, {"type": "network.centerpage", "locale": "en"}).content.decode()
    assert html.count("translations-row ") == 2
    html = client.get(URL, {"center": "network"}).content.decode()
    assert html.count("translations-row ") == 1  # the network home


@pytest.mark.parametrize(
    "params",
    [{"center": "not-a-center"}, {"state": "drop table"}, {"locale": "xx"}, {"p": "99999"}],
)
def test_unknown_filter_values_are_ignored_with_a_message(client, admin_user, site_content, params):
    client.force_login(admin_user)
    response = client.get(URL, params)
    assert response.status_code == 200
    html = response.content.decode()
    assert count(html, "all") == 9
    if "p" not in params:
        assert "Some filters were not recognised" in html or "Một số bộ lọc" in html


def test_csv_export_lists_the_filtered_rows(client, admin_user, site_content):
    client.force_login(admin_user)
    response = client.get(URL, {"state": "up_to_date", "export": "csv"})
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    titles = sorted(row[2] for row in rows[1:])
    assert titles == [
        "Mạng lưới Trung tâm Công nghiệp Văn hóa Hà Nội",
        "Tham quan",
        "Trung tâm Thử nghiệm",
    ]
    assert {row[5] for row in rows[1:]} == {"Đã cập nhật"}
    assert {(row[3], row[4]) for row in rows[1:]} == {("vi", "en")}


def test_center_staff_see_only_their_center(client, make_user, site_content):
    center, other = site_content
    staff = make_user("nhan-vien", center.editors_group)
    client.force_login(staff)
    html = client.get(URL).content.decode()
    assert count(html, "all") == 5  # the center, its indexes, its two pages
    assert "Trung tâm Khác" not in html
    assert "Mạng lưới Trung tâm" not in html.split("<tbody>")[1]
    # another center named in the filter is not one of theirs
    html = client.get(URL, {"center": str(other.translation_key)}).content.decode()
    assert count(html, "all") == 5


def test_translators_see_everything(client, translator, site_content):
    client.force_login(translator)
    assert count(client.get(URL).content.decode(), "all") == 9


def test_people_without_a_center_are_refused(client, make_user, site_content):
    user = make_user("khach")
    user.user_permissions.add(
        __import__("django.contrib.auth.models", fromlist=["Permission"]).Permission.objects.get(
            codename="access_admin"
        )
    )
    client.force_login(user)
    assert client.get(URL).status_code in (302, 403)
    client.logout()
    response = client.get(URL)
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
