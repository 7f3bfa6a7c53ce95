"""How a center's related rows appear in the open-data API (/api/v2/centers/)."""

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from cms.api_fields import Taxonomy, TranslationsField, Ward, WholeObjectField

from .. import wards

__all__ = [
    "ContactsField",
    "LocalizedSectorsField",
    "OpeningHoursField",
    "TranslationsField",
    "WardField",
]


class OpeningHours(serializers.Serializer):
    weekday = serializers.IntegerField(min_value=0, max_value=6, help_text="Monday is 0.")
    opens = serializers.CharField(help_text="HH:MM, Hanoi time.")
    closes = serializers.CharField(help_text="HH:MM, Hanoi time.")


class Contact(serializers.Serializer):
    role = serializers.CharField(allow_blank=True)
    name = serializers.CharField(allow_blank=True)
    email = serializers.CharField(allow_blank=True)
    phone = serializers.CharField(allow_blank=True)


@extend_schema_field(Taxonomy(many=True))
class LocalizedSectorsField(WholeObjectField):
    """Sectors as ``[{"slug", "name"}]`` in the page's language."""

    def to_representation(self, page):
        return [{"slug": s.slug, "name": s.name} for s in page.localized_sectors()]


@extend_schema_field(OpeningHours(many=True))
class OpeningHoursField(WholeObjectField):
    """``[{"weekday": 0-6 (Monday=0), "opens": "08:00", "closes": "17:00"}]``, Hanoi time."""

    def to_representation(self, page):
        return [
            {"weekday": row.weekday, "opens": f"{row.opens:%H:%M}", "closes": f"{row.closes:%H:%M}"}
            for row in page.opening_hours.all()
        ]


@extend_schema_field(Contact(many=True))
class ContactsField(WholeObjectField):
    def to_representation(self, page):
        return [
            {"role": c.role, "name": c.name, "email": c.email, "phone": c.phone}
            for c in page.contacts.all()
        ]


@extend_schema_field(Ward(allow_null=True))
class WardField(WholeObjectField):
    """``{"code": official code, "name": in the page's language}``, or ``null``."""

    def to_representation(self, page):
        return wards.as_data(page.ward, page.locale.language_code)
