"""The OpenAPI 3 description of /api/v2/, generated from the endpoints by drf-spectacular.

Wagtail's API v2 builds each endpoint's serializer per request and nests ``meta``, so
drf-spectacular's defaults see neither: :class:`OpenDataSchema` asks each viewset for the
serializer of every field it may answer with (``?fields=*``, through the same
``_get_serializer_class`` its views call), for the query parameters it declares
(``parameter_docs``: every name its ``known_query_parameters`` accepts), and for its
pagination's (``BoundedPagination``).
The field shapes come from the fields themselves: ``@extend_schema_field`` on this
project's field classes, ``Prepared(shape)`` on the values an endpoint computes for a page
of results, and the extensions below for Wagtail's own fields.
"""

from django import forms
from django.conf import settings
from django.utils import translation
from drf_spectacular.extensions import (
    OpenApiSerializerExtension,
    OpenApiSerializerFieldExtension,
)
from drf_spectacular.openapi import AutoSchema
from drf_spectacular.plumbing import build_array_type, build_basic_type, build_object_type
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, PolymorphicProxySerializer
from rest_framework import serializers

# Parameters every endpoint takes without documenting them: jQuery's cache buster.
UNDOCUMENTED = frozenset(["_"])


class Error(serializers.Serializer):
    """A refused request: what was wrong, in the request's language where it is ours."""

    message = serializers.CharField()


class JsonLd(dict):
    """A response schema given whole (no paging added): JSON-LD's own shape."""


def parameter(name, description, type=OpenApiTypes.STR, **kwargs):
    """A query parameter's documentation (drf-spectacular's, so the schema takes it as is)."""
    return OpenApiParameter(
        name, type=type, location=OpenApiParameter.QUERY, description=description, **kwargs
    )


def filter_parameters(fields, notes=None):
    """The documentation of a listing's filters, from their form fields (``{name: field}``:
    a FilterSet's form's, or its filters').

    The description is the field's ``help_text``, else its label with its bounds; the type
    its field's (its ``api_type`` when it says one); the values its fixed choices (those
    of this network's centers, sectors... change with it and are named by the 400).
    ``notes`` adds a sentence to some.
    """
    notes = notes or {}
    docs = {}
    with translation.override("en"):
        for name, field in fields.items():
            kwargs = {}
            if getattr(field, "api_type", None):  # "date", "int"...: an OpenApiTypes name
                kwargs["type"] = OpenApiTypes[field.api_type.upper()]
            elif isinstance(field, forms.IntegerField):
                kwargs["type"] = OpenApiTypes.INT
            elif isinstance(field, forms.DateField):
                kwargs["type"] = OpenApiTypes.DATE
            elif isinstance(field, forms.MultipleChoiceField):
                kwargs.update(many=True, explode=True)
            choices = [value for value, _label in getattr(field, "choices", ()) if value]
            if choices:
                kwargs["enum"] = choices
            description = str(field.help_text or field.label or name)
            bounds = [getattr(field, "min_value", None), getattr(field, "max_value", None)]
            if bounds != [None, None]:
                description += f" (from {bounds[0]} to {bounds[1]})"
            description += notes.get(name, "" if description.endswith(".") else ".")
            docs[name] = parameter(name, description, **kwargs)
    return docs


def documented(view, names):
    """The declarations of ``names`` in ``view.parameter_docs``; a name without one is a
    programming error, caught by the schema's test."""
    docs = view.parameter_docs()
    missing = sorted(set(names) - set(docs) - UNDOCUMENTED)
    if missing:
        raise LookupError(f"{type(view).__name__} does not document: {', '.join(missing)}")
    return [docs[name] for name in sorted(names) if name in docs]


def endpoint(view):
    """The endpoint's name in its URL (``events``, ``centers``...), for component names."""
    route = view.request.path.split("/api/v2/", 1)[-1]
    return route.split("/", 1)[0] or "api"


class OpenDataSchema(AutoSchema):
    """The schema of one operation of a Wagtail API v2 endpoint (listing or detail)."""

    def listing(self):
        return getattr(self.view, "action", None) == "listing_view"

    def is_excluded(self):
        # Wagtail's ``find/`` only redirects to an item's documented address.
        return getattr(self.view, "action", None) == "find_view"

    def _is_list_view(self, serializer=None):
        return self.listing() and not isinstance(serializer, Error)

    def _get_response_for_code(self, serializer, status_code, media_types=None, *args, **kwargs):
        if isinstance(serializer, JsonLd):  # as it is: no list or paging around it
            schema = dict(serializer)
            return {
                "description": schema.get("description", ""),
                "content": {media_type: {"schema": schema} for media_type in media_types},
            }
        return super()._get_response_for_code(serializer, status_code, media_types, *args, **kwargs)

    def get_filter_backends(self):
        # Each endpoint declares its parameters (parameter_docs), filters or not.
        return []

    def get_description(self):
        # The viewset's word to partners; its methods' docstrings are for this code's readers.
        return str(getattr(self.view, "api_description", ""))

    def get_tags(self):
        return [endpoint(self.view)]

    def get_operation_id(self):
        return f"{endpoint(self.view)}_{'list' if self.listing() else 'retrieve'}"

    def get_override_parameters(self):
        view = self.view
        if self.listing():
            names = set(view.known_query_parameters) - {"limit", "offset"}
        else:
            names = set(getattr(view, "detail_query_parameters", {"fields", "format"}))
        return documented(view, names)

    def get_response_serializers(self):
        view = self.view
        router = getattr(view.request, "wagtailapi_router", None)
        # Every field ``?fields=*`` may ask for; the defaults are among them.
        serializer = view._get_serializer_class(
            router, view.model, [("*", False, None)], show_details=not self.listing()
        )
        answer = serializer(context={"request": view.request, "view": view})
        tombstone = getattr(view, "tombstone_serializer", None)  # cms.harvest's endpoints
        if self.listing() and tombstone is not None:
            answer = PolymorphicProxySerializer(
                component_name=f"{endpoint(view).title()}Change",
                serializers=[answer, tombstone],
                resource_type_field_name=None,
            )
        responses = {(200, "application/json"): answer}
        json_ld = getattr(view, "json_ld_schema", None)  # the events' schema.org answers
        if json_ld is not None:
            responses[(200, "application/ld+json")] = JsonLd(json_ld(self.listing()))
        responses |= {
            400: OpenApiResponse(Error, description="A parameter or its value is refused."),
        }
        if not self.listing():
            responses[404] = OpenApiResponse(Error, description="No such item for a visitor.")
        return responses


def item_name(auto_schema):
    suffix = "Item" if auto_schema.listing() else "Detail"
    return endpoint(auto_schema.view).title() + suffix


class WagtailSerializerSchema(OpenApiSerializerExtension):
    """An item as Wagtail writes it: the body fields, then ``meta`` with the meta fields.

    Each field is optional (``?fields=`` picks them) but ``id``; no other key appears.
    """

    target_class = "wagtail.api.v2.serializers.BaseSerializer"
    match_subclasses = True

    def get_name(self, auto_schema, direction):
        return item_name(auto_schema)

    def map_serializer(self, auto_schema, direction):
        serializer = self.target
        body, meta = {}, {}
        for name, field in serializer.fields.items():
            schema = auto_schema._map_serializer_field(field, direction)
            (meta if name in serializer.meta_fields else body)[name] = schema
        if meta:
            body["meta"] = {**build_object_type(meta), "additionalProperties": False}
        required = ["id"] if "id" in body else []
        return {**build_object_type(body, required=required), "additionalProperties": False}


class PreparedSchema(OpenApiSerializerFieldExtension):
    """A value an endpoint computes for the whole page: the shape it declares."""

    target_class = "cms.api_common.Prepared"

    def map_serializer_field(self, auto_schema, direction):
        return auto_schema._map_serializer_field(self.target.shape, direction)


def _string(description, nullable=False, format=None):
    schema = build_basic_type(OpenApiTypes.STR)
    if format:
        schema["format"] = format
    if nullable:
        schema["type"] = ["string", "null"]
    schema["description"] = description
    return schema


class _Fixed(OpenApiSerializerFieldExtension):
    schema = {}

    def map_serializer_field(self, auto_schema, direction):
        return dict(self.schema)


class TypeFieldSchema(_Fixed):
    target_class = "wagtail.api.v2.serializers.TypeField"
    match_subclasses = True
    schema = _string("The item's type, e.g. network.CenterPage or events.EventOccurrence.")


class PageTypeFieldSchema(_Fixed):
    target_class = "wagtail.api.v2.serializers.PageTypeField"
    schema = TypeFieldSchema.schema


class DetailUrlFieldSchema(_Fixed):
    target_class = "wagtail.api.v2.serializers.DetailUrlField"
    schema = _string("The item's address in this API.", format="uri")


class HtmlUrlFieldSchema(_Fixed):
    target_class = "wagtail.api.v2.serializers.PageHtmlUrlField"
    schema = _string("The page's address on the site.", nullable=True, format="uri")


class LocaleFieldSchema(_Fixed):
    target_class = "wagtail.api.v2.serializers.PageLocaleField"
    schema = {
        **_string("The item's language."),
        "enum": [code for code, _name in settings.LANGUAGES],
    }


_PAGE_REFERENCE = {
    "type": ["object", "null"],
    "properties": {
        "id": {"type": "integer"},
        "meta": {"type": "object"},
        "title": {"type": "string"},
    },
}


class ParentFieldSchema(_Fixed):
    target_class = "wagtail.api.v2.serializers.PageParentField"
    schema = {**_PAGE_REFERENCE, "description": "The page above, if a visitor may open it."}


class AliasOfFieldSchema(_Fixed):
    target_class = "wagtail.api.v2.serializers.PageAliasOfField"
    schema = {**_PAGE_REFERENCE, "description": "The page this one mirrors, if an alias."}


class RelatedFieldSchema(_Fixed):
    target_class = "wagtail.api.v2.serializers.RelatedField"
    schema = {**_PAGE_REFERENCE, "description": "A related object, by id."}


class ChildRelationFieldSchema(_Fixed):
    target_class = "wagtail.api.v2.serializers.ChildRelationField"
    schema = build_array_type({"type": "object"})


class StreamFieldSchema(_Fixed):
    target_class = "wagtail.api.v2.serializers.StreamField"
    schema = {
        **build_array_type({"type": "object", "properties": {"type": {"type": "string"}}}),
        "description": "Blocks of content, each with its type and value.",
    }


class TagsFieldSchema(_Fixed):
    target_class = "wagtail.api.v2.serializers.TagsField"
    schema = build_array_type(build_basic_type(OpenApiTypes.STR))


class ImageDownloadUrlSchema(_Fixed):
    target_class = "wagtail.images.api.v2.serializers.ImageDownloadUrlField"
    schema = _string("The original image file's address.", format="uri")
