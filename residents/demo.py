"""Demo residents: the network's directory and 26 residents across the six demo centers.

Registered as a step of the network demo loader (``network.extensions``): called after
the centers and their spaces exist. Idempotent: every page is looked up by slug before
it is created.
"""

from datetime import date

from django.utils.html import escape

NETWORK_SLUG = "residents"


def load(loader):
    from network.centers import setup_center
    from network.models import Sector

    from . import demo_content as content

    loader.memory.add_pairs([content.NETWORK_PAGE])
    loader.memory.add(NETWORK_SLUG, NETWORK_SLUG)
    network_page(loader, content)
    # Centers loaded before this app existed get their residents index now.
    for center in loader.centers.values():
        setup_center(center)
        for child in center.get_children().specific():
            loader.ensure_english(child, "pages")
    sectors = {s.slug: s for s in Sector.objects.filter(locale=loader.vi)}
    for data in content.RESIDENTS:
        loader.memory.add_pairs([data["title"], data["slug"], data["intro"], data["about"]])
        resident(loader, data, sectors)
    loader.progress(
        f"Residents: {len(content.RESIDENTS)} in vi and en, at /vi/residents/ and /en/residents/"
    )


def network_page(loader, content):
    from .models import NetworkResidentsPage

    return loader.network_page(NetworkResidentsPage, NETWORK_SLUG, content.NETWORK_PAGE)


def resident(loader, data, sectors):
    from spaces.models import SpacePage

    from .choices import SERVICE_FIELDS
    from .models import ResidentIndexPage, ResidentLink, ResidentPage

    center = loader.centers[data["center"]]
    index = ResidentIndexPage.objects.child_of(center).get()

    def build():
        space = None
        if data["space"]:
            space = SpacePage.objects.descendant_of(center).get(slug=data["space"])
        return ResidentPage(
            title=data["title"]["vi"],
            slug=data["slug"]["vi"],
            introduction=data["intro"]["vi"],
            description=f"<p>{escape(data['about']['vi'])}</p>",
            kind=data["kind"],
            sectors=[sectors[slug] for slug in data["sectors"]],
            website=data["website"],
            links=[ResidentLink(url=url) for url in data["links"]],
            contact_email=data["email"],
            contact_phone=data["phone"],
            contact_public=data["public"],
            resident_since=date.fromisoformat(data["since"]) if data["since"] else None,
            space=space,
            **{SERVICE_FIELDS[service]: True for service in data["services"]},
        )

    return loader.child_page(index, ResidentPage, build, "residents", slug=data["slug"]["vi"])
