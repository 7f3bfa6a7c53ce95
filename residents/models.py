"""Who works at each center: resident organisations, studios, artists and the services
on offer, a center's residents index and the network-wide directory."""

from django import forms
from django.db import models
from django.db.models import Q
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, PageManager
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from cms.models import BasePage
from cms.visibility import VisiblePageQuerySet
from network.models import CenterPage, CenterSectionPage, NetworkSectionPage, Sector

from . import ordering
from .choices import SERVICE_FIELDS, ResidentKind, Service
from .forms import ResidentPageForm

# What the directory reads from the query string (residents.filters.ResidentFilterSet's
# fields and the page number; the others never reach it: ops.pagecache).
DIRECTORY_PARAMETERS = frozenset(["center", "kind", "sector", "services", "service", "page"])


class ResidentQuerySet(VisiblePageQuerySet):
    def offering(self, service=None):
        """Residents offering ``service`` (a :class:`Service` value), or any service."""
        if service:
            return self.filter(**{SERVICE_FIELDS[service]: True})
        condition = Q(pk__in=[])
        for field in SERVICE_FIELDS.values():
            condition |= Q(**{field: True})
        return self.filter(condition)

    def alphabetical(self):
        """In the alphabetical order of the residents' language (:mod:`.ordering`)."""
        return self.order_by("sort_name", "pk")

    def listing(self):
        return (
            self.select_related("logo")
            .prefetch_related("sectors")
            .defer_streamfields()
            .alphabetical()
        )


class DirectoryMixin:
    """What a center's residents index and the network directory share: a filtered,
    paginated listing of the residents a visitor may open."""

    query_parameters = DIRECTORY_PARAMETERS

    def resident_queryset(self):
        raise NotImplementedError

    def listing_centers(self):
        raise NotImplementedError

    def get_context(self, request, *args, **kwargs):
        from .listing import Directory

        context = super().get_context(request, *args, **kwargs)
        context["directory"] = Directory(
            request, self.resident_queryset(), self.locale, self.listing_centers()
        )
        return context


class ResidentIndexPage(DirectoryMixin, CenterSectionPage):
    """A center's residents and the services it offers (``/<lang>/<center>/residents/``)."""

    subpage_types = ["residents.ResidentPage"]

    class Meta:
        verbose_name = _("center residents")
        verbose_name_plural = _("center residents")

    def resident_queryset(self):
        return ResidentPage.objects.visible().descendant_of(self)

    def listing_centers(self):
        return None  # one center: the directory offers no center filter


class NetworkResidentsPage(DirectoryMixin, NetworkSectionPage):
    """Every center's residents and services together (``/<lang>/residents/``)."""

    class Meta:
        verbose_name = _("residents directory")
        verbose_name_plural = _("residents directories")

    def resident_queryset(self):
        return ResidentPage.objects.visible().descendant_of(self.get_parent())

    def listing_centers(self):
        return self.network_centers()


class ResidentPage(BasePage):
    """An organisation, studio, startup, collective, artist or service provider working
    at a center. The introduction is its short description."""

    kind = models.CharField(_("kind"), max_length=20, choices=ResidentKind.choices)
    sectors = ParentalManyToManyField(Sector, blank=True, verbose_name=_("sectors"))
    description = RichTextField(
        _("description"), blank=True, features=["bold", "italic", "link", "ul", "ol"]
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo or photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    website = models.URLField(_("website"), blank=True)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=40, blank=True)
    contact_public = models.BooleanField(
        _("show the contact details"),
        default=False,
        help_text=_(
            "Tick only when the resident has agreed that its e-mail and phone are shown "
            "to the public. Unticked, they are kept for the center's staff only."
        ),
    )
    resident_since = models.DateField(_("resident since"), null=True, blank=True)
    space = models.ForeignKey(
        "spaces.SpacePage",
        verbose_name=_("space occupied"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="residents",
        help_text=_("The center's space this resident works in, if any."),
    )
    offers_legal_advice = models.BooleanField(Service.LEGAL.label, default=False)
    offers_technology_support = models.BooleanField(Service.TECHNOLOGY.label, default=False)
    offers_finance = models.BooleanField(Service.FINANCE.label, default=False)
    offers_training = models.BooleanField(Service.TRAINING.label, default=False)
    # The title's place in the alphabet of the page's language, kept by save().
    sort_name = models.CharField(max_length=ordering.MAX_LENGTH, default="", editable=False)

    objects = PageManager.from_queryset(ResidentQuerySet)()
    base_form_class = ResidentPageForm

    parent_page_types = ["residents.ResidentIndexPage"]
    subpage_types: list[str] = []

    translatable_fields = [
        *BasePage.translatable_fields,
        TranslatableField("description"),
        SynchronizedField("kind", overridable=False),
        SynchronizedField("sectors", overridable=False),
        SynchronizedField("logo"),
        SynchronizedField("website"),
        SynchronizedField("links"),
        SynchronizedField("contact_email", overridable=False),
        SynchronizedField("contact_phone", overridable=False),
        SynchronizedField("contact_public", overridable=False),
        SynchronizedField("resident_since", overridable=False),
        SynchronizedField("space", overridable=False),
        *[SynchronizedField(name, overridable=False) for name in SERVICE_FIELDS.values()],
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("description"),
        index.SearchField("sector_names"),
        index.FilterField("kind"),
    ]
    content_panels = [
        *BasePage.content_panels,
        FieldPanel("kind"),
        FieldPanel("sectors", widget=forms.CheckboxSelectMultiple),
        FieldPanel("description"),
        FieldPanel("logo"),
        MultiFieldPanel(
            [FieldPanel(name) for name in SERVICE_FIELDS.values()],
            heading=_("Services offered"),
            help_text=_("Leave empty for a resident that offers no service to others."),
        ),
        MultiFieldPanel(
            [FieldPanel("resident_since"), PageChooserPanel("space", "spaces.SpacePage")],
            heading=_("At the center"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("website"),
                InlinePanel("links", heading=_("Social links"), label=_("Link")),
            ],
            heading=_("On the web"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("contact_email"),
                FieldPanel("contact_phone"),
                FieldPanel("contact_public"),
            ],
            heading=_("Contact"),
        ),
    ]

    class Meta:
        verbose_name = _("resident")
        verbose_name_plural = _("residents")

    @cached_property
    def center(self):
        return CenterPage.objects.ancestor_of(self).first()

    def save(self, *args, **kwargs):
        locale = self.locale if self.locale_id else self.get_default_locale()
        language = locale.language_code if locale else ""
        self.sort_name = ordering.sort_name(self.title, language)
        fields = kwargs.get("update_fields")
        if fields is not None and "title" in fields and "sort_name" not in fields:
            kwargs["update_fields"] = [*fields, "sort_name"]
        return super().save(*args, **kwargs)

    @property
    def services(self):
        """The services offered, as :class:`Service` members, in their order."""
        return [service for service, field in SERVICE_FIELDS.items() if getattr(self, field)]

    @property
    def offers_services(self):
        return bool(self.services)

    def localized_sectors(self):
        return Sector.objects.localized_for(list(self.sectors.all()), self.locale)

    def sector_names(self):
        return " ".join(sector.name for sector in self.localized_sectors())

    def localized_space(self):
        """The space in this page's language, when a visitor may open it."""
        if self.space_id is None:
            return None
        from spaces.models import SpacePage

        space = self.space.get_translation_or_none(self.locale) or self.space
        return SpacePage.objects.visible().filter(pk=space.pk).first()

    def search_result_meta(self):
        return [str(label) for label in [self.get_kind_display(), *self._service_labels()]]

    def _service_labels(self):
        return [service.label for service in self.services]

    def get_context(self, request, *args, **kwargs):
        from .jsonld import resident_json_ld

        context = super().get_context(request, *args, **kwargs)
        context["sectors"] = self.localized_sectors()
        context["space"] = self.localized_space()
        context["json_ld"] = resident_json_ld(self, request)
        return context


class ResidentLink(Orderable):
    """A link to the resident elsewhere on the web (social networks, a shop, a portfolio)."""

    page = ParentalKey(ResidentPage, on_delete=models.CASCADE, related_name="links")
    url = models.URLField(_("address"))

    panels = [FieldPanel("url")]

    class Meta(Orderable.Meta):
        verbose_name = _("link")
        verbose_name_plural = _("links")

    def __str__(self):
        return self.url

    @property
    def label(self):
        """The site's name as people know it: facebook.com, behance.net, youtube.com."""
        from urllib.parse import urlsplit

        host = urlsplit(self.url).hostname or self.url
        return host.removeprefix("www.").removeprefix("m.")
