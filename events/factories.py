"""Events and their categories (factory_boy + wagtail-factories)."""

from datetime import timedelta

import factory
import wagtail_factories
from django.utils import timezone

from network.factories import vi

from .models import EventCategory, EventPage


class EventCategoryFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Thể loại {n}")
    slug = factory.Sequence(lambda n: f"category-{n}")
    locale = factory.LazyFunction(vi)

    class Meta:
        model = EventCategory


def _next_week():
    start = timezone.localtime() + timedelta(days=7)
    return start.replace(hour=19, minute=30, second=0, microsecond=0)


class EventPageFactory(wagtail_factories.PageFactory):
    """An event in a calendar (give ``parent``: an EventIndexPage), next week at 19:30,
    published unless ``publish=False`` (a draft revision then). Categories, sectors and
    date exceptions as lists (``categories=[...]``), saved with the page."""

    title = factory.Sequence(lambda n: f"Sự kiện {n}")
    slug = factory.Sequence(lambda n: f"su-kien-{n}")
    start = factory.LazyFunction(_next_week)

    class Meta:
        model = EventPage
        skip_postgeneration_save = True

    @factory.post_generation
    def publish(page, create, value, **kwargs):
        if not create:
            return
        revision = page.save_revision()
        if value is not False:
            revision.publish()
