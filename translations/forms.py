"""Dashboard filters and the PO upload form. Every choice is a known value."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, get_page_models

from .states import State
from .status import model_key, translatable_snippet_models

NETWORK = "network"


def type_choices():
    models = [m for m in get_page_models() if m._meta.model_name != "page"]
    models += translatable_snippet_models()
    choices = [(model_key(m), str(m._meta.verbose_name).capitalize()) for m in models]
    return sorted(choices, key=lambda choice: choice[1].casefold())


class DashboardFilterForm(forms.Form):
    center = forms.ChoiceField(label=_("Center"), required=False)
    type = forms.ChoiceField(label=_("Type"), required=False)
    locale = forms.ChoiceField(label=_("Language"), required=False)
    state = forms.ChoiceField(label=_("State"), required=False)

    def __init__(self, *args, centers=(), show_network=True, **kwargs):
        super().__init__(*args, **kwargs)
        everything = [("", _("All"))]
        network = [(NETWORK, _("Network pages and shared vocabularies"))] if show_network else []
        self.fields["center"].choices = everything + network + list(centers)
        self.fields["type"].choices = everything + type_choices()
        self.fields["locale"].choices = everything + [
            (locale.language_code, locale.get_display_name()) for locale in Locale.objects.all()
        ]
        self.fields["state"].choices = everything + list(State.choices)

    def apply(self, rows):
        """Rows matching every filter but the state (the counts are taken from these)."""
        data = self.cleaned_data
        if data.get("center") == NETWORK:
            rows = [row for row in rows if row.center is None]
        elif data.get("center"):
            rows = [row for row in rows if row.center_key == data["center"]]
        if data.get("type"):
            rows = [row for row in rows if row.type_key == data["type"]]
        if data.get("locale"):
            rows = [row for row in rows if row.target_locale.language_code == data["locale"]]
        return rows

    def apply_state(self, rows):
        state = self.cleaned_data.get("state")
        return [row for row in rows if row.state == state] if state else rows


class POUploadForm(forms.Form):
    file = forms.FileField(
        label=_("PO file or zip of PO files"),
        help_text=_("The files exported from this dashboard, with the translations filled in."),
    )
