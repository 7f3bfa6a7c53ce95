"""How spaces take part in the network search (see :mod:`sitesearch.protocol`):
their result card shows type, area, capacity and price in the page's language."""

from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from cms import formats
from sitesearch.indexing import page_language

from .choices import PricePeriod


def result_meta(space):
    language = page_language(space)  # cached per locale: no query per card
    with translation.override(language):
        size = [str(space.get_space_type_display()), f"{formats.number(space.area, language)} m²"]
        if space.capacity:
            size.append(
                ngettext("up to %(people)s person", "up to %(people)s people", space.capacity)
                % {"people": formats.number(space.capacity, language)}
            )
        if space.price_period == PricePeriod.REQUEST or space.price is None:
            price = _("Price on request")
        else:
            price = f"{formats.vnd(space.price, language)} {space.get_price_period_display()}"
        return [" · ".join(size), price]
