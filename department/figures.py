"""The safety register's figures in the department's reports (reports.figures.EXTRA_FIGURES).

Each takes the period's first and last day and the report's scope (centers as translation
keys) and returns a number, or None when the report is filtered by sector or category:
inspections and violations belong to a center, not to a sector.
"""

from django.db.models import Q, Sum

from .models import SafetyRecord
from .models.records import SafetyRecordKind


def _records(scope):
    if scope.sector_keys is not None or scope.category_keys is not None:
        return None
    records = SafetyRecord.objects.all()
    if scope.center_keys is not None:
        records = records.filter(center__translation_key__in=scope.center_keys)
    return records


def inspections(first, last, scope):
    """Inspections held in the period."""
    records = _records(scope)
    if records is None:
        return None
    return records.filter(kind=SafetyRecordKind.INSPECTION, date__range=(first, last)).count()


def trainings_and_drills(first, last, scope):
    """Fire-safety trainings and drills held in the period."""
    records = _records(scope)
    if records is None:
        return None
    kinds = [SafetyRecordKind.TRAINING, SafetyRecordKind.DRILL]
    return records.filter(kind__in=kinds, date__range=(first, last)).count()


def open_violations(first, last, scope):
    """Violations found by the period's last day and not put right by then."""
    records = _records(scope)
    if records is None:
        return None
    still_open = Q(closed_on__isnull=True) | Q(closed_on__gt=last)
    found = records.filter(still_open, violations_count__gt=0, date__lte=last)
    return found.aggregate(total=Sum("violations_count"))["total"] or 0
