from .calendars import ClosureDay, EventIndexPage, NetworkEventsPage
from .event import EventDateException, EventPage
from .occurrences import EventOccurrence
from .taxonomy import EventCategory

__all__ = [
    "ClosureDay",
    "EventCategory",
    "EventDateException",
    "EventIndexPage",
    "EventOccurrence",
    "EventPage",
    "NetworkEventsPage",
]
