"""The application form on a call's page: who applies, the call's questions, the files."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from cms.submissions import source_version
from network.models import Sector
from spaces.forms import DATE_FORMATS, HTML_DATE, ContactForm

from .applications import ATTACHMENT_TYPES, Application

MAX_ANSWER_LENGTH = 5000
# Bytes read to recognise a file's type.
SNIFF_BYTES = 16


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files in one input (Django's documented pattern)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput())
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        single = super().clean
        if isinstance(data, list | tuple):
            return [single(item, initial) for item in data if item]
        return [single(data, initial)] if data else []


def file_type(upload, accepted):
    """The key of :data:`ATTACHMENT_TYPES` whose bytes and name ending the file has, among
    ``accepted``, or None."""
    upload.seek(0)
    head = upload.read(SNIFF_BYTES)
    upload.seek(0)
    name = (upload.name or "").lower()
    for key in accepted:
        _label, starts, endings = ATTACHMENT_TYPES[key]
        if head.startswith(starts) and name.endswith(endings):
            return key
    return None


def age_on(born, day):
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


class ApplicationForm(ContactForm):
    date_of_birth = forms.DateField(
        label=_("Date of birth"),
        input_formats=DATE_FORMATS,
        error_messages={
            "required": _("Enter your date of birth: this call has an age limit."),
            "invalid": _("Enter your date of birth as a date, for example 1999-05-31."),
        },
        widget=forms.DateInput(attrs={"type": "date", "autocomplete": "bday"}, format=HTML_DATE),
    )
    sector = forms.ModelChoiceField(
        label=_("Your sector"),
        queryset=Sector.objects.none(),
        to_field_name="slug",
        empty_label=_("Choose your sector"),
        error_messages={
            "required": _("Choose your sector."),
            "invalid_choice": _("Choose one of the sectors this call is open to."),
        },
    )
    attachments = MultipleFileField(label=_("Files"), required=False)
    # A field people never see; robots fill it in (dropped silently by the view).
    website = forms.CharField(label=_("Leave this field empty"), required=False)

    def __init__(self, *args, call, **kwargs):
        kwargs.setdefault("auto_id", "application_%s")
        super().__init__(*args, **kwargs)
        self.call = call
        if not call.under_age:
            del self.fields["date_of_birth"]
        else:
            self.fields["date_of_birth"].help_text = _(
                "This call is for applicants under %(age)d on its deadline."
            ) % {"age": call.under_age}
        sectors = Sector.objects.filter(locale=call.locale)
        eligible = [sector.translation_key for sector in call.sectors.all()]
        if eligible:
            sectors = sectors.filter(translation_key__in=eligible)
        self.fields["sector"].queryset = sectors.order_by("sort_order", "name")
        self.question_fields = []
        for number, block in enumerate(call.questions, start=1):
            name = f"answer_{block.id}"
            self.fields[name] = forms.CharField(
                label=block.value["label"],
                help_text=block.value["help"],
                required=bool(block.value["required"]),
                max_length=MAX_ANSWER_LENGTH,
                widget=forms.Textarea(attrs={"rows": 5}),
                error_messages={
                    "required": _("Answer question %(number)d: %(question)s")
                    % {"number": number, "question": block.value["label"]},
                    "max_length": _("Please keep each answer under %(limit)d characters.")
                    % {"limit": MAX_ANSWER_LENGTH},
                },
            )
            self.question_fields.append((block, name))
        self.accepted = call.accepted_types()
        files = self.fields["attachments"]
        if call.max_attachments == 0 or not self.accepted:
            del self.fields["attachments"]
        else:
            files.required = call.attachment_required
            files.error_messages["required"] = _("Attach at least one file.")
            files.widget.attrs["accept"] = ",".join(
                ending for key in self.accepted for ending in ATTACHMENT_TYPES[key][2]
            )
            files.help_text = self.attachment_help()
        # The files after the questions, the honeypot last.
        for name in ("attachments", "website"):
            if name in self.fields:
                self.fields[name] = self.fields.pop(name)

    def attachment_help(self):
        call = self.call
        types = ", ".join(ATTACHMENT_TYPES[key][0] for key in self.accepted)
        limits = ngettext(
            "One file, %(types)s, at most %(mb)d MB.",
            "Up to %(count)d files, %(types)s, each at most %(mb)d MB.",
            call.max_attachments,
        ) % {"count": call.max_attachments, "types": types, "mb": call.max_attachment_mb}
        return f"{call.what_to_attach} {limits}".strip()

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()

    def clean_date_of_birth(self):
        born = self.cleaned_data["date_of_birth"]
        deadline = timezone.localtime(self.call.deadline).date()
        if born > timezone.localdate():
            raise forms.ValidationError(_("Your date of birth cannot be in the future."))
        if age_on(born, deadline) >= self.call.under_age:
            raise forms.ValidationError(
                _("This call is for applicants under %(age)d on its deadline.")
                % {"age": self.call.under_age}
            )
        return born

    def clean_attachments(self):
        uploads = self.cleaned_data.get("attachments") or []
        call = self.call
        if len(uploads) > call.max_attachments:
            raise forms.ValidationError(
                ngettext(
                    "Attach at most %(count)d file.",
                    "Attach at most %(count)d files.",
                    call.max_attachments,
                )
                % {"count": call.max_attachments}
            )
        limit = call.max_attachment_mb * 1024 * 1024
        types = ", ".join(ATTACHMENT_TYPES[key][0] for key in self.accepted)
        checked = []
        for upload in uploads:
            if upload.size > limit:
                raise forms.ValidationError(
                    _("%(name)s is larger than %(mb)d MB: attach a smaller file.")
                    % {"name": upload.name, "mb": call.max_attachment_mb}
                )
            kind = file_type(upload, self.accepted)
            if kind is None:
                raise forms.ValidationError(
                    _("%(name)s is not a %(types)s file: this call takes only those.")
                    % {"name": upload.name, "types": types}
                )
            checked.append((upload, kind))
        return checked

    def clean(self):
        data = super().clean()
        if not self.call.is_open():
            raise forms.ValidationError(
                _("This call closed on %(deadline)s: applications are no longer received.")
                % {"deadline": closing(self.call)},
                code="closed",
            )
        email = data.get("email")
        source = source_version(self.call)
        if email and Application.objects.filter(call=source.pk, email=email).exists():
            self.add_error(
                "email",
                _(
                    "An application from this e-mail address to this call has already "
                    "been received. Write to the center if you need to change it."
                ),
            )
        data["answers"] = [
            {"id": block.id, "question": block.value["label"], "answer": data.get(name, "")}
            for block, name in self.question_fields
        ]
        data.setdefault("date_of_birth", None)
        return data


def closing(call):
    from cms.formats import long_datetime

    return long_datetime(call.deadline)
