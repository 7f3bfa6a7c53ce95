"""Demo spaces: the network's spaces page and 22 spaces across the six demo centers.

Called by the network demo loader (``load(loader)``) after the centers exist. Idempotent:
every page is looked up by slug before it is created.
"""

from datetime import timedelta

from django.utils import timezone
from django.utils.html import escape

from network.models import Amenity, Sector

from . import demo_content as content
from .models import BlockedPeriod, NetworkSpacesPage, SpaceIndexPage, SpacePage, SpacePhoto

NETWORK_SLUG = "spaces"


def load(loader):
    loader.memory.add_pairs(
        [
            content.NETWORK_PAGE,
            content.REDUCED,
            content.STEP_FREE,
            content.STAIRS_ONLY,
            content.QUIET_RULES,
            content.EVENT_RULES,
            content.KILN_RULES,
        ]
    )
    loader.memory.add(NETWORK_SLUG, NETWORK_SLUG)
    network_page(loader)
    amenities = {a.slug: a for a in Amenity.objects.filter(locale=loader.vi)}
    sectors = {s.slug: s for s in Sector.objects.filter(locale=loader.vi)}
    for data in content.SPACES:
        loader.memory.add_pairs([data["title"], data["slug"], data["intro"]])
        space(loader, data, amenities, sectors)
    loader.progress(f"Spaces: {len(content.SPACES)} in vi and en, at /vi/spaces/ and /en/spaces/")


def network_page(loader):
    return loader.network_page(NetworkSpacesPage, NETWORK_SLUG, content.NETWORK_PAGE)


def space(loader, data, amenities, sectors):
    center = loader.centers[data["center"]]
    index = SpaceIndexPage.objects.child_of(center).get()

    def build():
        today = timezone.localdate()
        page = SpacePage(
            title=data["title"]["vi"],
            slug=data["slug"]["vi"],
            introduction=data["intro"]["vi"],
            description=f"<p>{escape(data['intro']['vi'])}</p>",
            space_type=data["type"],
            area=data["area"],
            capacity_seated=data["seated"],
            capacity_standing=data["standing"],
            price_period=data["period"],
            price=data["price"],
            reduced_price=data["reduced"],
            reduced_price_terms=content.REDUCED["vi"] if data["reduced"] else "",
            accessibility=data["accessibility"]["vi"],
            rules=data["rules"]["vi"],
            hero_image=center.hero_image,
            hero_image_alt=data["title"]["vi"],
            amenities=[amenities[slug] for slug in data["amenities"]],
            sectors=[sectors[slug] for slug in data["sectors"]],
            blocked_periods=[
                BlockedPeriod(
                    start=today + timedelta(days=offset),
                    end=today + timedelta(days=offset + length - 1),
                    reason=reason,
                )
                for offset, length, reason in data["blocked"]
            ],
        )
        if center.hero_image_id:
            page.photos = [SpacePhoto(image=center.hero_image, caption=data["title"]["vi"])]
        return page

    return loader.child_page(index, SpacePage, build, "spaces", slug=data["slug"]["vi"])
