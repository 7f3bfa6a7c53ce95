"""The clash check: large events of different centers that overlap in time.

A self-join of :class:`events.EventOccurrence` on overlapping ``[start, end)``
intervals: an occurrence clashes when another occurrence of a *different* center starts
before it ends and ends after it starts, both events expecting more people than the
Department's clash threshold. Only the default language's tree is looked at (its
translations are the same events), cancelled dates are left out, and only what has not
ended yet is listed.
"""

from django.db.models import Exists, OuterRef, Q
from django.utils import timezone
from wagtail.models import Locale

from approvals.models import ApprovalSettings
from events.choices import EventStatus
from events.models import EventOccurrence


def large_occurrences(threshold, now):
    return EventOccurrence.objects.filter(
        locale=Locale.get_default(),
        end__gt=now,
        event__expected_attendance__gt=threshold,
    ).exclude(status=EventStatus.CANCELLED)


def clashing_occurrences(threshold=None, now=None):
    """Occurrences that overlap a large occurrence of another center, soonest first."""
    if threshold is None:
        threshold = ApprovalSettings.load().clash_threshold
    now = now or timezone.now()
    others = (
        large_occurrences(threshold, now)
        .filter(start__lt=OuterRef("end"), end__gt=OuterRef("start"))
        .exclude(Q(center_id=OuterRef("center_id")))
    )
    return (
        large_occurrences(threshold, now)
        .filter(Exists(others))
        .select_related("event", "center")
        .order_by("start", "pk")
    )


def partners(rows):
    """For each occurrence of ``rows`` (already the clashing ones), those it overlaps."""
    found = {row.pk: [] for row in rows}
    ordered = sorted(rows, key=lambda row: row.start)
    for index, row in enumerate(ordered):
        for other in ordered[index + 1 :]:
            if other.start >= row.end:
                break
            if other.center_id != row.center_id:
                found[row.pk].append(other)
                found[other.pk].append(row)
    return found
