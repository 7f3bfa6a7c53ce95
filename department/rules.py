"""Publishing checks from the safety register, as plain functions.

Each takes an event (``events.EventPage``, live or a draft, in any language) and returns
``None`` when the event is fine, or a reason in the active language that names the numbers
or dates involved. The approvals app enforces them (an event that fails one needs the
department's approval); they decide nothing else.

Which certificate is relevant: the event's space's certificates when the space has any on
record, otherwise the center-wide ones (those without a space). Pages are matched by
``translation_key``, so an English event finds the certificates kept on the Vietnamese
center and space.
"""

from django.utils import timezone
from django.utils.translation import gettext as _

from cms.formats import long_date, number
from events.choices import EventStatus
from events.schedule import build_occurrences

from .models import FireSafetyCertificate


def relevant_certificates(event):
    """Certificates that cover where ``event`` takes place (space first, then the center)."""
    center = event.center
    if center is None:
        return FireSafetyCertificate.objects.none()
    certificates = FireSafetyCertificate.objects.filter(
        center__translation_key=center.translation_key
    )
    if event.space_id is not None:
        space_key = event.space.translation_key
        for_space = certificates.filter(space__translation_key=space_key)
        if for_space.exists():
            return for_space
    return certificates.filter(space__isnull=True)


def current_certificate(event):
    """The relevant certificate that runs longest (the latest renewal)."""
    return relevant_certificates(event).order_by("-expires_on", "-issued_on").first()


def event_dates(event):
    """Hanoi dates the event takes place on, as its fields say now (a draft's, too).

    Computed with the calendar's own rules (series, closures, moved and cancelled dates)
    rather than read from the stored occurrences, which belong to the published version.
    """
    if event.start is None:
        return []
    if event.pk is None:  # not in the tree yet: no calendar to read closures from
        return [timezone.localtime(event.start).date()]
    rows = build_occurrences(event)
    return sorted(row.local_date for row in rows if row.status != EventStatus.CANCELLED)


def over_capacity(event):
    """A reason when the expected attendance exceeds the certified maximum occupancy."""
    expected = event.expected_attendance
    if not expected:
        return None
    certificate = current_certificate(event)
    if certificate is None or expected <= certificate.max_occupancy:
        return None
    values = {
        "expected": number(expected),
        "maximum": number(certificate.max_occupancy),
        # Named as the event's own language names them.
        "place": event.localized_space.title if certificate.space_id else event.center.title,
        "number": certificate.number,
    }
    return (
        _(
            "Expected attendance (%(expected)s people) is above the certified maximum "
            "occupancy of %(place)s (%(maximum)s people, certificate %(number)s)."
        )
        % values
    )


def after_certificate_expiry(event):
    """A reason when the event takes place after the certificate expires, or none is valid."""
    if event.attendance_mode == "online":
        return None  # nobody comes to the building: its certificate does not matter
    dates = event_dates(event)
    center = event.center
    if not dates or center is None:
        return None
    certificate = current_certificate(event)
    if certificate is None:
        return _("%(center)s has no fire-safety certificate on record.") % {"center": center.title}
    if dates[0] < certificate.issued_on:
        return _(
            "The event starts on %(date)s, before fire-safety certificate %(number)s "
            "takes effect (%(issued)s)."
        ) % {
            "date": long_date(dates[0]),
            "number": certificate.number,
            "issued": long_date(certificate.issued_on),
        }
    late = [day for day in dates if day > certificate.expires_on]
    if not late:
        return None
    return _(
        "The event takes place on %(date)s, after fire-safety certificate %(number)s "
        "expires (%(expiry)s)."
    ) % {
        "date": long_date(late[0]),
        "number": certificate.number,
        "expiry": long_date(certificate.expires_on),
    }
