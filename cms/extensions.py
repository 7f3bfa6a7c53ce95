"""What the apps above the base add to every page, registered in their ``AppConfig.ready()``.

The base app imports no app above it. The workflow app decides who may publish a page;
the search app decides how every page's title and text are indexed. Each registers its
part here, and :class:`cms.models.BasePage` asks this module. Until an app registers,
a page behaves as Wagtail's own.

An app may also add a section to another app's page (the residents of a center on the
center's page, those working in a space on the space's page): the page's template names a
slot with ``{% page_sections "slot" %}`` (``cms_tags``), and each section registered for
that slot is rendered there.
"""

from dataclasses import dataclass


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


@dataclass(frozen=True)
class Section:
    template_name: str
    # ``context(page, request)``: the section's template context, or None to leave it out.
    context: object


# {slot: [Section]}, in the order the apps registered them.
sections = {}


def register_section(slot, template_name, context):
    entries = sections.setdefault(slot, [])
    if all(entry.template_name != template_name for entry in entries):
        entries.append(Section(template_name, context))
