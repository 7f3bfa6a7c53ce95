"""Lookups on spaces: the listing, the center each space belongs to, and the filters."""

from django.db.models import Exists, F, OuterRef, Prefetch, Q, Subquery
from django.db.models.functions import Coalesce, Greatest
from wagtail.images import get_image_model

from cms.tree import center_path_expression, in_subtrees
from cms.visibility import VisiblePageQuerySet
from network.models import CenterPage


def capacity_expression():
    """The most people a space takes, seated or standing (0 when neither is given).

    Indexed as it is written here (``SpacePage.Meta.indexes``): the "people" sort walks
    that index.
    """
    return Greatest(Coalesce("capacity_seated", 0), Coalesce("capacity_standing", 0))


class SpaceQuerySet(VisiblePageQuerySet):
    def with_center(self):
        """Annotate the center's path, slug, title, ward, district, map point (one query)."""
        centers = CenterPage.objects.filter(path=OuterRef("center_path"))
        return self.annotate(
            center_path=center_path_expression(),
            center_slug=Subquery(centers.values("slug")[:1]),
            center_title=Subquery(centers.values("title")[:1]),
            center_district=Subquery(centers.values("district")[:1]),
            center_ward=Subquery(centers.values("ward")[:1]),
            center_latitude=Subquery(centers.values("latitude")[:1]),
            center_longitude=Subquery(centers.values("longitude")[:1]),
        )

    def with_capacity(self):
        return self.annotate(max_capacity=capacity_expression())

    def listing(self):
        """These spaces with their center and card image, without extra queries.

        It does not filter: the finder's spaces are already live and public, and asking
        again would read the view restrictions a second time.
        """
        images = get_image_model().objects.prefetch_renditions("fill-480x300")
        return (
            self.with_center()
            .with_capacity()
            .prefetch_related(Prefetch("hero_image", queryset=images))
            .defer_streamfields()
        )

    # Filters: each takes an already validated value.
    def of_type(self, space_type):
        return self.filter(space_type=space_type)

    def in_centers(self, paths):
        return self.filter(in_subtrees(paths)) if paths else self.none()

    def min_area(self, area):
        return self.filter(area__gte=area)

    def min_capacity(self, people):
        return self.filter(Q(capacity_seated__gte=people) | Q(capacity_standing__gte=people))

    def max_price(self, period, amount):
        return self.filter(price_period=period, price__lte=amount)

    def in_period(self, period):
        return self.filter(price_period=period)

    def for_sector(self, slug):
        through = self.model.sectors.through
        return self.filter(
            Exists(through.objects.filter(spacepage_id=OuterRef("pk"), sector__slug=slug))
        )

    def with_amenities(self, slugs):
        through = self.model.amenities.through
        queryset = self
        for slug in slugs:
            queryset = queryset.filter(
                Exists(through.objects.filter(spacepage_id=OuterRef("pk"), amenity__slug=slug))
            )
        return queryset

    def free_on(self, day):
        # The space model's module imports this one: the periods are read from the key.
        BlockedPeriod = self.model._meta.get_field("blocked_periods").related_model
        blocked = BlockedPeriod.objects.filter(page_id=OuterRef("pk"), start__lte=day, end__gte=day)
        return self.filter(~Exists(blocked))

    def ordered(self, sort):
        nulls_last = {"nulls_last": True}
        orderings = {
            "price": [F("price").asc(**nulls_last), "title"],
            "-price": [F("price").desc(**nulls_last), "title"],
            "area": ["area", "title"],
            "-area": ["-area", "title"],
            "capacity": [F("max_capacity").desc(), "title"],
        }
        return self.order_by(*orderings.get(sort, ["path"]))
