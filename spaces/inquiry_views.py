"""Receiving an inquiry: validate, refuse abuse, store first, then hand the mail to a task.

A filled honeypot is dropped without a word: nothing stored, nothing mailed, and the same
redirect a stored inquiry gets, so a robot learns nothing and no person is shown an error
about a field they cannot see. Dates that run into a booked or maintenance period are
not refused: the form comes back once with the clash named, and the visitor sends it
anyway (the button carries the dates it was shown for) or changes the dates.
"""

import logging

from django.conf import settings
from django.core import signing
from django.db import DatabaseError
from django.http import HttpResponseNotAllowed, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from wagtail.models import Locale

from network.models import CenterPage
from ops import limits

from . import availability
from .forms import CenterInquiryForm, InquiryForm
from .models import Inquiry
from .tasks import enqueue_mail
from .working_days import add_working_days, response_days

logger = logging.getLogger(__name__)

SIGNING_SALT = "spaces.inquiry.sent"
# The "send anyway" button's name; its value is the dates the warning was shown for.
DATES_CONFIRMED = "dates_confirmed"


def inquiry_form_for(page, data=None):
    if isinstance(page, CenterPage):
        return CenterInquiryForm(data, center=page, auto_id="inquiry_%s")
    return InquiryForm(data, locale=page.locale, auto_id="inquiry_%s")


def source_version(page):
    if page is None:
        return None
    return page.get_translation_or_none(Locale.get_default()) or page


def form_again(request, page, form, status, **context):
    """The page with the visitor's form as they sent it, with what went wrong."""
    response = page.render(request, context_overrides={"form": form, **context})
    response.status_code = status
    if status == 503:
        response["Retry-After"] = "60"
    return response


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
    if not form.is_valid():
        return form_again(request, page, form, 400)
    try:
        clashing = date_clashes(form, space)
        if clashing and request.POST.get(DATES_CONFIRMED) != dates_key(form):
            return form_again(
                request,
                page,
                form,
                200,
                clashes=[availability.describe(period) for period in clashing],
                dates_confirmed=dates_key(form),
            )
        if limits.exceeded(request, "inquiry", settings.INQUIRY_RATE_LIMIT):
            form.add_error(
                None,
                _(
                    "You have sent several inquiries in a short time. Please wait an hour, "
                    "or write to the center directly."
                ),
            )
            return form_again(request, page, form, 429)
        inquiry = store(form, center=center, space=space)
    except DatabaseError:
        # Nothing was stored: say so, and give the visitor their text back to send again.
        logger.exception("An inquiry could not be stored")
        form.add_error(
            None,
            _(
                "Your inquiry was NOT received: we could not save it just now. Your text is "
                "still in the form below: please send it again in a few minutes, or write "
                "to the center directly."
            ),
        )
        return form_again(request, page, form, 503)
    enqueue_mail(inquiry)
    token = signing.dumps(inquiry.reference, salt=SIGNING_SALT)
    return HttpResponseRedirect(f"{page.url}inquiry/sent/?ref={token}")


def date_clashes(form, space):
    data = form.cleaned_data
    space = data.get("space") or space
    return availability.clashes(space, data.get("date_from"), data.get("date_to"))


def dates_key(form):
    data = form.cleaned_data
    return "/".join(day.isoformat() if day else "" for day in (data["date_from"], data["date_to"]))


def store(form, *, center, space):
    data = form.cleaned_data
    space = data.get("space") or space  # the center's form lets the visitor choose one
    today = timezone.localdate()
    return Inquiry.store(
        # Staff work in the source language: link the Vietnamese center and space.
        center=source_version(center),
        space=source_version(space),
        language=(get_language() or settings.LANGUAGE_CODE)[:2],
        name=data["name"],
        email=data["email"],
        phone=data["phone"],
        organisation=data["organisation"],
        sector=data["sector"],
        date_from=data["date_from"],
        date_to=data["date_to"],
        people=data["people"],
        message=data["message"],
        consent=data["consent"],
        respond_by=add_working_days(today, response_days(center)),
    )


@never_cache
def confirmation(request, page, *, center):
    try:
        reference = signing.loads(
            request.GET.get("ref", ""), salt=SIGNING_SALT, max_age=60 * 60 * 24 * 7
        )
    except signing.BadSignature:
        return HttpResponseRedirect(page.url)
    inquiry = (
        Inquiry.objects.filter(reference=reference)
        .only("reference", "respond_by", "date_from", "date_to", "space")
        .first()
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
