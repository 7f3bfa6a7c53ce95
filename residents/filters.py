"""The residents directory's filters: one FilterSet for the pages and the API.

Every value is checked against the known values (the centers listed, the kinds, the
sectors in the page's language, the services) before it reaches a query. The pages drop
an invalid value with a message in the visitor's language; the API answers 400.
"""

import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _

from network.models import Sector

from .choices import ResidentKind, Service

ANY = _("Any")
CHOICE_ERRORS = {"invalid_choice": _("“%(value)s” is not one of the choices.")}


class YesBox(forms.CheckboxInput):
    """A check box sending ``yes``, whose value is read as typed, so that a value other
    than ``yes`` is reported rather than taken for a tick."""

    def __init__(self):
        super().__init__(attrs={"value": "yes"}, check_test=lambda value: value == "yes")

    def format_value(self, value):
        return None  # the value is the ``value`` attribute's

    def value_from_datadict(self, data, files, name):
        return data.get(name)


class YesChoiceFilter(django_filters.ChoiceFilter):
    """``?services=yes``: only the residents that offer some service."""

    def __init__(self, **kwargs):
        super().__init__(choices=[("yes", _("Yes"))], widget=YesBox, **kwargs)


class ResidentFilterSet(django_filters.FilterSet):
    center = django_filters.ChoiceFilter(
        label=_("Center"), method="filter_center", empty_label=ANY, error_messages=CHOICE_ERRORS
    )
    kind = django_filters.ChoiceFilter(
        label=_("Kind"),
        choices=ResidentKind.choices,
        empty_label=ANY,
        error_messages=CHOICE_ERRORS,
    )
    sector = django_filters.ChoiceFilter(
        label=_("Sector"), method="filter_sector", empty_label=ANY, error_messages=CHOICE_ERRORS
    )
    service = django_filters.ChoiceFilter(
        label=_("Service"),
        choices=Service.choices,
        method="filter_service",
        empty_label=ANY,
        error_messages=CHOICE_ERRORS,
    )
    services = YesChoiceFilter(
        label=_("Offers services"),
        method="filter_services",
        error_messages=CHOICE_ERRORS,
    )

    def __init__(self, data, queryset, *, locale, centers=None, **kwargs):
        super().__init__(data, queryset, **kwargs)
        self.centers = {center.slug: center for center in centers or []}
        if centers is None:
            del self.filters["center"]
            self.form.fields.pop("center", None)
        else:
            self.form.fields["center"].choices = [(center.slug, center.title) for center in centers]
        self.sectors = {sector.slug: sector for sector in Sector.objects.filter(locale=locale)}
        self.form.fields["sector"].choices = [
            (slug, sector.name) for slug, sector in self.sectors.items()
        ]
        self.form.label_suffix = ""

    def filter_center(self, queryset, name, value):
        return queryset.descendant_of(self.centers[value])

    def filter_sector(self, queryset, name, value):
        # Any language version of the sector: a translation's links are synchronised.
        key = self.sectors[value].translation_key
        return queryset.filter(sectors__translation_key=key).distinct()

    def filter_service(self, queryset, name, value):
        return queryset.offering(value)

    def filter_services(self, queryset, name, value):
        return queryset.offering() if value == "yes" else queryset

    def messages(self):
        """Each invalid value's message, with the filter's label."""
        return [
            f"{self.form.fields[name].label}: {message}"
            for name, messages in self.form.errors.items()
            for message in messages
        ]

    def valid_values(self):
        """{name: value} of the filters that apply (valid and not empty)."""
        return {
            name: value
            for name, value in self.form.cleaned_data.items()
            if name not in self.form.errors and value not in (None, "", [])
        }
