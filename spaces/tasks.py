"""Background work for inquiries: e-mail the center's contacts.

The inquiry is already stored when this runs. A failure is recorded on the inquiry
(status "failed", the error, the attempt count) where staff see it in the admin, and the
task is retried: later through the task backend when it can defer (the database backend
in production), otherwise by ``manage.py retry_inquiry_mail`` (run from cron).
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django_tasks import default_task_backend, task

from .models import Inquiry, InquiryMailStatus

logger = logging.getLogger(__name__)


def recipients(inquiry):
    emails = [c.email for c in inquiry.center.contacts.all() if c.email]
    return list(dict.fromkeys(emails)) or list(settings.INQUIRY_FALLBACK_RECIPIENTS)


def build_message(inquiry):
    admin_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(
        "inquiries:edit", args=[inquiry.pk]
    )
    context = {"inquiry": inquiry, "admin_url": admin_url}
    # Staff read the mail in Vietnamese, the center's working language.
    with translation.override(settings.LANGUAGE_CODE):
        subject = render_to_string("spaces/mail/inquiry_subject.txt", context)
        body = render_to_string("spaces/mail/inquiry_body.txt", context)
    return EmailMessage(
        subject=" ".join(subject.split()),
        body=body,
        to=recipients(inquiry),
        reply_to=[inquiry.email],
    )


@task()
def send_inquiry_mail(inquiry_id):
    inquiry = (
        Inquiry.objects.select_related("center", "space", "sector").filter(pk=inquiry_id).first()
    )
    if inquiry is None or inquiry.mail_status == InquiryMailStatus.SENT:
        return "nothing to do"
    attempts = inquiry.mail_attempts + 1
    try:
        build_message(inquiry).send(fail_silently=False)
    except Exception as error:  # any mail backend failure: keep it for staff, retry later
        logger.warning("Inquiry %s: sending failed (%s)", inquiry.reference, error)
        Inquiry.objects.filter(pk=inquiry.pk).update(
            mail_status=InquiryMailStatus.FAILED,
            mail_attempts=attempts,
            mail_error=f"{type(error).__name__}: {error}"[:2000],
        )
        schedule_retry(inquiry.pk, attempts)
        return "failed"
    Inquiry.objects.filter(pk=inquiry.pk).update(
        mail_status=InquiryMailStatus.SENT,
        mail_attempts=attempts,
        mail_error="",
        mail_sent_at=timezone.now(),
    )
    return "sent"


def schedule_retry(inquiry_id, attempts):
    """Try again later when the backend can wait; cron's retry command covers the rest."""
    if attempts >= settings.INQUIRY_MAIL_MAX_ATTEMPTS or not default_task_backend.supports_defer:
        return
    delay = timedelta(minutes=5 * 2 ** (attempts - 1))
    send_inquiry_mail.using(run_after=timezone.now() + delay).enqueue(inquiry_id)


def enqueue_mail(inquiry):
    """Hand the e-mail to the task backend; never let the visitor's request fail on it."""
    try:
        send_inquiry_mail.enqueue(inquiry.pk)
    except Exception:
        logger.exception("Inquiry %s: could not enqueue the e-mail", inquiry.reference)


def retry_failed(max_attempts=None):
    """Enqueue again every inquiry whose e-mail failed and has attempts left."""
    max_attempts = max_attempts or settings.INQUIRY_MAIL_MAX_ATTEMPTS
    ids = list(
        Inquiry.objects.filter(
            mail_status=InquiryMailStatus.FAILED, mail_attempts__lt=max_attempts
        ).values_list("pk", flat=True)
    )
    for inquiry_id in ids:
        send_inquiry_mail.enqueue(inquiry_id)
    return len(ids)
