"""The confirmation asked before a translation with untranslated segments is published."""

from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from ..publishing import CONFIRM_FIELD, LISTED, asks_first, segment_text


class ConfirmPublishView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "translations/confirm_publish.html"
    header_icon = "warning"
    instance = None
    translation = None
    missing = ()

    def get_page_title(self):
        return _("Publish with untranslated segments?")

    def get_page_subtitle(self):
        return str(self.instance)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def post(self, request, *args, **kwargs):
        return self.render_to_response(self.get_context_data(**kwargs))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        total = self.translation.source.stringsegment_set.count()
        count = len(self.missing)
        context.update(
            {
                "count": count,
                "total": total,
                "summary": ngettext(
                    "%(count)s of %(total)s segments is not translated yet.",
                    "%(count)s of %(total)s segments are not translated yet.",
                    count,
                )
                % {"count": count, "total": total},
                "consequence": _(
                    "If you publish now, the %(target)s version shows them in %(source)s."
                )
                % {
                    "target": self.translation.target_locale.get_display_name(),
                    "source": self.translation.source.locale.get_display_name(),
                },
                "segments": [segment_text(segment) for segment in self.missing[:LISTED]],
                "more": max(0, count - LISTED),
                "confirm_field": CONFIRM_FIELD,
                "action_url": self.request.path,
                "next_url": self.request.POST.get("next", ""),
            }
        )
        return context


def confirm_if_untranslated(request, instance):
    """The confirmation page when ``request`` publishes ``instance`` from the translation
    editor with untranslated segments and has not confirmed; else None (Wagtail and
    wagtail-localize carry on)."""
    found = asks_first(request, instance)
    if found is None:
        return None
    translation, missing = found
    view = ConfirmPublishView.as_view(instance=instance, translation=translation, missing=missing)
    return view(request)
