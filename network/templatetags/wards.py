"""``{{ code|ward_name }}``: a ward or commune's name in the language being shown."""

from django import template
from django.utils.translation import get_language

from network import wards

register = template.Library()


@register.filter
def ward_name(code):
    ward = wards.get(code)
    return ward.name(get_language()) if ward else ""
