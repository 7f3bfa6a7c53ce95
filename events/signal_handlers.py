"""Keep occurrence rows in step with publishing."""

from wagtail.signals import page_published, page_unpublished

from . import schedule
from .models import EventIndexPage, EventOccurrence, EventPage


def event_published(sender, instance, **kwargs):
    schedule.materialise(instance)


def event_unpublished(sender, instance, **kwargs):
    EventOccurrence.objects.filter(event_id=instance.pk).delete()


def calendar_published(sender, instance, **kwargs):
    """Closure days changed: the center's series skip the new ones, regain the old ones."""
    schedule.refresh_calendar(instance)


def connect():
    page_published.connect(event_published, sender=EventPage)
    page_unpublished.connect(event_unpublished, sender=EventPage)
    page_published.connect(calendar_published, sender=EventIndexPage)
