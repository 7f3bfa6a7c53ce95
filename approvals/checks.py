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
    """Why publishing ``event`` is the Department's decision (empty: it is not).

    The event in the default language is judged by the rules. A translation is judged by
    them too, except when its source is live with the same fixed values (dates,
    attendance, space, mode, ...: the fields a translation cannot override): the source's
    approval, or the rules' silence about it, then covers the translation. So an English
    version never goes live ahead of its Vietnamese event's approval, and needs no second
    approval once that event is approved.
    """
    found = rules.reasons(event)
    if not found or is_source(event):
        return found
    source = live_source(event)
    if source is not None and fixed_values(source) == fixed_values(event):
        return []
    return found


def live_source(event):
    """The live version of ``event`` in the default language (its database row), or None."""
    return (
        type(event)
        .objects.filter(
            translation_key=event.translation_key, locale=Locale.get_default(), live=True
        )
        .first()
    )


def _comparable(value):
    """A related object by its translation key (each language has its own row), else as is."""
    key = getattr(value, "translation_key", None)
    if key is not None:
        return str(key)
    return getattr(value, "pk", value)


def fixed_values(page):
    """The values of ``page``'s non-overridable synchronised fields, across languages.

    Child objects (an event's date changes) count by their own synchronised fields.
    """
    from wagtail_localize.fields import SynchronizedField, get_translatable_fields

    values = {}
    for field in get_translatable_fields(type(page)):
        name = field.field_name
        model_field = page._meta.get_field(name)
        if model_field.one_to_many:  # child objects: compare their synchronised fields
            child_fields = [
                child.field_name
                for child in get_translatable_fields(model_field.related_model)
                if isinstance(child, SynchronizedField)
            ]
            values[name] = sorted(
                (
                    tuple(_comparable(getattr(child, f)) for f in child_fields)
                    for child in getattr(page, name).all()
                ),
                key=repr,
            )
        elif isinstance(field, SynchronizedField) and not field.overridable:
            if model_field.many_to_many:
                values[name] = sorted(_comparable(obj) for obj in getattr(page, name).all())
            else:
                values[name] = _comparable(getattr(page, name))
    return values


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
