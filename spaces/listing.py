"""The spaces finder's faceted results, under its filters (:mod:`spaces.filters`).

Each facet counts under every filter except its own. Type, price period, center and
ward (and the total) come from one grouped query whose groups say which of those filters
they pass; sectors and amenities are one query each. The number of queries does not grow
with the number of spaces.
"""

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import BooleanField, Case, Count, Exists, OuterRef, Value, When
from django.utils.translation import gettext_lazy as _

from cms import formats
from cms.listing import page_of
from cms.tree import center_path_expression
from ops import pagecache

from .choices import SpaceType
from .facets import bit_count
from .filters import (
    PERIODS,
    Checkboxes,
    Select,
    SpaceFilterForm,
    SpaceFilterSet,
    ward_choices,
)

# The finder's form, widgets and wards are spaces.filters'; read from here too.
__all__ = ["Checkboxes", "Select", "SpaceFilterForm", "SpaceListing", "ward_choices"]

PER_PAGE = 24


class SpaceListing:
    """Results, counts and facets for one request to a spaces page."""

    def __init__(self, request, queryset, locale, centers, center=None, cache_scope=None):
        self.request = request
        self.cache_scope = cache_scope  # what ``queryset`` is, for the facet cache
        self.read_filters(request.GET, queryset, locale, centers, center)
        self.queryset = self.filterset.qs
        self.groups = self._groups()
        self.count = self._tally(without=None).total()
        paginator = Paginator(self.filterset.ordered(self.queryset.listing()), PER_PAGE)
        paginator.count = self.count  # known from the groups: no second count query
        self.page = page_of(paginator, request.GET.get("page"))

    # Filtering -------------------------------------------------------------------
    def read_filters(self, data, queryset, locale, centers, center=None):
        """Check ``data`` with the finder's filters: their valid values go to ``filters``."""
        self.locale = locale
        self.fixed_center = center
        self.filterset = SpaceFilterSet(data, queryset, locale=locale, centers=centers)
        self.centers = self.filterset.centers
        self.sectors = self.filterset.sectors
        self.amenities = self.filterset.amenities
        self.wards = self.filterset.wards
        self.form = self.filterset.form
        self.filters = self.filterset.values
        self.base = queryset

    def filtered(self, without=()):
        """The spaces under the valid filters, except those named in ``without``."""
        return self.filterset.filtered(self.base, without)

    # Facets ------------------------------------------------------------------------
    OWN = ("type", "center", "ward", "district", "period", "sector")  # facets over these filters

    def _groups(self):
        """Spaces under the other filters, counted by type, period, center, price, sector.

        One query: each group's ``price_ok`` and ``sector_ok`` say whether it passes the
        maximum price and the sector filters, so every facet (and the total) is a sum.
        """
        queryset = self.filtered(without=self.OWN)
        price_ok = sector_ok = Value(True)
        if "max_price" in self.filters and "period" in self.filters:
            price_ok = Case(
                When(price__lte=self.filters["max_price"], then=Value(True)),
                default=Value(False),
                output_field=BooleanField(),
            )
        if "sector" in self.filters:
            through = queryset.model.sectors.through
            sector_ok = Exists(
                through.objects.filter(
                    spacepage_id=OuterRef("pk"), sector__slug=self.filters["sector"]
                )
            )
        # Each sector's and amenity's spaces in the group, from the spaces' bit masks
        # (spaces.facets): one pass counts them all, no scan of the link tables.
        counted = [
            (f"{field}_{entry.slug}", bit_count(field, entry.facet_bit))
            for field, entries in self._masked().items()
            for entry in entries
        ]
        grouped = (
            queryset.order_by()
            .annotate(center_path=center_path_expression(), price_ok=price_ok, sector_ok=sector_ok)
            .values_list("space_type", "price_period", "center_path", "price_ok", "sector_ok")
            .annotate(
                n=Count("pk"),
                **{f"facet_{i}": aggregate for i, (_name, aggregate) in enumerate(counted)},
            )
        )
        names = [name for name, _aggregate in counted]
        rows = self._remembered(names, lambda: list(grouped))
        return [_Group(*row[:6], dict(zip(names, row[6:], strict=True))) for row in rows]

    # The filters the groups do not depend on: each group says its type, center and
    # period, and the facets choose among the groups in Python (see _tally).
    CHOSEN_AMONG_GROUPS = ("type", "center", "ward", "district", "period", "sort")

    def _remembered(self, names, compute):
        """The groups' rows, shared by every page, sort and facet choice of one search.

        Kept in the cache until the next publish (ops.pagecache.remember): clicking
        through the finder's facets and pages reads them once. Not kept for ``free_on``,
        whose answer depends on blocked days.
        """
        if self.cache_scope is None or "free_on" in self.filters:
            return compute()
        depends_on = sorted(
            (name, sorted(value) if isinstance(value, list) else value)
            for name, value in self.filters.items()
            if name not in self.CHOSEN_AMONG_GROUPS
        )
        name = repr(("spaces-groups", self.cache_scope, self.locale.pk, names, depends_on))
        return pagecache.remember(name, compute, settings.SPACES_FACET_CACHE_TIMEOUT)

    def _masked(self):
        """The vocabularies counted from the masks: those whose entries all have a bit."""
        vocabularies = {"sector_bits": self.sectors, "amenity_bits": self.amenities}
        return {
            field: entries
            for field, entries in vocabularies.items()
            if all(entry.facet_bit is not None for entry in entries)
        }

    def _tally(self, without):
        """A :class:`_Tally` of the groups passing every own filter but ``without``."""
        filters = self.filters
        paths = {c.slug: c.path for c in self.centers}
        in_ward = {c.path for c in self.centers if str(c.ward) == filters.get("ward")}
        in_district = {
            c.path for c in self.centers if c.district == filters.get("district", c.district)
        }

        def passes(group):
            return (
                (without == "type" or group.space_type == filters.get("type", group.space_type))
                and (
                    without == "center"
                    or "center" not in filters
                    or group.center_path == paths.get(filters["center"])
                )
                and (without == "ward" or "ward" not in filters or group.center_path in in_ward)
                and (
                    without == "district"
                    or "district" not in filters
                    or group.center_path in in_district
                )
                and (
                    without == "period"
                    or "period" not in filters
                    or (group.price_period == filters["period"] and group.price_ok)
                )
                and (without == "sector" or group.sector_ok)
            )

        return _Tally([group for group in self.groups if passes(group)])

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
        type_counts = self._tally(without="type").by("space_type")
        period_counts = self._tally(without="period").by("price_period")
        by_center = self._tally(without="center").by("center_path")
        by_ward_base = self._tally(without="ward").by("center_path")
        masked = self._masked()
        if "sector_bits" in masked:
            sector_counts = self._tally(without="sector").bits("sector_bits", self.sectors)
        else:
            sector_counts = self._through_counts(
                "sectors", "sector", self.filtered(without="sector"), self.sectors
            )
        if "amenity_bits" in masked:
            amenity_counts = self._tally(without=None).bits("amenity_bits", self.amenities)
        else:
            amenity_counts = self._through_counts(
                "amenities", "amenity", self.queryset, self.amenities
            )
        center_counts = {c.slug: by_center.get(c.path, 0) for c in self.centers}
        ward_counts = {}
        for center in self.centers:
            ward = str(center.ward)
            ward_counts[ward] = ward_counts.get(ward, 0) + by_ward_base.get(center.path, 0)
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
                ("ward", _("Ward/commune"), self._options("ward", self.wards, ward_counts)),
            ]
        self._facets = [{"name": n, "label": label, "options": o} for n, label, o in facets]
        return self._facets

    def _through_counts(self, relation, target, queryset, objects):
        """``{slug: spaces}`` for ``objects`` (this language's sectors or amenities).

        Counted per id on the link table, whose (space, object) pairs are unique: no
        DISTINCT, which makes PostgreSQL sort every link (on disk for a large network).
        """
        through = getattr(queryset.model, relation).through
        counts = dict(
            through.objects.filter(
                spacepage_id__in=queryset.values("pk"),
                **{f"{target}_id__in": [obj.pk for obj in objects]},
            )
            .order_by()
            .values_list(f"{target}_id")
            .annotate(n=Count("*"))
        )
        return {obj.slug: counts.get(obj.pk, 0) for obj in objects}

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

    # Active filters, each with the link that removes it -----------------------------------
    @property
    def chips(self):
        if hasattr(self, "_chips"):
            return self._chips
        fields = self.form.fields
        found = []
        for name, value in self.filters.items():
            if name == "sort":
                continue
            field = fields[name]
            if name == "amenity":
                names = dict(field.choices)
                found += [
                    {"name": name, "label": names[v], "query": self.toggled(name, v)} for v in value
                ]
                continue
            if name == "period" and "max_price" in self.filters:
                continue  # said by the price chip
            if name == "max_price":
                period = dict(PERIODS)[self.filters["period"]]
                label = _("up to %(price)s %(period)s") % {
                    "price": formats.vnd(value),
                    "period": period,
                }
                query = self.query_string(max_price=None, period=None)
            elif name == "min_area":
                label = _("from %(area)s m²") % {"area": formats.number(value)}
                query = self.query_string(min_area=None)
            elif name == "capacity":
                label = _("for %(people)s people") % {"people": formats.number(value)}
                query = self.query_string(capacity=None)
            elif name == "free_on":
                label = _("free on %(day)s") % {"day": formats.short_date(value)}
                query = self.query_string(free_on=None)
            else:
                label = dict(field.choices).get(value, value)
                query = self.query_string(**{name: None})
            found.append({"name": name, "label": label, "query": query})
        self._chips = found
        return found

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


class _Group:
    """One row of :meth:`SpaceListing._groups`: spaces sharing these values, and how many."""

    __slots__ = ("bits", "center_path", "n", "price_ok", "price_period", "sector_ok", "space_type")

    def __init__(self, space_type, price_period, center_path, price_ok, sector_ok, n, bits):
        self.space_type = space_type
        self.price_period = price_period
        self.center_path = center_path
        self.price_ok = price_ok
        self.sector_ok = sector_ok
        self.n = n
        self.bits = bits  # "amenity_bits_<slug>" -> spaces of the group with that amenity


class _Tally:
    def __init__(self, groups):
        self.groups = groups

    def total(self):
        return sum(group.n for group in self.groups)

    def by(self, attribute):
        counts = {}
        for group in self.groups:
            key = getattr(group, attribute)
            counts[key] = counts.get(key, 0) + group.n
        return counts

    def bits(self, field, entries):
        """``{slug: spaces}`` for sectors or amenities, summed over the groups' masks."""
        return {
            entry.slug: sum(group.bits[f"{field}_{entry.slug}"] or 0 for group in self.groups)
            for entry in entries
        }
