"""schema.org Place and Offer description of a space, for search engines."""

from cms.jsonld import json_ld_script
from network.jsonld import center_address, center_geo

from .choices import PricePeriod

UNIT_CODES = {PricePeriod.HOUR: "HUR", PricePeriod.DAY: "DAY", PricePeriod.MONTH: "MON"}


def space_data(space, request=None):
    center = space.center
    url = space.get_full_url(request)
    data = {
        "@context": "https://schema.org",
        "@type": "Place",
        "@id": url,
        "name": space.title,
        "url": url,
        "description": space.introduction or None,
        "floorSize": {"@type": "QuantitativeValue", "value": space.area, "unitCode": "MTK"},
        "maximumAttendeeCapacity": space.capacity,
        "amenityFeature": [
            {"@type": "LocationFeatureSpecification", "name": amenity.name, "value": True}
            for amenity in space.localized_amenities()
        ],
    }
    if center is not None:
        data["address"] = center_address(center)
        data["geo"] = center_geo(center)
        data["containedInPlace"] = {"@type": "Place", "name": center.title}
    if space.price is not None and space.price_period in UNIT_CODES:
        offers = [_offer(space, space.price, url)]
        if space.reduced_price:
            offers.append(_offer(space, space.reduced_price, url, space.reduced_price_terms))
        data["makesOffer"] = offers
    return {key: value for key, value in data.items() if value not in (None, [], "")}


def _offer(space, price, url, description=""):
    offer = {
        "@type": "Offer",
        "url": url,
        "priceCurrency": "VND",
        "price": price,
        "priceSpecification": {
            "@type": "UnitPriceSpecification",
            "price": price,
            "priceCurrency": "VND",
            "unitCode": UNIT_CODES[space.price_period],
        },
    }
    if description:
        offer["description"] = description
    return offer


def space_json_ld(space, request=None):
    """The JSON-LD text, safe inside a <script> element."""
    return json_ld_script(space_data(space, request))
