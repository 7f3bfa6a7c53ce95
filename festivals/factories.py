"""Festivals: pages grouping events of many centers (factory_boy + wagtail-factories)."""

import factory
import wagtail_factories


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
