"""schema.org ``Organization`` (or ``Person``, for an artist) description of a resident."""

from django.utils.html import strip_tags

from cms.jsonld import json_ld_script
from network.jsonld import center_address

from .choices import ResidentKind


def resident_data(resident, request=None):
    url = resident.get_full_url(request)
    data = {
        "@context": "https://schema.org",
        "@type": "Person" if resident.kind == ResidentKind.ARTIST else "Organization",
        "@id": url,
        "name": resident.title,
        "url": resident.website or url,
        "mainEntityOfPage": url,
        "description": resident.introduction or strip_tags(resident.description) or None,
        "sameAs": [link.url for link in resident.links.all()],
        "knowsAbout": [sector.name for sector in resident.localized_sectors()],
    }
    if resident.logo is not None:
        rendition = resident.logo.get_rendition("max-800x800")
        key = "image" if resident.kind == ResidentKind.ARTIST else "logo"
        data[key] = request.build_absolute_uri(rendition.url) if request else rendition.url
    if resident.contact_public:
        data["email"] = resident.contact_email or None
        data["telephone"] = resident.contact_phone or None
    center = resident.center
    if center is not None:
        place = {
            "@type": "Place",
            "name": center.title,
            "address": center_address(center),
        }
        key = "workLocation" if resident.kind == ResidentKind.ARTIST else "location"
        data[key] = place
    services = resident.services
    if services:
        data["makesOffer"] = [
            {"@type": "Offer", "itemOffered": {"@type": "Service", "name": str(service.label)}}
            for service in services
        ]
    return {key: value for key, value in data.items() if value not in (None, [], "")}


def resident_json_ld(resident, request=None):
    """The JSON-LD text, safe inside a <script> element."""
    return json_ld_script(resident_data(resident, request))
