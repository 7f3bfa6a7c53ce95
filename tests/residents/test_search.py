"""The network search finds residents with and without diacritics."""

from sitesearch.search import Filters, search_pages
from tests.sitesearch.conftest import hide_other_networks


def test_residents_are_found_with_and_without_diacritics(network, home, locales):
    hide_other_networks(home, home.get_translation(locales["en"]))
    for query in ["Cá Chép", "ca chep", "CA CHEP", "studio game ca chep"]:
        outcome = search_pages(query, locales["vi"], Filters())
        found = [page.specific for page in outcome.page.object_list] if outcome.page else []
        assert [page.slug for page in found] == ["ca-chep"], query
    outcome = search_pages("phap ly", locales["vi"], Filters())
    assert [page.slug for page in outcome.page.object_list] == ["phap-ly"]
    # The draft and the private resident are not found.
    assert not search_pages("nhap", locales["vi"], Filters()).page
    assert not search_pages("rieng", locales["vi"], Filters()).page
