"""The admin screen where center staff import an .ics file or URL into their calendar."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.validators import URLValidator
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.auth import require_admin_access

from .importer import MAX_BYTES, CalendarImportError, import_calendar, read_url
from .models import EventIndexPage


def importable_calendars(user):
    """The calendars (Vietnamese tree) where ``user`` may add events."""
    pages = EventIndexPage.objects.filter(locale__language_code="vi").order_by("path")
    return [page for page in pages if page.permissions_for_user(user).can_add_subpage()]


class ImportForm(forms.Form):
    calendar = forms.TypedChoiceField(label=_("Calendar"), coerce=int)
    file = forms.FileField(label=_("iCalendar file (.ics)"), required=False)
    url = forms.URLField(
        label=_("or its address (URL)"),
        required=False,
        assume_scheme="https",
        validators=[
            URLValidator(
                schemes=["http", "https"],
                message=_("Give an http:// or https:// address."),
                code="scheme",  # the field's own "invalid" message would replace it
            )
        ],
    )
    live = forms.BooleanField(
        label=_("Publish the events"),
        required=False,
        help_text=_("Leave unticked to import them as drafts to review."),
    )

    def __init__(self, *args, calendars=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["calendar"].choices = [(page.pk, page.get_parent().title) for page in calendars]

    def clean(self):
        data = super().clean()
        if not data.get("file") and not data.get("url"):
            raise forms.ValidationError(_("Choose a file or give an address."))
        upload = data.get("file")
        if upload and upload.size > MAX_BYTES:
            raise forms.ValidationError(_("The calendar is larger than 5 MB."))
        return data


@require_admin_access
def import_view(request):
    calendars = importable_calendars(request.user)
    if not calendars:
        raise PermissionDenied
    form = ImportForm(request.POST or None, request.FILES or None, calendars=calendars)
    if request.method == "POST" and form.is_valid():
        index = next(page for page in calendars if page.pk == form.cleaned_data["calendar"])
        upload = form.cleaned_data.get("file")
        try:
            data = upload.read() if upload else read_url(form.cleaned_data["url"])
            result = import_calendar(index, data, live=form.cleaned_data["live"], user=request.user)
        except CalendarImportError as error:
            form.add_error(None, _("Nothing was imported: %(error)s") % {"error": error})
        else:
            for warning in result.warnings:
                messages.warning(request, warning)
            messages.success(request, result.summary())
            return redirect("wagtailadmin_explore", index.pk)
    return TemplateResponse(request, "events/admin/import.html", {"form": form})
