from .attendance import EventAttendance
from .periods import ReportingPeriod, SignOff
from .responses import InquiryResponse

__all__ = ["EventAttendance", "InquiryResponse", "ReportingPeriod", "SignOff"]
