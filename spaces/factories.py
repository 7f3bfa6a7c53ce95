"""Spaces: pages under a center's spaces index.

Amenities and sectors are passed as lists (``amenities=[...]``) and saved with the page.
"""

import factory
import wagtail_factories

from spaces.models import SpacePage


class SpacePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Phòng {n}")
    slug = factory.Sequence(lambda n: f"phong-{n}")
    space_type = "studio"
    area = 20
    price_period = "month"
    price = 3_000_000

    class Meta:
        model = SpacePage
