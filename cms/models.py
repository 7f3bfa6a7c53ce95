"""What every public page shares, built from small mixins.

Concrete pages extend :class:`BasePage` and add to ``translatable_fields`` so that every
field gets an explicit decision: translated (text) or synchronised (dates, numbers,
coordinates, images, links to other objects).
"""

from django.conf import settings
from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, PageChooserPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.coreutils import find_available_slug
from wagtail.fields import StreamField
from wagtail.models import Page, PageManager
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from . import extensions
from .blocks import BodyBlock
from .forms import BasePageForm
from .visibility import VisiblePageQuerySet


class ListingMixin(models.Model):
    """A short summary and an image used wherever the page appears in a list."""

    introduction = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("One or two sentences shown at the top of the page and in listings."),
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_image_alt = models.CharField(
        _("hero image description"),
        max_length=250,
        blank=True,
        help_text=_(
            "What the image shows, for people who cannot see it, in this page's language. "
            "Leave empty to use the image's own description."
        ),
    )

    class Meta:
        abstract = True

    @property
    def hero_alt_text(self):
        if self.hero_image_alt:
            return self.hero_image_alt
        return getattr(self.hero_image, "description", "") or ""


class BasePage(ListingMixin, Page):
    """Abstract base of every page on the platform."""

    base_form_class = BasePageForm

    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        TranslatableField("introduction"),
        SynchronizedField("hero_image"),
        TranslatableField("hero_image_alt"),
    ]

    search_fields = [
        *Page.search_fields,
        index.SearchField("introduction"),
        # Folded copies (Vietnamese without diacritics, English stemmed): see sitesearch.
        index.SearchField("search_title_key", boost=2),
        index.AutocompleteField("search_title_key"),
        index.SearchField("search_text_key"),
    ]

    content_panels = [
        *Page.content_panels,
        FieldPanel("introduction"),
        FieldPanel("hero_image"),
        FieldPanel("hero_image_alt"),
    ]

    # ``Model.objects.visible()``: what a visitor may open (cms.visibility).
    objects = PageManager.from_queryset(VisiblePageQuerySet)()
    # The query-string parameters the page reads; the others never reach it (a route of
    # a routable page names its own with ops.pagecache.reads).
    query_parameters = frozenset()

    class Meta:
        abstract = True

    def full_clean(self, *args, **kwargs):
        self.transliterate_slug()
        super().full_clean(*args, **kwargs)

    def minimal_clean(self):
        self.transliterate_slug()
        super().minimal_clean()

    def transliterate_slug(self):
        """The slug as Vietnamese readers expect it (see ``cms.slugs``): made from the
        title when empty, instead of Wagtail's ``slugify`` (which drops đ), and folded to
        ASCII when typed with Vietnamese letters (without the admin's script)."""
        from .slugs import vietnamese_slug

        if self.slug and not self.slug.isascii() and not settings.WAGTAIL_ALLOW_UNICODE_SLUGS:
            self.slug = vietnamese_slug(self.slug)
        parent_is_known = bool(self.path or getattr(self, "_cached_parent_obj", None))
        if not self.slug and parent_is_known and vietnamese_slug(self.title):
            self.slug = find_available_slug(
                self.get_parent(), vietnamese_slug(self.title), ignore_page_id=self.pk
            )

    def route(self, request, path_components):
        """Never through an unpublished page: Wagtail would serve the live pages under
        it (an unpublished center's events and spaces) at their addresses."""
        if path_components and not self.live:
            raise Http404
        return super().route(request, path_components)

    def permissions_for_user(self, user):
        """Wagtail's tester, or the workflow app's: pages in a Department workflow
        publish through it only (``cms.extensions``)."""
        tester = extensions.pages.permission_tester
        if tester is None:
            return super().permissions_for_user(user)
        return tester(user, self)

    @classmethod
    def get_search_fields(cls):
        """The title is indexed folded beside its written form (the search app's
        ``sitesearch.indexing``, registered in ``cms.extensions``)."""
        fields = super().get_search_fields()
        adapt = extensions.pages.search_fields
        return adapt(fields) if adapt else fields

    def search_title_key(self):
        key = extensions.pages.title_key
        return key(self) if key else ""

    def search_text_key(self):
        key = extensions.pages.text_key
        return key(self) if key else ""


class BodyPageMixin(models.Model):
    """A free-form body made of the platform's blocks (before :class:`BasePage` in the
    bases): translated, searched and edited after the base page's fields."""

    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    translatable_fields = [*BasePage.translatable_fields, TranslatableField("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]
    content_panels = [*BasePage.content_panels, FieldPanel("body")]

    class Meta:
        abstract = True


@register_setting(icon="link")
class SiteLinks(BaseSiteSetting):
    """Pages every page links to, chosen once in the source language.

    Each visitor is led to the page's version in their own language (``Page.localized``).
    """

    about_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("about the network"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Linked from the footer of every page, in the visitor's language."),
    )

    panels = [PageChooserPanel("about_page")]

    class Meta:
        verbose_name = _("site links")


class PublicChange(models.Model):
    """The last time an item of the open data entered, left or changed in the public
    listings for a reason its own row does not show: unpublished, deleted, made private,
    moved, its center or a translation changed (:mod:`cms.harvest`).

    One row per item (a page, or an event's date), updated in place: the API's
    ``modified_since`` reads it to send what changed and, for items no longer public,
    tombstones.
    """

    content_type = models.ForeignKey(
        "contenttypes.ContentType", on_delete=models.CASCADE, related_name="+"
    )
    object_id = models.PositiveBigIntegerField()
    locale = models.ForeignKey(
        "wagtailcore.Locale", on_delete=models.CASCADE, related_name="+", null=True
    )
    at = models.DateTimeField(db_index=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id"], name="public_change_one_per_item"
            )
        ]
        indexes = [models.Index(fields=["content_type", "at"], name="public_change_type_at")]

    def __str__(self):
        return f"{self.content_type_id}:{self.object_id} @ {self.at:%Y-%m-%d %H:%M:%S}"
