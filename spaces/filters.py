"""The spaces finder's filters: one FilterSet for the finder pages and ``/api/v2/spaces/``.

Every value is checked against known values (space types, the centers, their wards and
former districts, sectors and amenities that exist in this language) before it reaches
a query. A page reports an invalid value through the form's errors, in the page's
language, and ignores it (the other filters still apply); the API (the set in strict
mode) answers 400 with the first of them, named by its key.
"""

import re

import django_filters
from django import forms
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from cms.formats import sort_by_name
from cms.listing import ListingFilterSet
from network import wards
from network.models import Amenity, Sector

from .choices import PricePeriod, SpaceType

MAX_NUMBER = 10**12

SORTS = [
    ("", _("Center and name")),
    ("price", _("Price: lowest first")),
    ("-price", _("Price: highest first")),
    ("area", _("Area: smallest first")),
    ("-area", _("Area: largest first")),
    ("capacity", _("Capacity: largest first")),
]
PERIODS = [choice for choice in PricePeriod.choices if choice[0] != PricePeriod.REQUEST]
DATE_FORMATS = ["%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y"]
NUMBER_ERRORS = {"invalid": _("Enter a whole number, for example 50.")}
CHOICE_ERRORS = {"invalid_choice": _("“%(value)s” is not one of the choices.")}
DATE_ERRORS = {"invalid": _("Enter a date such as 2026-12-05 or 5/12/2026.")}

# HTML's "valid floating-point number": what a number box may hold as its value.
HTML_NUMBER = re.compile(r"-?(\d+(\.\d+)?|\.\d+)([eE][-+]?\d+)?", re.ASCII)


class NumberInput(forms.NumberInput):
    """A number box that does not echo back a value that is not a number.

    The value is reported as an error above the form; put back into
    ``<input type="number">`` it would make the page invalid HTML (and browsers drop it).
    """

    def format_value(self, value):
        value = super().format_value(value)
        return value if value is not None and HTML_NUMBER.fullmatch(value) else None


class Select(forms.Select):
    """Django's select box, rendered without a template per option (in half the time)."""

    template_name = "spaces/widgets/select.html"


class Checkboxes(forms.CheckboxSelectMultiple):
    """Django's list of check boxes, rendered without a template per box."""

    template_name = "spaces/widgets/checkboxes.html"


def ward_choices(centers, language):
    """``(code, name)`` of the centers' wards and communes, sorted in ``language``."""
    return [(str(code), name) for code, name in wards.labelled({c.ward for c in centers}, language)]


def former_districts(centers, language):
    return sort_by_name({c.district for c in centers if c.district}, language)


class FinderForm(forms.Form):
    """The finder's rules: the choices this network offers, and those between fields.

    Its fields are the filters' (:class:`SpaceFilterSet`, :data:`SpaceFilterForm`).
    """

    def __init__(self, data=None, *, centers, districts, sectors, amenities, wards=(), **kwargs):
        super().__init__(data, **kwargs)
        anything = [("", _("Any"))]
        self.fields["type"].choices = anything + list(SpaceType.choices)
        self.fields["center"].choices = anything + [(c.slug, c.title) for c in centers]
        self.fields["ward"].choices = anything + list(wards)
        self.fields["district"].choices = anything + [(d, d) for d in districts]
        self.fields["period"].choices = anything + PERIODS
        self.fields["sector"].choices = anything + [(s.slug, s.name) for s in sectors]
        self.fields["amenity"].choices = [(a.slug, a.name) for a in amenities]
        self.today = timezone.localdate()
        self.fields["free_on"].widget.attrs["min"] = self.today.isoformat()

    def clean_free_on(self):
        day = self.cleaned_data.get("free_on")
        if day is not None and day < self.today:
            raise forms.ValidationError(_("Choose today or a later date."))
        return day

    def clean(self):
        data = super().clean()
        if data.get("max_price") is not None and not data.get("period"):
            self.add_error(
                "period", _("Choose hour, day or month to compare prices with your maximum.")
            )
            data.pop("max_price", None)
        return data

    def valid_filters(self):
        """The cleaned values of the fields that validated; invalid ones are left out."""
        self.is_valid()
        return {
            name: value
            for name, value in self.cleaned_data.items()
            if name not in self.errors and value not in (None, "", [])
        }


class FieldFilter(django_filters.Filter):
    """A filter read by the Django form field ``field_class`` and applied by ``method``."""

    def __init__(self, field_class, *, method, **kwargs):
        self.field_class = field_class
        super().__init__(method=method, **kwargs)


def choice(label, method, **kwargs):
    return FieldFilter(
        forms.ChoiceField,
        label=label,
        method=method,
        widget=Select,
        error_messages=CHOICE_ERRORS,
        **kwargs,
    )


def number(label, method, lowest):
    return FieldFilter(
        forms.IntegerField,
        label=label,
        method=method,
        min_value=lowest,
        max_value=MAX_NUMBER,
        error_messages=NUMBER_ERRORS,
        widget=NumberInput,
    )


class SpaceFilterSet(ListingFilterSet):
    """Read, check and apply the finder's query string over a queryset of spaces.

    ``values`` are the valid filters; :meth:`filtered` applies them all but some (each
    facet counts under every filter but its own); ``sort`` is applied by :meth:`ordered`.
    """

    type = choice(_("Type"), "of_type")
    center = choice(_("Center"), "in_center")
    ward = choice(_("Ward/commune"), "in_ward")
    # Hanoi's districts before 1 July 2025, still in links and bookmarks from then: the
    # centers that were in that district (hence their wards). Accepted, no longer offered.
    district = FieldFilter(
        forms.ChoiceField,
        label=_("Former district"),
        method="in_district",
        widget=forms.HiddenInput,
        error_messages=CHOICE_ERRORS,
    )
    min_area = number(_("Minimum area (m²)"), "of_area", 0)
    capacity = number(_("People"), "min_capacity", 1)
    period = choice(_("Price period"), "in_period")
    max_price = number(_("Maximum price (VND)"), "with_period", 0)
    sector = choice(_("Sector"), "for_sector")
    amenity = FieldFilter(
        forms.MultipleChoiceField,
        label=_("Amenities (all of)"),
        method="with_amenities",
        widget=Checkboxes,
        error_messages=CHOICE_ERRORS,
    )
    free_on = FieldFilter(
        forms.DateField,
        label=_("Free on"),
        method="free_that_day",
        input_formats=DATE_FORMATS,
        error_messages=DATE_ERRORS,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    sort = choice(_("Sort by"), "by_ordered", choices=SORTS)

    class Meta:
        form = FinderForm

    def __init__(self, data, queryset, *, locale, centers, strict=False):
        self.locale = locale
        self.centers = list(centers.only("id", "path", "title", "slug", "district", "ward"))
        super().__init__(data, queryset, strict=strict)

    # Known values: one query each ------------------------------------------------------
    @cached_property
    def sectors(self):
        return list(Sector.objects.filter(locale=self.locale))

    @cached_property
    def amenities(self):
        return list(Amenity.objects.filter(locale=self.locale))

    @cached_property
    def wards(self):
        return ward_choices(self.centers, self.locale.language_code)

    def get_form_class(self):
        return SpaceFilterForm

    @property
    def form(self):
        if not hasattr(self, "_form"):
            self._form = SpaceFilterForm(
                self.data if self.is_bound else None,
                centers=self.centers,
                wards=self.wards,
                districts=former_districts(self.centers, self.locale.language_code),
                sectors=self.sectors,
                amenities=self.amenities,
            )
        return self._form

    # What was read ---------------------------------------------------------------------
    @cached_property
    def values(self):
        """The valid filters, in the form's order."""
        return self.form.valid_filters()

    def strict_messages(self):
        """For the API: each refused value named by its key, in the order found."""
        return [
            f"{name}: {message}"
            for name, messages in self.form.errors.items()
            for message in messages
        ]

    # Applying --------------------------------------------------------------------------
    def filter_queryset(self, queryset):
        self.check()
        return self.filtered(queryset)

    def filtered(self, queryset, without=()):
        """``queryset`` under the valid filters, except those named in ``without``."""
        without = {without} if isinstance(without, str) else set(without or ())
        for name, value in self.values.items():
            if name not in without:
                queryset = self.filters[name].filter(queryset, value)
        return queryset

    def ordered(self, queryset):
        """``queryset`` in the order chosen by ``sort``."""
        return queryset.ordered(self.values.get("sort", ""))

    def of_type(self, queryset, name, value):
        return queryset.of_type(value)

    def in_center(self, queryset, name, value):
        return queryset.in_centers([c.path for c in self.centers if c.slug == value])

    def in_ward(self, queryset, name, value):
        return queryset.in_centers([c.path for c in self.centers if str(c.ward) == value])

    def in_district(self, queryset, name, value):
        return queryset.in_centers([c.path for c in self.centers if c.district == value])

    def of_area(self, queryset, name, value):
        return queryset.min_area(value)

    def min_capacity(self, queryset, name, value):
        return queryset.min_capacity(value)

    def in_period(self, queryset, name, value):
        """The period, with the maximum price when one is given (it is for the period)."""
        if "max_price" in self.values:
            return queryset.max_price(value, self.values["max_price"])
        return queryset.in_period(value)

    def with_period(self, queryset, name, value):
        """The maximum price applies with its period: see :meth:`in_period`."""
        return queryset

    def for_sector(self, queryset, name, value):
        return queryset.for_sector(value)

    def with_amenities(self, queryset, name, value):
        return queryset.with_amenities(value)

    def free_that_day(self, queryset, name, value):
        return queryset.free_on(value)

    def by_ordered(self, queryset, name, value):
        """The order is the listing's (:meth:`ordered`): counting needs none."""
        return queryset


# The finder's form: its rules (FinderForm) with one field per filter, built once.
SpaceFilterForm = type(
    "SpaceFilterForm",
    (FinderForm,),
    {
        "__module__": __name__,
        **{name: filter_.field for name, filter_ in SpaceFilterSet.base_filters.items()},
    },
)
