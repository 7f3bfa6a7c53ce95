from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SpacesConfig(AppConfig):
    name = "spaces"
    verbose_name = _("Spaces and inquiries")

    def ready(self):
        from django.db.models.signals import post_delete

        from network.models import Amenity, Sector

        for model in (Amenity, Sector):
            post_delete.connect(
                _vocabulary_entry_deleted, sender=model, dispatch_uid=f"masks-{model.__name__}"
            )


def _vocabulary_entry_deleted(sender, instance, **kwargs):
    """Its links are gone with it: drop its bit from the spaces' masks (see spaces.facets)."""
    if instance.facet_bit is None:
        return
    from .facets import refresh_masks
    from .models import SpacePage

    refresh_masks(SpacePage.objects.all())
