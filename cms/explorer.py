"""Where the admin's page explorer opens for a user.

Wagtail opens it at the deepest page above everything the user may edit
(``explorable_root_instance``). A center's staff may edit their center in both language
trees, whose only common ancestor is the root, two levels above their center: they
opened *Pages* on "Root" and had to find their center. The explorer now opens at what
they may edit in the default language, where content is written first; users whose
permissions already share one tree (or cover the root) see no change.
"""

from django.urls import reverse
from wagtail.admin.wagtail_hooks import ExplorerMenuItem
from wagtail.models import Locale, Page
from wagtail.permissions import policy_registry


def explorer_start_page(user):
    policy = policy_registry.get_by_type(Page)
    root = policy.explorable_root_instance(user)
    if root is None or not root.is_root():
        return root
    default = Locale.get_default()
    pages = [
        page
        for page in policy.instances_with_direct_explore_permission(user)
        if page.locale_id == default.pk and not page.is_root()
    ]
    if not pages:
        return root
    return Page.objects.first_common_ancestor_of(pages, include_self=True, strict=True)


class StartPageExplorerMenuItem(ExplorerMenuItem):
    """Wagtail's *Pages* menu item, opening at :func:`explorer_start_page`."""

    def _start_page(self, request):
        return explorer_start_page(request.user)

    def get_context(self, request):
        context = super().get_context(request)
        start_page = self._start_page(request)
        if start_page is not None:
            context["start_page_id"] = start_page.id
        return context

    def render_component(self, request):
        from wagtail.admin.ui.sidebar import PageExplorerMenuItem as Component

        start_page = self._start_page(request)
        if start_page is None:
            return super().render_component(request)
        url = (
            self.url
            if start_page.is_root()
            else reverse("wagtailadmin_explore", args=[start_page.id])
        )
        return Component(
            self.name,
            self.label,
            url,
            start_page.id,
            icon_name=self.icon_name,
            classname=self.classname,
        )


def replace_explorer_item(menu_items):
    for index, item in enumerate(menu_items):
        if type(item) is ExplorerMenuItem:
            menu_items[index] = StartPageExplorerMenuItem(
                item.label,
                item.url,
                name=item.name,
                classname=item.classname,
                icon_name=item.icon_name,
                attrs=item.attrs,
                order=item.order,
            )
