"""/<lang>/search/ and /<lang>/search/autocomplete/: thin views over sitesearch.search."""

from django.core.serializers.json import DjangoJSONEncoder
from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from wagtail.models import Locale

from network.models import CenterPage

from .cards import build_cards, center_lookup
from .forms import SearchForm
from .protocol import upcoming_suggestions
from .querylog import log_search, promotions
from .search import autocomplete_pages, search_pages


def _page_number(raw):
    """A page number within sane bounds; Paginator.get_page clamps it to the last page."""
    try:
        return max(1, min(int(str(raw)[:9]), 10**6))
    except (TypeError, ValueError):
        return 1


@never_cache
def search(request):
    locale = Locale.get_active()
    form = SearchForm(request.GET, locale)
    form.is_valid()
    text = form.query_text()
    outcome = search_pages(text, locale, form.filters(), _page_number(request.GET.get("page")))
    cards = (
        build_cards(outcome.page.object_list, outcome.terms, locale, request)
        if outcome.page
        else []
    )
    picks = promotions(text, locale) if outcome.terms else []
    if outcome.terms and _page_number(request.GET.get("page")) == 1:
        log_search(text, bool(outcome.total or outcome.past))
    notices = [
        error
        for name in ("center", "type", "sector", "when")
        for error in form.errors.get(name, [])
    ]
    if outcome.engine_failed:
        notices.append(
            _(
                "The search engine is not answering right now; "
                "these results come from the basic search."
            )
        )
    context = {
        "query": text,
        "form": form,
        "outcome": outcome,
        "cards": cards,
        "promotions": picks,
        "notices": notices,
        "selected": {
            name: form.cleaned_data.get(name, "") for name in ("center", "type", "sector", "when")
        },
    }
    if outcome.terms and not outcome.total and not outcome.past:
        context["suggested_centers"] = CenterPage.objects.in_locale(locale).listing()
        context["suggested_upcoming"] = upcoming_suggestions(locale)
    return TemplateResponse(request, "sitesearch/search.html", context)


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
    text = request.GET.get("q", "")[:400]
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
