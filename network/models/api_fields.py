"""How a center's related rows appear in the open-data API (/api/v2/centers/)."""

from rest_framework.fields import Field

from cms.api_fields import TranslationsField

from .. import wards

__all__ = [
    "ContactsField",
    "LocalizedSectorsField",
    "OpeningHoursField",
    "TranslationsField",
    "WardField",
]


class _WholePageField(Field):
    def __init__(self, **kwargs):
        kwargs["source"] = "*"
        kwargs["read_only"] = True
        super().__init__(**kwargs)


class LocalizedSectorsField(_WholePageField):
    """Sectors as ``[{"slug", "name"}]`` in the page's language."""

    def to_representation(self, page):
        return [{"slug": s.slug, "name": s.name} for s in page.localized_sectors()]


class OpeningHoursField(_WholePageField):
    """``[{"weekday": 0-6 (Monday=0), "opens": "08:00", "closes": "17:00"}]``, Hanoi time."""

    def to_representation(self, page):
        return [
            {"weekday": row.weekday, "opens": f"{row.opens:%H:%M}", "closes": f"{row.closes:%H:%M}"}
            for row in page.opening_hours.all()
        ]


class ContactsField(_WholePageField):
    def to_representation(self, page):
        return [
            {"role": c.role, "name": c.name, "email": c.email, "phone": c.phone}
            for c in page.contacts.all()
        ]


class WardField(_WholePageField):
    """``{"code": official code, "name": in the page's language}``, or ``null``."""

    def to_representation(self, page):
        return wards.as_data(page.ward, page.locale.language_code)
