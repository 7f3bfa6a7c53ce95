"""Background work for complaints: tell the department and the center's staff.

The complaint is already stored when this runs. A failure is recorded on the complaint
(status "failed", the error, the attempt count), where staff see it in the admin, and the
task is retried: later through the task backend when it can defer, otherwise by
``manage.py retry_complaint_mail`` (run from cron).
"""

from django.conf import settings
from django.utils import translation
from django_tasks import task

from cms.submissions import Mail, admin_link, rendered_mail
from roles.scope import center_staff, users_seeing_all_centers

from .models import Complaint


def emails_of(users):
    return list(users.exclude(email="").order_by("pk").values_list("email", flat=True))


def department_emails():
    """The Department's members (not superusers as such: they run the platform)."""
    return emails_of(users_seeing_all_centers(include_superusers=False))


def center_staff_emails(center):
    """The center's staff (editors and administrators); its public contacts when no staff
    member has an e-mail address."""
    emails = emails_of(center_staff(center))
    return emails or [contact.email for contact in center.contacts.all() if contact.email]


def recipients(complaint):
    emails = department_emails() + center_staff_emails(complaint.center)
    return list(dict.fromkeys(emails)) or list(settings.COMPLAINT_FALLBACK_RECIPIENTS)


def build_message(complaint):
    context = {"complaint": complaint, "admin_url": admin_link("complaints:edit", complaint.pk)}
    # Staff and the department read it in Vietnamese.
    with translation.override(settings.LANGUAGE_CODE):
        return rendered_mail(
            "department/mail/complaint",
            context,
            to=recipients(complaint),
            reply_to=[complaint.email] if complaint.email else None,
        )


@task()
def send_complaint_mail(complaint_id):
    return NOTIFICATION.send(complaint_id)


NOTIFICATION = Mail(
    Complaint,
    send_complaint_mail,
    build_message,
    max_attempts_setting="COMPLAINT_MAIL_MAX_ATTEMPTS",
    related=("center", "space"),
)
MAILS = (NOTIFICATION,)
