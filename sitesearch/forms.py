"""The visitor's search parameters, validated against what exists before any query."""

from django import forms
from django.contrib.contenttypes.models import ContentType
from django.utils.translation import gettext_lazy as _
from wagtail.models import get_page_models

from cms.listing import query_text
from network.models import CenterPage, Sector

from .protocol import WHEN_CHOICES, dated_models
from .search import Filters


def page_type_key(model):
    return f"{model._meta.app_label}.{model._meta.model_name}"


class SearchForm(forms.Form):
    """``q`` is never rejected (it is cleaned to words); filters must name known values."""

    q = forms.CharField(required=False, strip=True)
    center = forms.ChoiceField(required=False)
    type = forms.ChoiceField(required=False)
    sector = forms.ChoiceField(required=False)
    when = forms.ChoiceField(required=False)

    def __init__(self, data, locale):
        super().__init__(data)
        self.locale = locale
        centers = CenterPage.objects.visible().filter(locale=locale).order_by("path")
        self.centers = {center.slug: center for center in centers}
        self.page_models = {page_type_key(model): model for model in get_page_models()}
        self.fields["center"].choices = [("", "")] + [(s, s) for s in self.centers]
        self.fields["type"].choices = [("", "")] + [(k, k) for k in self.page_models]
        slugs = Sector.objects.filter(locale=locale).values_list("slug", flat=True)
        self.fields["sector"].choices = [("", "")] + [(s, s) for s in slugs]
        self.fields["when"].choices = [("", "")] + [(w, w) for w in WHEN_CHOICES]
        for name in ("center", "type", "sector", "when"):
            self.fields[name].error_messages["invalid_choice"] = _(
                "This filter is not known here, so it was left out."
            )

    def filters(self):
        """Filters from the fields that validated; an unknown value is dropped, not fatal."""
        data = getattr(self, "cleaned_data", {})
        filters = Filters()
        if data.get("center"):
            filters.center = self.centers[data["center"]]
        if data.get("type"):
            filters.content_type = ContentType.objects.get_for_model(self.page_models[data["type"]])
        if data.get("sector"):
            filters.sector = Sector.objects.get(locale=self.locale, slug=data["sector"])
        if data.get("when") and dated_models():
            filters.when = data["when"]
        return filters

    def query_text(self):
        return query_text(self.data.get("q", "")) if hasattr(self.data, "get") else ""
