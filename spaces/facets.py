"""Each space's sectors and amenities as bit masks, for counting facets in one pass.

``SpacePage.sector_bits`` and ``amenity_bits`` hold, for each sector and amenity a space
is linked to, the entry's ``facet_bit`` (see ``network.models.taxonomy.FacetBitMixin``).
They are derived from the link tables, which stay the truth and what filters use: a
space's masks are recomputed from its links whenever it is saved with them (publishing),
and every space's when links are written in bulk (``generate_network``) or a sector or
amenity is deleted. The finder then counts every sector and amenity in the same grouped
query as types, periods and centers (``spaces.listing``).
"""

from django.db.models import BigIntegerField, Count, F, OuterRef, Subquery, Sum, Value
from django.db.models.functions import Cast, Coalesce
from django.db.models.lookups import GreaterThan

#: (mask field on SpacePage, many-to-many field, the link table's column)
MASKS = (("amenity_bits", "amenities", "amenity"), ("sector_bits", "sectors", "sector"))


def _mask_of_links(through, target):
    """The OR of the bits of a space's linked entries, as a subquery on its links.

    Each (space, entry) link is unique, and language versions of one entry share a bit:
    a SUM of DISTINCT powers of two is their OR, on SQLite as on PostgreSQL.
    """
    one = Cast(Value(1), BigIntegerField())
    return Subquery(
        through.objects.filter(
            spacepage_id=OuterRef("pk"), **{f"{target}__facet_bit__isnull": False}
        )
        .order_by()
        .values("spacepage_id")
        .annotate(mask=Sum(one.bitleftshift(F(f"{target}__facet_bit")), distinct=True))
        .values("mask"),
        output_field=BigIntegerField(),
    )


def refresh_masks(spaces):
    """Recompute the masks of ``spaces`` (a SpacePage queryset) from their links."""
    model = spaces.model
    changes = {
        field: Coalesce(_mask_of_links(getattr(model, relation).through, target), 0)
        for field, relation, target in MASKS
    }
    return spaces.update(**changes)


def bit_count(field, bit):
    """How many spaces of a group have ``bit`` in ``field``: an aggregate for the group.

    A COUNT with a filter, not a SUM of shifted bits: PostgreSQL's SUM of bigints is a
    numeric, and fourteen of them make its hash of the groups look too big for work_mem,
    so it sorts every space instead.
    """
    return Count("pk", filter=GreaterThan(F(field).bitand(Value(1 << bit)), 0))
