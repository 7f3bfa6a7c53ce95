"""A center's place in schema.org descriptions (JSON-LD): its address and coordinates."""


def center_address(center):
    """The center's ``PostalAddress``. Since 1 July 2025 an address in Hanoi is the ward or
    commune, then the city."""
    return {
        "@type": "PostalAddress",
        "streetAddress": center.address,
        "addressLocality": center.ward_name() or "Hà Nội",
        "addressRegion": "Hà Nội",
        "addressCountry": "VN",
    }


def center_geo(center):
    """The center's ``GeoCoordinates``."""
    return {
        "@type": "GeoCoordinates",
        "latitude": float(center.latitude),
        "longitude": float(center.longitude),
    }
