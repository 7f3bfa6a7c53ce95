"""What an accepted application becomes: a resident profile at the call's center, and the
allocated space's dates blocked.

Both are the staff's decision, taken in the admin (:mod:`opencalls.admin_views`), and both
are safe to ask twice: an application has at most one resident profile (the second time
the existing one is returned) and blocks a space's dates once.
"""

import re
from dataclasses import dataclass

from django.db import transaction
from django.utils.html import escape, linebreaks
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from network.models import Sector
from residents.choices import ResidentKind
from residents.models import ResidentIndexPage, ResidentPage
from spaces import availability
from spaces.models import BlockedPeriod, SpacePage
from spaces.models.pages import BlockedReason

from .applications import ApplicationStatus
from .pages import CallKind

# Calls whose accepted applicants come to work at the center, and the kind of resident
# each most often brings (the staff change it in the editor).
RESIDENT_KINDS = {
    CallKind.RESIDENCY: ResidentKind.ARTIST,
    CallKind.INCUBATION: ResidentKind.STARTUP,
    CallKind.ALLOCATION: ResidentKind.STUDIO,
}
URL = re.compile(r"https?://[^\s<>\"')]+", re.IGNORECASE)


class Refused(Exception):
    """The outcome cannot be made; the message says why, to the staff."""


def can_become_resident(application):
    return (
        application.status == ApplicationStatus.ACCEPTED
        and application.call.kind in RESIDENT_KINDS
        and application.center_id is not None
    )


def residents_index(application):
    """The residents index of the call's center, in the center's language of the call."""
    center = application.call.center
    if center is None:
        return None
    return ResidentIndexPage.objects.child_of(center).first()


def existing_resident(application):
    """The profile already made from ``application`` (None when it was deleted)."""
    if application.resident_id is None:
        return None
    return ResidentPage.objects.filter(pk=application.resident_id).first()


def create_resident(application, user=None):
    """The application's resident profile: the one made before, or a new draft under the
    center's residents index, prefilled. Returns ``(page, created)``."""
    existing = existing_resident(application)
    if existing is not None:
        return existing, False
    if not can_become_resident(application):
        raise Refused(
            _(
                "Only an accepted application to a residency, incubation or allocation "
                "call becomes a resident."
            )
        )
    index = residents_index(application)
    if index is None:
        raise Refused(_("The center has no residents section to add the profile to."))
    with transaction.atomic():
        page = ResidentPage(**prefill(application, index))
        index.add_child(instance=page)
        sector = localized_sector(application.sector, index.locale_id)
        if sector is not None:
            page.sectors.set([sector])
            page.save(update_fields=["sectors"], clean=False)
        page.save_revision(user=user, log_action=True)
        application.resident = page
        application.save(update_fields=["resident", "updated_at"])
    return page, True


def prefill(application, index):
    call = application.call
    answers = application.answer_rows()
    space = offered_space(call)
    return {
        "title": application.name,
        "live": False,
        "kind": RESIDENT_KINDS[call.kind],
        "introduction": first_answer(answers),
        "description": description_html(answers),
        "website": first_url(answers),
        # A contact kept for the staff only: the applicant has not agreed to show it.
        "contact_email": application.email,
        "contact_phone": application.phone,
        "contact_public": False,
        "resident_since": call.period_start,
        "space": space,
    }


def first_answer(answers):
    text = next((" ".join(str(answer).split()) for _q, answer in answers if answer), "")
    return text[:297] + "..." if len(text) > 300 else text


def description_html(answers):
    parts = []
    for question, answer in answers:
        if not answer:
            continue
        parts.append(f"<p><b>{escape(question)}</b></p>")
        parts.append(linebreaks(str(answer), autoescape=True))
    return "".join(parts)


def first_url(answers):
    for _question, answer in answers:
        found = URL.search(str(answer or ""))
        if found:
            return found.group(0).rstrip(".,;:")[:200]
    return ""


def localized_sector(sector, locale_id):
    if sector is None:
        return None
    return (
        Sector.objects.filter(translation_key=sector.translation_key, locale_id=locale_id).first()
        or sector
    )


def offered_spaces(call):
    """The call's spaces that belong to its center (in the call's language)."""
    center = call.center
    if center is None:
        return SpacePage.objects.none()
    return call.spaces.all().descendant_of(center).order_by("path")


def offered_space(call):
    """The space an allocation gives, when the call offers exactly one."""
    spaces = list(offered_spaces(call)[:2])
    return spaces[0] if len(spaces) == 1 else None


@dataclass
class Allocation:
    space: SpacePage
    start: object
    end: object


def allocations(application):
    """The blocked periods made for ``application``, in any space."""
    return BlockedPeriod.objects.filter(allocation=application.reference).select_related("page")


def block_space(application, allocation, user=None):
    """Block ``allocation.space`` from ``start`` to ``end`` for ``application``.

    The period goes where the space's editor reads it, the latest revision, and is
    published at once when the space has no other change waiting; otherwise it is also
    written on the live page, so that visitors see the dates taken before the draft is
    published. Refused when the dates clash with a period already there.
    """
    if application.status != ApplicationStatus.ACCEPTED:
        raise Refused(_("Only an accepted application is given a space."))
    space = SpacePage.objects.get(pk=allocation.space.pk)
    if allocations(application).filter(page=space).exists():
        raise Refused(_("This space's dates are blocked for this application already."))
    clashes = availability.clashes(space, allocation.start, allocation.end)
    if clashes:
        raise Refused(
            _("These dates are not free: %(periods)s.")
            % {"periods": "; ".join(availability.describe(period) for period in clashes)}
        )
    fields = {
        "start": allocation.start,
        "end": allocation.end,
        "reason": BlockedReason.BOOKED,
        "allocation": application.reference,
    }
    with transaction.atomic():
        waiting = space.has_unpublished_changes
        draft = space.get_latest_revision_as_object()
        draft.blocked_periods.add(BlockedPeriod(**fields))
        revision = draft.save_revision(user=user, log_action=True)
        if space.live and not waiting:
            revision.publish(user=user)
        else:
            BlockedPeriod.objects.create(page=space, **fields)
    return Page.objects.get(pk=space.pk).specific
