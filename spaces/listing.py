"""The spaces finder: a form that validates the query string, and the faceted results.

Every filter value is checked against known values (space types, the centers, districts,
sectors and amenities that exist in this language) before it reaches a query. Invalid
values are reported through the form's errors, in the page's language, and ignored; the
other filters still apply. Facet counts are aggregate queries, one per dimension,
each counting under every filter except its own, so the number of queries does not
grow with the number of spaces.
"""

import re

from django import forms
from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Count
from django.utils.translation import gettext_lazy as _

from cms.formats import sort_by_name
from network.models import Amenity, Sector

from .models.pages import PricePeriod, SpaceType
from .models.queries import center_path_expression

PER_PAGE = 24
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


class SpaceFilterForm(forms.Form):
    type = forms.ChoiceField(label=_("Type"), required=False, error_messages=CHOICE_ERRORS)
    center = forms.ChoiceField(label=_("Center"), required=False, error_messages=CHOICE_ERRORS)
    district = forms.ChoiceField(label=_("District"), required=False, error_messages=CHOICE_ERRORS)
    min_area = forms.IntegerField(
        label=_("Minimum area (m²)"),
        required=False,
        min_value=0,
        max_value=MAX_NUMBER,
        error_messages=NUMBER_ERRORS,
        widget=NumberInput,
    )
    capacity = forms.IntegerField(
        label=_("People"),
        required=False,
        min_value=1,
        max_value=MAX_NUMBER,
        error_messages=NUMBER_ERRORS,
        widget=NumberInput,
    )
    period = forms.ChoiceField(
        label=_("Price period"), required=False, error_messages=CHOICE_ERRORS
    )
    max_price = forms.IntegerField(
        label=_("Maximum price (VND)"),
        required=False,
        min_value=0,
        max_value=MAX_NUMBER,
        error_messages=NUMBER_ERRORS,
        widget=NumberInput,
    )
    sector = forms.ChoiceField(label=_("Sector"), required=False, error_messages=CHOICE_ERRORS)
    amenity = forms.MultipleChoiceField(
        label=_("Amenities (all of)"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        error_messages=CHOICE_ERRORS,
    )
    free_on = forms.DateField(
        label=_("Free on"), required=False, input_formats=DATE_FORMATS, error_messages=DATE_ERRORS
    )
    sort = forms.ChoiceField(
        label=_("Sort by"), required=False, choices=SORTS, error_messages=CHOICE_ERRORS
    )

    def __init__(self, data, *, centers, districts, sectors, amenities, **kwargs):
        super().__init__(data, **kwargs)
        anything = [("", _("Any"))]
        self.fields["type"].choices = anything + list(SpaceType.choices)
        self.fields["center"].choices = anything + [(c.slug, c.title) for c in centers]
        self.fields["district"].choices = anything + [(d, d) for d in districts]
        self.fields["period"].choices = anything + PERIODS
        self.fields["sector"].choices = anything + [(s.slug, s.name) for s in sectors]
        self.fields["amenity"].choices = [(a.slug, a.name) for a in amenities]

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


class SpaceListing:
    """Results, counts and facets for one request to a spaces page."""

    def __init__(self, request, queryset, locale, centers, center=None):
        self.request = request
        self.locale = locale
        self.fixed_center = center
        self.centers = list(centers.only("id", "path", "title", "slug", "district"))
        self.sectors = list(Sector.objects.filter(locale=locale))
        self.amenities = list(Amenity.objects.filter(locale=locale))
        districts = sort_by_name({c.district for c in self.centers}, locale.language_code)
        self.form = SpaceFilterForm(
            request.GET,
            centers=self.centers,
            districts=districts,
            sectors=self.sectors,
            amenities=self.amenities,
        )
        self.filters = self.form.valid_filters()
        self.base = queryset
        self.queryset = self.filtered()
        self.count = self.queryset.count()
        self.page = Paginator(
            self.queryset.listing().ordered(self.filters.get("sort", "")), PER_PAGE
        ).get_page(request.GET.get("page"))

    # Filtering -------------------------------------------------------------------
    def filtered(self, without=None):
        queryset = self.base
        filters = self.filters
        if "type" in filters and without != "type":
            queryset = queryset.of_type(filters["type"])
        if "center" in filters and without != "center":
            paths = [c.path for c in self.centers if c.slug == filters["center"]]
            queryset = queryset.in_centers(paths)
        if "district" in filters and without != "district":
            paths = [c.path for c in self.centers if c.district == filters["district"]]
            queryset = queryset.in_centers(paths)
        if "min_area" in filters:
            queryset = queryset.min_area(filters["min_area"])
        if "capacity" in filters:
            queryset = queryset.min_capacity(filters["capacity"])
        if "period" in filters and without != "period":
            if "max_price" in filters:
                queryset = queryset.max_price(filters["period"], filters["max_price"])
            else:
                queryset = queryset.in_period(filters["period"])
        if "sector" in filters and without != "sector":
            queryset = queryset.for_sector(filters["sector"])
        if "amenity" in filters:
            queryset = queryset.with_amenities(filters["amenity"])
        if "free_on" in filters:
            queryset = queryset.free_on(filters["free_on"])
        return queryset

    # Facets ------------------------------------------------------------------------
    def _counts(self, queryset, field):
        return dict(queryset.order_by().values_list(field).annotate(n=Count("pk", distinct=True)))

    def _options(self, name, choices, counts):
        selected = self.filters.get(name)
        selected = selected if isinstance(selected, list) else [selected]
        return [
            {
                "value": value,
                "label": label,
                "count": counts.get(value, 0),
                "selected": value in selected,
                "query": self.toggled(name, value),
            }
            for value, label in choices
        ]

    @property
    def facets(self):
        if hasattr(self, "_facets"):
            return self._facets
        type_counts = self._counts(self.filtered(without="type"), "space_type")
        period_counts = self._counts(self.filtered(without="period"), "price_period")
        by_center = self._counts(
            self.filtered(without="center").annotate(center_path=center_path_expression()),
            "center_path",
        )
        by_district_base = self._counts(
            self.filtered(without="district").annotate(center_path=center_path_expression()),
            "center_path",
        )
        sector_counts = self._through_counts("sectors", "sector", self.filtered(without="sector"))
        amenity_counts = self._through_counts("amenities", "amenity", self.queryset)
        center_counts = {c.slug: by_center.get(c.path, 0) for c in self.centers}
        district_counts = {}
        for center in self.centers:
            district_counts[center.district] = district_counts.get(
                center.district, 0
            ) + by_district_base.get(center.path, 0)
        facets = [
            ("type", _("Type"), self._options("type", SpaceType.choices, type_counts)),
            ("period", _("Price period"), self._options("period", PERIODS, period_counts)),
            (
                "sector",
                _("Sector"),
                self._options("sector", [(s.slug, s.name) for s in self.sectors], sector_counts),
            ),
            (
                "amenity",
                _("Amenities (all of)"),
                self._options(
                    "amenity", [(a.slug, a.name) for a in self.amenities], amenity_counts
                ),
            ),
        ]
        if self.fixed_center is None:
            facets[1:1] = [
                (
                    "center",
                    _("Center"),
                    self._options(
                        "center", [(c.slug, c.title) for c in self.centers], center_counts
                    ),
                ),
                (
                    "district",
                    _("District"),
                    self._options("district", [(d, d) for d in district_counts], district_counts),
                ),
            ]
        self._facets = [{"name": n, "label": label, "options": o} for n, label, o in facets]
        return self._facets

    def _through_counts(self, relation, target, queryset):
        through = getattr(queryset.model, relation).through
        return dict(
            through.objects.filter(spacepage_id__in=queryset.values("pk"))
            .order_by()
            .values_list(f"{target}__slug")
            .annotate(n=Count("spacepage_id", distinct=True))
        )

    # Map ---------------------------------------------------------------------------
    def map_points(self):
        """One marker per center of this page's results, its popup listing them.

        A space has no coordinates of its own: it is where its center is. One marker per
        center (not per space, stacked on one point) keeps every marker a target a finger
        can hit (WCAG 2.2, target size), and the popup lists the center's results in the
        order of the list, each linking to its space.
        """
        by_center = {}
        for space in self.page.object_list:
            if space.center_latitude is None or space.center_longitude is None:
                continue
            by_center.setdefault(space.center_path, []).append(space)
        return [
            {
                "name": spaces[0].center_title,
                "lat": round(float(spaces[0].center_latitude), 6),
                "lng": round(float(spaces[0].center_longitude), 6),
                "items": [
                    {"name": space.title, "url": space.get_url(self.request), "slug": space.slug}
                    for space in spaces
                ],
            }
            for path, spaces in by_center.items()
        ]

    @property
    def map_tiles(self):
        return {"url": settings.MAP_TILE_URL, "attribution": settings.MAP_TILE_ATTRIBUTION}

    # Links ---------------------------------------------------------------------------
    def toggled(self, name, value):
        """The query string with ``value`` of facet ``name`` switched on or off."""
        params = self.request.GET.copy()
        params.pop("page", None)
        values = params.getlist(name)
        if name == "amenity":
            values = [v for v in values if v != value] if value in values else [*values, value]
        else:
            values = [] if values == [value] else [value]
        params.setlist(name, values)
        return params.urlencode()

    def query_string(self, **changes):
        params = self.request.GET.copy()
        params.pop("page", None)
        for key, value in changes.items():
            if value is None:
                params.pop(key, None)
            else:
                params[key] = value
        return params.urlencode()
