"""The translators' group ("Biên dịch viên"): edit translations in every tree, publish nothing.

The group is the holder of ``roles.translate_all_centers`` (:mod:`roles.groups`), whatever
its name.

Its page permission is "change" on the root page (every language's tree), without
"publish": translators save translations as drafts and a center's staff or the
Department publish them. It may submit and sync translations (wagtail-localize's
``submit_translation``). Snippets without draft states have no publish step: a change is
live at once, so translators change translations only, never a source-language row (the
models' permission policy, :class:`roles.policies.TranslatedSnippetPermissionPolicy`);
the post_migrate handler keeps "change" granted for every translatable snippet model,
including ones added later, because wagtail-localize's editor asks for it.
"""

from django.apps import apps as global_apps

from roles.groups import translators_group


def ensure_translators_group(apps=global_apps):
    """Create the group with its admin, translation and page permissions. Idempotent."""
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Page = apps.get_model("wagtailcore", "Page")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")

    def permission(app_label, model, codename, name):
        content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
        found, _ = Permission.objects.get_or_create(
            content_type=content_type, codename=codename, defaults={"name": name}
        )
        return found

    group = translators_group(apps, create=True)
    group.permissions.add(
        permission("wagtailadmin", "admin", "access_admin", "Can access Wagtail admin"),
        permission(
            "wagtail_localize", "translation", "submit_translation", "Can submit translations"
        ),
    )
    root = Page.objects.filter(depth=1).order_by("path").first()
    if root is not None:
        change_page = permission("wagtailcore", "page", "change_page", "Can change page")
        GroupPagePermission.objects.get_or_create(group=group, page=root, permission=change_page)
    return group


def grant_snippet_permissions():
    """Let translators change every translatable snippet model (and choose them).

    The model permission is what wagtail-localize's editor asks for; the rows of the source
    language stay out of their reach through the models' permission policy
    (:class:`roles.policies.TranslatedSnippetPermissionPolicy`).
    """
    from django.contrib.auth.models import Permission
    from django.contrib.contenttypes.models import ContentType

    from .status import translatable_snippet_models

    group = translators_group()
    if group is None:
        return
    for model in translatable_snippet_models():
        content_type = ContentType.objects.get_for_model(model)
        codenames = [f"change_{model._meta.model_name}", f"view_{model._meta.model_name}"]
        group.permissions.add(
            *Permission.objects.filter(content_type=content_type, codename__in=codenames)
        )
