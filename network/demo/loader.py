"""Build the bilingual demo network: sectors, amenities, the portal and six centers.

Idempotent: every object is looked up before it is created, so a second run creates
nothing and changes nothing. Vietnamese objects are created first; their English
versions are made by wagtail-localize (see :mod:`network.demo.translate`).
"""

import importlib
import importlib.util
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import time as clock
from decimal import Decimal
from io import BytesIO

from django.core.files.images import ImageFile
from django.db import transaction
from django.utils.html import escape
from django.utils.text import capfirst
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale, Page, Site

from cms.models import SiteLinks
from network import extensions
from network.centers import create_center, index_titles
from network.models import (
    Amenity,
    CenterContact,
    CenterPage,
    NetworkHomePage,
    OpeningHours,
    Sector,
    StandardPage,
)

from . import content
from .images import placeholder_jpeg
from .translate import TranslationMemory, translate_with_memory

HOME_SLUGS = {"vi": "trang-chu", "en": "home"}

# Apps that add to the demo network: each module has ``load(loader)``, called after the
# centers exist, with this loader (its locales, translation memory, centers and
# progress). A module that does not exist yet is skipped.
# Spaces first: events name the spaces they use; festivals group events; reports record
# attendance of past events; open calls offer spaces.
EXTENSIONS = [
    "spaces.demo",
    "events.demo",
    "festivals.demo",
    "department.demo",
    "reports.demo",
    "opencalls.demo",
]


@dataclass
class DemoSummary:
    created: Counter = field(default_factory=Counter)
    existing: Counter = field(default_factory=Counter)
    seconds: float = 0.0

    def line(self):
        created = sum(self.created.values())
        existing = sum(self.existing.values())
        parts = ", ".join(f"{n} {kind}" for kind, n in sorted(self.created.items())) or "nothing"
        return (
            f"Demo network ready in vi and en: created {created} objects ({parts}), "
            f"{existing} already there, in {self.seconds:.1f} s."
        )


def build_memory():
    memory = TranslationMemory()
    memory.add_pairs(
        [content.SECTORS, content.AMENITIES, content.HOME, content.ABOUT, content.CENTERS]
    )
    memory.add(HOME_SLUGS["vi"], HOME_SLUGS["en"])
    vi_titles, en_titles = index_titles("vi"), index_titles("en")
    for slug in vi_titles:
        memory.add(slug, slug)
        memory.add(vi_titles[slug], en_titles[slug])
    for center in content.CENTERS:
        memory.add(center["slug"], center["slug"])
    return memory


def _paragraphs(pairs):
    return [("paragraph", f"<p>{escape(pair['vi'])}</p>") for pair in pairs]


class DemoLoader:
    def __init__(self, progress=None):
        self.progress = progress or (lambda message: None)
        self.summary = DemoSummary()
        self.memory = build_memory()
        self.vi = Locale.objects.get(language_code="vi")
        self.en = Locale.objects.get(language_code="en")
        self.home_page = None
        self.centers = {}

    def run(self):
        started = time.monotonic()
        home = self.home_page = self.home()
        self.about(home)
        sectors = self.taxonomy(Sector, content.SECTORS, "sectors")
        self.taxonomy(Amenity, content.AMENITIES, "amenities")
        total = len(content.CENTERS)
        for number, data in enumerate(content.CENTERS, start=1):
            before = sum(self.summary.created.values())
            self.centers[data["slug"]] = self.center(home, data, sectors)
            made = sum(self.summary.created.values()) - before
            state = f"created {made} objects" if made else "already there"
            self.progress(f"[{number}/{total}] {data['title']['vi']}: {state}")
        for name in EXTENSIONS:
            if importlib.util.find_spec(name) is not None:
                importlib.import_module(name).load(self)
        for step in extensions.demo_steps:
            step(self)
        self.summary.seconds = time.monotonic() - started
        return self.summary

    # Bookkeeping ---------------------------------------------------------------
    def note(self, kind, created):
        (self.summary.created if created else self.summary.existing)[kind] += 1

    def ensure_english(self, instance, kind):
        if instance.get_translation_or_none(self.en) is None:
            translate_with_memory(instance, self.en, self.memory)
            self.note(kind, True)
        else:
            self.note(kind, False)

    # Objects -------------------------------------------------------------------
    @transaction.atomic
    def home(self):
        home = NetworkHomePage.objects.filter(locale=self.vi, depth=2).first()
        if home is None:
            root = Page.get_first_root_node()
            # Wagtail's "Welcome" page holds the slug and the site; it has no place here.
            for page in root.get_children().filter(content_type__model="page"):
                page.delete()
            home = NetworkHomePage(
                title=content.HOME["title"]["vi"],
                slug=HOME_SLUGS["vi"],
                introduction=content.HOME["intro"]["vi"],
                locale=self.vi,
            )
            root.add_child(instance=home)
            home.save_revision().publish()
            self.note("pages", True)
        else:
            self.note("pages", False)
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            Site.objects.create(hostname="localhost", root_page=home, is_default_site=True)
        elif site.root_page_id != home.pk:
            site.root_page = home
            site.site_name = "Hanoi Cultural Industry Centers"
            site.save()
        self.ensure_english(home, "pages")
        self.progress("Network home page: /vi/ and /en/")
        return home

    @transaction.atomic
    def about(self, home):
        """The network's story on its own page, linked from every footer."""
        page = self.standard_page(home, content.ABOUT)
        links = SiteLinks.for_site(home.get_site())
        if links.about_page_id is None:
            links.about_page = page
            links.save()
        return page

    @transaction.atomic
    def taxonomy(self, model, items, kind):
        found = {}
        for order, data in enumerate(items):
            obj = model.objects.filter(locale=self.vi, slug=data["slug"]).first()
            if obj is None:
                obj = model.objects.create(
                    locale=self.vi,
                    slug=data["slug"],
                    name=data["name"]["vi"],
                    description=data["description"]["vi"],
                    sort_order=order,
                )
                self.note(kind, True)
            else:
                self.note(kind, False)
            self.ensure_english(obj, kind)
            found[data["slug"]] = obj
        self.progress(f"{capfirst(model._meta.verbose_name_plural)}: {len(items)} in vi and en")
        return found

    @transaction.atomic
    def center(self, home, data, sectors):
        center = CenterPage.objects.child_of(home).filter(slug=data["slug"]).first()
        if center is None:
            image = self.image(data)
            center = create_center(
                home,
                title=data["title"]["vi"],
                slug=data["slug"],
                introduction=data["intro"]["vi"],
                body=_paragraphs(data["about"]),
                address=data["address"]["vi"],
                ward=data["ward"],
                district=data["district"]["vi"],
                latitude=Decimal(str(data["latitude"])),
                longitude=Decimal(str(data["longitude"])),
                hero_image=image,
                hero_image_alt=data["image_alt"]["vi"],
                sectors=[sectors[slug] for slug in data["sectors"]],
                opening_hours=[
                    OpeningHours(weekday=day, opens=_clock(opens), closes=_clock(closes))
                    for day, opens, closes in data["hours"]
                ],
                contacts=[
                    CenterContact(
                        role=c["role"]["vi"], name=c["name"], email=c["email"], phone=c["phone"]
                    )
                    for c in data["contacts"]
                ],
            )
            image.collection = center.collection
            image.save(update_fields=["collection"])
            self.note("centers", True)
        else:
            self.note("centers", False)
        self.ensure_english(center, "pages")
        for child in center.get_children().specific():
            self.ensure_english(child, "pages")

        self.standard_page(center, data["page"])
        return center

    def standard_page(self, parent, data):
        """The published standard page ``data`` describes under ``parent``, in vi and en."""
        return self.child_page(
            parent,
            StandardPage,
            lambda: StandardPage(
                title=data["title"]["vi"],
                slug=data["slug"]["vi"],
                introduction=data["intro"]["vi"],
                body=_paragraphs(data["body"]),
            ),
            slug=data["slug"]["vi"],
        )

    @transaction.atomic
    def child_page(self, parent, model, build, kind="pages", slug=None):
        """The published ``model`` page under ``parent`` (the one with ``slug``, or the
        only one), made by ``build()`` and published when missing; then its English
        version, through the translation memory."""
        pages = model.objects.child_of(parent)
        page = (pages.filter(slug=slug) if slug is not None else pages).first()
        if page is None:
            page = build()
            parent.add_child(instance=page)
            page.save_revision().publish()
            self.note(kind, True)
        else:
            self.note(kind, False)
        self.ensure_english(page, kind)
        return page

    def network_page(self, model, slug, text):
        """The app's page under the network home (one of its kind): ``text`` gives its
        title and introduction in each language."""
        return self.child_page(
            self.home_page,
            model,
            lambda: model(title=text["title"]["vi"], slug=slug, introduction=text["intro"]["vi"]),
        )

    def image(self, data):
        image_model = get_image_model()
        jpeg = placeholder_jpeg(data["slug"], data["palette"])
        image = image_model(
            title=data["title"]["vi"],
            description=data["image_alt"]["vi"],
            collection=Collection.get_first_root_node(),
            file=ImageFile(BytesIO(jpeg), name=f"{data['slug']}.jpg"),
        )
        image.save()
        self.note("images", True)
        return image


def _clock(text):
    hours, minutes = text.split(":")
    return clock(int(hours), int(minutes))


def load_demo(progress=None):
    return DemoLoader(progress).run()
