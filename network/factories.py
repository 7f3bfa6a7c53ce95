"""Factories for the network's pages and taxonomies (factory_boy + wagtail-factories).

Used by the tests, and by the generators of other apps (``events.generate``) that need
a center built the way an editor's would be.
"""

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
