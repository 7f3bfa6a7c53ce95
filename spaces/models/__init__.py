from .inquiries import Inquiry, InquiryMailStatus, InquiryStatus
from .pages import (
    BlockedPeriod,
    NetworkSpacesPage,
    SpaceIndexPage,
    SpacePage,
    SpacePhoto,
)

__all__ = [
    "BlockedPeriod",
    "Inquiry",
    "InquiryMailStatus",
    "InquiryStatus",
    "NetworkSpacesPage",
    "SpaceIndexPage",
    "SpacePage",
    "SpacePhoto",
]
