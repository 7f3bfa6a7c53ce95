"""Who may put an event into a festival, and who decides: written once, on the center-scope
rule of :mod:`roles.scope`.

- A festival's *owners* are the Department (whoever sees every center) and the staff of
  its organising centers.
- A center's staff may propose an event of their own center to a festival that accepts
  submissions; an owner may add an event they may edit to their own festival even when
  it does not. An owner's proposal is approved at once.
- Only an owner approves or removes an entry.

An event belongs to at most one festival. Entries are kept on the default-language
versions of both pages, so one decision stands for every language.
"""

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from cms.harvest import touch_pages
from events.models import EventPage
from network.models import CenterPage
from ops import pagecache
from roles.scope import center_keys, sees_all_centers

from .models import EntryStatus, FestivalEntry, FestivalPage, default_version


class NotAllowed(Exception):
    """The user may not do this; the message says why, in the user's language."""


def manages(user, festival):
    """Whether ``user`` owns ``festival``: approves and removes its entries."""
    if sees_all_centers(user):
        return True
    keys = center_keys(user)
    if not keys:
        return False
    organisers = default_version(festival).organisers.values_list("translation_key", flat=True)
    return any(key in keys for key in organisers)


def event_center_key(event):
    center = CenterPage.objects.ancestor_of(event).only("translation_key").first()
    return center.translation_key if center else None


def may_propose(user, event):
    """Whether ``event`` is one of ``user``'s own center's events (or the user sees all)."""
    keys = center_keys(user)
    if keys is None:
        return True
    return event_center_key(event) in keys


def managed_festivals(user):
    """Default-language festivals ``user`` owns."""
    festivals = FestivalPage.objects.filter(locale__language_code=_default_language())
    if sees_all_centers(user):
        return festivals
    keys = center_keys(user)
    if not keys:
        return festivals.none()
    return festivals.filter(organisers__translation_key__in=keys).distinct()


def open_festivals(user):
    """Default-language festivals ``user`` may propose an event to: those accepting
    submissions, and their own, not yet over."""
    festivals = FestivalPage.objects.filter(
        locale__language_code=_default_language(), live=True, last_day__gte=timezone.localdate()
    )
    own = managed_festivals(user).values("pk")
    return festivals.filter(pk__in=own) | festivals.filter(accepts_submissions=True)


def proposable_events(user):
    """Default-language events of ``user``'s centers that are in no festival yet."""
    from roles.scope import scope_pages

    events = EventPage.objects.filter(locale__language_code=_default_language())
    return scope_pages(events, user).filter(festival_entry__isnull=True)


def _default_language():
    from wagtail.models import Locale

    return Locale.get_default().language_code


def propose(user, event, festival):
    """Put ``event`` into ``festival``: proposed, or approved at once for an owner."""
    event, festival = default_version(event), default_version(festival)
    if not may_propose(user, event):
        raise NotAllowed(_("You may propose only your own center's events."))
    owner = manages(user, festival)
    if not owner and not festival.accepts_submissions:
        raise NotAllowed(_("This festival does not accept submissions."))
    now = timezone.now()
    try:
        with transaction.atomic():
            entry = FestivalEntry.objects.create(
                festival=festival,
                event=event,
                status=EntryStatus.APPROVED if owner else EntryStatus.PROPOSED,
                proposed_by=user,
                proposed_at=now,
                decided_by=user if owner else None,
                decided_at=now if owner else None,
            )
    except IntegrityError:
        raise NotAllowed(_("This event is already in a festival.")) from None
    _changed(entry)
    return entry


def approve(user, entry):
    if not manages(user, entry.festival):
        raise NotAllowed(_("Only the festival's organisers approve its events."))
    entry.status = EntryStatus.APPROVED
    entry.decided_by = user
    entry.decided_at = timezone.now()
    entry.save(update_fields=["status", "decided_by", "decided_at"])
    _changed(entry)
    return entry


def remove(user, entry):
    """The organisers remove an entry; the proposing center may withdraw a proposal."""
    withdrawing = entry.status == EntryStatus.PROPOSED and may_propose(user, entry.event)
    if not (manages(user, entry.festival) or withdrawing):
        raise NotAllowed(_("Only the festival's organisers remove its events."))
    entry.delete()
    _changed(entry)


def _changed(entry):
    """The festival's calendar, feeds and JSON-LD and the event's page show the change:
    both are recorded as changed (ETags, harvest) and the page cache starts afresh."""
    touch_pages([entry.festival, entry.event])
    pagecache.invalidate()
