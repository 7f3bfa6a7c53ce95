"""Dates in the admin's listings that read as dates (see the template
``wagtailadmin/shared/human_readable_date.html``, which this project overrides).

Wagtail shows every date as the time since it ("3 hours ago"), so a date still to come
(a certificate's expiry, an inquiry's reply deadline) read "just now". A calendar day, or
any moment still to come, is shown as the date the editor would type, with how far it
is from today; a moment already past keeps Wagtail's "3 hours ago".
"""

from datetime import datetime

from django import template
from django.utils import timezone

from cms import formats

register = template.Library()


@register.simple_tag
def admin_day(value):
    """``{"date": "14/03/2027", "relative": "còn 12 ngày"}``, or None for a past moment."""
    if value is None or (isinstance(value, datetime) and value <= timezone.now()):
        return None
    return {"date": formats.admin_date(value), "relative": formats.relative_day(value)}
