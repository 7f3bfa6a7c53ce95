"""Background work for inquiries: e-mail the center's contacts (or, when none has an
address, its staff).

The inquiry is already stored when this runs. A failure is recorded on the inquiry
(status "failed", the error, the attempt count) where staff see it in the admin, and the
task is retried: later through the task backend when it can defer (the database backend
in production), otherwise by ``manage.py retry_inquiry_mail`` (run from cron).
"""

import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django_tasks import task

from cms import mailqueue
from roles.scope import center_staff

from . import availability
from .models import Inquiry

logger = logging.getLogger(__name__)


def recipients(inquiry):
    """The center's public contacts; else its staff, editors and administrators
    (:func:`roles.scope.center_staff`); else the configured fallback addresses."""
    emails = [c.email for c in inquiry.center.contacts.all() if c.email]
    if not emails:
        staff = center_staff(inquiry.center).exclude(email="").order_by("pk")
        emails = list(staff.values_list("email", flat=True))
    return list(dict.fromkeys(emails)) or list(settings.INQUIRY_FALLBACK_RECIPIENTS)


def build_message(inquiry):
    admin_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(
        "inquiries:edit", args=[inquiry.pk]
    )
    context = {"inquiry": inquiry, "admin_url": admin_url}
    # Staff read the mail in Vietnamese, the center's working language.
    with translation.override(settings.LANGUAGE_CODE):
        context["clashes"] = clashes_of(inquiry)
        subject = render_to_string("spaces/mail/inquiry_subject.txt", context)
        body = render_to_string("spaces/mail/inquiry_body.txt", context)
    return EmailMessage(
        subject=" ".join(subject.split()),
        body=body,
        to=recipients(inquiry),
        reply_to=[inquiry.email],
    )


def clashes_of(inquiry):
    """The blocked periods the inquiry's dates run into, in the active language."""
    periods = availability.clashes(inquiry.space, inquiry.date_from, inquiry.date_to)
    return [availability.describe(period) for period in periods]


@task()
def send_inquiry_mail(inquiry_id):
    inquiry = (
        Inquiry.objects.select_related("center", "space", "sector").filter(pk=inquiry_id).first()
    )
    return mailqueue.deliver(inquiry, build_message, schedule_retry, logger)


def schedule_retry(inquiry_id, attempts):
    max_attempts = settings.INQUIRY_MAIL_MAX_ATTEMPTS
    mailqueue.schedule_retry(send_inquiry_mail, inquiry_id, attempts, max_attempts)


def enqueue_mail(inquiry):
    mailqueue.enqueue(send_inquiry_mail, inquiry, logger)


def retry_failed(max_attempts=None):
    max_attempts = max_attempts or settings.INQUIRY_MAIL_MAX_ATTEMPTS
    return mailqueue.retry_failed(Inquiry, send_inquiry_mail, max_attempts)
