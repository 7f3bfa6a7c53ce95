"""Factories for the tests, under the names the tests import them by.

Each app's factories live in the app (``<app>/factories.py``), where its generator and the
demo use them too; this module re-exports them. The residents' factory stays here until
its app has a factories module.
"""

import factory
import wagtail_factories

from festivals.factories import FestivalPageFactory
from network.factories import (
    AmenityFactory,
    CenterPageFactory,
    NetworkHomePageFactory,
    SectorFactory,
    StandardPageFactory,
    contact,
    en,
    make_site,
    vi,
)
from opencalls.factories import ApplicationFactory, OpenCallPageFactory

__all__ = [
    "AmenityFactory",
    "ApplicationFactory",
    "CenterPageFactory",
    "FestivalPageFactory",
    "NetworkHomePageFactory",
    "OpenCallPageFactory",
    "SectorFactory",
    "StandardPageFactory",
    "contact",
    "en",
    "make_site",
    "vi",
]


class ResidentPageFactory(wagtail_factories.PageFactory):
    """A resident under a center's residents index (``parent``); sectors as a list."""

    title = factory.Sequence(lambda n: f"Studio Sáng tạo {n}")
    slug = factory.Sequence(lambda n: f"studio-{n}")
    introduction = "Một studio trẻ làm việc tại trung tâm."
    kind = "studio"

    class Meta:
        model = "residents.ResidentPage"
