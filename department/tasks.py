"""Background work for complaints: tell the department and the center's staff.

The complaint is already stored when this runs. A failure is recorded on the complaint
(status "failed", the error, the attempt count), where staff see it in the admin, and the
task is retried: later through the task backend when it can defer, otherwise by
``manage.py retry_complaint_mail`` (run from cron).
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django_tasks import default_task_backend, task

from .models import Complaint, MailStatus, all_centers_groups

logger = logging.getLogger(__name__)


def department_emails():
    users = (
        get_user_model()
        .objects.filter(is_active=True, groups__name__in=all_centers_groups())
        .exclude(email="")
    )
    return list(users.order_by("pk").values_list("email", flat=True).distinct())


def center_staff_emails(center):
    """The center's staff (its editors group); its public contacts when no staff has an e-mail."""
    users = get_user_model().objects.filter(is_active=True).exclude(email="")
    if center.editors_group_id:
        emails = list(
            users.filter(Q(groups=center.editors_group_id))
            .order_by("pk")
            .values_list("email", flat=True)
            .distinct()
        )
        if emails:
            return emails
    return [contact.email for contact in center.contacts.all() if contact.email]


def recipients(complaint):
    emails = department_emails() + center_staff_emails(complaint.center)
    return list(dict.fromkeys(emails)) or list(settings.COMPLAINT_FALLBACK_RECIPIENTS)


def build_message(complaint):
    admin_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(
        "complaints:edit", args=[complaint.pk]
    )
    context = {"complaint": complaint, "admin_url": admin_url}
    # Staff and the department read it in Vietnamese.
    with translation.override(settings.LANGUAGE_CODE):
        subject = render_to_string("department/mail/complaint_subject.txt", context)
        body = render_to_string("department/mail/complaint_body.txt", context)
    return EmailMessage(
        subject=" ".join(subject.split()),
        body=body,
        to=recipients(complaint),
        reply_to=[complaint.email] if complaint.email else None,
    )


@task()
def send_complaint_mail(complaint_id):
    complaint = Complaint.objects.select_related("center", "space").filter(pk=complaint_id).first()
    if complaint is None or complaint.mail_status == MailStatus.SENT:
        return "nothing to do"
    attempts = complaint.mail_attempts + 1
    try:
        build_message(complaint).send(fail_silently=False)
    except Exception as error:  # any mail backend failure: keep it for staff, retry later
        logger.warning("Complaint %s: sending failed (%s)", complaint.reference, error)
        Complaint.objects.filter(pk=complaint.pk).update(
            mail_status=MailStatus.FAILED,
            mail_attempts=attempts,
            mail_error=f"{type(error).__name__}: {error}"[:2000],
        )
        schedule_retry(complaint.pk, attempts)
        return "failed"
    Complaint.objects.filter(pk=complaint.pk).update(
        mail_status=MailStatus.SENT,
        mail_attempts=attempts,
        mail_error="",
        mail_sent_at=timezone.now(),
    )
    return "sent"


def schedule_retry(complaint_id, attempts):
    """Try again later when the backend can wait; cron's retry command covers the rest."""
    if attempts >= settings.COMPLAINT_MAIL_MAX_ATTEMPTS or not default_task_backend.supports_defer:
        return
    delay = timedelta(minutes=5 * 2 ** (attempts - 1))
    send_complaint_mail.using(run_after=timezone.now() + delay).enqueue(complaint_id)


def enqueue_mail(complaint):
    """Hand the e-mail to the task backend; never let the visitor's request fail on it."""
    try:
        send_complaint_mail.enqueue(complaint.pk)
    except Exception:
        logger.exception("Complaint %s: could not enqueue the e-mail", complaint.reference)


def retry_failed(max_attempts=None):
    """Enqueue again every complaint whose e-mail failed and has attempts left."""
    max_attempts = max_attempts or settings.COMPLAINT_MAIL_MAX_ATTEMPTS
    ids = list(
        Complaint.objects.filter(
            mail_status=MailStatus.FAILED, mail_attempts__lt=max_attempts
        ).values_list("pk", flat=True)
    )
    for complaint_id in ids:
        send_complaint_mail.enqueue(complaint_id)
    return len(ids)
