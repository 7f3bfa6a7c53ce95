"""The translation status of every page and translatable snippet, in every target locale.

Generic over models: any page type (pages are all translatable) and any snippet model
with ``TranslatableMixin`` appears here without changes. The cost is a fixed number of
queries whatever the size of the tree: the pages, the centers, the translation sources,
the translations (progress and last sync annotated), and one per snippet model.
"""

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import Count, Exists, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.utils.functional import cached_property
from modelcluster.models import ClusterableModel, get_serializable_data_for_fields
from wagtail.models import Locale, Page, RevisionMixin, TranslatableMixin
from wagtail.snippets.models import get_snippet_models
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationLog,
    TranslationSource,
)

from cms.formats import sort_by_name
from cms.gcpause import without_collection
from cms.memo import per_request
from cms.tree import Subtrees, ancestor_path_expression, in_subtrees
from network.models import CenterPage

from .states import NOT_APPLIED, REASONS, SOURCE_EDITED, State

PAGE = "page"
SNIPPET = "snippet"


def translatable_snippet_models():
    return [
        model
        for model in get_snippet_models()
        if issubclass(model, TranslatableMixin) and not issubclass(model, Page)
    ]


def model_key(model):
    return f"{model._meta.app_label}.{model._meta.model_name}"


@dataclass
class Center:
    """One center across its language versions."""

    key: str  # the translation key shared by every language version
    titles: dict = field(default_factory=dict)  # locale id -> title
    slugs: dict = field(default_factory=dict)
    page_ids: dict = field(default_factory=dict)

    def title_in(self, locale_id):
        return self.titles.get(locale_id) or next(iter(self.titles.values()), "")


@dataclass
class StatusRow:
    kind: str
    model: type
    translation_key: str
    source_locale: Locale
    target_locale: Locale
    source_pk: int
    title: str
    state: str
    center: Center | None = None
    reason: str = ""
    total: int = 0
    translated: int = 0
    translation_id: int | None = None
    translation_source_id: int | None = None
    target_pk: int | None = None
    target_title: str = ""
    draft: bool = False
    source_changed_at: datetime | None = None
    synced_at: datetime | None = None

    @property
    def percent(self):
        if not self.total:
            return 100 if self.translation_id else 0
        return round(100 * self.translated / self.total)

    @property
    def state_label(self):
        return State(self.state).label

    @property
    def reason_label(self):
        return REASONS.get(self.reason, "")

    @property
    def type_label(self):
        return self.model._meta.verbose_name

    @property
    def type_key(self):
        return model_key(self.model)

    @property
    def center_key(self):
        return self.center.key if self.center else ""


def page_counts_for(request, center_keys=None):
    """``TranslationStatus(center_keys).page_counts()``, read once per request (the admin
    home's panels share them)."""
    key = None if center_keys is None else frozenset(str(k) for k in center_keys)
    read = per_request(request, "_translation_page_counts")
    if key not in read:
        read[key] = TranslationStatus(center_keys=None if key is None else set(key)).page_counts()
    return read[key]


# The fields of a row read from the existing translation: a page's values, a snippet.
TARGET_FIELDS = {
    PAGE: lambda target: {
        "target_pk": target["pk"],
        "target_title": target["title"],
        "draft": bool(target["has_unpublished_changes"] or not target["live"]),
    },
    SNIPPET: lambda target: {"target_pk": target.pk, "target_title": str(target)},
}


class TranslationStatus:
    """Status rows for the whole site, optionally limited to some centers.

    ``center_keys``: None for everything (network pages and snippets included), or a set
    of center translation keys, which limits the rows to those centers' pages.
    """

    def __init__(self, center_keys=None):
        self.center_keys = center_keys
        self.locales = {locale.pk: locale for locale in Locale.objects.all()}
        self.default_locale_id = next(
            (
                pk
                for pk, locale in self.locales.items()
                if locale.language_code == settings.LANGUAGE_CODE
            ),
            None,
        )

    # Centers -----------------------------------------------------------------------
    @cached_property
    def centers(self):
        centers = {}
        self.center_paths = {}
        for row in CenterPage.objects.values(
            "pk", "path", "translation_key", "locale_id", "title", "slug"
        ):
            key = str(row["translation_key"])
            center = centers.setdefault(key, Center(key=key))
            center.titles[row["locale_id"]] = row["title"]
            center.slugs[row["locale_id"]] = row["slug"]
            center.page_ids[row["locale_id"]] = row["pk"]
            self.center_paths[row["path"]] = center
        self.center_subtrees = Subtrees(self.center_paths)
        return centers

    def center_paths_map(self):
        self.centers  # noqa: B018 (fills center_paths)
        return self.center_paths

    def center_for_path(self, path):
        self.centers  # noqa: B018 (fills center_paths)
        return self.center_subtrees.holding(path)

    def center_choices(self, locale_id=None):
        """(key, title) of the visible centers, sorted by name in the active language."""
        centers = [
            c
            for c in self.centers.values()
            if self.center_keys is None or c.key in self.center_keys
        ]
        pairs = [(c.key, c.title_in(locale_id)) for c in centers]
        return sort_by_name(pairs, key=lambda pair: pair[1])

    # Shared lookups ---------------------------------------------------------------
    def _sources(self, content_type, with_content=False):
        queryset = TranslationSource.objects.filter(object__content_type=content_type)
        fields = ["id", "object_id", "locale_id", "last_updated_at", "created_at"]
        if with_content:
            fields.append("content_json")
        by_key = {}
        for source in queryset.order_by("created_at").values(*fields):
            by_key.setdefault(str(source["object_id"]), []).append(source)
        return by_key

    def _translations(self, content_type):
        segments = StringSegment.objects.filter(source_id=OuterRef("source_id")).order_by()
        total = segments.values("source_id").annotate(n=Count("pk")).values("n")
        translated = (
            segments.filter(
                Exists(
                    StringTranslation.objects.filter(
                        translation_of_id=OuterRef("string_id"),
                        context_id=OuterRef("context_id"),
                        locale_id=OuterRef(OuterRef("target_locale_id")),
                        has_error=False,
                    )
                )
            )
            .values("source_id")
            .annotate(n=Count("pk"))
            .values("n")
        )
        last_sync = (
            TranslationLog.objects.filter(
                source_id=OuterRef("source_id"), locale_id=OuterRef("target_locale_id")
            )
            .order_by("-created_at")
            .values("created_at")[:1]
        )
        last_translated = (
            StringTranslation.objects.filter(
                locale_id=OuterRef("target_locale_id"),
                context__object_id=OuterRef("source__object_id"),
            )
            .order_by("-updated_at")
            .values("updated_at")[:1]
        )
        rows = (
            Translation.objects.filter(source__object__content_type=content_type, enabled=True)
            .annotate(
                total=Coalesce(Subquery(total), 0),
                translated=Coalesce(Subquery(translated), 0),
                last_sync=Subquery(last_sync),
                last_translated=Subquery(last_translated),
            )
            .values(
                "id",
                "source_id",
                "target_locale_id",
                "total",
                "translated",
                "last_sync",
                "last_translated",
            )
        )
        return {(row["source_id"], row["target_locale_id"]): row for row in rows}

    def _pick_source(self, sources, instances):
        """The source an object is translated from: a source whose instance still exists."""
        for source in sources or []:
            if source["locale_id"] in instances:
                return source
        return None

    def _source_locale_id(self, instances):
        if self.default_locale_id in instances:
            return self.default_locale_id
        return min(instances)

    def _decide(self, row, translation, target_exists, source_changed, source):
        if translation is None:
            row.state = State.MANUAL if target_exists else State.MISSING
            return
        row.translation_id = translation["id"]
        row.total = translation["total"]
        row.translated = translation["translated"]
        row.synced_at = translation["last_sync"]
        if not target_exists:
            row.state = State.IN_PROGRESS
        elif source_changed:
            row.state, row.reason = State.OUTDATED, SOURCE_EDITED
        elif row.translated < row.total:
            row.state = State.IN_PROGRESS
        elif row.synced_at is None or (
            translation["last_translated"] and translation["last_translated"] > row.synced_at
        ):
            # Every segment is translated, but some were translated after the page was
            # last saved from the translation: the page does not show them yet.
            row.state, row.reason = State.OUTDATED, NOT_APPLIED
        else:
            row.state = State.UP_TO_DATE

    # Pages -------------------------------------------------------------------------
    def _pages(self):
        """Every page the rows are about (their versions in every language), in the
        visible centers when the status is limited to some."""
        page_type = ContentType.objects.get_for_model(Page)
        pages = Page.objects.filter(depth__gt=1).exclude(content_type=page_type)
        if self.center_keys is not None:
            pages = pages.filter(
                in_subtrees(
                    path
                    for path, center in self.center_paths_map().items()
                    if center.key in self.center_keys
                )
            )
        return pages

    @staticmethod
    def _sourced_keys():
        """Translation keys of the pages wagtail-localize has a source for."""
        page_type = ContentType.objects.get_for_model(Page)
        return TranslationSource.objects.filter(object__content_type=page_type).values("object_id")

    @without_collection  # a row per page and language: collections would walk them all
    def page_rows(self, sourced_only=False):
        """A row per published page and language it is to be translated into.

        ``sourced_only``: only the pages wagtail-localize has a translation source for
        (:meth:`page_counts` counts the others in the database).
        """
        page_type = ContentType.objects.get_for_model(Page)
        pages = self._pages()
        if sourced_only:
            pages = pages.filter(translation_key__in=self._sourced_keys())
        grouped = {}
        for page in pages.order_by("path").values(
            "pk",
            "path",
            "title",
            "translation_key",
            "locale_id",
            "content_type_id",
            "alias_of_id",
            "live",
            "has_unpublished_changes",
            "last_published_at",
        ):
            instances = grouped.setdefault(str(page["translation_key"]), {})
            if page["alias_of_id"] is None:  # an alias is an untranslated copy
                instances[page["locale_id"]] = page
        sources = self._sources(page_type)
        translations = self._translations(page_type)
        models = {}  # content type id -> model class (None for a removed model)
        rows = []
        for key, instances in grouped.items():
            if not instances:
                continue
            source = self._pick_source(sources.get(key), instances)
            source_locale_id = source["locale_id"] if source else self._source_locale_id(instances)
            original = instances[source_locale_id]
            if not original["live"]:
                # A draft nobody has published is not there to be read, nor translated.
                continue
            center = self.center_for_path(original["path"])
            if self.center_keys is not None and (
                center is None or center.key not in self.center_keys
            ):
                continue
            changed_at = original["last_published_at"]
            model = models.get(original["content_type_id"], False)
            if model is False:
                model = ContentType.objects.get_for_id(original["content_type_id"]).model_class()
                models[original["content_type_id"]] = model
            if model is None:
                continue
            source_changed = bool(source and changed_at and changed_at > source["last_updated_at"])
            fields = {
                "kind": PAGE,
                "model": model,
                "translation_key": key,
                "source_pk": original["pk"],
                "title": original["title"],
                "center": center,
                "source_changed_at": changed_at,
            }
            rows += self._target_rows(
                instances, source, source_locale_id, translations, source_changed, fields
            )
        return rows

    def _target_rows(self, instances, source, source_locale_id, translations, changed, fields):
        """One row per language other than the source's, its state decided.

        ``fields`` are the row's fields that do not depend on the language; those read
        from an existing translation come from ``TARGET_FIELDS``.
        """
        rows = []
        for locale_id, locale in self.locales.items():
            if locale_id == source_locale_id:
                continue
            target = instances.get(locale_id)
            row = StatusRow(
                source_locale=self.locales[source_locale_id],
                target_locale=locale,
                state=State.MISSING,
                translation_source_id=source["id"] if source else None,
                **fields,
                **(TARGET_FIELDS[fields["kind"]](target) if target is not None else {}),
            )
            translation = translations.get((source["id"], locale_id)) if source else None
            self._decide(row, translation, target is not None, changed, source)
            rows.append(row)
        return rows

    @cached_property
    def sourced_page_rows(self):
        """The rows of the pages wagtail-localize has a source for (read once)."""
        return self.page_rows(sourced_only=True)

    def page_counts(self):
        """``{center key ("" for the network's pages): Counter({state: rows})}``: the
        states of :meth:`page_rows`, counted.

        A page never sent through wagtail-localize (no translation source) is missing
        in a language it has no version in and translated by hand in one it has: those,
        most of a big network, are counted in the database. The pages with a source
        need their segments' progress and are built as rows.
        """
        counts = defaultdict(Counter)
        for row in self.sourced_page_rows:
            counts[row.center_key][row.state] += 1
        for center_key, state, number in self._unsourced_counts():
            counts[center_key][state] += number
        return counts

    def _unsourced_sources(self):
        """The pages without a translation source that rows are made from: each key's
        published version in the default language, or, if it has none, in the language
        of lowest id (as :meth:`page_rows` picks ``original``)."""
        pages = self._pages().filter(alias_of__isnull=True)
        versions = pages.filter(translation_key=OuterRef("translation_key"))
        before = Q(locale_id__lt=OuterRef("locale_id"))
        if self.default_locale_id is not None:
            before |= Q(locale_id=self.default_locale_id)
        first = ~Exists(versions.filter(before))
        if self.default_locale_id is not None:
            first = Q(locale_id=self.default_locale_id) | first  # the cheap test first
        return (
            pages.filter(live=True).exclude(translation_key__in=self._sourced_keys()).filter(first)
        )

    def _version_in(self, locale_id):
        """Whether the outer page's key has a version (not an alias) in ``locale_id``."""
        return Exists(
            self._pages().filter(
                translation_key=OuterRef("translation_key"),
                locale_id=locale_id,
                alias_of__isnull=True,
            )
        )

    def _center_prefixes(self):
        self.centers  # noqa: B018 (fills center_paths)
        return {f"_p{depth}": depth for depth in self.center_subtrees.depths}

    def _center_of_group(self, group, prefixes):
        for name, _depth in sorted(prefixes.items(), key=lambda item: item[1]):
            center = self.center_paths.get(group[name])
            if center is not None:
                return center
        return None

    def _unsourced_counts(self):
        """``[(center key, state, rows)]`` of the pages without a translation source."""
        sources = self._unsourced_sources()
        prefixes = self._center_prefixes()
        grouping = {name: ancestor_path_expression(depth) for name, depth in prefixes.items()}
        found = []
        for locale_id in self.locales:
            groups = (
                sources.exclude(locale_id=locale_id)
                .order_by()
                .values(**grouping, _translated=self._version_in(locale_id))
                .annotate(_rows=Count("pk"))
            )
            for group in groups:
                center = self._center_of_group(group, prefixes)
                state = State.MANUAL if group["_translated"] else State.MISSING
                found.append((center.key if center else "", state, group["_rows"]))
        return found

    def untranslated_pages(self, limit):
        """Up to ``limit`` published pages missing a language version, most recently
        published first: ``[(page id, title, locale it lacks)]``."""
        found = [
            (row.source_pk, row.title, row.target_locale, row.source_changed_at)
            for row in self.sourced_page_rows
            if row.state == State.MISSING
        ]
        sources = self._unsourced_sources()
        for locale_id, locale in self.locales.items():
            missing = (
                sources.exclude(locale_id=locale_id)
                .filter(~self._version_in(locale_id))
                .order_by("-last_published_at", "-pk")
                .values_list("pk", "title", "last_published_at")[:limit]
            )
            found += [(pk, title, locale, published) for pk, title, published in missing]
        epoch = datetime.min.replace(tzinfo=UTC)
        found.sort(key=lambda item: item[3] or epoch, reverse=True)
        return [(pk, title, locale) for pk, title, locale, _published in found[:limit]]

    # Snippets ----------------------------------------------------------------------
    def snippet_rows(self):
        if self.center_keys is not None:
            return []  # shared vocabularies belong to the network, not to one center
        rows = []
        for model in translatable_snippet_models():
            content_type = ContentType.objects.get_for_model(model.get_translation_model())
            revisions = issubclass(model, RevisionMixin)
            queryset = model.objects.all()
            if revisions:
                queryset = queryset.select_related("latest_revision")
            grouped = {}
            for instance in queryset:
                grouped.setdefault(str(instance.translation_key), {})[instance.locale_id] = instance
            sources = self._sources(content_type, with_content=not revisions)
            translations = self._translations(content_type)
            for key, instances in grouped.items():
                source = self._pick_source(sources.get(key), instances)
                source_locale_id = (
                    source["locale_id"] if source else self._source_locale_id(instances)
                )
                original = instances[source_locale_id]
                source_changed = bool(source) and self._snippet_changed(original, source, revisions)
                fields = {
                    "kind": SNIPPET,
                    "model": model,
                    "translation_key": key,
                    "source_pk": original.pk,
                    "title": str(original),
                }
                rows += self._target_rows(
                    instances, source, source_locale_id, translations, source_changed, fields
                )
        return rows

    @staticmethod
    def _snippet_changed(instance, source, revisions):
        if revisions:
            revision = instance.latest_revision
            return bool(revision and revision.created_at > source["last_updated_at"])
        if isinstance(instance, ClusterableModel):
            current = json.loads(instance.to_json())
        else:
            current = json.loads(
                json.dumps(get_serializable_data_for_fields(instance), cls=DjangoJSONEncoder)
            )
        return current != json.loads(source["content_json"])

    def rows(self):
        return self.page_rows() + self.snippet_rows()
