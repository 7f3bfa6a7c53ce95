"""What every listing reads from a query string: its page number and its search text.

A page is forgiving (a bad page number shows the first page, with a message where the page
has room for one) and the API is strict (a 400 beyond the same bounds): both take the
bounds from here, so the search box, the suggestions and the API agree. The same goes for
a listing's filters (:class:`ListingFilterSet`).
"""

import django_filters
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.utils.functional import cached_property
from django.utils.translation import gettext as _

# The words of a search: so many, each so long, read from so many characters. Beyond
# these the database backend built a query tree too deep for Python; the API refuses a
# longer ``search``.
MAX_QUERY_CHARS = 200
MAX_QUERY_TERMS = 12
MAX_TERM_CHARS = 40
# What a page reads of a typed query: room for those words and whatever stands between
# them. The rest is cut, not refused, and never searched or shown back.
QUERY_READ_CHARS = MAX_QUERY_CHARS * 4

# A page number is read from its first characters only, so the message that quotes it
# stays short.
PAGE_NUMBER_CHARS = 12


def query_text(raw):
    """The search text of a query-string value, cut at ``QUERY_READ_CHARS``."""
    return raw[:QUERY_READ_CHARS] if isinstance(raw, str) else ""


def number_text(raw):
    """What a number is read from: ``raw``'s first ``PAGE_NUMBER_CHARS`` characters."""
    return str(raw).strip()[:PAGE_NUMBER_CHARS]


def whole_number(raw):
    """The whole number written in ``raw`` (:func:`number_text`), or None."""
    try:
        return int(number_text(raw))
    except ValueError:
        return None


def page_number(raw, notes=None):
    """The page asked for in ``raw`` (``?page=``): 1 when absent, not a number or below 1.

    A listing that explains itself passes ``notes``, a list the reason is added to.
    """
    if raw in (None, ""):
        return 1
    number = whole_number(raw)
    if number is None:
        if notes is not None:
            notes.append(
                _("“%(value)s” is not a page number: showing the first page.") % {"value": raw}
            )
        return 1
    if number < 1:
        if notes is not None:
            notes.append(_("Pages start at 1: showing the first page."))
        return 1
    return number


def page_of(paginator, raw, notes=None):
    """The ``paginator``'s page asked for in ``raw``; its last page when asked for more."""
    number = page_number(raw, notes)
    if number > paginator.num_pages:
        if notes is not None:
            notes.append(
                _("There is no page %(number)s: showing the last page, %(last)s.")
                % {"number": number, "last": paginator.num_pages}
            )
        number = paginator.num_pages
    return paginator.page(number)


class ListingFilterSet(django_filters.FilterSet):
    """A listing's filters, one set for its page, its feeds, its widget and its API.

    Each value is checked on its own by its form field. A page is forgiving: ``qs``
    applies the valid values and ``messages`` names the others, in the visitor's
    language. The API passes ``strict=True``: ``qs`` raises a ``ValidationError`` with the
    first of ``strict_messages()`` instead, which the API answers as a 400.
    """

    def __init__(self, data=None, queryset=None, *, strict=False, **kwargs):
        self.strict = strict
        super().__init__(data, queryset, **kwargs)

    @cached_property
    def messages(self):
        """What was set aside, field by field, then what concerns several fields.

        A list: the page adds its own notes (a page number, a month) to it.
        """
        errors = self.form.errors.as_data()
        return [
            message
            for name in [*self.form.fields, NON_FIELD_ERRORS]
            for error in errors.get(name, [])
            for message in error
        ]

    def strict_messages(self):
        """The API's messages: the page's, unless a listing words them for a consumer."""
        return self.messages

    def check(self):
        """In strict mode, refuse the first value set aside."""
        if self.strict and (found := self.strict_messages()):
            raise ValidationError(str(found[0]), code="invalid_filter")

    def filter_queryset(self, queryset):
        self.check()
        return super().filter_queryset(queryset)
