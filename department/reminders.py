"""What needs attention in the safety register, and the weekly digest that says so.

``expiring_certificates`` and ``overdue_follow_ups`` are querysets (the admin-home panel and
the reports use them too). ``weekly_digests`` groups them per recipient: members of the
Department see every center's items, a center's staff (its editors and administrators)
their own (:mod:`roles.scope`).
"""

from dataclasses import dataclass, field
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.template.loader import render_to_string
from django.utils import timezone, translation

from roles.scope import center_staff, users_seeing_all_centers

from .models import FireSafetyCertificate, SafetyRecord


def expiring_certificates(days=None, today=None):
    """Current certificates expiring within ``days`` (default 60), and expired ones not renewed.

    A certificate replaced by a later-expiring one for the same center and space is left
    out: the renewal is what counts.
    """
    days = settings.SAFETY_REMINDER_DAYS if days is None else days
    today = today or timezone.localdate()
    return (
        FireSafetyCertificate.objects.current()
        .filter(expires_on__lte=today + timedelta(days=days))
        .select_related("center", "space")
        .order_by("expires_on", "pk")
    )


def overdue_follow_ups(today=None):
    """Safety records whose follow-up was due before ``today`` and is not closed."""
    return (
        SafetyRecord.objects.overdue(today or timezone.localdate())
        .select_related("center", "space")
        .order_by("follow_up_due", "pk")
    )


@dataclass
class Digest:
    email: str
    certificates: list = field(default_factory=list)
    follow_ups: list = field(default_factory=list)
    whole_network: bool = False


def weekly_digests(days=None, today=None):
    """One digest per e-mail address with the items its owner is responsible for."""
    today = today or timezone.localdate()
    certificates = list(expiring_certificates(days, today))
    follow_ups = list(overdue_follow_ups(today))
    if not certificates and not follow_ups:
        return []
    digests = {}
    department = users_seeing_all_centers(include_superusers=False).exclude(email="")
    for email in sorted(set(department.values_list("email", flat=True))):
        digests[email] = Digest(email, certificates, follow_ups, whole_network=True)

    staff = {}  # per center: its staff's addresses, read once
    for item in certificates + follow_ups:
        if item.center_id not in staff:
            users = center_staff(item.center).exclude(email="")
            staff[item.center_id] = sorted(set(users.values_list("email", flat=True)))
        for email in staff[item.center_id]:
            if email in digests and digests[email].whole_network:
                continue
            digest = digests.setdefault(email, Digest(email))
            target = (
                digest.certificates
                if isinstance(item, FireSafetyCertificate)
                else digest.follow_ups
            )
            target.append(item)
    return list(digests.values())


def build_message(digest, today, connection=None):
    base_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    context = {"digest": digest, "today": today, "base_url": base_url}
    with translation.override(settings.LANGUAGE_CODE):  # the weekly digest is in Vietnamese
        subject = render_to_string("department/mail/reminders_subject.txt", context)
        body = render_to_string("department/mail/reminders_body.txt", context)
    return EmailMessage(
        subject=" ".join(subject.split()), body=body, to=[digest.email], connection=connection
    )


def send_weekly_digests(days=None, today=None):
    """Send the digests in one connection; returns them (empty when there was nothing)."""
    today = today or timezone.localdate()
    digests = weekly_digests(days, today)
    if digests:
        connection = get_connection()
        connection.send_messages([build_message(d, today, connection) for d in digests])
    return digests
