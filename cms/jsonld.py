"""schema.org descriptions (JSON-LD) in a page's ``<script type="application/ld+json">``."""

import json

from django.utils.html import _json_script_escapes
from django.utils.safestring import mark_safe


def json_ld_script(data):
    """``data`` as the text of a JSON-LD script element: JSON with the non-ASCII letters kept
    as they are, and ``<``, ``>`` and ``&`` escaped so that no text in it closes the element
    (Django's ``json_script`` escapes)."""
    text = json.dumps(data, ensure_ascii=False)
    return mark_safe(text.translate(_json_script_escapes))  # noqa: S308 (escaped above)
