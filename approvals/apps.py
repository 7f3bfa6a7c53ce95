from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ApprovalsConfig(AppConfig):
    name = "approvals"
    verbose_name = _("Approvals")

    def ready(self):
        from cms import extensions
        from events.extensions import events

        from . import checks, signal_handlers, workflow

        signal_handlers.connect()
        extensions.pages.permission_tester = workflow.ApprovalPermissionTester
        events.workflow_for_event = checks.workflow_for_event
        events.refuse_direct_publish = checks.refuse_direct_publish
