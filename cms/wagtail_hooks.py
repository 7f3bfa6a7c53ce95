"""Serving a page: only the query parameters it reads reach it (ops.pagecache). The
explorer menu item opens where the user works (cms.explorer)."""

from wagtail import hooks

from ops import pagecache

from .explorer import replace_explorer_item


@hooks.register("construct_main_menu")
def open_the_explorer_where_the_user_works(request, menu_items):
    replace_explorer_item(menu_items)


@hooks.register("before_serve_page")
def drop_unread_query_parameters(page, request, serve_args, serve_kwargs):
    """Only the parameters the page (or its route) reads reach it; the others are
    dropped, and the page cache answers for the address without them when it can."""
    view = serve_args[0] if serve_args and callable(serve_args[0]) else None
    names = getattr(view, "query_parameters", None)
    if names is None:
        names = getattr(page, "query_parameters", frozenset())
    return pagecache.only_read(request, names)
