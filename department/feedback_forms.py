"""The public complaint / feedback form of a center (``/<lang>/feedback/<center>/``)."""

import unicodedata

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from spaces.forms import message_length_validator
from spaces.models import SpacePage
from spaces.phone import normalize_vietnamese_phone

# Unicode categories a person does not type: controls, unassigned, private use, surrogates.
UNTYPEABLE = {"Cc", "Cn", "Co", "Cs"}
ALLOWED_CONTROLS = {"\n", "\r", "\t"}


def unreadable_characters(value):
    """True when ``value`` holds characters nobody types (controls, private use, unassigned)."""
    return any(
        unicodedata.category(char) in UNTYPEABLE and char not in ALLOWED_CONTROLS for char in value
    )


class SpaceField(forms.ModelChoiceField):
    """A space by its id. An id past what a database integer holds is not a choice: SQLite
    raises OverflowError for it instead of finding nothing."""

    def to_python(self, value):
        try:
            return super().to_python(value)
        except OverflowError:
            raise forms.ValidationError(
                self.error_messages["invalid_choice"], code="invalid_choice"
            ) from None


class FeedbackForm(forms.Form):
    name = forms.CharField(label=_("Your name"), max_length=120)
    email = forms.EmailField(label=_("E-mail"), required=False)
    phone = forms.CharField(
        label=_("Phone"),
        max_length=30,
        required=False,
        help_text=_("For example 0912 345 678 or +84 912 345 678."),
    )
    space = SpaceField(
        label=_("About a space (optional)"),
        queryset=SpacePage.objects.none(),
        required=False,
        empty_label=_("The whole center"),
    )
    subject = forms.CharField(label=_("Subject"), max_length=200)
    message = forms.CharField(
        label=_("Your complaint or feedback"), widget=forms.Textarea(attrs={"rows": 8})
    )
    # A field people never see; robots fill it in.
    website = forms.CharField(label=_("Leave this field empty"), required=False)

    def __init__(self, *args, center=None, **kwargs):
        super().__init__(*args, **kwargs)
        if center is not None:
            self.fields["space"].queryset = (
                SpacePage.objects.descendant_of(center).live().public().order_by("title")
            )
        self.fields["message"].validators.append(
            message_length_validator(settings.COMPLAINT_MAX_MESSAGE_LENGTH)
        )

    def clean(self):
        data = super().clean()
        for name in ("name", "subject", "message"):
            value = data.get(name)
            if value and unreadable_characters(value):
                self.add_error(
                    name,
                    _("This field contains characters that cannot be read. Please type it again."),
                )
        return data

    def clean_phone(self):
        value = self.cleaned_data["phone"].strip()
        return normalize_vietnamese_phone(value) if value else ""

    def clean_website(self):
        if self.cleaned_data["website"]:
            raise forms.ValidationError(_("This field must stay empty."))
        return ""
