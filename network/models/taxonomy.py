"""Taxonomies: the shared vocabularies pages are tagged with, translated like pages."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField


class TaxonomyQuerySet(models.QuerySet):
    def in_locale(self, locale):
        return self.filter(locale=locale)

    def localized_for(self, objects, locale):
        """The versions in ``locale`` of ``objects`` (any locale), keeping their order."""
        keys = [obj.translation_key for obj in objects]
        found = {
            obj.translation_key: obj for obj in self.filter(translation_key__in=keys, locale=locale)
        }
        return [found.get(obj.translation_key, obj) for obj in objects]


class Taxonomy(TranslatableMixin, index.Indexed, models.Model):
    """Abstract base of every vocabulary: a name, a stable slug, a description and an order.

    The slug is the same in every language (it appears in filter URLs); the name and the
    description are translated through wagtail-localize.
    """

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        allow_unicode=False,
        help_text=_("Used in addresses and filters; the same in every language."),
    )
    description = models.TextField(_("description"), blank=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    objects = TaxonomyQuerySet.as_manager()

    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("description"),
        SynchronizedField("slug", overridable=False),
        SynchronizedField("sort_order", overridable=False),
    ]

    search_fields = [
        index.SearchField("name", boost=2),
        index.AutocompleteField("name"),
        index.SearchField("description"),
        index.FilterField("locale"),
    ]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["sort_order", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["slug", "locale"], name="%(app_label)s_%(class)s_unique_slug_locale"
            )
        ]

    def __str__(self):
        return self.name


#: A space keeps its sectors and its amenities as bits of a signed 64-bit column.
FACET_BITS = 63


class FacetBitMixin(models.Model):
    """A bit of its own, shared by all its translations, in the masks spaces keep.

    The spaces finder counts, for every sector and amenity, the spaces among thousands
    that have it. Counted on the link tables, that was a scan of every link per facet and
    request; each space also keeps its sectors and amenities as bit masks
    (``SpacePage.sector_bits``, ``amenity_bits``), so one pass over the spaces counts them
    all. The bit is given on the first save: the bit of another language version, else
    the lowest free one. Past the 63rd entry of a vocabulary, entries get no bit, and the
    finder counts that vocabulary on the link tables as before.
    """

    facet_bit = models.PositiveSmallIntegerField(null=True, blank=True, editable=False)

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if self.facet_bit is None:
            self.facet_bit = self.free_facet_bit()
        super().save(*args, **kwargs)

    def free_facet_bit(self):
        others = type(self).objects.exclude(pk=self.pk).exclude(facet_bit=None)
        shared = others.filter(translation_key=self.translation_key).values_list(
            "facet_bit", flat=True
        )
        if shared:
            return shared[0]
        used = set(others.values_list("facet_bit", flat=True))
        return next((bit for bit in range(FACET_BITS) if bit not in used), None)


def _facet_bit_constraint():
    return models.UniqueConstraint(
        fields=["facet_bit", "locale"], name="%(app_label)s_%(class)s_unique_facet_bit_locale"
    )


class Sector(FacetBitMixin, Taxonomy):
    """A cultural industry (the twelve of Hanoi's strategy: cinema, design, crafts, ...)."""

    class Meta(Taxonomy.Meta):
        verbose_name = _("sector")
        verbose_name_plural = _("sectors")
        constraints = [*Taxonomy.Meta.constraints, _facet_bit_constraint()]


class Amenity(FacetBitMixin, Taxonomy):
    """Something a space offers: natural light, a kiln, a sound system, step-free access."""

    class Meta(Taxonomy.Meta):
        verbose_name = _("amenity")
        verbose_name_plural = _("amenities")
        constraints = [*Taxonomy.Meta.constraints, _facet_bit_constraint()]
