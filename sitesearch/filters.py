"""The visitor's search filters, validated against what exists before any query.

``q`` is read apart (:func:`cms.listing.query_text`): it is never rejected, only cut to
words. The filters must name known values: a page drops an unknown one with a message
and searches with the others.
"""

import django_filters
from django.contrib.contenttypes.models import ContentType
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, get_page_models

from cms.listing import ListingFilterSet
from network.models import CenterPage, Sector

from .protocol import WHEN_CHOICES, dated_models
from .search import Filters, scope

NAMES = ("center", "type", "sector", "when")


def page_type_key(model):
    return f"{model._meta.app_label}.{model._meta.model_name}"


def known_filter():
    return django_filters.ChoiceFilter(
        # Every value is a slug or a key: none means "no value" (django-filter's "null").
        null_value=None,
        error_messages={"invalid_choice": _("This filter is not known here, so it was left out.")},
    )


class SearchFilterSet(ListingFilterSet):
    """Checks ``center``, ``type``, ``sector`` and ``when``; :meth:`search_filters` gives
    the valid ones to :func:`sitesearch.search.search_pages`, which scopes every engine's
    search (and its facets) with them."""

    center = known_filter()
    type = known_filter()
    sector = known_filter()
    when = known_filter()

    def __init__(self, data, locale):
        self.locale = locale
        super().__init__(data, Page.objects.filter(locale=locale))
        self.filters["center"].extra["choices"] = lambda: [(s, s) for s in self.centers]
        self.filters["type"].extra["choices"] = lambda: [(k, k) for k in self.page_models]
        self.filters["sector"].extra["choices"] = lambda: [(s, s) for s in self.sector_slugs]
        self.filters["when"].extra["choices"] = [(w, w) for w in WHEN_CHOICES]

    @cached_property
    def centers(self):
        centers = CenterPage.objects.visible().filter(locale=self.locale).order_by("path")
        return {center.slug: center for center in centers}

    @cached_property
    def page_models(self):
        return {page_type_key(model): model for model in get_page_models()}

    @cached_property
    def sector_slugs(self):
        return list(Sector.objects.filter(locale=self.locale).values_list("slug", flat=True))

    @cached_property
    def selected(self):
        """The valid values as read ("" where none), for the page's links and form."""
        self.form.is_valid()
        return {name: self.form.cleaned_data.get(name, "") for name in NAMES}

    def filter_queryset(self, queryset):
        """The pages a search looks in: the engines narrow their search the same way."""
        self.check()
        return scope(self.locale, self.search_filters())

    def search_filters(self):
        """Filters from the values that validated; an unknown value is dropped, not fatal."""
        data = self.selected
        filters = Filters()
        if data["center"]:
            filters.center = self.centers[data["center"]]
        if data["type"]:
            filters.content_type = ContentType.objects.get_for_model(self.page_models[data["type"]])
        if data["sector"]:
            filters.sector = Sector.objects.get(locale=self.locale, slug=data["sector"])
        if data["when"] and dated_models():
            filters.when = data["when"]
        return filters
