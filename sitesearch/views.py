"""/<lang>/search/ and /<lang>/search/autocomplete/: thin views over sitesearch.search."""

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

from cms.listing import page_number, query_text
from network.models import CenterPage

from .cards import build_cards, center_lookup
from .filters import SearchFilterSet
from .protocol import upcoming_suggestions
from .querylog import log_search, promotions
from .search import Filters, autocomplete_pages, search_pages

# How a language is named inside a sentence ("3 pages in English match").
IN_LANGUAGE = {"vi": gettext_lazy("in Vietnamese"), "en": gettext_lazy("in English")}
ELSEWHERE_SHOWN = 5


@never_cache
def search(request):
    locale = Locale.get_active()
    filters = SearchFilterSet(request.GET, locale)
    text = query_text(request.GET.get("q", ""))
    number = page_number(request.GET.get("page"))
    outcome = search_pages(text, locale, filters.search_filters(), number)
    cards = (
        build_cards(outcome.page.object_list, outcome.terms, locale, request)
        if outcome.page
        else []
    )
    picks = promotions(text, locale) if outcome.terms else []
    if outcome.terms and number == 1:
        log_search(text, bool(outcome.total or outcome.past))
    notices = list(filters.messages)
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
    return TemplateResponse(request, "sitesearch/search.html", context)


def found_elsewhere(text, locale, request):
    """What ``text`` finds in the site's other language, when it finds nothing in this one.

    A tourist who types a Vietnamese name on the English site (or a resident who types an
    English title on the Vietnamese one) sees the pages it names, marked with their
    language, and a link to the whole search there. Filters are left out: centers, types
    and sectors are chosen per language.
    """
    for code, _name in settings.LANGUAGES:
        other = Locale.objects.filter(language_code=code).exclude(pk=locale.pk).first()
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
