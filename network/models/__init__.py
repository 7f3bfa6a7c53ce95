from .pages import CenterContact, CenterPage, NetworkHomePage, OpeningHours, StandardPage
from .sections import CenterSectionPage, NetworkSectionPage
from .taxonomy import Amenity, Sector, Taxonomy

__all__ = [
    "Amenity",
    "CenterContact",
    "CenterPage",
    "CenterSectionPage",
    "NetworkHomePage",
    "NetworkSectionPage",
    "OpeningHours",
    "Sector",
    "StandardPage",
    "Taxonomy",
]
