"""Factories for the network's pages and taxonomies (factory_boy + wagtail-factories)."""

from decimal import Decimal

import factory
import wagtail_factories
from wagtail.models import Locale, Page, Site

from network.centers import create_center
from network.models import Amenity, CenterContact, CenterPage, NetworkHomePage, Sector, StandardPage


def vi():
    return Locale.objects.get(language_code="vi")


def en():
    return Locale.objects.get(language_code="en")


class SectorFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Lĩnh vực {n}")
    slug = factory.Sequence(lambda n: f"sector-{n}")
    locale = factory.LazyFunction(vi)

    class Meta:
        model = Sector


class AmenityFactory(SectorFactory):
    name = factory.Sequence(lambda n: f"Tiện ích {n}")
    slug = factory.Sequence(lambda n: f"amenity-{n}")

    class Meta:
        model = Amenity


class NetworkHomePageFactory(wagtail_factories.PageFactory):
    title = "Mạng lưới Trung tâm Công nghiệp Văn hóa Hà Nội"
    slug = factory.Sequence(lambda n: f"home-{n}")
    introduction = "Cổng thông tin chung của các trung tâm."
    parent = factory.LazyFunction(Page.get_first_root_node)
    locale = factory.LazyFunction(vi)

    class Meta:
        model = NetworkHomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Trang {n}")
    slug = factory.Sequence(lambda n: f"trang-{n}")

    class Meta:
        model = StandardPage


class CenterPageFactory(factory.django.DjangoModelFactory):
    """A published center created through the real service (indexes, collection, group)."""

    title = factory.Sequence(lambda n: f"Trung tâm Sáng tạo số {n}")
    slug = factory.Sequence(lambda n: f"center-{n}")
    introduction = "Không gian sáng tạo cho nghệ sĩ và doanh nghiệp văn hóa."
    address = factory.Sequence(lambda n: f"{n} phố Hàng Bông, Hoàn Kiếm, Hà Nội")
    district = "Hoàn Kiếm"
    latitude = Decimal("21.028500")
    longitude = Decimal("105.854200")
    parent = None

    class Meta:
        model = CenterPage

    @classmethod
    def _create(cls, model_class, *args, parent=None, **kwargs):
        return create_center(parent, **kwargs)


def make_site(home):
    """Point the default site at ``home``, replacing Wagtail's welcome page."""
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        return Site.objects.create(hostname="localhost", root_page=home, is_default_site=True)
    old_root = site.root_page
    site.root_page = home
    site.save()
    if old_root.pk != home.pk and old_root.specific_class is Page:
        old_root.delete()
    return site


def contact(**kwargs):
    return CenterContact(**{"role": "Lễ tân", "name": "Nguyễn Văn An", **kwargs})


def _in_two_weeks():
    from datetime import timedelta

    from django.utils import timezone

    return timezone.now() + timedelta(days=14)


class OpenCallPageFactory(wagtail_factories.PageFactory):
    """An open call (residency, closing in two weeks) with two questions and one criterion;
    ``parent``: a center's calls index or the network's calls page."""

    title = factory.Sequence(lambda n: f"Lưu trú nghệ sĩ {n}")
    slug = factory.Sequence(lambda n: f"luu-tru-{n}")
    kind = "residency"
    deadline = factory.LazyFunction(_in_two_weeks)
    questions = factory.LazyFunction(
        lambda: [
            ("question", {"label": "Dự án của bạn là gì?", "help": "", "required": True}),
            ("question", {"label": "Bạn cần gì thêm?", "help": "", "required": False}),
        ]
    )
    criteria = factory.LazyFunction(lambda: [("criterion", "Chất lượng nghệ thuật")])

    class Meta:
        model = "opencalls.OpenCallPage"


class ApplicationFactory(factory.django.DjangoModelFactory):
    """A stored application (reference given) to ``call``."""

    call = None
    name = factory.Sequence(lambda n: f"Nghệ sĩ {n}")
    email = factory.Sequence(lambda n: f"nghesi{n}@example.vn")
    language = "vi"

    class Meta:
        model = "opencalls.Application"

    @classmethod
    def _create(cls, model_class, *args, call=None, **kwargs):
        from wagtail.models import Page

        kwargs.setdefault("center", Page.objects.get(pk=call.pk).specific.center)
        return model_class.store(call=call, **kwargs)


def _today():
    from django.utils import timezone

    return timezone.localdate()


def _ten_days_on(page):
    from datetime import timedelta

    return page.first_day + timedelta(days=10)


class FestivalPageFactory(wagtail_factories.PageFactory):
    """A published festival (give ``parent``: its FestivalIndexPage), ten days from today;
    ``organisers=[center, ...]`` names its organising centers."""

    title = factory.Sequence(lambda n: f"Lễ hội Sáng tạo {n}")
    slug = factory.Sequence(lambda n: f"le-hoi-{n}")
    first_day = factory.LazyFunction(_today)
    last_day = factory.LazyAttribute(_ten_days_on)

    class Meta:
        model = "festivals.FestivalPage"
        skip_postgeneration_save = True

    @factory.post_generation
    def organisers(page, create, centers, **kwargs):
        if centers:
            page.organisers.set(centers)
        page.save_revision().publish()


class ResidentPageFactory(wagtail_factories.PageFactory):
    """A resident under a center's residents index (``parent``); sectors as a list."""

    title = factory.Sequence(lambda n: f"Studio Sáng tạo {n}")
    slug = factory.Sequence(lambda n: f"studio-{n}")
    introduction = "Một studio trẻ làm việc tại trung tâm."
    kind = "studio"

    class Meta:
        model = "residents.ResidentPage"
