from wagtail import hooks
from wagtail.permissions import register_permission_policy

from .admin_views import SafetyComplianceGroup
from .models import Complaint, FireSafetyCertificate, SafetyRecord
from .permissions import complaint_policy, register_policy

register_permission_policy(FireSafetyCertificate, register_policy(FireSafetyCertificate))
register_permission_policy(SafetyRecord, register_policy(SafetyRecord))
register_permission_policy(Complaint, complaint_policy(Complaint))


@hooks.register("register_admin_viewset")
def register_safety_viewsets():
    return SafetyComplianceGroup()
