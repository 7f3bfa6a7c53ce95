"""Keep a center's staff permissions and indexes in step with the center itself."""

from django.db.models.signals import post_save
from wagtail.models import GroupPagePermission, Page
from wagtail.signals import page_published

from . import extensions
from .centers import grant_center_permissions
from .models import CenterPage


def grant_permissions_on_translation(sender, instance, created, raw=False, **kwargs):
    """A new language version of a center belongs to the same editors group."""
    if raw or not instance.editors_group_id:
        return
    if not GroupPagePermission.objects.filter(
        group_id=instance.editors_group_id, page=instance
    ).exists():
        grant_center_permissions(instance)


def publish_new_indexes_with_center(sender, instance, **kwargs):
    """A center created as a draft gets its calendar and spaces index published with it."""
    index_models = tuple(entry.model for entry in extensions.index_pages)
    for child in Page.objects.child_of(instance).filter(live=False, first_published_at=None):
        child = child.specific
        if isinstance(child, index_models):
            child.save_revision().publish()


def connect():
    post_save.connect(grant_permissions_on_translation, sender=CenterPage)
    page_published.connect(publish_new_indexes_with_center, sender=CenterPage)
