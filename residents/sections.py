"""What the residents app adds to the center's and the space's pages (``cms.extensions``)."""

from .models import ResidentIndexPage, ResidentPage

# The center page shows a short list; the residents index has them all.
CENTER_SHORT_LIST = 6


def center_residents(center, request):
    index = ResidentIndexPage.objects.child_of(center).visible().first()
    if index is None:
        return None
    residents = ResidentPage.objects.visible().child_of(index).listing()
    return {
        "residents_index": index,
        "residents": list(residents[:CENTER_SHORT_LIST]),
        "residents_total": residents.count(),
    }


def space_residents(space, request):
    """Who works in ``space`` (whichever language version the residents name)."""
    versions = type(space).objects.filter(translation_key=space.translation_key).values("pk")
    residents = list(
        ResidentPage.objects.visible()
        .filter(locale_id=space.locale_id, space__in=versions)
        .listing()
    )
    return {"residents": residents} if residents else None
