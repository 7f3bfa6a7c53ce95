"""Per-event publishing rules: why an event needs the Department's approval.

Each rule takes an event (an ``EventPage``, saved or not) and returns a reason, a
sentence for the editor, or None. ``RULES`` is the list consulted; other apps append to
it (the safety register adds its capacity and certificate rules).
"""

from django.utils.translation import gettext as _


def attendance_over_threshold(event):
    from .models import ApprovalSettings

    threshold = ApprovalSettings.load().attendance_threshold
    expected = event.expected_attendance
    if expected is not None and threshold is not None and expected > threshold:
        return _(
            "The expected attendance (%(expected)s) exceeds %(threshold)s people: "
            "events this large need the Department's approval."
        ) % {"expected": expected, "threshold": threshold}
    return None


RULES = [attendance_over_threshold]


def reasons(event):
    """Every reason ``event`` needs approval, in the order of ``RULES`` (empty: none)."""
    found = []
    for rule in RULES:
        reason = rule(event)
        if reason:
            found.append(str(reason))
    return found
