"""The right page first, on the demo network: every center, event and space title, typed
as written and without diacritics, finds its page on the first page of results, with
the pages of that very title (folded) first.

Several events of the demo share a title (the same programme at four centers): a title
cannot tell them apart, so each of them must be on page one and the first result must
carry that title. Past events included: a past event's exact title shows it with the
upcoming ones. One test function, one search per distinct query, on the session's
demo (loaded once for every test that uses it).
"""

from events.models import EventPage
from network.models import CenterPage
from sitesearch.folding import fold_vietnamese, folded_words, query_terms
from sitesearch.search import Filters, search_pages
from spaces.models import SpacePage


def test_every_demo_title_finds_its_page_first(demo, locales):
    failures, searched = [], 0
    for language, locale in locales.items():
        by_query = {}
        for model in (CenterPage, EventPage, SpacePage):
            for page in model.objects.live().public().filter(locale=locale):
                for text in (page.title, fold_vietnamese(page.title)):
                    key = tuple(map(tuple, query_terms(text, language)))
                    by_query.setdefault(key, (text, []))[1].append(page)
        for text, pages in by_query.values():
            outcome = search_pages(text, locale, Filters())
            searched += 1
            found = list(outcome.page.object_list) if outcome.page else []
            wanted = folded_words(pages[0].title, language)
            first = folded_words(found[0].title, language) if found else None
            shown = {page.pk for page in found}
            missing = [page.title for page in pages if page.pk not in shown]
            if first != wanted or missing:
                failures.append((language, text, [p.title for p in found[:3]], missing))
    assert searched > 100
    assert failures == []
