from .pages import CenterContact, CenterPage, NetworkHomePage, OpeningHours, StandardPage
from .taxonomy import Amenity, Sector, Taxonomy

__all__ = [
    "Amenity",
    "CenterContact",
    "CenterPage",
    "NetworkHomePage",
    "OpeningHours",
    "Sector",
    "StandardPage",
    "Taxonomy",
]
