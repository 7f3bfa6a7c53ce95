"""Receiving a complaint: validate, refuse abuse, store first, then hand the mail to a task."""

import re

from django.http import Http404, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods
from wagtail.models import Locale

from cms.submissions import SubmissionViewMixin, source_version
from network.models import CenterPage

from .feedback_forms import FeedbackForm
from .models import Complaint
from .tasks import MAILS

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


class FeedbackDesk(SubmissionViewMixin):
    """Receiving a complaint or feedback about ``center``."""

    rate_limit_group = "complaint"
    rate_limit_setting = "COMPLAINT_RATE_LIMIT"
    too_many_message = _(
        "You have sent several messages in a short time. Please wait an hour, "
        "or contact the center directly."
    )
    not_stored_message = _(
        "Your message was NOT received: we could not save it just now. Your text is "
        "still in the form below: please send it again in a few minutes, or contact "
        "the center directly."
    )
    not_stored_log = "A complaint could not be stored"
    signing_salt = SIGNING_SALT
    mails = MAILS
    model = Complaint

    def __init__(self, center):
        self.center = center

    def render_form(self, request, form, status, **context):
        return render(
            request,
            "department/feedback.html",
            {"center": self.center, "form": form},
            status=status,
        )

    def stored_with(self, form):
        return {
            "center": source_version(self.center),
            "space": source_version(form.cleaned_data["space"]),
        }

    def acknowledgement_url(self):
        return reverse("department:feedback_sent", args=[self.center.slug])


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def feedback(request, center_slug):
    center = center_for(center_slug)
    if request.method != "POST":
        form = FeedbackForm(center=center, auto_id="feedback_%s")
        return render(request, "department/feedback.html", {"center": center, "form": form})

    form = FeedbackForm(request.POST, center=center, auto_id="feedback_%s")
    desk = FeedbackDesk(center)
    if not form.is_valid():
        return desk.form_again(request, form, 400)
    return desk.submit(request, form)


@never_cache
@require_http_methods(["GET", "HEAD"])
def feedback_sent(request, center_slug):
    center = center_for(center_slug)
    back = reverse("department:feedback", args=[center.slug])
    complaint = FeedbackDesk(center).acknowledged(
        request, Complaint.objects.only("reference", "email", "phone")
    )
    if complaint is None:
        return HttpResponseRedirect(back)
    return render(
        request,
        "department/feedback_sent.html",
        {"center": center, "complaint": complaint, "reference": complaint.reference},
    )
