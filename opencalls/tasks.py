"""E-mail to applicants: the acknowledgement of every application, and a decision (a bulk
decline's message). The application is stored before either is sent; each has its own
record of sending on the application (``mail_*``, ``decision_*``), retried by
``manage.py retry_application_mail`` (run from cron) when the task backend cannot defer.
"""

from django.utils import translation
from django_tasks import task

from cms.submissions import Mail, rendered_mail
from spaces.tasks import in_language

from .applications import Application


def public_addresses(application):
    """Replies reach the center's public contacts, never the addresses of its staff."""
    center = application.center
    if center is None:
        return []
    return list(dict.fromkeys(c.email for c in center.contacts.all() if c.email))


def _message(application, template):
    call = in_language(application.call, application.language)
    center = in_language(application.center, application.language)
    with translation.override(application.language):
        context = {
            "application": application,
            "call": call,
            "center": center,
            "call_url": call.full_url or "",
        }
        return rendered_mail(
            f"opencalls/mail/{template}",
            context,
            to=[application.email],
            reply_to=public_addresses(application),
        )


def build_acknowledgement(application):
    """The applicant's receipt: the reference and what happens next, in their language.

    It repeats nothing the applicant typed: the form must not become a way to send anyone
    a text of one's choosing from the centers' address.
    """
    return _message(application, "acknowledgement")


def build_decision(application):
    """The staff's decision and their message (staff wrote it, not the applicant)."""
    return _message(application, "decision")


@task()
def send_application_acknowledgement(application_id):
    return ACKNOWLEDGEMENT.send(application_id)


@task()
def send_application_decision(application_id):
    return DECISION.send(application_id)


RELATED = ("call", "center")
ACKNOWLEDGEMENT = Mail(
    Application,
    send_application_acknowledgement,
    build_acknowledgement,
    max_attempts_setting="APPLICATION_MAIL_MAX_ATTEMPTS",
    related=RELATED,
)
DECISION = Mail(
    Application,
    send_application_decision,
    build_decision,
    max_attempts_setting="APPLICATION_MAIL_MAX_ATTEMPTS",
    prefix="decision",
    related=RELATED,
)
# Sent for every application once it is stored.
MAILS = (ACKNOWLEDGEMENT,)
