"""Slugs from Vietnamese titles, the way Vietnamese readers expect them.

"Đêm hát xẩm tối Thứ Năm" must become ``dem-hat-xam-toi-thu-nam``: đ is d, and the tone
and vowel marks go. Three places got it wrong, each differently:

- Wagtail's live slug field (the ``w-slug`` controller's urlify) transliterates with
  Django's downcode maps, where đ is Serbian "dj" and letters such as ẩ, ố, ứ are in no
  map and are dropped: ``djem-hat-xm-ti-th-nam``. :class:`VietnameseSlugInput` gives
  the controller *formatters* (regex replacements it runs before its maps) that fold
  every Vietnamese letter to its base letter first.
- A page saved without a slug gets Django's ``slugify`` of its title, which drops đ
  (it has no Unicode decomposition): ``em-hat-...``. :func:`vietnamese_slug` uses
  anyascii, which maps đ to d, as the server side of the same rule.
- wagtail-localize gives a translation the source's slug while its slug segment is
  untranslated. :func:`slug_from_translated_title` proposes one from the translated
  title, as a translation the translator can still change.
"""

import unicodedata

from anyascii import anyascii
from django.utils.text import slugify
from wagtail.admin.widgets import SlugInput

_VOWELS = "aăâeêioôơuưy"
_TONES = ["", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"]


def _vietnamese_letters():
    letters = {"đ", "Đ"}
    for base in _VOWELS:
        for tone in _TONES:
            letter = unicodedata.normalize("NFC", base + tone)
            letters.update({letter, letter.upper()})
    return sorted(letter for letter in letters if not letter.isascii())


def vietnamese_slug(text):
    """``dem-hat-xam-toi-thu-nam`` for "Đêm hát xẩm tối Thứ Năm" (ASCII, lower case)."""
    return slugify(anyascii(str(text or "")))


def slug_formatters():
    """(regex, replacement) pairs folding Vietnamese letters to ASCII, for ``w-slug``.

    One character class per base letter (every precomposed letter that folds to it,
    both cases), then combining marks (text typed in decomposed form) removed.
    """
    groups = {}
    for letter in _vietnamese_letters():
        groups.setdefault(anyascii(letter).lower(), []).append(letter)
    formatters = [(f"[{''.join(letters)}]", base) for base, letters in sorted(groups.items())]
    formatters.append(("[\\u0300-\\u036f]", ""))
    return formatters


class VietnameseSlugInput(SlugInput):
    """Wagtail's slug field, folding Vietnamese letters before it transliterates."""

    def __init__(self, attrs=None, formatters=None, locale=None):
        super().__init__(attrs=attrs, formatters=formatters or slug_formatters(), locale=locale)


# What Wagtail's admin made of Vietnamese letters before (its downcode maps, first map
# wins; any letter not listed was dropped), to recognise the slugs it produced.
_LEGACY_ADMIN_LETTERS = {
    letter: "dj" if letter in "đĐ" else anyascii(letter)
    for letter in "àáãăâèéêìíòóõôùúýđ" + "àáãăâèéêìíòóõôùúýđ".upper()
}


def legacy_admin_slug(title):
    """The slug Wagtail's admin field used to propose for ``title`` (before the fix)."""
    text = "".join(
        char if char.isascii() else _LEGACY_ADMIN_LETTERS.get(char, "")
        for char in unicodedata.normalize("NFC", str(title or "").strip())
    )
    return slugify(text)


def is_mangled(slug, title):
    """Whether ``slug`` is what the old admin or Django's slugify made of a Vietnamese
    ``title`` and differs from the right transliteration."""
    right = vietnamese_slug(title)
    return slug != right and slug in {legacy_admin_slug(title), slugify(title)}


def slug_from_translated_title(string_translation):
    """When a page's title gets a translation and its slug has none yet, give the slug
    one made from the translated title (wagtail-localize would otherwise keep the
    source's slug). The translator sees it as translated and may change it."""
    from wagtail.models import Page
    from wagtail_localize.models import StringSegment, StringTranslation, TranslationContext
    from wagtail_localize.strings import StringValue

    context = string_translation.context
    if context is None or context.path != "title":
        return None
    model = context.object.content_type.model_class()
    if model is None or not issubclass(model, Page):
        return None
    slug_context = TranslationContext.objects.filter(
        object_id=context.object_id, path="slug"
    ).first()
    if slug_context is None:
        return None
    segment = (
        StringSegment.objects.filter(context=slug_context)
        .select_related("string")
        .order_by("-pk")
        .first()
    )
    if segment is None:
        return None
    translations = StringTranslation.objects.filter(
        translation_of=segment.string, context=slug_context, locale=string_translation.locale
    )
    slug = vietnamese_slug(StringValue(string_translation.data).render_text())
    if not slug or translations.exists():
        return None
    return StringTranslation.objects.create(
        translation_of=segment.string,
        context=slug_context,
        locale=string_translation.locale,
        data=slug,
        translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
        tool_name="slug from title",
    )


def rename_mangled_slugs(dry_run=False):
    """Give every page whose slug :func:`is_mangled` its right slug; [(page, old, new)].

    The page is saved (Wagtail updates the URLs under it and, through its
    ``page_slug_changed`` signal, redirects the old ones), and its draft and live
    revisions take the new slug too, so that publishing an older draft does not bring
    the mangled slug back.
    """
    from wagtail.coreutils import find_available_slug
    from wagtail.models import Page

    renamed = []
    for page in Page.objects.order_by("path"):
        if not is_mangled(page.slug, page.title):
            continue
        old = page.slug
        new = find_available_slug(page.get_parent(), vietnamese_slug(page.title), page.pk)
        renamed.append((page, old, new))
        if dry_run:
            continue
        page.slug = new
        page.save(clean=False)
        for revision in {page.latest_revision, page.live_revision} - {None}:
            if revision.content.get("slug") == old:
                revision.content["slug"] = new
                revision.content["url_path"] = page.url_path
                revision.save(update_fields=["content"])
    return renamed
