"""The network's pages: the portal home, one page per center, and free pages."""

from django import forms
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Prefetch, Q
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from rest_framework import serializers
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.images import get_image_model
from wagtail.images.models import Filter
from wagtail.models import Collection, Orderable, PageManager, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from cms.formats import sort_by_name
from cms.models import BasePage, BodyPageMixin
from cms.visibility import VisiblePageQuerySet

from .. import extensions, wards
from ..forms import CenterPageForm
from .api_fields import (
    ContactsField,
    LocalizedSectorsField,
    OpeningHoursField,
    TranslationsField,
    WardField,
)
from .taxonomy import Sector

# The renditions of a center's card (cms/templates/includes/page_card.html), in the order
# the template's {% picture %} tag asks for them, so a listing prefetches exactly these.
CARD_RENDITIONS = Filter.expand_spec(["format-{webp,jpeg}", "fill-{320x180,640x360}"])


class NetworkHomePage(BodyPageMixin, BasePage):
    """The portal of the whole network (``/vi/``, ``/en/``): one per language."""

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "network.CenterPage",
        "network.StandardPage",
        "events.NetworkEventsPage",
        "spaces.NetworkSpacesPage",
        "opencalls.NetworkCallsPage",
        "festivals.FestivalIndexPage",
        "residents.NetworkResidentsPage",
    ]

    class Meta:
        verbose_name = _("network home page")
        verbose_name_plural = _("network home pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        centers = CenterPage.objects.in_locale(self.locale).listing()
        # By name in the page's alphabetical order (Vietnamese: đ after d, tones in order).
        context["centers"] = sort_by_name(centers, self.locale.language_code, key=_title)
        return context


def _title(page):
    return page.title


class CenterPageQuerySet(VisiblePageQuerySet):
    def in_locale(self, locale):
        return self.filter(locale=locale)

    def staffed_by(self, groups):
        """Centers whose editors or administrators (approvals app) are one of ``groups``."""
        return self.filter(
            Q(editors_group__in=groups) | Q(administrators__group__in=groups)
        ).distinct()

    def listing(self):
        """Visible centers with what a card needs, in tree order."""
        images = get_image_model().objects.prefetch_renditions(*CARD_RENDITIONS)
        return (
            self.visible()
            .prefetch_related(Prefetch("hero_image", queryset=images))
            .defer_streamfields()
            .order_by("path")
        )


class CenterPage(RoutablePageMixin, BodyPageMixin, BasePage):
    """One Cultural Industry Center: its own section with calendar, spaces and pages."""

    address = models.TextField(_("address"))
    ward = models.PositiveIntegerField(
        _("ward or commune"),
        choices=wards.choices,
        null=True,
        blank=True,
        help_text=_("The ward (phường) or commune (xã) since 1 July 2025. Required."),
    )
    district = models.CharField(
        _("former district (before 1 July 2025)"),
        max_length=80,
        blank=True,
        help_text=_("The district before 1 July 2025, which people still search for."),
    )
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=9,
        decimal_places=6,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=9,
        decimal_places=6,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
    )
    sectors = ParentalManyToManyField(Sector, blank=True, verbose_name=_("sectors"))
    # Set by network.centers.setup_center, never typed by an editor.
    collection = models.ForeignKey(
        Collection,
        verbose_name=_("media collection"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    editors_group = models.ForeignKey(
        Group,
        verbose_name=_("editors group"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = PageManager.from_queryset(CenterPageQuerySet)()
    base_form_class = CenterPageForm

    parent_page_types = ["network.NetworkHomePage"]
    subpage_types = [
        "events.EventIndexPage",
        "spaces.SpaceIndexPage",
        "opencalls.CallIndexPage",
        "residents.ResidentIndexPage",
        "network.StandardPage",
    ]

    translatable_fields = [
        *BasePage.translatable_fields,
        TranslatableField("body"),
        TranslatableField("address"),
        TranslatableField("district"),
        SynchronizedField("ward", overridable=False),
        TranslatableField("contacts"),
        SynchronizedField("latitude", overridable=False),
        SynchronizedField("longitude", overridable=False),
        SynchronizedField("sectors", overridable=False),
        SynchronizedField("opening_hours", overridable=False),
        SynchronizedField("collection", overridable=False),
        SynchronizedField("editors_group", overridable=False),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("body"),
        index.SearchField("address"),
        index.SearchField("ward_name"),
        index.SearchField("district"),
        index.FilterField("ward"),
        index.FilterField("district"),
    ]
    content_panels = [
        *BasePage.content_panels,
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("address"),
                FieldPanel("ward"),
                FieldPanel("district"),
                FieldPanel("latitude"),
                FieldPanel("longitude"),
            ],
            heading=_("Location"),
        ),
        FieldPanel("sectors", widget=forms.CheckboxSelectMultiple),
        InlinePanel("opening_hours", heading=_("Opening hours"), label=_("Opening hours")),
        InlinePanel("contacts", heading=_("Contacts"), label=_("Contact")),
    ]

    api_fields = [
        APIField("introduction"),
        APIField("address"),
        APIField("ward", serializer=WardField()),
        APIField("former_district", serializer=serializers.CharField(source="district")),
        APIField("district"),
        APIField("latitude", serializer=serializers.FloatField()),
        APIField("longitude", serializer=serializers.FloatField()),
        APIField("sectors", serializer=LocalizedSectorsField()),
        APIField("opening_hours", serializer=OpeningHoursField()),
        APIField("contacts", serializer=ContactsField()),
        APIField("translations", serializer=TranslationsField()),
    ]

    class Meta:
        verbose_name = _("center")
        verbose_name_plural = _("centers")

    @classmethod
    def get_subpage_urls(cls):
        """The routes the apps above register (``network.extensions``), after the page's own."""
        return (*super().get_subpage_urls(), *extensions.center_routes)

    def index_page(self, slug):
        """The live index page registered under ``slug`` (``network.extensions``), or None."""
        model = extensions.index_page_model(slug)
        return model.objects.child_of(self).live().first() if model else None

    @cached_property
    def event_index(self):
        return self.index_page("events")

    @cached_property
    def space_index(self):
        return self.index_page("spaces")

    def ward_name(self):
        """The ward or commune in this page's language ("" while none is chosen)."""
        ward = wards.get(self.ward)
        return ward.name(self.locale.language_code) if ward else ""

    def localized_sectors(self):
        """The center's sectors in this page's language, sorted by name in that language."""
        sectors = Sector.objects.localized_for(list(self.sectors.all()), self.locale)
        return sort_by_name(sectors, self.locale.language_code, key=lambda sector: sector.name)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["free_pages"] = (
            StandardPage.objects.child_of(self).live().public().defer_streamfields()
        )
        context["sectors"] = self.localized_sectors()
        context["opening_hours_data"] = [
            [row.weekday, f"{row.opens:%H:%M}", f"{row.closes:%H:%M}"]
            for row in self.opening_hours.all()
        ]
        context["map_centers"] = [self]
        return context

    def is_open_at(self, moment):
        """Whether the center is open at ``moment`` (an aware datetime), in Hanoi time."""
        local = timezone.localtime(moment)
        now = local.time()
        return any(
            row.weekday == local.weekday() and row.opens <= now < row.closes
            for row in self.opening_hours.all()
        )


class CenterContact(TranslatableMixin, Orderable):
    """A person or desk visitors can reach at a center; the role is translated."""

    page = ParentalKey(CenterPage, on_delete=models.CASCADE, related_name="contacts")
    role = models.CharField(_("role"), max_length=120)
    name = models.CharField(_("name"), max_length=120, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)

    translatable_fields = [
        TranslatableField("role"),
        SynchronizedField("name"),
        SynchronizedField("email"),
        SynchronizedField("phone"),
    ]
    panels = [FieldPanel("role"), FieldPanel("name"), FieldPanel("email"), FieldPanel("phone")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("contact")
        verbose_name_plural = _("contacts")

    def __str__(self):
        return f"{self.role}: {self.name}" if self.name else self.role


class Weekday(models.IntegerChoices):
    MONDAY = 0, _("Monday")
    TUESDAY = 1, _("Tuesday")
    WEDNESDAY = 2, _("Wednesday")
    THURSDAY = 3, _("Thursday")
    FRIDAY = 4, _("Friday")
    SATURDAY = 5, _("Saturday")
    SUNDAY = 6, _("Sunday")


class OpeningHours(Orderable):
    """One weekday's opening time at a center (Hanoi time). A day without a row is closed."""

    page = ParentalKey(CenterPage, on_delete=models.CASCADE, related_name="opening_hours")
    weekday = models.PositiveSmallIntegerField(_("weekday"), choices=Weekday.choices)
    opens = models.TimeField(_("opens"))
    closes = models.TimeField(_("closes"))

    panels = [FieldPanel("weekday"), FieldPanel("opens"), FieldPanel("closes")]

    class Meta(Orderable.Meta):
        verbose_name = _("opening hours")
        verbose_name_plural = _("opening hours")

    def __str__(self):
        return f"{self.get_weekday_display()} {self.opens:%H:%M}-{self.closes:%H:%M}"

    def clean(self):
        super().clean()
        if self.opens and self.closes and self.closes <= self.opens:
            raise ValidationError({"closes": _("The closing time must be after the opening time.")})


class StandardPage(BodyPageMixin, BasePage):
    """A free page: how to visit, the building's story, a residency call."""

    parent_page_types = ["network.NetworkHomePage", "network.CenterPage", "network.StandardPage"]
    subpage_types = ["network.StandardPage"]

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")

    @cached_property
    def center(self):
        return CenterPage.objects.ancestor_of(self).first()
