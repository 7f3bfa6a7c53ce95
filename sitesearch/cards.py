"""Result cards: the specific page's type, center, meta lines and highlighted text."""

import re
from dataclasses import dataclass, field

from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.text import capfirst
from wagtail.models import Page

from cms.tree import Subtrees
from network.models import CenterPage

from .folding import _folded_terms, words
from .protocol import prepare_results, result_meta
from .search import published

SNIPPET_CHARS = 220
TOKEN_RE = re.compile(r"([^\W_]+)", re.UNICODE)


@dataclass
class Card:
    page: Page
    title: str
    url: str
    type_label: str
    center: CenterPage | None
    snippet: str
    meta: list = field(default_factory=list)


def highlight(text, terms, language):
    """Escape ``text`` piece by piece, wrapping words whose folded form was searched."""
    wanted = set(terms)
    out = []
    for piece in TOKEN_RE.split(text or ""):
        if piece and TOKEN_RE.fullmatch(piece) and _folded_terms([piece], language)[0] in wanted:
            out.append(f"<mark>{escape(piece)}</mark>")
        else:
            out.append(escape(piece))
    return mark_safe("".join(out))  # noqa: S308 - every piece was escaped above


def excerpt(text, terms, language):
    """A window of ``text`` around the first searched word, at most SNIPPET_CHARS long."""
    text = " ".join((text or "").split())
    if len(text) <= SNIPPET_CHARS:
        return text
    wanted = set(terms)
    start = 0
    for match in TOKEN_RE.finditer(text):
        if _folded_terms([match.group(0)], language)[0] in wanted:
            start = max(0, match.start() - 60)
            break
    window = text[start : start + SNIPPET_CHARS]
    prefix = "… " if start else ""
    suffix = " …" if start + SNIPPET_CHARS < len(text) else ""
    return f"{prefix}{window}{suffix}"


def _body_text(page):
    body = getattr(page, "body", None)
    if body is None:
        return ""
    try:
        return " ".join(body.stream_block.get_searchable_content(body))
    except AttributeError:
        return ""


def center_lookup(locale):
    """A function giving the center (in ``locale``) a page is in, or None: the few
    centers read once (:func:`sitesearch.search.published`), then a path prefix test per
    page."""
    centers = published(locale)["centers"]
    return Subtrees({center.path: center for center in centers}).holding


def build_cards(pages, terms, locale, request=None):
    """Cards for one page of results, in the order the search ranked them."""
    ids = [page.pk for page in pages]
    # The search gives specific pages already; others are read as their own type.
    specific = {page.pk: page for page in pages if type(page) is page.specific_class}
    missing = [pk for pk in ids if pk not in specific]
    if missing:
        specific.update({page.pk: page for page in Page.objects.filter(pk__in=missing).specific()})
    prepare_results(specific.values())
    center_of = center_lookup(locale)
    language = locale.language_code
    cards = []
    for pk in ids:
        page = specific.get(pk)
        if page is None:
            continue
        center = center_of(page)
        candidates = [page.search_description, getattr(page, "introduction", ""), _body_text(page)]
        text = next(
            (t for t in candidates if t and set(_folded_terms(words(t), language)) & set(terms)),
            next((t for t in candidates if t), ""),
        )
        cards.append(
            Card(
                page=page,
                title=highlight(page.title, terms, language),
                url=page.get_url(request=request),
                type_label=capfirst(page.specific_class._meta.verbose_name),
                center=center,
                snippet=highlight(excerpt(text, terms, language), terms, language),
                meta=result_meta(page),
            )
        )
    return cards
