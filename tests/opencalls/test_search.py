"""The network search finds open calls with and without diacritics (đ included); a call
not published is not found."""

from opencalls.models import CallIndexPage
from sitesearch.search import Filters, search_pages
from tests.factories import OpenCallPageFactory
from tests.sitesearch.conftest import hide_other_networks


def found(query, locale):
    outcome = search_pages(query, locale, Filters())
    return [page.specific.slug for page in outcome.page.object_list] if outcome.page else []


def test_calls_are_found_with_and_without_diacritics(home, center_factory, locales):
    hide_other_networks(home, home.get_translation(locales["en"]))
    index = CallIndexPage.objects.child_of(center_factory(slug="alpha")).get()
    call = OpenCallPageFactory(
        parent=index,
        title="Lưu trú nghệ sĩ đồ họa",
        slug="luu-tru-do-hoa",
        introduction="Ba tháng ở xưởng in khắc gỗ Đông Hồ.",
    )
    call.save_revision().publish()
    OpenCallPageFactory(parent=index, title="Đồ họa nháp", slug="nhap", live=False)
    for query in ["Lưu trú đồ họa", "luu tru do hoa", "LUU TRU DO HOA", "khac go dong ho"]:
        assert found(query, locales["vi"]) == ["luu-tru-do-hoa"], query
    assert found("nhap", locales["vi"]) == []
