"""Receiving an inquiry: validate, refuse abuse, store first, then hand the mail to a task.

A filled honeypot is dropped without a word: nothing stored, nothing mailed, and the same
redirect a stored inquiry gets, so a robot learns nothing and no person is shown an error
about a field they cannot see. Dates that run into a booked or maintenance period are
not refused: the form comes back once with the clash named, and the visitor sends it
anyway (the button carries the dates it was shown for) or changes the dates.
"""

import logging

from django.http import HttpResponseNotAllowed, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache

from cms.submissions import SubmissionViewMixin, source_version
from network.models import CenterPage

from . import availability
from .forms import CenterInquiryForm, InquiryForm
from .models import Inquiry
from .tasks import MAILS
from .working_days import add_working_days, response_days

logger = logging.getLogger(__name__)

SIGNING_SALT = "spaces.inquiry.sent"
# The "send anyway" button's name; its value is the dates the warning was shown for.
DATES_CONFIRMED = "dates_confirmed"


def inquiry_form_for(page, data=None):
    if isinstance(page, CenterPage):
        return CenterInquiryForm(data, center=page, auto_id="inquiry_%s")
    return InquiryForm(data, locale=page.locale, auto_id="inquiry_%s")


class InquiryDesk(SubmissionViewMixin):
    """Receiving an inquiry on ``page`` (a space, a spaces index or a center's page)."""

    rate_limit_group = "inquiry"
    rate_limit_setting = "INQUIRY_RATE_LIMIT"
    too_many_message = _(
        "You have sent several inquiries in a short time. Please wait an hour, "
        "or write to the center directly."
    )
    not_stored_message = _(
        "Your inquiry was NOT received: we could not save it just now. Your text is "
        "still in the form below: please send it again in a few minutes, or write "
        "to the center directly."
    )
    not_stored_log = "An inquiry could not be stored"
    signing_salt = SIGNING_SALT
    mails = MAILS
    model = Inquiry

    def __init__(self, page, *, center, space=None):
        self.page, self.center, self.space = page, center, space

    def render_form(self, request, form, status, **context):
        """The page with the visitor's form as they sent it, with what went wrong."""
        response = self.page.render(request, context_overrides={"form": form, **context})
        response.status_code = status
        return response

    def before_storing(self, request, form):
        clashing = date_clashes(form, self.space)
        if clashing and request.POST.get(DATES_CONFIRMED) != dates_key(form):
            return self.form_again(
                request,
                form,
                200,
                clashes=[availability.describe(period) for period in clashing],
                dates_confirmed=dates_key(form),
            )
        return None

    def stored_with(self, form):
        space = form.cleaned_data.get("space") or self.space  # the center's form offers one
        return {
            # Staff work in the source language: link the Vietnamese center and space.
            "center": source_version(self.center),
            "space": source_version(space),
            "respond_by": add_working_days(timezone.localdate(), response_days(self.center)),
        }

    def acknowledgement_url(self):
        return f"{self.page.url}inquiry/sent/"


@never_cache
def handle_inquiry(request, page, *, center, space):
    if request.method != "POST":
        if request.method in ("GET", "HEAD"):
            return HttpResponseRedirect(page.url + "#inquiry")
        return HttpResponseNotAllowed(["POST"])
    form = inquiry_form_for(page, request.POST)
    if form.looks_automated():
        logger.info("An inquiry with its honeypot filled in was dropped")
        return HttpResponseRedirect(page.url)
    desk = InquiryDesk(page, center=center, space=space)
    if not form.is_valid():
        return desk.form_again(request, form, 400)
    return desk.submit(request, form)


def date_clashes(form, space):
    data = form.cleaned_data
    space = data.get("space") or space
    return availability.clashes(space, data.get("date_from"), data.get("date_to"))


def dates_key(form):
    data = form.cleaned_data
    return "/".join(day.isoformat() if day else "" for day in (data["date_from"], data["date_to"]))


@never_cache
def confirmation(request, page, *, center):
    inquiry = InquiryDesk(page, center=center).acknowledged(
        request, Inquiry.objects.only("reference", "respond_by", "date_from", "date_to", "space")
    )
    if inquiry is None:
        return HttpResponseRedirect(page.url)
    clashing = availability.clashes(inquiry.space, inquiry.date_from, inquiry.date_to)
    return TemplateResponse(
        request,
        "spaces/inquiry_sent.html",
        {
            "page": page,
            "center": center,
            "reference": inquiry.reference,
            "respond_by": inquiry.respond_by,
            "response_days": response_days(center),
            "clashes": [availability.describe(period) for period in clashing],
        },
    )
