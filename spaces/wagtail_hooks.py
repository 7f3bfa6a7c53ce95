from wagtail import hooks
from wagtail.permissions import register_permission_policy

from .admin_views import InquiryViewSet
from .models import Inquiry
from .permissions import inquiry_policy

register_permission_policy(Inquiry, inquiry_policy(Inquiry))


@hooks.register("register_admin_viewset")
def register_inquiry_viewset():
    return InquiryViewSet("inquiries")
