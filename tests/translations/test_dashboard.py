"""The dashboard through its real admin URL: counts, filters, CSV, who sees what.

Other tests may have loaded the demo network into the same database, so counts are
taken within this test's own center, or compared with the unfiltered view.
"""

import csv
import io
import re

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse

from tests.factories import StandardPageFactory

from .conftest import publish

URL = "/admin/translations/"


def count(html, state):
    marker = f'data-count="{state}">'
    start = html.index(marker) + len(marker)
    return int(html[start : html.index("<", start)])


def row_centers(html):
    return re.findall(
        r'class="translations-row [^"]*" data-state="[^"]*" data-center="([^"]*)"', html
    )


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


def test_counts_and_rows_of_one_center(client, admin_user, site_content):
    center, _other = site_content
    client.force_login(admin_user)
    html = client.get(URL, {"center": str(center.translation_key)}).content.decode()
    # Up to date: the center and the visit page. Missing: the new page, the calendar,
    # the spaces, residents and calls indexes.
    assert count(html, "up_to_date") == 2
    assert count(html, "missing") == 5
    assert count(html, "outdated") == 0
    assert count(html, "all") == 7
    assert 'data-title="Lịch sử" data-locale="en"' in html


def test_filters_by_state_center_type_and_locale(client, admin_user, site_content):
    center, other = site_content
    key = str(center.translation_key)
    client.force_login(admin_user)
    html = client.get(URL, {"state": "missing", "center": key}).content.decode()
    # new page, calendar, spaces, residents and calls indexes
    assert html.count('data-state="missing"') == 5
    assert set(row_centers(html)) == {key}

    html = client.get(
        URL, {"type": "network.centerpage", "locale": "en", "center": key}
    ).content.decode()
    assert html.count("translations-row ") == 1
    html = client.get(URL, {"center": "network"}).content.decode()
    assert row_centers(html) and set(row_centers(html)) == {""}


@pytest.mark.parametrize(
    "params",
    [{"center": "not-a-center"}, {"state": "drop table"}, {"locale": "xx"}, {"p": "99999"}],
)
def test_unknown_filter_values_are_ignored_with_a_message(client, admin_user, site_content, params):
    client.force_login(admin_user)
    everything = count(client.get(URL).content.decode(), "all")
    response = client.get(URL, params)
    assert response.status_code == 200
    html = response.content.decode()
    assert count(html, "all") == everything
    if "p" not in params:
        assert "Một số bộ lọc không hợp lệ nên đã được bỏ qua." in html


def test_csv_export_lists_the_filtered_rows(client, admin_user, site_content):
    center, _other = site_content
    client.force_login(admin_user)
    response = client.get(
        URL, {"state": "up_to_date", "center": str(center.translation_key), "export": "csv"}
    )
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0][:3] == ["Trung tâm", "Loại", "Tiêu đề"]
    assert sorted(row[2] for row in rows[1:]) == ["Tham quan", "Trung tâm Thử nghiệm"]
    assert {(row[0], row[3], row[4], row[5]) for row in rows[1:]} == {
        ("Trung tâm Thử nghiệm", "Tiếng Việt", "English", "Đã cập nhật")
    }


def test_center_staff_see_only_their_center(client, make_user, site_content):
    center, other = site_content
    staff = make_user("nhan-vien", center.editors_group)
    client.force_login(staff)
    html = client.get(URL).content.decode()
    assert count(html, "all") == 7  # the center, its four indexes, its two pages
    assert set(row_centers(html)) == {str(center.translation_key)}
    # another center named in the filter is not one of theirs: ignored
    html = client.get(URL, {"center": str(other.translation_key)}).content.decode()
    assert count(html, "all") == 7


def test_translators_see_everything(client, translator, admin_user, site_content):
    client.force_login(admin_user)
    everything = count(client.get(URL).content.decode(), "all")
    client.force_login(translator)
    html = client.get(URL).content.decode()
    assert count(html, "all") == everything > 5
    assert "" in row_centers(html)


def test_people_without_a_center_are_refused(client, make_user, site_content):
    user = make_user("khach")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    assert client.get(URL).status_code in (302, 403)
    client.logout()
    response = client.get(URL)
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
