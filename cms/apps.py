from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = _("Platform core")

    def import_models(self):
        # cms is the first app, so this runs before any app's models are imported: a
        # stranger's ``events`` stops the process here with the way out, not with a bare
        # ImportError from a models module that imports ours.
        from . import checks

        checks.refuse_apps_outside_project()
        super().import_models()

    def ready(self):
        from django.db import models
        from django.db.models.signals import post_save
        from wagtail.admin.forms.models import register_form_field_override
        from wagtail_localize.models import StringTranslation

        from . import harvest
        from .slugs import VietnameseSlugInput

        # Every slug field of the admin's forms (pages and snippets) folds Vietnamese.
        register_form_field_override(models.SlugField, override={"widget": VietnameseSlugInput})
        harvest.connect()
        post_save.connect(
            propose_translated_slug, sender=StringTranslation, dispatch_uid="cms_translated_slug"
        )


def propose_translated_slug(sender, instance, created, raw=False, **kwargs):
    if not raw:
        from .slugs import slug_from_translated_title

        slug_from_translated_title(instance)
