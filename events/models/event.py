"""One event of a center's calendar, with its schedule and its per-date exceptions."""

from datetime import date, timedelta

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Locale, Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from cms.formats import admin_date
from cms.forms import BasePageForm
from cms.models import BasePage, BodyPageMixin
from network.models import CenterPage, Sector
from network.models.pages import Weekday
from ops.pagecache import reads

from .. import extensions
from ..choices import (
    ACCESSIBILITY,
    AttendanceMode,
    EventStatus,
    ExceptionAction,
    LunarDays,
    NthWeek,
    Repeat,
)
from ..ical import event_calendar, ics_response
from ..presentation import event_context
from ..series import last_end
from . import searching
from .taxonomy import EventCategory

DEFAULT_DURATION = timedelta(hours=2)


class EventPageForm(BasePageForm):
    repeat_weekdays = forms.TypedMultipleChoiceField(
        label=_("weekdays"),
        choices=Weekday.choices,
        coerce=int,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("For weekly and monthly series. Empty: the weekday of the start date."),
    )

    def clean(self):
        cleaned = super().clean()
        space = cleaned.get("space")
        if space is not None and self.parent_page is not None:
            center = CenterPage.objects.ancestor_of(self.parent_page, inclusive=True).first()
            owner = space.center
            if not (center and owner and owner.translation_key == center.translation_key):
                self.add_error("space", _("Choose one of this center's spaces."))
            elif space.locale_id != self.parent_page.locale_id:
                # Keep the space in the calendar's language; the page shows each
                # language's own version of it.
                cleaned["space"] = space.get_translation_or_none(self.parent_page.locale) or space
        return cleaned

    publish_past_dates = forms.BooleanField(
        label=_("Publish although every date has passed"),
        required=False,
        help_text=_("For the record of an event that has already taken place."),
    )

    def _post_clean(self):
        super()._post_clean()  # the instance now holds the submitted values
        refuse = extensions.events.refuse_direct_publish
        if refuse is not None:
            refuse(self)
        self.confirm_past_dates()

    def confirm_past_dates(self):
        """Ask before publishing (or submitting) an event whose dates have all passed:
        such an event is usually a date typed wrong, and once live it is announced."""
        publishing = "action-publish" in self.data or "action-submit" in self.data
        if not publishing or self.cleaned_data.get("publish_past_dates") or self.errors:
            return
        formset = self.formsets.get("date_exceptions")
        if formset is not None and not formset.is_valid():
            return  # its own errors come first
        moved = [
            (form.cleaned_data.get("new_start"), form.cleaned_data.get("new_end"))
            for form in (formset.forms if formset is not None else [])
            if form.cleaned_data and not form.cleaned_data.get("DELETE")
        ]
        end = last_end(self.instance, moved)
        if end is not None and end <= timezone.now():
            self.add_error(
                "publish_past_dates",
                _(
                    "Every date of this event has passed (the last ended on %(date)s). "
                    "Check the dates, or tick this box and publish again."
                )
                % {"date": admin_date(end)},
            )


class ConfirmationPanel(FieldPanel):
    """A tick box shown only once the form asks for it (its field has an error) or it
    is ticked, so the editor never meets it on an ordinary save."""

    class BoundPanel(FieldPanel.BoundPanel):
        def is_shown(self):
            if not super().is_shown() or self.bound_field is None:
                return False
            return bool(self.bound_field.errors or self.bound_field.value())


class EventPage(RoutablePageMixin, BodyPageMixin, BasePage):
    """An event at a center: a single date, several days, or a series.

    Times are typed in Hanoi time and stored in UTC. A published event has its dates
    stored as :class:`EventOccurrence` rows (see :mod:`events.schedule`), which every
    listing and feed queries.
    """

    categories = ParentalManyToManyField(
        EventCategory, blank=True, verbose_name=_("categories"), related_name="+"
    )
    sectors = ParentalManyToManyField(
        Sector, blank=True, verbose_name=_("sectors"), related_name="+"
    )
    space = models.ForeignKey(
        "spaces.SpacePage",
        verbose_name=_("space"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("One of this center's spaces, when the event takes place in one."),
    )
    venue = models.CharField(
        _("venue"),
        max_length=200,
        blank=True,
        help_text=_("Where in the center, when it is none of its spaces: a courtyard, a lobby."),
    )
    start = models.DateTimeField(_("starts"), help_text=_("Hanoi time."))
    end = models.DateTimeField(
        _("ends"),
        null=True,
        blank=True,
        help_text=_("Hanoi time. Empty: two hours after the start (or the same day if all day)."),
    )
    all_day = models.BooleanField(_("all day"), default=False)
    repeat = models.CharField(
        _("repeats"), max_length=10, choices=Repeat.choices, blank=True, default=""
    )
    repeat_weekdays = models.JSONField(_("weekdays"), default=list, blank=True)
    repeat_nth = models.SmallIntegerField(
        _("week of the month"),
        choices=NthWeek.choices,
        null=True,
        blank=True,
        help_text=_("For monthly series: the first Sunday, the last Friday, ..."),
    )
    repeat_lunar_days = models.CharField(
        _("lunar days"), max_length=5, choices=LunarDays.choices, blank=True
    )
    repeat_until = models.DateField(
        _("repeats until"),
        null=True,
        blank=True,
        help_text=_("Last possible date of the series. Empty: it goes on."),
    )
    status = models.CharField(
        _("status"), max_length=20, choices=EventStatus.choices, default=EventStatus.SCHEDULED
    )
    is_free = models.BooleanField(_("free admission"), default=False)
    price_min = models.PositiveIntegerField(
        _("price (VND)"), null=True, blank=True, help_text=_("Whole đồng. The lowest price.")
    )
    price_max = models.PositiveIntegerField(
        _("highest price (VND)"), null=True, blank=True, help_text=_("For a range of prices.")
    )
    ticket_url = models.URLField(_("tickets or registration"), blank=True)
    min_age = models.PositiveSmallIntegerField(_("minimum age"), null=True, blank=True)
    max_age = models.PositiveSmallIntegerField(_("maximum age"), null=True, blank=True)
    accessible_hearing = models.BooleanField(_("accessible: hearing impairment"), default=False)
    accessible_visual = models.BooleanField(_("accessible: visual impairment"), default=False)
    accessible_mobility = models.BooleanField(_("accessible: reduced mobility"), default=False)
    accessible_intellectual = models.BooleanField(
        _("accessible: intellectual disability"), default=False
    )
    accessible_psychic = models.BooleanField(_("accessible: psychic disability"), default=False)
    attendance_mode = models.CharField(
        _("attendance"),
        max_length=10,
        choices=AttendanceMode.choices,
        default=AttendanceMode.OFFLINE,
    )
    online_url = models.URLField(_("online link"), blank=True)
    organiser = models.CharField(_("organiser"), max_length=200, blank=True)
    expected_attendance = models.PositiveIntegerField(
        _("expected attendance"), null=True, blank=True
    )
    import_uid = models.CharField(
        _("iCalendar UID"),
        max_length=255,
        blank=True,
        db_index=True,
        editable=False,
        help_text=_("Set when the event came from an imported calendar."),
    )

    base_form_class = EventPageForm
    parent_page_types = ["events.EventIndexPage"]
    subpage_types: list[str] = []

    _synchronised = [
        "space",
        "categories",
        "sectors",
        "start",
        "end",
        "all_day",
        "repeat",
        "repeat_weekdays",
        "repeat_nth",
        "repeat_lunar_days",
        "repeat_until",
        "status",
        "is_free",
        "price_min",
        "price_max",
        "ticket_url",
        "min_age",
        "max_age",
        *[field for _code, field, _label in ACCESSIBILITY],
        "attendance_mode",
        "online_url",
        "expected_attendance",
        "import_uid",
    ]
    translatable_fields = [
        *BasePage.translatable_fields,
        TranslatableField("body"),
        TranslatableField("venue"),
        TranslatableField("organiser"),
        TranslatableField("date_exceptions"),
        *[SynchronizedField(name, overridable=False) for name in _synchronised],
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("body"),
        index.SearchField("venue"),
        index.SearchField("organiser"),
        index.FilterField("start"),
        index.FilterField("is_free"),
    ]
    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                FieldPanel("all_day"),
                FieldPanel("repeat"),
                FieldPanel("repeat_weekdays"),
                FieldRowPanel([FieldPanel("repeat_nth"), FieldPanel("repeat_lunar_days")]),
                FieldPanel("repeat_until"),
                ConfirmationPanel("publish_past_dates"),
            ],
            heading=_("Date and time"),
        ),
        InlinePanel(
            "date_exceptions", heading=_("Changes to single dates"), label=_("Date change")
        ),
        FieldPanel("status"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("categories", widget=forms.CheckboxSelectMultiple),
                FieldPanel("sectors", widget=forms.CheckboxSelectMultiple),
                FieldPanel("organiser"),
            ],
            heading=_("Classification"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("space"),
                FieldPanel("venue"),
                FieldPanel("attendance_mode"),
                FieldPanel("online_url"),
                FieldPanel("expected_attendance"),
            ],
            heading=_("Place"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("is_free"),
                FieldRowPanel([FieldPanel("price_min"), FieldPanel("price_max")]),
                FieldPanel("ticket_url"),
                FieldRowPanel([FieldPanel("min_age"), FieldPanel("max_age")]),
            ],
            heading=_("Admission"),
        ),
        MultiFieldPanel(
            [FieldPanel(field) for _code, field, _label in ACCESSIBILITY],
            heading=_("Accessibility"),
        ),
    ]

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    # Schedule ----------------------------------------------------------------
    @property
    def duration(self):
        if self.all_day:
            last = timezone.localtime(self.end or self.start).date()
            return timedelta(days=(last - timezone.localtime(self.start).date()).days)
        if self.end and self.end > self.start:
            return self.end - self.start
        return DEFAULT_DURATION

    @property
    def is_series(self):
        return bool(self.repeat)

    @property
    def weekdays(self):
        days = [int(day) for day in (self.repeat_weekdays or []) if str(day).isdigit()]
        return sorted(set(days)) or [timezone.localtime(self.start).weekday()]

    def clean(self):
        super().clean()
        if self.locale_id and self.locale_id != Locale.get_default().pk:
            return  # translations take their schedule from the source (synchronised)
        errors = {}
        if self.start and self.end and self.all_day:
            if timezone.localtime(self.end).date() < timezone.localtime(self.start).date():
                errors["end"] = _("The end must not be before the start.")
        elif self.start and self.end and self.end < self.start:
            errors["end"] = _("The end must not be before the start.")
        if self.is_free and (self.price_min or self.price_max):
            errors["price_min"] = _("A free event has no price.")
        if self.price_max is not None and self.price_min is None:
            errors["price_min"] = _("Give the lowest price as well.")
        elif self.price_max is not None and self.price_max < self.price_min:
            errors["price_max"] = _("The highest price must not be below the lowest.")
        if self.min_age and self.max_age and self.max_age < self.min_age:
            errors["max_age"] = _("The maximum age must not be below the minimum age.")
        if self.attendance_mode != AttendanceMode.OFFLINE and not self.online_url:
            errors["online_url"] = _("An online event needs its link.")
        if self.repeat == Repeat.MONTHLY and self.repeat_nth is None:
            errors["repeat_nth"] = _("Choose which week of the month.")
        if self.repeat == Repeat.LUNAR and not self.repeat_lunar_days:
            errors["repeat_lunar_days"] = _("Choose mùng 1, Rằm or both.")
        if self.repeat_until and self.start and self.repeat_until < self.start.date():
            errors["repeat_until"] = _("The series cannot end before it starts.")
        if errors:
            raise ValidationError(errors)

    # Approval ----------------------------------------------------------------
    def get_workflow(self):
        """The Department's workflow when a rule of ``approvals.rules`` asks for it
        (registered in ``events.extensions``)."""
        choose = extensions.events.workflow_for_event
        return (choose(self) if choose else None) or super().get_workflow()

    @property
    def has_workflow(self):
        return self.get_workflow() is not None

    # Relations ---------------------------------------------------------------
    @cached_property
    def calendar(self):
        return Page.objects.parent_of(self).specific().first()

    @cached_property
    def center(self):
        return CenterPage.objects.ancestor_of(self).first()

    @cached_property
    def localized_space(self):
        """The space in the page's language (its Vietnamese original when untranslated)."""
        if self.space_id is None:
            return None
        space = self.space.get_translation_or_none(self.locale)
        return space if space is not None and space.live else self.space

    @property
    def place_name(self):
        """Where in the center, as a visitor reads it: the space's name or the free text."""
        space = self.localized_space
        return space.title if space is not None else self.venue

    def localized_categories(self):
        return EventCategory.objects.localized_for(list(self.categories.all()), self.locale)

    def localized_sectors(self):
        return Sector.objects.localized_for(list(self.sectors.all()), self.locale)

    @property
    def accessibility(self):
        return [(code, label) for code, field, label in ACCESSIBILITY if getattr(self, field)]

    # Network search (sitesearch.protocol; the work is in events.models.searching) ---
    def search_result_meta(self):
        return searching.result_meta(self)

    @classmethod
    def search_prepare_results(cls, pages):
        searching.prepare_results(cls, pages)

    @classmethod
    def search_date_q(cls, when, today):
        return searching.date_q(when, today)

    @classmethod
    def search_upcoming(cls, locale, limit):
        return searching.upcoming_events(cls, locale, limit)

    # Views -------------------------------------------------------------------
    @path("")
    def event_view(self, request):
        return self.render(request)

    @path("event.ics/", name="ics")
    @reads("date")
    def ics_view(self, request):
        """Every date of the event, or one date of a series with ``?date=YYYY-MM-DD``."""
        raw = request.GET.get("date")
        if raw is None:
            return ics_response(event_calendar(self, request), f"{self.slug}.ics")
        try:
            day = date.fromisoformat(raw.strip()[:10])
        except ValueError:
            raise Http404(
                _("“%(value)s” is not a date of this event.") % {"value": raw[:20]}
            ) from None
        if not self.occurrences.filter(local_date=day).exists():
            raise Http404(_("“%(value)s” is not a date of this event.") % {"value": day})
        return ics_response(event_calendar(self, request, day), f"{self.slug}-{day}.ics")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(event_context(self, request))
        return context


class EventDateException(TranslatableMixin, Orderable):
    """One date of a series cancelled, moved, or given its own note."""

    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="date_exceptions")
    date = models.DateField(_("date"), help_text=_("The date of the series this changes."))
    action = models.CharField(_("change"), max_length=10, choices=ExceptionAction.choices)
    new_start = models.DateTimeField(
        _("new start"), null=True, blank=True, help_text=_("For a moved date (Hanoi time).")
    )
    new_end = models.DateTimeField(_("new end"), null=True, blank=True)
    note = models.CharField(
        _("note"), max_length=255, blank=True, help_text=_("Shown beside this date.")
    )

    translatable_fields = [
        TranslatableField("note"),
        SynchronizedField("date", overridable=False),
        SynchronizedField("action", overridable=False),
        SynchronizedField("new_start", overridable=False),
        SynchronizedField("new_end", overridable=False),
    ]
    panels = [
        FieldRowPanel([FieldPanel("date"), FieldPanel("action")]),
        FieldRowPanel([FieldPanel("new_start"), FieldPanel("new_end")]),
        FieldPanel("note"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("date change")
        verbose_name_plural = _("date changes")

    def __str__(self):
        return f"{self.date}: {self.get_action_display()}"

    def clean(self):
        super().clean()
        if self.action == ExceptionAction.MOVE and not self.new_start:
            raise ValidationError({"new_start": _("A moved date needs its new start.")})
        if self.new_start and self.new_end and self.new_end < self.new_start:
            raise ValidationError({"new_end": _("The end must not be before the start.")})
