from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OpenCallsConfig(AppConfig):
    name = "opencalls"
    verbose_name = _("Open calls and applications")

    def ready(self):
        from django.db.models.signals import post_delete

        from cms import navigation
        from network import extensions
        from spaces import retention

        from .models import Application, ApplicationAttachment, CallIndexPage

        navigation.register("opencalls.NetworkCallsPage", _("Open calls"), order=25)
        extensions.register_index_page(CallIndexPage, "calls", _("Open calls"))
        retention.register(
            "applications", Application.objects.expired, "APPLICATION_RETENTION_DAYS"
        )
        post_delete.connect(
            _attachment_deleted,
            sender=ApplicationAttachment,
            dispatch_uid="opencalls-attachment-file",
        )


def _attachment_deleted(sender, instance, **kwargs):
    """An attachment's row gone (with its application): its file goes too."""
    if instance.file:
        instance.file.delete(save=False)
