"""How a page type takes part in the network search, beyond extending ``BasePage``.

Every page that extends :class:`cms.models.BasePage` is searchable with Vietnamese folding
and English stemming without doing anything (``search_title_key``/``search_text_key``).
It then shows as a result card with its type (the model's ``verbose_name``) and its
center (the :class:`network.models.CenterPage` above it). Optionally it can offer:

``search_result_meta(self) -> list[str]``
    Short lines under the card's title, already formatted for the active language with
    ``cms.formats`` (an event's "Thứ Bảy, 5 tháng 12 năm 2026, 19:30", a space's
    "1.500.000 ₫" and "120 m²").

``search_prepare_results(cls, pages)`` (classmethod)
    Called once with the model's pages of one result page, before their meta lines are
    asked for: what ``search_result_meta`` would read page by page is read here for all
    of them at once (events: each one's next date, in one query rather than one each).

``sectors`` (a ParentalManyToManyField to ``network.Sector``)
    Counted in the sector facet and filterable by ``?sector=<slug>``, automatically.

``search_date_q(cls, when, today) -> Q`` (classmethod)
    For dated pages (events): a ``Q`` over the model's own fields selecting the pages
    ``when`` = ``"upcoming"`` or ``"past"`` relative to ``today``
    (``timezone.localdate()``). When a model defines it, the date facet appears
    (upcoming by default, ``?when=past`` on request) and applies to that model's pages
    only. Until then it is a no-op.

``search_upcoming(cls, locale, limit) -> list[Page]`` (classmethod)
    What the no-results page offers besides the centers (events: the next ones).
"""

from django.db.models import Q
from wagtail.models import get_page_models

WHEN_CHOICES = ("upcoming", "past")


def dated_models():
    return [model for model in get_page_models() if hasattr(model, "search_date_q")]


def sector_models():
    models = []
    for model in get_page_models():
        try:
            field = model._meta.get_field("sectors")
        except Exception:  # noqa: S112 - a model without the field is simply not counted
            continue
        if field.many_to_many:
            models.append(model)
    return models


def date_exclusion(when, today):
    """A Q excluding dated pages outside ``when`` (None when no model is dated)."""
    models = dated_models()
    if not models:
        return None
    excluded = Q()
    for model in models:
        outside = model.objects.exclude(model.search_date_q(when, today)).values("pk")
        excluded |= Q(pk__in=outside)
    return excluded


def prepare_results(pages):
    """Let each model read what its result cards need for all its ``pages`` at once."""
    by_model = {}
    for page in pages:
        by_model.setdefault(type(page), []).append(page)
    for model, found in by_model.items():
        method = getattr(model, "search_prepare_results", None)
        if callable(method):
            method(found)


def result_meta(page):
    method = getattr(page, "search_result_meta", None)
    return list(method()) if callable(method) else []


def upcoming_suggestions(locale, limit=3):
    found = []
    for model in get_page_models():
        method = getattr(model, "search_upcoming", None)
        if callable(method):
            found += list(method(locale, limit))
    return found[:limit]
