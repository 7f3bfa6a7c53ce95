from wagtail import hooks
from wagtail.permissions import register_permission_policy

from .admin_views import SafetyComplianceGroup
from .models import Complaint, FireSafetyCertificate, SafetyRecord
from .permissions import CenterRecordPermissionPolicy, ComplaintPermissionPolicy

register_permission_policy(
    FireSafetyCertificate, CenterRecordPermissionPolicy(FireSafetyCertificate)
)
register_permission_policy(SafetyRecord, CenterRecordPermissionPolicy(SafetyRecord))
register_permission_policy(Complaint, ComplaintPermissionPolicy(Complaint))


@hooks.register("register_admin_viewset")
def register_safety_viewsets():
    return SafetyComplianceGroup()
