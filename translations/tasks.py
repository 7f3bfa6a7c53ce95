"""Background tasks (django-tasks): large trees are synced outside the request."""

from django_tasks import task

from . import sync


@task()
def sync_center_task(center_key):
    """Sync a whole center (every language version of its tree)."""
    return sync.sync_center(center_key)
