"""The inquiry forms a visitor fills in on a space, a center's spaces page or a center's page."""

from django import forms
from django.conf import settings
from django.core.validators import MaxLengthValidator
from django.utils.translation import gettext_lazy as _

from network.models import Sector

from .phone import normalize_vietnamese_phone

DATE_FORMATS = ["%Y-%m-%d", "%d/%m/%Y"]
# A browser's date box takes only ISO dates, whatever the language's input formats say.
HTML_DATE = "%Y-%m-%d"


def message_length_validator(limit):
    """A visitor's message at most ``limit`` characters long, told how long theirs is."""
    return MaxLengthValidator(
        limit,
        message=_(
            "Please keep your message under %(limit_value)d characters (it has %(show_value)d)."
        ),
    )


class ContactForm(forms.Form):
    """Who writes to a center, first on every public form that is stored and mailed to
    its staff (an inquiry, an application): name, e-mail and an optional phone. The
    form's own fields follow, its honeypot ``website`` last."""

    # Each message names its field: the error summary lists them away from their labels.
    name = forms.CharField(
        label=_("Your name"),
        max_length=120,
        error_messages={"required": _("Enter your name.")},
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    email = forms.EmailField(
        label=_("E-mail"),
        error_messages={
            "required": _("Enter your e-mail address: the center answers you there."),
            "invalid": _("Enter an e-mail address like name@example.com."),
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    phone = forms.CharField(
        label=_("Phone"),
        max_length=30,
        required=False,
        help_text=_("For example 0912 345 678 or +84 912 345 678."),
        widget=forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "tel"}),
    )

    def clean_phone(self):
        value = self.cleaned_data["phone"].strip()
        return normalize_vietnamese_phone(value) if value else ""

    def looks_automated(self):
        return bool(self.data.get("website", "").strip())


class InquiryForm(ContactForm):
    organisation = forms.CharField(
        label=_("Organisation"),
        max_length=200,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
    )
    sector = forms.ModelChoiceField(
        label=_("Your sector"),
        queryset=Sector.objects.none(),
        required=False,
        to_field_name="slug",
        empty_label=_("Choose your sector"),
    )
    date_from = forms.DateField(
        label=_("From"),
        required=False,
        input_formats=DATE_FORMATS,
        error_messages={"invalid": _("Enter the first day as a date, for example 2027-01-04.")},
        widget=forms.DateInput(attrs={"type": "date"}, format=HTML_DATE),
    )
    date_to = forms.DateField(
        label=_("Until"),
        required=False,
        input_formats=DATE_FORMATS,
        error_messages={"invalid": _("Enter the last day as a date, for example 2027-01-31.")},
        widget=forms.DateInput(attrs={"type": "date"}, format=HTML_DATE),
    )
    people = forms.IntegerField(
        label=_("Expected people"),
        required=False,
        min_value=1,
        max_value=100_000,
        error_messages={
            "invalid": _("Enter how many people you expect, as a number."),
            "min_value": _("Enter how many people you expect: at least 1."),
            "max_value": _("Enter how many people you expect: at most 100,000."),
        },
    )
    message = forms.CharField(
        label=_("Message"),
        widget=forms.Textarea(attrs={"rows": 6}),
        error_messages={"required": _("Write your message: what you need, and when.")},
    )
    consent = forms.BooleanField(
        label=_("I agree that the center's staff contact me about this inquiry."),
        error_messages={"required": _("We can only answer if you agree to be contacted.")},
    )
    # A field people never see; robots fill it in. Never an error: a person cannot act on
    # it, so the view drops a filled one silently (see looks_automated).
    website = forms.CharField(label=_("Leave this field empty"), required=False)

    def __init__(self, *args, locale=None, **kwargs):
        super().__init__(*args, **kwargs)
        sectors = Sector.objects.all()
        if locale is not None:
            sectors = sectors.filter(locale=locale)
        self.fields["sector"].queryset = sectors
        self.fields["message"].validators.append(
            message_length_validator(settings.INQUIRY_MAX_MESSAGE_LENGTH)
        )

    def clean(self):
        data = super().clean()
        start, end = data.get("date_from"), data.get("date_to")
        if start and end and end < start:
            self.add_error("date_to", _("The last day cannot be before the first."))
        return data


class CenterInquiryForm(InquiryForm):
    """The form on a center's own page: about the center in general, or one of its spaces."""

    space = forms.ModelChoiceField(
        label=_("Your inquiry is about"),
        queryset=None,
        required=False,
        to_field_name="slug",
        empty_label=_("The center in general"),
        error_messages={"invalid_choice": _("Choose one of this center's spaces, or none.")},
    )
    field_order = ["space"]

    def __init__(self, *args, center, **kwargs):
        from .models import SpacePage

        super().__init__(*args, locale=center.locale, **kwargs)
        self.fields["space"].queryset = (
            SpacePage.objects.live().public().descendant_of(center).order_by("path")
        )
