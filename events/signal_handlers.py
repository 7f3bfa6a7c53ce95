"""Keep occurrence rows in step with publishing."""

from django.db.models import Max
from django.db.models.signals import pre_delete
from wagtail.signals import page_published, page_unpublished

from cms import conditional, harvest

from . import schedule
from .models import EventIndexPage, EventOccurrence, EventPage


def event_published(sender, instance, **kwargs):
    schedule.materialise(instance)


def event_unpublished(sender, instance, **kwargs):
    schedule.withdraw(EventOccurrence.objects.filter(event_id=instance.pk))


def event_deleted(sender, instance, **kwargs):
    """Its dates go with it (cascade): recorded first, for the API's tombstones."""
    rows = EventOccurrence.objects.filter(event_id=instance.pk).values_list("pk", "locale_id")
    harvest.touch_model_rows(EventOccurrence, rows)


def latest_occurrence_change():
    return EventOccurrence.objects.aggregate(at=Max("modified"))["at"]


def calendar_published(sender, instance, **kwargs):
    """Closure days changed: the center's series skip the new ones, regain the old ones."""
    schedule.refresh_calendar(instance)


def connect():
    page_published.connect(event_published, sender=EventPage)
    page_unpublished.connect(event_unpublished, sender=EventPage)
    page_published.connect(calendar_published, sender=EventIndexPage)
    pre_delete.connect(event_deleted, sender=EventPage, dispatch_uid="events_harvest_deleted")
    if latest_occurrence_change not in conditional.LATEST_CHANGES:
        conditional.LATEST_CHANGES.append(latest_occurrence_change)
