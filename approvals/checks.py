"""Publishing checks for events: the page type's rule behind ``EventPage.get_workflow``
and the refusal an editor sees when pressing *Publish* on an event that needs approval."""

from django.utils.translation import gettext as _
from wagtail.models import Locale

from . import rules
from .roles import is_department
from .workflow import department_workflow


def is_source(page):
    """Rules apply to the page in the default language; translations follow it."""
    if not page.locale_id:
        return True
    return page.locale_id == Locale.get_default().pk


def approval_reasons(event):
    return rules.reasons(event) if is_source(event) else []


def workflow_for_event(event):
    """The Department workflow when a rule asks for approval, else None."""
    return department_workflow() if approval_reasons(event) else None


def refuse_direct_publish(form):
    """Add the reasons as form errors when a non-Department user presses *Publish*.

    Called from the event form after the instance holds the submitted values, so an
    editor who raises the attendance and publishes in the same request is caught too.
    """
    if "action-publish" not in form.data:
        return
    user = getattr(form, "for_user", None)
    if user is None or is_department(user):
        return
    reasons = approval_reasons(form.instance)
    if not reasons or department_workflow() is None:
        return
    for reason in reasons:
        form.add_error(None, reason)
    form.add_error(
        None,
        _(
            "You cannot publish this event yourself. Save it as a draft and use "
            "“Submit to %(workflow)s” so that the Department can approve it."
        )
        % {"workflow": department_workflow().name},
    )
