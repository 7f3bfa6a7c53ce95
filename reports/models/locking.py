"""Signed-off and locked periods: a submitted report never silently changes.

Design: edits are *refused*, not recorded as amendments. Once a center has signed off a
period, or the department has locked it, creating, changing or deleting that center's
attendance for a day in the period raises :class:`PeriodLocked` (a ``ValidationError``,
so admin forms show it as a message). To correct a signed-off period the department
removes the sign-off (or unlocks the period) first, which leaves a trace in the log.
"""

from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils.translation import gettext as _

from .periods import ReportingPeriod


class PeriodLocked(ValidationError):
    pass


def _key(center):
    return getattr(center, "translation_key", None)


def closing_period(center, day):
    """The locked or signed-off period covering ``day`` for ``center``, or None."""
    key = _key(center)
    if key is None or day is None:
        return None
    closed = Q(locked_at__isnull=False) | Q(sign_offs__center__translation_key=key)
    return (
        ReportingPeriod.objects.filter(closed, start__lte=day, end__gte=day)
        .order_by("start")
        .first()
    )


def period_locked(center, day):
    """True when ``center``'s data for ``day`` belongs to a signed-off or locked period."""
    return closing_period(center, day) is not None


def refuse_if_locked(record, deleting=False):
    """Raise :class:`PeriodLocked` if saving (or deleting) ``record`` changes a closed period.

    Both the stored values (what the report showed) and the new ones are checked, so a
    record can neither leave nor enter a closed period.
    """
    checks = []
    if record.pk:
        stored = type(record).objects.filter(pk=record.pk).select_related("center").first()
        if stored is not None:
            checks.append((stored.center, stored.date))
    if not deleting:
        center = record.event.center if record.event_id else None
        checks.append((center, record.date))
    for center, day in checks:
        period = closing_period(center, day)
        if period is not None:
            raise PeriodLocked(
                _(
                    "%(period)s has been signed off or locked for %(center)s: its attendance "
                    "can no longer be changed. Ask the department to reopen the period."
                )
                % {"period": period, "center": center.title}
            )
