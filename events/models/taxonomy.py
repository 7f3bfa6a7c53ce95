from django.utils.translation import gettext_lazy as _

from network.models import Taxonomy


class EventCategory(Taxonomy):
    """What kind of event it is (concert, exhibition, workshop, ...): a calendar filter."""

    class Meta(Taxonomy.Meta):
        verbose_name = _("event category")
        verbose_name_plural = _("event categories")
