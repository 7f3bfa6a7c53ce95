"""Vietnamese phone numbers as people write them: 0912 345 678, +84 912 345 678, 024 3825 1234."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

_SEPARATORS = re.compile(r"[\s.\-()]")
# After the national prefix: a mobile number (9 digits starting 3, 5, 7, 8 or 9) or a
# landline (area code 2x, then 8 digits).
_NATIONAL = re.compile(r"^(?:[35789]\d{8}|2\d{9})$")


def normalize_vietnamese_phone(value):
    """Return the number as +84…, or raise ValidationError."""
    digits = _SEPARATORS.sub("", value or "")
    for prefix in ("+84", "0084", "84", "0"):
        if digits.startswith(prefix) and _NATIONAL.match(digits[len(prefix) :]):
            return "+84" + digits[len(prefix) :]
    raise ValidationError(
        _("Enter a Vietnamese phone number, for example 0912 345 678 or 024 3825 1234."),
        code="phone",
    )
