"""Festivals and programmes: events of many centers grouped under one page.

``/<lang>/festivals/`` (:class:`FestivalIndexPage`, once under each language's home) lists
them; each :class:`FestivalPage` is a calendar of its own (the events app's
``CalendarMixin``) restricted to its approved events. Membership is a
:class:`FestivalEntry`, kept here so that the events app knows nothing of festivals.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import Locale
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from cms.models import BasePage, BodyPageMixin
from cms.visibility import hidden_branches_for
from events.models import EventOccurrence, EventPage
from events.models.calendars import CalendarMixin
from network.models import CenterPage, NetworkSectionPage


class FestivalKind(models.TextChoices):
    FESTIVAL = "festival", _("Festival")
    PROGRAMME = "programme", _("Programme")
    SEASON = "season", _("Season")
    SERIES = "series", _("Series")


class FestivalIndexPage(NetworkSectionPage):
    """Every festival of the network (``/<lang>/festivals/``): current, upcoming, past."""

    subpage_types = ["festivals.FestivalPage"]

    class Meta:
        verbose_name = _("festivals index")
        verbose_name_plural = _("festivals indexes")

    def get_context(self, request, *args, **kwargs):
        from .listing import index_context

        context = super().get_context(request, *args, **kwargs)
        festivals = FestivalPage.objects.child_of(self).visible(hidden_branches_for(request))
        context.update(index_context(self, festivals, request))
        return context


class FestivalPage(CalendarMixin, BodyPageMixin, BasePage):
    """One festival, programme, season or series: its dates, organisers and calendar."""

    parent_page_types = ["festivals.FestivalIndexPage"]
    subpage_types: list[str] = []

    kind = models.CharField(
        _("kind"), max_length=20, choices=FestivalKind.choices, default=FestivalKind.FESTIVAL
    )
    first_day = models.DateField(_("first day"))
    last_day = models.DateField(_("last day"))
    organised_by_department = models.BooleanField(
        _("organised by the Department"),
        default=False,
        help_text=_("The Department of Culture and Sports organises it (alone or with centers)."),
    )
    organisers = ParentalManyToManyField(
        "network.CenterPage",
        verbose_name=_("organising centers"),
        blank=True,
        related_name="+",
        help_text=_("Their staff approve or remove the events proposed to it."),
    )
    accepts_submissions = models.BooleanField(
        _("accepts submissions"),
        default=False,
        help_text=_("Any center's staff may propose their events; the organisers approve them."),
    )

    translatable_fields = [
        *BasePage.translatable_fields,
        TranslatableField("body"),
        SynchronizedField("kind", overridable=False),
        SynchronizedField("first_day", overridable=False),
        SynchronizedField("last_day", overridable=False),
        SynchronizedField("organised_by_department", overridable=False),
        SynchronizedField("organisers", overridable=False),
        SynchronizedField("accepts_submissions", overridable=False),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("body"),
        index.FilterField("first_day"),
        index.FilterField("last_day"),
    ]
    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("kind"),
                FieldRowPanel([FieldPanel("first_day"), FieldPanel("last_day")]),
                FieldPanel("organised_by_department"),
                FieldPanel("organisers"),
                FieldPanel("accepts_submissions"),
            ],
            heading=_("Festival"),
        ),
        FieldPanel("body"),
    ]

    class Meta:
        verbose_name = _("festival")
        verbose_name_plural = _("festivals")

    center = None  # the calendar's center filter is offered: a festival spans centers

    def clean(self):
        super().clean()
        if self.first_day and self.last_day and self.last_day < self.first_day:
            raise ValidationError({"last_day": _("The last day must not be before the first.")})

    # Membership ---------------------------------------------------------------
    def entries(self):
        """Entries of this festival, whichever language version they were made on."""
        return FestivalEntry.objects.filter(festival__translation_key=self.translation_key)

    @cached_property
    def event_ids(self):
        """Ids of the approved events in this page's language."""
        keys = self.entries().approved().values("event__translation_key")
        return list(
            EventPage.objects.filter(locale_id=self.locale_id, translation_key__in=keys)
            .order_by()
            .values_list("pk", flat=True)
        )

    # The calendar (events.models.calendars.CalendarMixin) ------------------------
    def scope(self):
        return EventOccurrence.objects.filter(locale_id=self.locale_id, event_id__in=self.event_ids)

    def offered_centers(self):
        """The centers its events are at, in this language (the center filter's choices)."""
        used = self.scope().order_by().values("center_id")
        return CenterPage.objects.visible().filter(pk__in=used)

    def announced_events(self):
        return models.Q(pk__in=self.event_ids)

    # Presentation ---------------------------------------------------------------
    def phase(self, today=None):
        today = today or timezone.localdate()
        if self.last_day < today:
            return "past"
        if self.first_day > today:
            return "upcoming"
        return "current"

    def organiser_centers(self):
        """The organising centers in this page's language (their originals if untranslated)."""
        centers = list(self.organisers.all())
        keys = [center.translation_key for center in centers]
        versions = {
            center.translation_key: center
            for center in CenterPage.objects.visible().filter(
                translation_key__in=keys, locale_id=self.locale_id
            )
        }
        return [versions.get(center.translation_key, center) for center in centers]

    def get_context(self, request, *args, **kwargs):
        from .listing import festival_context

        context = super().get_context(request, *args, **kwargs)
        context.update(festival_context(self, request))
        return context


class EntryStatus(models.TextChoices):
    PROPOSED = "proposed", _("Proposed")
    APPROVED = "approved", _("Approved")


class EntryQuerySet(models.QuerySet):
    def approved(self):
        return self.filter(status=EntryStatus.APPROVED)


class FestivalEntry(models.Model):
    """An event in a festival: proposed by its center's staff, approved by the organisers.

    Both pages are kept as their versions in the default language (see
    :mod:`festivals.membership`): one entry stands for every language version, and an
    event belongs to at most one festival.
    """

    festival = models.ForeignKey(
        FestivalPage,
        verbose_name=_("festival"),
        on_delete=models.CASCADE,
        related_name="festival_entries",
    )
    event = models.OneToOneField(
        EventPage,
        verbose_name=_("event"),
        on_delete=models.CASCADE,
        related_name="festival_entry",
    )
    status = models.CharField(
        _("status"), max_length=20, choices=EntryStatus.choices, default=EntryStatus.PROPOSED
    )
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("proposed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    proposed_at = models.DateTimeField(_("proposed at"), default=timezone.now)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("approved by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decided_at = models.DateTimeField(_("approved at"), null=True, blank=True)

    objects = EntryQuerySet.as_manager()

    class Meta:
        verbose_name = _("festival entry")
        verbose_name_plural = _("festival entries")
        ordering = ["festival", "event__start", "pk"]

    def __str__(self):
        return f"{self.event} → {self.festival}"


def default_version(page):
    """The page's version in the default language, or itself when it has none."""
    default = Locale.get_default()
    if page.locale_id == default.pk:
        return page
    return page.get_translation_or_none(default) or page
