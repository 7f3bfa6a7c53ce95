"""What the apps above the base add to every page, registered in their ``AppConfig.ready()``.

The base app imports no app above it. The workflow app decides who may publish a page;
the search app decides how every page's title and text are indexed. Each registers its
part here, and :class:`cms.models.BasePage` asks this module. Until an app registers,
a page behaves as Wagtail's own.
"""


class PageExtensions:
    def __init__(self):
        # ``tester(user, page)``: a ``wagtail.models.PagePermissionTester``.
        self.permission_tester = None
        # ``adapt(search_fields)``: the page type's search fields, changed by the search app.
        self.search_fields = None
        # ``key(page)``: the text indexed as the page's ``search_title_key`` and
        # ``search_text_key``.
        self.title_key = None
        self.text_key = None


pages = PageExtensions()
