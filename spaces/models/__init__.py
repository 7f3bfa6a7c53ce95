from .inquiries import Inquiry, InquiryMailStatus, InquiryStatus
from .pages import (
    BlockedPeriod,
    NetworkSpacesPage,
    PricePeriod,
    SpaceIndexPage,
    SpacePage,
    SpacePhoto,
    SpaceType,
)

__all__ = [
    "BlockedPeriod",
    "Inquiry",
    "InquiryMailStatus",
    "InquiryStatus",
    "NetworkSpacesPage",
    "PricePeriod",
    "SpaceIndexPage",
    "SpacePage",
    "SpacePhoto",
    "SpaceType",
]
