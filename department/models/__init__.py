from cms.submissions import MailStatus

from .base import CenterRecordQuerySet
from .certificates import CertificateQuerySet, FireSafetyCertificate
from .complaints import OPEN_STATUSES, Complaint, ComplaintStatus
from .records import SafetyRecord, SafetyRecordKind, SafetyResult

__all__ = [
    "OPEN_STATUSES",
    "CenterRecordQuerySet",
    "CertificateQuerySet",
    "Complaint",
    "ComplaintStatus",
    "FireSafetyCertificate",
    "MailStatus",
    "SafetyRecord",
    "SafetyRecordKind",
    "SafetyResult",
]
