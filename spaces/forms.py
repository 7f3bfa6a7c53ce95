"""The inquiry forms a visitor fills in on a space, a center's spaces page or a center's page."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from network.models import Sector

from .phone import normalize_vietnamese_phone

DATE_FORMATS = ["%Y-%m-%d", "%d/%m/%Y"]
# A browser's date box takes only ISO dates, whatever the language's input formats say.
HTML_DATE = "%Y-%m-%d"


class InquiryForm(forms.Form):
    name = forms.CharField(label=_("Your name"), max_length=120)
    email = forms.EmailField(label=_("E-mail"))
    phone = forms.CharField(
        label=_("Phone"),
        max_length=30,
        required=False,
        help_text=_("For example 0912 345 678 or +84 912 345 678."),
    )
    organisation = forms.CharField(label=_("Organisation"), max_length=200, required=False)
    sector = forms.ModelChoiceField(
        label=_("Your sector"), queryset=Sector.objects.none(), required=False, to_field_name="slug"
    )
    date_from = forms.DateField(
        label=_("From"),
        required=False,
        input_formats=DATE_FORMATS,
        widget=forms.DateInput(attrs={"type": "date"}, format=HTML_DATE),
    )
    date_to = forms.DateField(
        label=_("Until"),
        required=False,
        input_formats=DATE_FORMATS,
        widget=forms.DateInput(attrs={"type": "date"}, format=HTML_DATE),
    )
    people = forms.IntegerField(
        label=_("Expected people"), required=False, min_value=1, max_value=100_000
    )
    message = forms.CharField(label=_("Message"), widget=forms.Textarea(attrs={"rows": 6}))
    consent = forms.BooleanField(
        label=_("I agree that the center's staff contact me about this inquiry."),
        error_messages={"required": _("We can only answer if you agree to be contacted.")},
    )
    # A field people never see; robots fill it in.
    website = forms.CharField(label=_("Leave this field empty"), required=False)

    def __init__(self, *args, locale=None, **kwargs):
        super().__init__(*args, **kwargs)
        sectors = Sector.objects.all()
        if locale is not None:
            sectors = sectors.filter(locale=locale)
        self.fields["sector"].queryset = sectors
        self.fields["message"].validators.append(
            forms.fields.validators.MaxLengthValidator(
                settings.INQUIRY_MAX_MESSAGE_LENGTH,
                message=_(
                    "Please keep your message under %(limit_value)d characters "
                    "(it has %(show_value)d)."
                ),
            )
        )

    def clean_phone(self):
        value = self.cleaned_data["phone"].strip()
        return normalize_vietnamese_phone(value) if value else ""

    def clean_website(self):
        if self.cleaned_data["website"]:
            raise forms.ValidationError(_("This field must stay empty."))
        return ""

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
