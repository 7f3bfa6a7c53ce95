"""Spaces a center lets, the center's spaces index and the network-wide spaces finder."""

import calendar
from datetime import timedelta

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.dates import WEEKDAYS_ABBR
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.fields import RichTextField
from wagtail.models import Orderable, PageManager, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from cms.models import BasePage
from network.models import Amenity, CenterPage, CenterSectionPage, NetworkSectionPage, Sector

from .. import extensions
from ..choices import PricePeriod, SpaceType
from ..facets import refresh_masks
from ..jsonld import space_json_ld
from ..listing import SpaceListing
from ..searching import result_meta
from .queries import SpaceQuerySet, capacity_expression

# What the finder reads from the query string: spaces.listing.SpaceFilterForm's fields
# and the page number (the others never reach it: ops.pagecache).
FINDER_PARAMETERS = frozenset(
    [
        "type",
        "center",
        "ward",
        "district",
        "min_area",
        "capacity",
        "period",
        "max_price",
        "sector",
        "amenity",
        "free_on",
        "sort",
        "page",
    ]
)


class SpaceListingMixin:
    """What the center's index and the network page share: a filtered, faceted listing."""

    query_parameters = FINDER_PARAMETERS

    def space_queryset(self):
        raise NotImplementedError

    def listing_centers(self):
        raise NotImplementedError

    def fixed_center(self):
        return None

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["listing"] = SpaceListing(
            request,
            self.space_queryset(),
            self.locale,
            self.listing_centers(),
            center=self.fixed_center(),
            cache_scope=self.pk,
        )
        return context


class SpaceIndexPage(RoutablePageMixin, SpaceListingMixin, CenterSectionPage):
    """The spaces a center lets (``/<lang>/<center>/spaces/``), and its inquiry desk."""

    response_days = models.PositiveSmallIntegerField(
        _("response target (working days)"),
        default=2,
        validators=[MinValueValidator(1), MaxValueValidator(30)],
        help_text=_("How many working days the center takes to answer an inquiry."),
    )

    subpage_types = ["spaces.SpacePage"]

    translatable_fields = [
        *BasePage.translatable_fields,
        SynchronizedField("response_days", overridable=False),
    ]
    content_panels = [*BasePage.content_panels, FieldPanel("response_days")]

    class Meta:
        verbose_name = _("center spaces")
        verbose_name_plural = _("center spaces")

    def space_queryset(self):
        return SpacePage.objects.visible().descendant_of(self)

    def listing_centers(self):
        return CenterPage.objects.filter(pk=self.get_parent().pk)

    def fixed_center(self):
        return self.center

    @classmethod
    def get_subpage_urls(cls):
        """The inquiry desk's routes (``spaces.extensions``), before Wagtail's own: its
        ``""`` shows the page with the form."""
        return (*extensions.space_index_routes, *super().get_subpage_urls())


class NetworkSpacesPage(SpaceListingMixin, NetworkSectionPage):
    """All centers' spaces together (``/<lang>/spaces/``)."""

    class Meta:
        verbose_name = _("network spaces page")
        verbose_name_plural = _("network spaces pages")

    def space_queryset(self):
        """The spaces of every center under this page's network home (in its language)."""
        return SpacePage.objects.visible().descendant_of(self.get_parent())

    def listing_centers(self):
        return self.network_centers()


class SpacePage(RoutablePageMixin, BasePage):
    """One space a center lets: a studio, a hall, a desk, a kiln workshop."""

    space_type = models.CharField(_("type"), max_length=20, choices=SpaceType.choices)
    description = RichTextField(
        _("description"), blank=True, features=["bold", "italic", "link", "ul", "ol"]
    )
    area = models.PositiveIntegerField(
        _("area (m²)"), validators=[MinValueValidator(1), MaxValueValidator(100_000)]
    )
    capacity_seated = models.PositiveIntegerField(_("seated capacity"), null=True, blank=True)
    capacity_standing = models.PositiveIntegerField(_("standing capacity"), null=True, blank=True)
    price_period = models.CharField(
        _("price period"), max_length=10, choices=PricePeriod.choices, default=PricePeriod.DAY
    )
    price = models.PositiveBigIntegerField(
        _("price (VND)"), null=True, blank=True, help_text=_("Whole đồng; empty when on request.")
    )
    reduced_price = models.PositiveBigIntegerField(
        _("reduced price (VND)"),
        null=True,
        blank=True,
        help_text=_("For young artists and students, per the same period; empty if none."),
    )
    reduced_price_terms = models.CharField(
        _("who gets the reduced price"), max_length=200, blank=True
    )
    amenities = ParentalManyToManyField(Amenity, blank=True, verbose_name=_("amenities"))
    sectors = ParentalManyToManyField(Sector, blank=True, verbose_name=_("suited to sectors"))
    # The same links as bit masks, kept by save() (see spaces.facets).
    amenity_bits = models.BigIntegerField(default=0, editable=False)
    sector_bits = models.BigIntegerField(default=0, editable=False)
    accessibility = models.TextField(_("accessibility"), blank=True)
    rules = models.TextField(_("rules"), blank=True)
    floor_plan = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("floor plan"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = PageManager.from_queryset(SpaceQuerySet)()

    parent_page_types = ["spaces.SpaceIndexPage"]
    subpage_types: list[str] = []

    translatable_fields = [
        *BasePage.translatable_fields,
        TranslatableField("description"),
        TranslatableField("reduced_price_terms"),
        TranslatableField("accessibility"),
        TranslatableField("rules"),
        TranslatableField("photos"),
        SynchronizedField("space_type", overridable=False),
        SynchronizedField("area", overridable=False),
        SynchronizedField("capacity_seated", overridable=False),
        SynchronizedField("capacity_standing", overridable=False),
        SynchronizedField("price_period", overridable=False),
        SynchronizedField("price", overridable=False),
        SynchronizedField("reduced_price", overridable=False),
        SynchronizedField("amenities", overridable=False),
        SynchronizedField("sectors", overridable=False),
        SynchronizedField("amenity_bits", overridable=False),  # derived from the links
        SynchronizedField("sector_bits", overridable=False),
        SynchronizedField("floor_plan"),
        SynchronizedField("blocked_periods", overridable=False),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("description"),
        index.FilterField("space_type"),
        index.FilterField("area"),
        index.FilterField("price"),
    ]
    content_panels = [
        *BasePage.content_panels,
        FieldPanel("space_type"),
        FieldPanel("description"),
        MultiFieldPanel(
            [FieldPanel("area"), FieldPanel("capacity_seated"), FieldPanel("capacity_standing")],
            heading=_("Size"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("price_period"),
                FieldPanel("price"),
                FieldPanel("reduced_price"),
                FieldPanel("reduced_price_terms"),
            ],
            heading=_("Price"),
        ),
        FieldPanel("amenities", widget=forms.CheckboxSelectMultiple),
        FieldPanel("sectors", widget=forms.CheckboxSelectMultiple),
        FieldPanel("accessibility"),
        FieldPanel("rules"),
        FieldPanel("floor_plan"),
        InlinePanel("photos", heading=_("Photos"), label=_("Photo")),
        InlinePanel("blocked_periods", heading=_("Blocked dates"), label=_("Blocked dates")),
    ]

    class Meta:
        verbose_name = _("space")
        verbose_name_plural = _("spaces")
        # The finder's sorts, alone and under its type and price-period filters: PostgreSQL
        # walks the spaces in the sort's order and stops after a page of results. Without
        # them it joins every page to sort all spaces.
        indexes = [
            models.Index(
                fields=["space_type", "price_period", "price"], name="space_type_period_price"
            ),
            models.Index(fields=["price_period", "price"], name="space_period_price"),
            models.Index(fields=["price"], name="space_price"),
            models.Index(fields=["area"], name="space_area"),
            models.Index(capacity_expression(), name="space_capacity"),
        ]  # and on PostgreSQL price descending, nulls last (migration 0004)

    def clean(self):
        super().clean()
        if self.price_period != PricePeriod.REQUEST and self.price is None:
            raise ValidationError({"price": _("Give a price, or choose “on request”.")})
        if self.price_period == PricePeriod.REQUEST and self.price is not None:
            raise ValidationError({"price": _("A price on request has no amount.")})

    def save(self, *args, **kwargs):
        result = super().save(*args, **kwargs)
        fields = kwargs.get("update_fields")
        if fields is None or {"amenities", "sectors"} & set(fields):
            # The links have just been written (modelcluster commits them in save()).
            refresh_masks(SpacePage.objects.filter(pk=self.pk))
            self.amenity_bits, self.sector_bits = SpacePage.objects.filter(pk=self.pk).values_list(
                "amenity_bits", "sector_bits"
            )[0]
        return result

    @cached_property
    def space_index(self):
        return SpaceIndexPage.objects.parent_of(self).first()

    @cached_property
    def center(self):
        return CenterPage.objects.ancestor_of(self).first()

    @property
    def capacity(self):
        return max(self.capacity_seated or 0, self.capacity_standing or 0) or None

    def localized_amenities(self):
        return Amenity.objects.localized_for(list(self.amenities.all()), self.locale)

    def localized_sectors(self):
        return Sector.objects.localized_for(list(self.sectors.all()), self.locale)

    def availability(self, today=None, months=3):
        """Month grids for ``months`` months from ``today``: weeks of (day, state) cells."""
        today = today or timezone.localdate()
        first = today.replace(day=1)
        last_month = first
        for _index in range(months - 1):
            last_month = (last_month + timedelta(days=32)).replace(day=1)
        end = last_month.replace(day=calendar.monthrange(last_month.year, last_month.month)[1])
        periods = list(self.blocked_periods.filter(start__lte=end, end__gte=first))
        grids = []
        month = first
        for _index in range(months):
            weeks = []
            for week in calendar.Calendar().monthdatescalendar(month.year, month.month):
                cells = []
                for day in week:
                    if day.month != month.month:
                        cells.append(None)
                        continue
                    blocked = next((p for p in periods if p.start <= day <= p.end), None)
                    if day < today:
                        state = "past"
                    elif blocked:
                        state = blocked.reason
                    else:
                        state = "free"
                    cells.append({"day": day, "state": state})
                weeks.append(cells)
            grids.append({"month": month, "weeks": weeks})
            month = (month + timedelta(days=32)).replace(day=1)
        return grids

    def search_result_meta(self):
        """Type, area, capacity and price under the search result's title."""
        return result_meta(self)

    @classmethod
    def get_subpage_urls(cls):
        """The inquiry desk's routes (``spaces.extensions``), before Wagtail's own: its
        ``""`` shows the page with the form."""
        return (*extensions.space_routes, *super().get_subpage_urls())

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["amenities"] = self.localized_amenities()
        context["sectors"] = self.localized_sectors()
        context["calendar"] = self.availability()
        context["weekday_names"] = [WEEKDAYS_ABBR[day] for day in range(7)]
        context["json_ld"] = space_json_ld(self, request)
        return context


class SpacePhoto(TranslatableMixin, Orderable):
    """A photo of a space with a caption in the page's language."""

    page = ParentalKey(SpacePage, on_delete=models.CASCADE, related_name="photos")
    image = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("image"), on_delete=models.CASCADE, related_name="+"
    )
    caption = models.CharField(_("caption"), max_length=250, blank=True)

    translatable_fields = [SynchronizedField("image"), TranslatableField("caption")]
    panels = [FieldPanel("image"), FieldPanel("caption")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("photo")
        verbose_name_plural = _("photos")


class BlockedReason(models.TextChoices):
    BOOKED = "booked", _("Booked")
    MAINTENANCE = "maintenance", _("Maintenance")


class BlockedPeriod(Orderable):
    """Days (inclusive) on which a space cannot be let."""

    page = ParentalKey(SpacePage, on_delete=models.CASCADE, related_name="blocked_periods")
    start = models.DateField(_("from"))
    end = models.DateField(_("to (inclusive)"))
    reason = models.CharField(
        _("reason"), max_length=20, choices=BlockedReason.choices, default=BlockedReason.BOOKED
    )
    # Set when an open call allocated the space: the accepted application's reference.
    allocation = models.CharField(
        _("allocated to the application"),
        max_length=32,
        blank=True,
        help_text=_("The reference of the accepted application the space is allocated to."),
    )

    panels = [
        FieldPanel("start"),
        FieldPanel("end"),
        FieldPanel("reason"),
        FieldPanel("allocation"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("blocked dates")
        verbose_name_plural = _("blocked dates")
        indexes = [models.Index(fields=["start", "end"])]

    def __str__(self):
        return f"{self.start}–{self.end} ({self.get_reason_display()})"

    def clean(self):
        super().clean()
        if self.start and self.end and self.end < self.start:
            raise ValidationError({"end": _("The last day cannot be before the first.")})
