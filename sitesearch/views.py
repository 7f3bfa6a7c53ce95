"""/<lang>/search/ and /<lang>/search/autocomplete/: thin views over sitesearch.search.

The search page is ``never_cache`` for browsers and CDNs, and kept server-side by the
page cache for anonymous visitors (:func:`ops.pagecache.kept_private`), under the same
generation as every page: any publish drops it. Its query string is first made canonical
(:func:`canonical_search`), so that one search typed with other spacing, with repeated or
unknown parameters, is one entry. Not kept: a page with a filter it refused, a page
number past the last, an answer of the fallback backend. Logged-in editors (a session
cookie) are never served a kept answer. A hit is counted in the query log all the same
(:func:`sitesearch.querylog.count_cached`).
"""

from urllib.parse import urlencode

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.translation import get_language_info, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from wagtail.models import Locale

from cms.listing import MAX_QUERY_TERMS, MAX_TERM_CHARS, PAGE_NUMBER_CHARS, page_number, query_text
from network.models import CenterPage
from ops import pagecache

from .cards import build_cards, center_lookup
from .filters import SearchFilterSet
from .folding import query_was_cut
from .protocol import upcoming_suggestions
from .querylog import HIT_COUNTER, flush_pending, log_search, logged_term, promotions
from .search import Filters, autocomplete_pages, search_pages

# How a language is named inside a sentence ("3 pages in English match").
IN_LANGUAGE = {"vi": gettext_lazy("in Vietnamese"), "en": gettext_lazy("in English")}
ELSEWHERE_SHOWN = 5
FILTER_NAMES = ("center", "type", "sector", "when")
# A filter's value is a slug or a key: Wagtail's slugs are at most 255 characters.
FILTER_VALUE_CHARS = 255


def canonical_search(params):
    """The search's query string as the page reads it: ``q`` cut and its spacing made
    single, the last value of each filter (cut), the page number when it is not the first.
    Anything else is dropped (so it cannot make a new cache entry)."""
    text = " ".join(query_text(params.get("q", "")).split())
    if text:
        yield "q", text
    for name in FILTER_NAMES:
        value = params.get(name, "")
        if value:
            yield name, value[:FILTER_VALUE_CHARS]
    raw, refused = params.get("page"), []
    number = page_number(raw, refused)
    if refused:  # not a page number: kept as typed (cut), for the page to say so
        yield "page", str(raw).strip()[:PAGE_NUMBER_CHARS]
    elif number > 1:
        yield "page", str(number)


@never_cache
@pagecache.kept_private(canonical_search)
def search(request):
    flush_pending()  # the kept hits this process counted go to the log on a miss
    locale = Locale.get_active()
    filters = SearchFilterSet(request.GET, locale)
    text = query_text(request.GET.get("q", ""))
    refused = []  # a page number that is none, or past the last
    number = page_number(request.GET.get("page"), refused)
    outcome = search_pages(text, locale, filters.search_filters(), number, refused)
    cards = (
        build_cards(outcome.page.object_list, outcome.terms, locale, request)
        if outcome.page
        else []
    )
    picks = promotions(text, locale) if outcome.terms else []
    hit = None
    if outcome.terms and number == 1:
        found_any = bool(outcome.total or outcome.past)
        log_search(text, found_any)
        hit = (HIT_COUNTER, (logged_term(text), found_any))
    notices = [*filters.messages, *refused]
    if query_was_cut(text):
        notices.append(
            _(
                "Your search was shortened: only its first %(terms)s words, of up to "
                "%(letters)s letters each, were searched."
            )
            % {"terms": MAX_QUERY_TERMS, "letters": MAX_TERM_CHARS}
        )
    if outcome.engine_failed:
        notices.append(
            _(
                "The search engine is not answering right now; "
                "these results come from the basic search."
            )
        )
    context = {
        "query": text,
        "form": filters.form,
        "outcome": outcome,
        "cards": cards,
        "promotions": picks,
        "notices": notices,
        "selected": filters.selected,
    }
    if outcome.terms and not outcome.total and not outcome.past:
        context["suggested_centers"] = CenterPage.objects.in_locale(locale).listing()
        context["suggested_upcoming"] = upcoming_suggestions(locale)
        if not any(context["selected"][name] for name in ("center", "type", "sector")):
            context["elsewhere"] = found_elsewhere(text, locale, request)
    response = TemplateResponse(request, "sitesearch/search.html", context)
    response.page_cache_hit = hit
    # The same for every anonymous visitor, unless a value was refused (one entry per
    # wrong value would be kept), a page past the last was asked for (one per number)
    # or the engine failed (the fallback's answer is not kept for the engine's).
    response.page_cache_keep = not (filters.messages or refused or outcome.engine_failed)
    return response


def found_elsewhere(text, locale, request):
    """What ``text`` finds in the site's other language, when it finds nothing in this one.

    A tourist who types a Vietnamese name on the English site (or a resident who types an
    English title on the Vietnamese one) sees the pages it names, marked with their
    language, and a link to the whole search there. Filters are left out: centers, types
    and sectors are chosen per language.
    """
    others = {other.language_code: other for other in Locale.objects.exclude(pk=locale.pk)}
    for code, _name in settings.LANGUAGES:
        other = others.get(code)
        if other is None:
            continue
        outcome = search_pages(text, other, Filters(), 1)
        if not outcome.total:
            continue
        with translation.override(code):
            url = reverse("sitesearch:search")
        return {
            "code": code,
            "in_language": IN_LANGUAGE.get(code) or get_language_info(code)["name_translated"],
            "total": outcome.total,
            "cards": build_cards(
                outcome.page.object_list[:ELSEWHERE_SHOWN], outcome.terms, other, request
            ),
            "url": f"{url}?{urlencode({'q': text})}",
        }
    return None


class HTMLSafeJSONEncoder(DjangoJSONEncoder):
    """JSON without a raw ``<``, ``>`` or ``&`` in its strings (``\\u003c`` and so on):
    the echoed query cannot turn into markup, even for a client that sniffs the answer
    as HTML."""

    ESCAPES = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026"}

    def encode(self, o):
        return super().encode(o).translate(self.ESCAPES)


@never_cache
def autocomplete(request):
    locale = Locale.get_active()
    text = query_text(request.GET.get("q", ""))
    pages, engine_failed = autocomplete_pages(text, locale)
    # The center beside each suggestion: the same title at several centers (an event each
    # holds) is told apart; a center itself names none.
    center_of = center_lookup(locale) if pages else None

    def center_name(page):
        center = center_of(page)
        return center.title if center is not None and center.pk != page.pk else ""

    return JsonResponse(
        {
            "query": text,
            "results": [
                {
                    "title": page.title,
                    "url": page.get_url(request=request),
                    "type": str(page.specific_class._meta.verbose_name),
                    "center": center_name(page),
                }
                for page in pages
            ],
            "fallback": engine_failed,
        },
        encoder=HTMLSafeJSONEncoder,
        json_dumps_params={"ensure_ascii": False},
    )
