"""The safety register's figures in the department's reports (reports.figures.EXTRA_FIGURES).

Each takes the period's first and last day and the report's scope (centers as translation
keys) and returns a number, or None when the report is filtered by sector or category:
inspections and violations belong to a center, not to a sector. With ``by_center`` each
returns ``{center key: number}`` for the scope's centers, from one grouped query
(``reports.figures.grouped_by_center``).
"""

from django.db.models import Count, Q, Sum

from reports.figures import grouped_by_center

from .models import SafetyRecord
from .models.records import SafetyRecordKind


def _records(scope):
    if scope.sector_keys is not None or scope.category_keys is not None:
        return None
    records = SafetyRecord.objects.all()
    if scope.center_keys is not None:
        records = records.filter(center__translation_key__in=scope.center_keys)
    return records


def _total(records, aggregate, scope, by_center):
    """The aggregate (a count or a sum, 0 when there is nothing) over ``records``, or
    ``{center key: total}`` grouped by center."""
    if records is None:
        return dict.fromkeys(scope.center_keys) if by_center else None
    if not by_center:
        return records.aggregate(total=aggregate)["total"] or 0
    found = grouped_by_center(records, scope, total=aggregate)
    return {key: values["total"] or 0 for key, values in found.items()}


def inspections(first, last, scope, by_center=False):
    """Inspections held in the period."""
    records = _records(scope)
    if records is not None:
        records = records.filter(kind=SafetyRecordKind.INSPECTION, date__range=(first, last))
    return _total(records, Count("pk"), scope, by_center)


def trainings_and_drills(first, last, scope, by_center=False):
    """Fire-safety trainings and drills held in the period."""
    records = _records(scope)
    if records is not None:
        kinds = [SafetyRecordKind.TRAINING, SafetyRecordKind.DRILL]
        records = records.filter(kind__in=kinds, date__range=(first, last))
    return _total(records, Count("pk"), scope, by_center)


def open_violations(first, last, scope, by_center=False):
    """Violations found by the period's last day and not put right by then."""
    records = _records(scope)
    if records is not None:
        still_open = Q(closed_on__isnull=True) | Q(closed_on__gt=last)
        records = records.filter(still_open, violations_count__gt=0, date__lte=last)
    return _total(records, Sum("violations_count"), scope, by_center)
