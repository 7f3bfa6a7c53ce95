"""Keeping a copy of the open data in sync: ``modified_since``, tombstones, validators.

A harvester (a tourism app, the Department's systems, a national portal) reads an
endpoint once, then asks only for what changed: ``?modified_since=<ISO 8601>``. The
answer lists, oldest change first (``last_modified``, then ``id``, so that paging through
it is stable), the items changed after that instant and, for items that left the public
listing since (unpublished, deleted, made private, moved under a hidden page, a date
dropped from a series), a *tombstone*: ``{"id", "deleted": true, "meta": {"type",
"locale"}, "last_modified"}``. What is public now wins: an item withdrawn and published
again is listed as an item, an item changed and then withdrawn as a tombstone only.

An item's ``last_modified`` is the latest of its own publish and of its
:class:`~cms.models.PublicChange`: the signals below touch a page, every language version
of it and everything under them whenever one of them is published, unpublished, moved,
deleted or has its privacy changed, because each of those changes what the items below
show (their center, their address, their translations) or whether they are public at all.

The endpoints also answer conditional requests (:mod:`cms.conditional`).
"""

import unicodedata
from datetime import UTC, datetime

from django.contrib.contenttypes.models import ContentType
from django.db.models import BooleanField, DateTimeField, F, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce, Greatest
from django.db.models.signals import post_delete, post_save
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext_lazy as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers
from wagtail.api.v2.utils import BadRequestError
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from .api_fields import WholeObjectField
from .api_schema import parameter
from .conditional import respond
from .models import PublicChange
from .tree import in_subtree, outermost

PARAMETER = "modified_since"
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
LATEST = datetime(2100, 1, 1, tzinfo=UTC)
MAX_LENGTH = 64
NOT_A_MOMENT = _(
    "“%(value)s” is not a date and time for “modified_since”: use ISO 8601, "
    "e.g. 2026-12-05T09:00:00+07:00."
)
OUT_OF_RANGE = _("“modified_since” must be between 1970 and 2100.")
NOT_WITH = _("“modified_since” sorts by change: it cannot be used with “%(key)s”.")


def parameter_doc():
    return parameter(
        PARAMETER,
        "Only what changed after this instant (ISO 8601, Hanoi time when it names no "
        "offset, e.g. 2026-12-05T09:00:00+07:00), oldest change first, with a tombstone "
        "for each item withdrawn since. Keep the newest `last_modified` you have seen and "
        "ask with it next time. Not with the parameters that set an order of their own.",
        type=OpenApiTypes.DATETIME,
    )


class TombstoneMeta(serializers.Serializer):
    type = serializers.CharField(help_text="The withdrawn item's type.")
    locale = serializers.CharField(help_text="Its language.")


class Tombstone(serializers.Serializer):
    """An item withdrawn since ``modified_since``: unpublished, deleted, made private."""

    id = serializers.IntegerField()
    deleted = serializers.BooleanField(help_text="Always true.")
    meta = TombstoneMeta()
    last_modified = serializers.DateTimeField(help_text="When it was withdrawn.")


def parse_since(raw):
    """``?modified_since=`` as an aware datetime (Hanoi time when it names no offset),
    None when absent, else a 400 with a message in the request's language."""
    if raw is None:
        return None
    value = raw.strip()
    shown = value[:MAX_LENGTH]
    if (
        not value
        or len(value) > MAX_LENGTH
        or not value.isascii()
        or any(unicodedata.category(char) == "Cc" for char in value)
    ):
        raise BadRequestError(str(NOT_A_MOMENT % {"value": shown}))
    try:
        moment = parse_datetime(value.replace(" ", "T", 1))
    except (ValueError, OverflowError):
        moment = None
    if moment is None:
        raise BadRequestError(str(NOT_A_MOMENT % {"value": shown}))
    if not (EPOCH.year < moment.year < LATEST.year):
        raise BadRequestError(str(OUT_OF_RANGE))
    if timezone.is_naive(moment):
        moment = timezone.make_aware(moment)
    return moment


def content_type_id(model):
    return ContentType.objects.get_for_model(model, for_concrete_model=True).pk


def touched(model, ref="pk"):
    """The time of ``model``'s PublicChange for the row at ``ref`` (an outer field)."""
    changes = PublicChange.objects.filter(
        content_type_id=content_type_id(model), object_id=OuterRef(ref)
    )
    return Subquery(changes.values("at")[:1], output_field=DateTimeField())


def latest(*moments):
    """The latest of ``moments`` (expressions), a missing one counting as 1970."""
    return Greatest(
        *[Coalesce(moment, Value(EPOCH), output_field=DateTimeField()) for moment in moments],
        output_field=DateTimeField(),
    )


def page_last_modified(model):
    """``last_modified`` of the pages of ``model``: their publish or their change."""
    return latest(F("last_published_at"), touched(model))


# Recording ------------------------------------------------------------------------------
def touch(rows, at=None):
    """Record a change now of ``rows``: ``(content_type_id, object_id, locale_id)``."""
    at = at or timezone.now()
    changes = [
        PublicChange(content_type_id=kind, object_id=pk, locale_id=locale, at=at)
        for kind, pk, locale in {tuple(row) for row in rows}
    ]
    PublicChange.objects.bulk_create(
        changes,
        batch_size=500,
        update_conflicts=True,
        unique_fields=["content_type", "object_id"],
        update_fields=["locale", "at"],
    )


def touch_model_rows(model, rows, at=None):
    """Record a change of rows of ``model`` (``(pk, locale_id)`` pairs), e.g. deleted."""
    kind = content_type_id(model)
    touch([(kind, pk, locale) for pk, locale in rows], at)


def touch_pages(pages):
    """Record a change of ``pages``, of their language versions and of all below them."""
    keys = {page.translation_key for page in pages}
    if not keys:
        return
    paths = Page.objects.filter(translation_key__in=keys).values_list("path", flat=True)
    for root in outermost(paths):
        touch(
            Page.objects.filter(in_subtree(root)).values_list("content_type_id", "pk", "locale_id")
        )


def page_changed(sender, instance, **kwargs):
    touch_pages([instance])


def page_saved(sender, instance, created=False, raw=False, **kwargs):
    """A page created live without a publish (imports, generators) sends only this."""
    if isinstance(instance, Page) and created and instance.live and not raw:
        touch_pages([instance])


def page_deleted(sender, instance, **kwargs):
    # A page's deletion sends this for its Page row and for its specific row: the first
    # is always there (the specific row's parent, or the tree's own deletion).
    if type(instance) is not Page:
        return
    touch([(instance.content_type_id, instance.pk, instance.locale_id)])
    touch(
        Page.objects.filter(translation_key=instance.translation_key).values_list(
            "content_type_id", "pk", "locale_id"
        )
    )


def restriction_changed(sender, instance, **kwargs):
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:
        touch_pages([page])


def connect():
    page_published.connect(page_changed, dispatch_uid="cms_harvest_published")
    page_unpublished.connect(page_changed, dispatch_uid="cms_harvest_unpublished")
    post_page_move.connect(page_changed, dispatch_uid="cms_harvest_moved")
    post_save.connect(page_saved, dispatch_uid="cms_harvest_saved")
    post_delete.connect(page_deleted, dispatch_uid="cms_harvest_deleted")
    post_save.connect(
        restriction_changed, sender=PageViewRestriction, dispatch_uid="cms_harvest_restricted"
    )
    post_delete.connect(
        restriction_changed, sender=PageViewRestriction, dispatch_uid="cms_harvest_unrestricted"
    )


# Reading --------------------------------------------------------------------------------
def _columns(queryset, last_modified, deleted, item="pk", language="locale__language_code"):
    return (
        queryset.order_by()
        .annotate(
            harvest_id=F(item),
            harvest_at=last_modified,
            harvest_deleted=Value(deleted, output_field=BooleanField()),
            harvest_language=F(language),
        )
        .values_list("harvest_id", "harvest_at", "harvest_deleted", "harvest_language")
    )


def changes(since, model, listed, hidden, last_modified, locale=None):
    """What changed after ``since``, oldest first, as ``(id, last_modified, deleted,
    language)`` rows of one query that the endpoint's pagination slices and counts.

    ``listed``: the items the listing would show (its filters applied); ``hidden``: the
    items of the same scope a visitor may not open now; ``last_modified``: the
    expression of an item's last change. Items deleted since are found in PublicChange.
    """
    items = _columns(listed, last_modified, False).filter(harvest_at__gt=since)
    withdrawn = _columns(hidden, last_modified, True).filter(harvest_at__gt=since)
    gone = PublicChange.objects.filter(
        content_type_id=content_type_id(model), at__gt=since
    ).exclude(object_id__in=model._base_manager.values("pk"))
    if locale is not None:
        gone = gone.filter(locale=locale)
    gone = _columns(gone, F("at"), True, item="object_id")
    return items.union(withdrawn, gone, all=True).order_by("harvest_at", "harvest_id")


def iso(moment):
    return timezone.localtime(moment).isoformat() if moment else None


def tombstone(row, kind):
    pk, at, _deleted, language = row
    return {
        "id": pk,
        "deleted": True,
        "meta": {"type": kind, "locale": language},
        "last_modified": iso(at),
    }


@extend_schema_field(
    serializers.DateTimeField(
        allow_null=True,
        help_text="When the item last changed for a visitor: ISO 8601 in Hanoi time "
        "(+07:00). Harvest with modified_since set to the latest you have seen.",
    )
)
class LastModified(WholeObjectField):
    """An item's ``last_modified`` (ISO 8601 in Hanoi time), from its annotation."""

    def to_representation(self, obj):
        return iso(getattr(obj, "last_modified", None))


class HarvestMixin:
    """For an endpoint's viewset: ``?modified_since=`` and conditional requests.

    The viewset hands :meth:`harvest_page` its listing and the hidden items of the same
    scope, and annotates ``last_modified`` on the rows it shows.
    """

    harvest_type = ""
    harvest_refused = ()  # parameters that set an order of their own
    # What a listing's items are in the API's description: an item or a tombstone.
    tombstone_serializer = Tombstone

    def harvest_since(self):
        since = parse_since(self.request.GET.get(PARAMETER))
        if since is not None:
            for key in self.harvest_refused:
                if key in self.request.GET:
                    raise BadRequestError(str(NOT_WITH % {"key": key}))
        return since

    def harvest_page(self, since, model, listed, hidden, last_modified, locale=None):
        """The page of change rows that ``?offset``/``?limit`` ask for."""
        rows = changes(since, model, listed, hidden, last_modified, locale)
        return list(self.paginate_queryset(rows))

    def harvest_items(self, rows, data):
        """The page in the order of ``rows``: the serialized items (``data``) and
        tombstones."""
        items = {item["id"]: item for item in data}
        return [
            tombstone(row, self.harvest_type) if row[2] else items[row[0]]
            for row in rows
            if row[2] or row[0] in items
        ]

    def dispatch(self, request, *args, **kwargs):
        return respond(request, super().dispatch, *args, **kwargs)
