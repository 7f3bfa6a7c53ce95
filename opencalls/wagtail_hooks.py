from wagtail import hooks
from wagtail.permissions import register_permission_policy

from .admin_views import ApplicationViewSet
from .applications import Application
from .permissions import application_policy

register_permission_policy(Application, application_policy(Application))


@hooks.register("register_admin_viewset")
def register_application_viewset():
    return ApplicationViewSet("applications")
