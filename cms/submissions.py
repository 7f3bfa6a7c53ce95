"""What a visitor sends through a public form that must reach staff: stored first, then mailed.

Inquiries (``spaces``) and complaints (``department``) are such submissions; an open call's
applications will be the next. Each kind is made of three pieces from here, and fills in
their hooks:

:class:`Submission` (the abstract model)
    The reference number the visitor is given, the language they wrote in, when it was
    received, and the record of its e-mail (``mail_status``, ``mail_attempts``,
    ``mail_error``, ``mail_sent_at``, written by :func:`cms.mailqueue.deliver`).
    :meth:`Submission.store` saves a new one and numbers it in one transaction.
    Hooks: ``reference_prefix_setting`` and ``reference_prefix_default`` (the reference is
    ``<prefix>-<year>-<number>``), ``submitted_fields`` (what the visitor typed). A kind
    that sends a second e-mail declares a second set of the four fields
    (:func:`mail_status_field`, :func:`mail_record`; an inquiry's ``ack_*``).

:class:`Mail`
    One e-mail that every submission of a kind sends: the mail builder hook (``build``,
    record to :class:`~django.core.mail.EmailMessage`, most through :func:`rendered_mail`
    and, for staff, :func:`admin_link`), the task that sends it, the setting
    capping its attempts, and the fields recording it (``prefix``). The kind's ``tasks``
    module declares the task, a module-level function calling :meth:`Mail.send`, and its
    ``retry_<kind>_mail`` command (run from cron) is a :class:`RetryMailCommand` naming the
    kind's mails.

:class:`SubmissionViewMixin`
    Receiving the form: refused while the sender is over the rate limit (the one limiter,
    :func:`ops.limits.exceeded`, by the client's network unless ``rate_limit_key`` says
    otherwise), stored before anything that can fail, the form given back with the visitor's
    text when it cannot be stored, then the e-mails queued and the visitor sent to an
    acknowledgement page carrying the signed reference. Hooks: ``rate_limit_group``,
    ``rate_limit_setting``, ``rate_limit_key``, the messages, ``signing_salt``, ``mails``,
    ``model``, and the methods ``stored_with``, ``render_form``, ``acknowledgement_url``
    (and ``before_storing`` for a check that may answer first).

This module is part of the base app: it imports no app above it (``ops`` is infrastructure).
"""

import logging
from collections.abc import Callable
from dataclasses import KW_ONLY, dataclass

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMessage
from django.core.management.base import BaseCommand
from django.db import DatabaseError, models, transaction
from django.http import HttpResponseRedirect
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from ops import limits

from . import mailqueue

# How long the link to the acknowledgement page shows the reference.
ACKNOWLEDGEMENT_MAX_AGE = 60 * 60 * 24 * 7


class MailStatus(models.TextChoices):
    PENDING = "pending", _("Waiting to be sent")
    SENT = mailqueue.SENT, _("Sent")
    FAILED = mailqueue.FAILED, _("Failed")


def mail_status_field(verbose_name):
    """The status of one e-mail a submission sends, under the name staff read it by."""
    return models.CharField(
        verbose_name, max_length=10, choices=MailStatus.choices, default=MailStatus.PENDING
    )


def mail_record(prefix="mail"):
    """The names of the four fields recording one e-mail (see :mod:`cms.mailqueue`)."""
    return [f"{prefix}_{name}" for name in ("status", "attempts", "error", "sent_at")]


class Submission(models.Model):
    """Abstract: a visitor's submission, stored before anything else happens to it."""

    #: The setting holding the reference's prefix, and the prefix when it is not set.
    reference_prefix_setting = None
    reference_prefix_default = None
    #: The fields holding what the visitor typed, in the order they read it: stored from
    #: the form's fields of the same names, shown so to staff.
    submitted_fields = ()

    reference = models.CharField(_("reference"), max_length=30, unique=True, blank=True)
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    created_at = models.DateTimeField(_("received"), default=timezone.now, db_index=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    mail_status = mail_status_field(_("notification e-mail"))
    mail_attempts = models.PositiveSmallIntegerField(_("sending attempts"), default=0)
    mail_error = models.TextField(_("last sending error"), blank=True)
    mail_sent_at = models.DateTimeField(_("e-mail sent"), null=True, blank=True)

    class Meta:
        abstract = True

    @classmethod
    def store(cls, **fields):
        """Save a new submission in its own transaction and give it its reference number."""
        with transaction.atomic():
            record = cls.objects.create(**fields)
            record.reference = record.make_reference()
            cls.objects.filter(pk=record.pk).update(reference=record.reference)
        return record

    @classmethod
    def reference_prefix(cls):
        return getattr(settings, cls.reference_prefix_setting, cls.reference_prefix_default)

    def make_reference(self):
        """``<prefix>-<year received, in Hanoi>-<number, six digits>``."""
        year = timezone.localtime(self.created_at).year
        return f"{self.reference_prefix()}-{year}-{self.pk:06d}"


def source_version(page):
    """Staff work on the Vietnamese original of a page: a submission links that one."""
    if page is None:
        return None
    return page.get_translation_or_none(Locale.get_default()) or page


def visitor_language():
    """The language the visitor wrote in: the active one, two letters."""
    return (get_language() or settings.LANGUAGE_CODE)[:2]


def rendered_mail(template, context, *, to, reply_to=None):
    """The e-mail rendered from ``<template>_subject.txt`` and ``<template>_body.txt`` with
    ``context``, in the active language; the subject on one line."""
    subject = render_to_string(f"{template}_subject.txt", context)
    body = render_to_string(f"{template}_body.txt", context)
    return EmailMessage(subject=" ".join(subject.split()), body=body, to=to, reply_to=reply_to)


def admin_link(viewname, pk):
    """The full address of a record's admin page, for an e-mail to staff."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(viewname, args=[pk])


@dataclass(frozen=True)
class Mail:
    """One e-mail each submission of ``model`` sends, tried until it is sent.

    ``task`` is the django-tasks task that sends it: a module-level function of the kind's
    ``tasks`` module that returns ``mail.send(record_id)``. ``build`` makes the message from
    the record; ``related`` is what it reads through foreign keys (fetched with the record).
    ``max_attempts_setting`` names the setting that caps the attempts. ``prefix`` names the
    four fields on the record where the outcome is written (see :mod:`cms.mailqueue`).
    Failures are logged under the task's module.
    """

    model: type
    task: object
    build: Callable
    _: KW_ONLY
    max_attempts_setting: str
    prefix: str = "mail"
    related: tuple = ()

    @property
    def logger(self):
        return logging.getLogger(self.task.func.__module__)

    def max_attempts(self):
        return getattr(settings, self.max_attempts_setting)

    def send(self, record_id):
        """Send the e-mail of one record unless it was sent; on failure, try again later."""
        record = self.model.objects.select_related(*self.related).filter(pk=record_id).first()
        return mailqueue.deliver(
            record, self.build, self.retry_later, self.logger, prefix=self.prefix
        )

    def retry_later(self, record_id, attempts):
        mailqueue.schedule_retry(self.task, record_id, attempts, self.max_attempts())

    def enqueue(self, record):
        mailqueue.enqueue(self.task, record, self.logger)

    def retry_failed(self):
        """Queue again every record whose e-mail failed and has attempts left."""
        return mailqueue.retry_failed(
            self.model, self.task, self.max_attempts(), prefix=self.prefix
        )


class SubmissionViewMixin:
    """Receives a submission's form (see the module's doc for the hooks).

    The view validates the form (and drops what robots send) as its kind requires, then
    hands a valid form to :meth:`submit`. Failures are logged under the view's module.
    """

    #: The limiter's group, and the setting holding its rate ``(count, seconds)``.
    rate_limit_group = None
    rate_limit_setting = None
    #: Shown above the form: when the sender is over the limit, when it could not be stored.
    too_many_message = None
    not_stored_message = None
    #: Logged (with the error) when it could not be stored.
    not_stored_log = "A submission could not be stored"
    #: Signs the reference in the acknowledgement page's link.
    signing_salt = None
    #: The :class:`Mail` objects queued once the submission is stored.
    mails = ()
    #: The :class:`Submission` model stored.
    model = None

    def rate_limit_key(self, request):
        """Whose submissions count together; ``None``: the client's network (ops.limits)."""
        return None

    def before_storing(self, request, form):
        """A response to give instead of storing (e.g. a warning to confirm), or ``None``."""
        return None

    def stored_with(self, form):
        """What the submission is stored with besides what the visitor typed and the language:
        where it belongs (the Vietnamese originals, :func:`source_version`), dates worked
        out from the form..."""
        return {}

    def store(self, form):
        """Save the submission (with :meth:`Submission.store`) and return it."""
        data = form.cleaned_data
        return self.model.store(
            **{name: data[name] for name in self.model.submitted_fields},
            language=visitor_language(),
            **self.stored_with(form),
        )

    def render_form(self, request, form, status, **context):
        """The page with the visitor's form as they sent it, answering ``status``."""
        raise NotImplementedError

    def acknowledgement_url(self):
        """The acknowledgement page, which reads the signed reference from ``?ref=``."""
        raise NotImplementedError

    @property
    def logger(self):
        return logging.getLogger(type(self).__module__)

    def form_again(self, request, form, status, **context):
        response = self.render_form(request, form, status, **context)
        if status == 503:
            response["Retry-After"] = "60"
        return response

    def submit(self, request, form):
        """Store the valid ``form``'s submission, queue its e-mails, acknowledge it."""
        try:
            response = self.before_storing(request, form)
            if response is not None:
                return response
            rate = getattr(settings, self.rate_limit_setting)
            key = self.rate_limit_key(request)
            if limits.exceeded(request, self.rate_limit_group, rate, key=key):
                form.add_error(None, self.too_many_message)
                return self.form_again(request, form, 429)
            record = self.store(form)
        except DatabaseError:
            # Nothing was stored: say so, and give the visitor their text back to send again.
            self.logger.exception(self.not_stored_log)
            form.add_error(None, self.not_stored_message)
            return self.form_again(request, form, 503)
        for mail in self.mails:
            mail.enqueue(record)
        token = signing.dumps(record.reference, salt=self.signing_salt)
        return HttpResponseRedirect(f"{self.acknowledgement_url()}?ref={token}")

    def acknowledged(self, request, queryset):
        """The submission whose signed reference the acknowledgement page was given, or
        ``None`` (no reference, a forged or expired one, or no such submission)."""
        try:
            reference = signing.loads(
                request.GET.get("ref", ""), salt=self.signing_salt, max_age=ACKNOWLEDGEMENT_MAX_AGE
            )
        except signing.BadSignature:
            return None
        return queryset.filter(reference=reference).first()


class RetryMailCommand(BaseCommand):
    """``manage.py retry_<kind>_mail`` (run from cron): every failed e-mail of ``mails``
    with attempts left is queued again. ``counted`` names them in the report line."""

    mails = ()
    counted = None

    def handle(self, *args, **options):
        count = sum(mail.retry_failed() for mail in self.mails)
        self.stdout.write(f"Queued {count} {self.counted} again.")
