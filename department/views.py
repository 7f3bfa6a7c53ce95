"""Receiving a complaint: validate, refuse abuse, store first, then hand the mail to a task."""

import logging
import re

from django.conf import settings
from django.core import signing
from django.db import DatabaseError
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods
from wagtail.models import Locale

from network.models import CenterPage
from ops import limits

from .feedback_forms import FeedbackForm
from .models import Complaint
from .tasks import enqueue_mail

logger = logging.getLogger(__name__)

SIGNING_SALT = "department.complaint.sent"
# Wagtail slugs: letters (any script), digits, hyphens, underscores. Anything else is no center.
SLUG = re.compile(r"^[-\w]{1,255}$")


def center_for(slug):
    """The live, public center with this slug in the active language, or 404."""
    if not SLUG.match(slug):
        raise Http404
    center = (
        CenterPage.objects.live().public().filter(locale=Locale.get_active(), slug=slug).first()
    )
    if center is None:
        raise Http404
    return center


def source_version(page):
    """Staff work on the Vietnamese original: link that one."""
    if page is None:
        return None
    return page.get_translation_or_none(Locale.get_default()) or page


def form_again(request, center, form, status):
    """The form as the visitor sent it, with what went wrong."""
    response = render(
        request, "department/feedback.html", {"center": center, "form": form}, status=status
    )
    if status == 503:
        response["Retry-After"] = "60"
    return response


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def feedback(request, center_slug):
    center = center_for(center_slug)
    if request.method != "POST":
        form = FeedbackForm(center=center, auto_id="feedback_%s")
        return render(request, "department/feedback.html", {"center": center, "form": form})

    form = FeedbackForm(request.POST, center=center, auto_id="feedback_%s")
    if not form.is_valid():
        return form_again(request, center, form, 400)
    try:
        if limits.exceeded(request, "complaint", settings.COMPLAINT_RATE_LIMIT):
            form.add_error(
                None,
                _(
                    "You have sent several messages in a short time. Please wait an hour, "
                    "or contact the center directly."
                ),
            )
            return form_again(request, center, form, 429)
        data = form.cleaned_data
        complaint = Complaint.store(
            center=source_version(center),
            space=source_version(data["space"]),
            language=(get_language() or settings.LANGUAGE_CODE)[:2],
            name=data["name"],
            email=data["email"],
            phone=data["phone"],
            subject=data["subject"],
            message=data["message"],
        )
    except DatabaseError:
        # Nothing was stored: say so, and give the visitor their text back to send again.
        logger.exception("A complaint could not be stored")
        form.add_error(
            None,
            _(
                "Your message was NOT received: we could not save it just now. Your text is "
                "still in the form below: please send it again in a few minutes, or contact "
                "the center directly."
            ),
        )
        return form_again(request, center, form, 503)
    enqueue_mail(complaint)
    token = signing.dumps(complaint.reference, salt=SIGNING_SALT)
    url = reverse("department:feedback_sent", args=[center.slug])
    return HttpResponseRedirect(f"{url}?ref={token}")


@never_cache
@require_http_methods(["GET", "HEAD"])
def feedback_sent(request, center_slug):
    center = center_for(center_slug)
    back = reverse("department:feedback", args=[center.slug])
    try:
        reference = signing.loads(
            request.GET.get("ref", ""), salt=SIGNING_SALT, max_age=60 * 60 * 24 * 7
        )
    except signing.BadSignature:
        return HttpResponseRedirect(back)
    complaint = (
        Complaint.objects.filter(reference=reference).only("reference", "email", "phone").first()
    )
    if complaint is None:
        return HttpResponseRedirect(back)
    return render(
        request,
        "department/feedback_sent.html",
        {"center": center, "complaint": complaint, "reference": complaint.reference},
    )
