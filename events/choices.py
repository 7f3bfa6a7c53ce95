"""The fixed vocabularies of an event: status, attendance mode, accessibility, recurrence."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class EventStatus(models.TextChoices):
    """schema.org's EventStatusType, plus "full" (sold out / no more places)."""

    SCHEDULED = "scheduled", _("Scheduled")
    POSTPONED = "postponed", _("Postponed")
    RESCHEDULED = "rescheduled", _("Rescheduled")
    MOVED_ONLINE = "moved_online", _("Moved online")
    FULL = "full", _("Full")
    CANCELLED = "cancelled", _("Cancelled")


SCHEMA_STATUS = {
    EventStatus.SCHEDULED: "EventScheduled",
    EventStatus.POSTPONED: "EventPostponed",
    EventStatus.RESCHEDULED: "EventRescheduled",
    EventStatus.MOVED_ONLINE: "EventMovedOnline",
    EventStatus.FULL: "EventScheduled",
    EventStatus.CANCELLED: "EventCancelled",
}


class AttendanceMode(models.TextChoices):
    OFFLINE = "offline", _("In person")
    ONLINE = "online", _("Online")
    MIXED = "mixed", _("In person and online")


SCHEMA_MODE = {
    AttendanceMode.OFFLINE: "OfflineEventAttendanceMode",
    AttendanceMode.ONLINE: "OnlineEventAttendanceMode",
    AttendanceMode.MIXED: "MixedEventAttendanceMode",
}


# OpenAgenda's five accessibility codes: the query-string value and the model field.
ACCESSIBILITY = [
    ("hi", "accessible_hearing", _("Hearing impairment")),
    ("vi", "accessible_visual", _("Visual impairment")),
    ("mi", "accessible_mobility", _("Reduced mobility")),
    ("ii", "accessible_intellectual", _("Intellectual disability")),
    ("pi", "accessible_psychic", _("Psychic disability")),
]


class Repeat(models.TextChoices):
    NONE = "", _("Does not repeat")
    WEEKLY = "weekly", _("Every week, on the chosen weekdays")
    MONTHLY = "monthly", _("Every month, on the nth weekday")
    LUNAR = "lunar", _("Lunar calendar: mùng 1 and/or Rằm")


class LunarDays(models.TextChoices):
    FIRST = "1", _("Mùng 1 (first day of the lunar month)")
    FULL_MOON = "15", _("Rằm (full-moon day, the 15th)")
    BOTH = "1,15", _("Both mùng 1 and Rằm")


class NthWeek(models.IntegerChoices):
    FIRST = 1, pgettext_lazy("week of the month", "First")
    SECOND = 2, pgettext_lazy("week of the month", "Second")
    THIRD = 3, pgettext_lazy("week of the month", "Third")
    FOURTH = 4, pgettext_lazy("week of the month", "Fourth")
    LAST = -1, pgettext_lazy("week of the month", "Last")


class ExceptionAction(models.TextChoices):
    CANCEL = "cancel", _("Cancel this date")
    MOVE = "move", _("Move this date")
    NOTE = "note", _("Add information to this date")


# The calendar's query string: its filters (also those of its feed, the widget and the
# API), then what the page adds (month grid, archive, page number).
FILTER_KEYS = ["when", "from", "to", "center", "category", "sector", "free", "accessible", "mode"]
CALENDAR_PARAMETERS = [*FILTER_KEYS, "view", "month", "past", "page"]
