"""Background work for inquiries: e-mail the center's contacts (or, when none has an
address, its staff), and acknowledge the inquiry to the visitor in their language.

The inquiry is already stored when this runs. The two e-mails are two tasks, each with
its own status on the inquiry (``mail_*`` for the center, ``ack_*`` for the visitor), so
retrying one never sends the other twice. A failure is recorded on the inquiry
(status "failed", the error, the attempt count) where staff see it in the admin, and the
task is retried: later through the task backend when it can defer (the database backend
in production), otherwise by ``manage.py retry_inquiry_mail`` (run from cron).
"""

from django.conf import settings
from django.utils import translation
from django_tasks import task
from wagtail.models import Locale

from cms.submissions import Mail, admin_link, rendered_mail
from roles.scope import center_staff

from . import availability
from .models import Inquiry
from .working_days import response_days


def recipients(inquiry):
    """The center's public contacts; else its staff, editors and administrators
    (:func:`roles.scope.center_staff`); else the configured fallback addresses."""
    emails = [c.email for c in inquiry.center.contacts.all() if c.email]
    if not emails:
        staff = center_staff(inquiry.center).exclude(email="").order_by("pk")
        emails = list(staff.values_list("email", flat=True))
    return list(dict.fromkeys(emails)) or list(settings.INQUIRY_FALLBACK_RECIPIENTS)


def build_message(inquiry):
    context = {"inquiry": inquiry, "admin_url": admin_link("inquiries:edit", inquiry.pk)}
    # Staff read the mail in Vietnamese, the center's working language.
    with translation.override(settings.LANGUAGE_CODE):
        context["clashes"] = clashes_of(inquiry)
        return rendered_mail(
            "spaces/mail/inquiry", context, to=recipients(inquiry), reply_to=[inquiry.email]
        )


def clashes_of(inquiry):
    """The blocked periods the inquiry's dates run into, in the active language."""
    periods = availability.clashes(inquiry.space, inquiry.date_from, inquiry.date_to)
    return [availability.describe(period) for period in periods]


def in_language(page, language):
    """The live translation of ``page`` the visitor reads, else the page itself."""
    if page is None:
        return None
    locale = Locale.objects.filter(language_code=language).first()
    translated = page.get_translation_or_none(locale) if locale else None
    return translated if translated is not None and translated.live else page


def build_acknowledgement(inquiry):
    """The visitor's receipt: the reference and what happens next, in their language.

    It repeats nothing the visitor typed but the dates: the form must not become a way to
    send anyone a text of one's choosing from the centers' address.
    """
    center = in_language(inquiry.center, inquiry.language)
    space = in_language(inquiry.space, inquiry.language)
    page = space or center
    with translation.override(inquiry.language):
        context = {
            "inquiry": inquiry,
            "center": center,
            "space": space,
            "page_url": page.full_url if page is not None else "",
            "response_days": response_days(center),
            "clashes": clashes_of(inquiry),
        }
        # Replies reach the center's public contacts, never the addresses of its staff.
        public = [c.email for c in inquiry.center.contacts.all() if c.email]
        return rendered_mail(
            "spaces/mail/acknowledgement",
            context,
            to=[inquiry.email],
            reply_to=list(dict.fromkeys(public)),
        )


@task()
def send_inquiry_mail(inquiry_id):
    return CENTER_MAIL.send(inquiry_id)


@task()
def send_acknowledgement(inquiry_id):
    return ACKNOWLEDGEMENT.send(inquiry_id)


RELATED = ("center", "space", "sector")
CENTER_MAIL = Mail(
    Inquiry,
    send_inquiry_mail,
    build_message,
    max_attempts_setting="INQUIRY_MAIL_MAX_ATTEMPTS",
    related=RELATED,
)
ACKNOWLEDGEMENT = Mail(
    Inquiry,
    send_acknowledgement,
    build_acknowledgement,
    max_attempts_setting="INQUIRY_MAIL_MAX_ATTEMPTS",
    prefix="ack",
    related=RELATED,
)
# Both are sent for every inquiry, each recorded in its own fields.
MAILS = (CENTER_MAIL, ACKNOWLEDGEMENT)
