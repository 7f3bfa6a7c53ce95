"""Signal handlers of the operations app, connected in OpsConfig.ready()."""

from django.contrib.auth.signals import user_logged_in, user_login_failed
from wagtail.signals import page_published, page_unpublished, post_page_move

from . import frontend_cache, ratelimit


def count_login_failure(sender, credentials, request=None, **kwargs):
    if request is not None:
        ratelimit.record_failure(request, credentials.get("username", ""))


def clear_login_failures(sender, request, user, **kwargs):
    if request is not None:
        ratelimit.clear(request, user.get_username())


def connect():
    user_login_failed.connect(count_login_failure, dispatch_uid="ops_count_login_failure")
    user_logged_in.connect(clear_login_failures, dispatch_uid="ops_clear_login_failures")
    page_published.connect(frontend_cache.page_changed, dispatch_uid="ops_purge_published")
    page_unpublished.connect(frontend_cache.page_changed, dispatch_uid="ops_purge_unpublished")
    post_page_move.connect(frontend_cache.page_moved, dispatch_uid="ops_purge_moved")
