from functools import partial

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SpacesConfig(AppConfig):
    name = "spaces"
    verbose_name = _("Spaces and inquiries")

    def ready(self):
        from django.db.models.signals import post_delete

        from cms import navigation
        from network import extensions
        from network.models import Amenity, Sector

        from . import extensions as spaces_extensions
        from .center_inquiry import ROUTES
        from .models import SpaceIndexPage
        from .space_inquiry import SPACE_INDEX_ROUTES, SPACE_ROUTES

        for model, field in ((Amenity, "amenity_bits"), (Sector, "sector_bits")):
            post_delete.connect(
                partial(_vocabulary_entry_deleted, field=field),
                sender=model,
                weak=False,
                dispatch_uid=f"masks-{model.__name__}",
            )
        navigation.register("spaces.NetworkSpacesPage", _("Spaces"), order=20)
        extensions.register_index_page(SpaceIndexPage, "spaces", _("Spaces"))
        for route in ROUTES:
            extensions.register_center_route(route)
        for route in SPACE_ROUTES:
            spaces_extensions.register_space_route(route)
        for route in SPACE_INDEX_ROUTES:
            spaces_extensions.register_space_index_route(route)


def _vocabulary_entry_deleted(sender, instance, field, **kwargs):
    """Its links are gone with it: drop its bit from the masks of the spaces that carry it
    (see spaces.facets). Only those are recomputed from their links, so a space still
    linked to another language version of the entry (which shares the bit) keeps it."""
    if instance.facet_bit is None:
        return
    from django.db.models import F
    from django.db.models.lookups import GreaterThan

    from .facets import refresh_masks
    from .models import SpacePage

    carrying = GreaterThan(F(field).bitand(1 << instance.facet_bit), 0)
    refresh_masks(SpacePage.objects.filter(carrying))
