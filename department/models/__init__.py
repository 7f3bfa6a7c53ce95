from .base import CenterRecordQuerySet, all_centers_groups, sees_all_centers
from .certificates import CertificateQuerySet, FireSafetyCertificate
from .complaints import OPEN_STATUSES, Complaint, ComplaintStatus, MailStatus
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
    "all_centers_groups",
    "sees_all_centers",
]
