"""The shared receipt of stored-and-mailed forms: a kind may count its limit by its own key.

Inquiries and complaints count by the client's network (tests/security/test_limits.py);
this is the hook a kind uses to count otherwise.
"""

from types import SimpleNamespace

from django import forms
from django.http import HttpResponse
from django.test import RequestFactory

from cms.submissions import SubmissionViewMixin


class ContactForm(forms.Form):
    email = forms.EmailField()


class ByEmail(SubmissionViewMixin):
    rate_limit_group = "test-submission"
    rate_limit_setting = "TEST_SUBMISSION_RATE_LIMIT"
    too_many_message = "Too many"
    signing_salt = "tests.submission"

    def rate_limit_key(self, request):
        return request.POST["email"]

    def store(self, form):
        return SimpleNamespace(reference="T-2026-000001")

    def render_form(self, request, form, status, **context):
        return HttpResponse(" ".join(form.non_field_errors()), status=status)

    def acknowledgement_url(self):
        return "/sent/"


def submit(address, email):
    request = RequestFactory().post("/", {"email": email}, REMOTE_ADDR=address)
    form = ContactForm(request.POST)
    assert form.is_valid()
    return ByEmail().submit(request, form)


def test_the_rate_limit_counts_by_the_key_the_kind_gives(db, settings):
    settings.TEST_SUBMISSION_RATE_LIMIT = (1, 3600)
    assert submit("203.0.113.1", "lan@example.com").status_code == 302
    # Another address does not start afresh for the same key (case and spaces aside)...
    refused = submit("198.51.100.9", " Lan@Example.com")
    assert refused.status_code == 429 and refused.content == b"Too many"
    # ...and another key from the first address is not refused because of it.
    assert submit("203.0.113.1", "minh@example.com")["Location"].startswith("/sent/?ref=")
