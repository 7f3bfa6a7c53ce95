"""Receiving an application: validate (deadline, duplicate, answers, files), refuse abuse,
store it with its files in one transaction, then queue the acknowledgement.

Files are checked (type by their bytes, size) by the form, before anything is stored; a
file that cannot be written undoes the whole application, and the files already written
for it are removed, so nothing is ever half-stored.
"""

import logging

from django.db import DatabaseError, transaction
from django.http import HttpResponseNotAllowed, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache

from cms.submissions import SubmissionViewMixin, source_version

from .applications import Application, ApplicationAttachment
from .forms import ApplicationForm
from .tasks import MAILS

logger = logging.getLogger(__name__)

SIGNING_SALT = "opencalls.application.sent"


class ApplicationDesk(SubmissionViewMixin):
    """Receiving an application to ``call``."""

    rate_limit_group = "application"
    rate_limit_setting = "APPLICATION_RATE_LIMIT"
    too_many_message = _(
        "You have sent several applications in a short time. Please wait an hour, "
        "or write to the center directly."
    )
    not_stored_message = _(
        "Your application was NOT received: we could not save it just now. What you "
        "typed is still in the form below (attach your files again): please send it "
        "again in a few minutes."
    )
    not_stored_log = "An application could not be stored"
    signing_salt = SIGNING_SALT
    mails = MAILS
    model = Application

    def __init__(self, call):
        self.call = call

    def render_form(self, request, form, status, **context):
        response = self.call.render(request, context_overrides={"form": form, **context})
        response.status_code = status
        return response

    def stored_with(self, form):
        call = source_version(self.call)
        # Staff work in the source language: link the Vietnamese call and center.
        return {"call": call, "center": source_version(call.center)}

    def store(self, form):
        written = []
        try:
            with transaction.atomic():
                application = super().store(form)
                for upload, kind in form.cleaned_data.get("attachments") or []:
                    attachment = ApplicationAttachment(
                        application=application,
                        original_name=upload.name[:255],
                        file_type=kind,
                        size=upload.size,
                    )
                    attachment.file.save(f"{kind}.{kind}", upload, save=False)
                    written.append(attachment.file)
                    attachment.save()
        except Exception as error:
            for stored_file in written:
                stored_file.delete(save=False)
            if isinstance(error, OSError):
                # A file that cannot be written: not stored, like a database failure.
                raise DatabaseError(f"An attachment could not be written: {error}") from error
            raise
        return application

    def acknowledgement_url(self):
        return f"{self.call.url}apply/sent/"


@never_cache
def handle_application(request, call):
    if request.method != "POST":
        if request.method in ("GET", "HEAD"):
            return HttpResponseRedirect(call.url + "#apply")
        return HttpResponseNotAllowed(["POST"])
    form = ApplicationForm(request.POST, request.FILES, call=call)
    if form.looks_automated():
        logger.info("An application with its honeypot filled in was dropped")
        return HttpResponseRedirect(call.url)
    desk = ApplicationDesk(call)
    if not form.is_valid():
        return desk.form_again(request, form, 400, is_open=call.is_open())
    return desk.submit(request, form)


@never_cache
def confirmation(request, call):
    application = ApplicationDesk(call).acknowledged(
        request, Application.objects.only("reference", "email")
    )
    if application is None:
        return HttpResponseRedirect(call.url)
    return TemplateResponse(
        request,
        "opencalls/application_sent.html",
        {"page": call, "reference": application.reference, "email": application.email},
    )
