"""Background work for complaints: tell the department and the center's staff.

The complaint is already stored when this runs. A failure is recorded on the complaint
(status "failed", the error, the attempt count), where staff see it in the admin, and the
task is retried: later through the task backend when it can defer, otherwise by
``manage.py retry_complaint_mail`` (run from cron).
"""

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django_tasks import task

from cms import mailqueue

from .models import Complaint, all_centers_groups

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
    return mailqueue.deliver(complaint, build_message, schedule_retry, logger)


def schedule_retry(complaint_id, attempts):
    max_attempts = settings.COMPLAINT_MAIL_MAX_ATTEMPTS
    mailqueue.schedule_retry(send_complaint_mail, complaint_id, attempts, max_attempts)


def enqueue_mail(complaint):
    mailqueue.enqueue(send_complaint_mail, complaint, logger)


def retry_failed(max_attempts=None):
    max_attempts = max_attempts or settings.COMPLAINT_MAIL_MAX_ATTEMPTS
    return mailqueue.retry_failed(Complaint, send_complaint_mail, max_attempts)
