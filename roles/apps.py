from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RolesConfig(AppConfig):
    name = "roles"
    verbose_name = _("Roles and center scope")

    def ready(self):
        register_translated_snippet_policies()


def register_translated_snippet_policies():
    """Every translatable model edited on its own (not a page, not a page's inline row)
    gets the policy that keeps its source language away from translators.

    Registered here, before Wagtail registers snippet viewsets, which would otherwise
    fix a default policy for the model.
    """
    from django.apps import apps
    from modelcluster.fields import ParentalKey
    from wagtail.models import Page, TranslatableMixin
    from wagtail.permissions import policy_registry, register_permission_policy

    from .policies import TranslatedSnippetPermissionPolicy

    for model in apps.get_models():
        if not issubclass(model, TranslatableMixin) or issubclass(model, Page):
            continue
        if any(isinstance(field, ParentalKey) for field in model._meta.get_fields()):
            continue
        if policy_registry.get_by_type(model, fallback=False) is None:
            register_permission_policy(model, TranslatedSnippetPermissionPolicy(model))
