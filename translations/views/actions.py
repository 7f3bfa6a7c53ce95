"""Dashboard actions: what changed, sync a whole center, PO export and import."""

import uuid

from django.contrib import messages
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django.views.generic import FormView, TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.views.edit_translation import user_can_edit_instance

from network.models import CenterPage

from .. import po, sync
from ..access import can_use_dashboard, visible_center_keys
from ..changes import changed_segments, current_instance
from ..forms import POUploadForm
from ..states import State
from ..status import TranslationStatus
from ..tasks import sync_center_task


def _require_dashboard(user):
    if not can_use_dashboard(user):
        raise PermissionDenied


def instance_visible(user, instance):
    keys = visible_center_keys(user)
    if keys is None:
        return True
    if not isinstance(instance, Page):
        return False
    centers = CenterPage.objects.ancestor_of(instance, inclusive=True)
    return centers.filter(translation_key__in=keys).exists()


def can_edit_translation(user, translation):
    try:
        target = translation.get_target_instance()
    except ObjectDoesNotExist:  # the target was deleted: nothing to edit
        return False
    return instance_visible(user, target) and user_can_edit_instance(user, target)


def _back(request):
    url = request.POST.get("next") or request.GET.get("next") or ""
    if url and url_has_allowed_host_and_scheme(url, {request.get_host()}):
        return url
    return reverse("translations:dashboard")


def _is_uuid(value):
    try:
        uuid.UUID(str(value))
    except ValueError:
        return False
    return True


def _visible_center(request, key):
    """``key`` if it names a center the user may see, else None (with a message)."""
    keys = visible_center_keys(request.user)
    if (
        _is_uuid(key)
        and (keys is None or key in keys)
        and CenterPage.objects.filter(translation_key=key).exists()
    ):
        return key
    messages.error(request, _("Choose one of the centers in the list."))
    return None


class ChangesView(WagtailAdminTemplateMixin, TemplateView):
    """Which segments changed in a source since its translations were last synced."""

    template_name = "translations/changes.html"
    header_icon = "globe"

    def get_page_title(self):
        return _("What changed")

    def get_page_subtitle(self):
        return self.source.object_repr

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("translations:dashboard"), "label": _("Translation status")},
            {"url": "", "label": self.get_page_title()},
        ]

    def dispatch(self, request, source_id):
        _require_dashboard(request.user)
        self.source = get_object_or_404(TranslationSource, pk=source_id)
        try:
            self.instance = current_instance(self.source)
        except ObjectDoesNotExist as error:  # the source object was deleted
            raise Http404 from error
        if not instance_visible(request.user, self.instance):
            raise PermissionDenied
        return super().dispatch(request)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            {
                "source": self.source,
                "changes": changed_segments(self.source, self.instance),
                "sync_url": reverse("wagtail_localize:update_translations", args=[self.source.pk])
                + "?next="
                + reverse("translations:dashboard"),
            }
        )
        return context


@require_POST
def sync_center(request):
    """Sync a center's whole tree as a background task."""
    _require_dashboard(request.user)
    key = _visible_center(request, request.POST.get("center", ""))
    if key is None:
        return redirect(_back(request))
    result = sync_center_task.enqueue(key)
    title = CenterPage.objects.filter(translation_key=key).values_list("title", flat=True).first()
    if result.is_finished:
        value = result.return_value or {}
        messages.success(
            request,
            _(
                "%(center)s synced: %(updated)s of %(checked)s translated pages had changes "
                "to translate."
            )
            % {
                "center": title,
                "updated": value.get("updated", 0),
                "checked": value.get("checked", 0),
            },
        )
    else:
        messages.success(
            request,
            _("Syncing %(center)s in the background; reload this page in a minute.")
            % {"center": title},
        )
    return redirect(_back(request))


@require_POST
def export_center(request):
    """A zip of PO files for every outdated or unfinished translation of a center."""
    _require_dashboard(request.user)
    key = _visible_center(request, request.POST.get("center", ""))
    code = request.POST.get("locale", "")
    locale = Locale.objects.filter(language_code=code).first()
    if key is None or locale is None:
        if locale is None:
            messages.error(request, _("Choose the language to translate into."))
        return redirect(_back(request))
    sync.sync_center(key)  # the files must hold the sources' current text
    status = TranslationStatus(center_keys={key})
    wanted = [
        row.translation_id
        for row in status.page_rows()
        if row.target_locale.pk == locale.pk
        and row.translation_id
        and row.state in (State.OUTDATED, State.IN_PROGRESS)
    ]
    translations = [
        t
        for t in Translation.objects.filter(pk__in=wanted).select_related("source", "target_locale")
        if can_edit_translation(request.user, t)
    ]
    if not translations:
        messages.info(request, _("Nothing to translate in that center for that language."))
        return redirect(_back(request))
    center = status.centers[key]
    name = slugify(center.slugs.get(locale.pk) or next(iter(center.slugs.values())))
    response = HttpResponse(po.export_zip(translations), content_type="application/zip")
    response["Content-Disposition"] = f'attachment; filename="{name}-{locale.language_code}.zip"'
    return response


class ImportView(WagtailAdminTemplateMixin, FormView):
    """Upload PO files (one, or a zip of many); all are checked before any is imported."""

    template_name = "translations/po_import.html"
    form_class = POUploadForm
    header_icon = "upload"

    def get_page_title(self):
        return _("Import translations")

    def get_page_subtitle(self):
        return self.expected.source.object_repr if self.expected else ""

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("translations:dashboard"), "label": _("Translation status")},
            {"url": "", "label": self.get_page_title()},
        ]

    def dispatch(self, request, translation_id=None):
        _require_dashboard(request.user)
        self.expected = None
        if translation_id is not None:
            self.expected = get_object_or_404(
                Translation.objects.select_related("source", "target_locale"), pk=translation_id
            )
            if not can_edit_translation(request.user, self.expected):
                raise PermissionDenied
        return super().dispatch(request)

    def form_valid(self, form):
        try:
            uploads = po.read_upload(form.cleaned_data["file"])
            imported = po.import_uploads(
                uploads,
                self.request.user,
                lambda t: can_edit_translation(self.request.user, t),
                expected=self.expected,
            )
        except po.POImportRefused as refused:
            messages.error(self.request, _("Nothing was imported."))
            return self.render_to_response(
                self.get_context_data(form=form, import_errors=refused.errors)
            )
        messages.success(
            self.request,
            _("Imported %(count)s translation files: %(names)s.")
            % {
                "count": len(imported),
                "names": ", ".join(
                    f"{t.source.object_repr} ({t.target_locale.language_code})" for t in imported
                ),
            },
        )
        return redirect(reverse("translations:dashboard"))
