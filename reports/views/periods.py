"""Reporting periods (the department opens and locks them) and centers' sign-offs."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.tables import BooleanColumn, Column, DateColumn
from wagtail.admin.views import generic

from roles.viewsets import CenterScopedViewSet

from ..access import visible_centers
from ..models import ReportingPeriod, SignOff


class ReportingPeriodForm(WagtailAdminModelForm):
    lock = forms.BooleanField(
        label=_("Lock this period"),
        required=False,
        help_text=_("No center can change its attendance in a locked period."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["lock"].initial = self.instance.is_locked

    def save(self, commit=True):
        period = super().save(commit=False)
        if self.cleaned_data.get("lock") and not period.is_locked:
            period.locked_at = timezone.now()
            period.locked_by = self.for_user
        elif not self.cleaned_data.get("lock"):
            period.locked_at = period.locked_by = None
        if commit:
            period.save()
        return period

    class Meta:
        model = ReportingPeriod
        fields = ["kind", "start", "end"]


class ReportingPeriodViewSet(CenterScopedViewSet):
    """Only the department and superusers (the permission policy says so)."""

    model = ReportingPeriod
    icon = "calendar"
    add_to_admin_menu = False
    list_display = [
        "__str__",
        Column("kind", label=_("Kind"), accessor="get_kind_display"),
        DateColumn("start", label=_("First day")),
        DateColumn("end", label=_("Last day")),
        BooleanColumn("is_locked", label=_("Locked")),
    ]
    edit_handler = ObjectList(
        [FieldPanel("kind"), FieldPanel("start"), FieldPanel("end"), FieldPanel("lock")],
        base_form_class=ReportingPeriodForm,
    )


class SignOffForm(WagtailAdminModelForm):
    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        if for_user is not None:
            self.fields["center"].queryset = visible_centers(for_user)
        self.fields["center"].widget = forms.Select(choices=self.fields["center"].choices)

    class Meta:
        model = SignOff
        fields = ["period", "center", "note"]


class SignOffCreateView(generic.CreateView):
    def save_instance(self):
        self.form.instance.signed_by = self.request.user
        return super().save_instance()


class SignOffIndexView(generic.IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("period", "center", "signed_by")


class SignOffViewSet(CenterScopedViewSet):
    model = SignOff
    icon = "tick-inverse"
    add_to_admin_menu = False
    index_view_class = SignOffIndexView
    add_view_class = SignOffCreateView
    list_display = [
        Column("period", label=_("Reporting period")),
        Column("center", label=_("Center")),
        Column("signed_by", label=_("Signed off by")),
        DateColumn("signed_at", label=_("Signed off")),
        "note",
    ]
    edit_handler = ObjectList(
        [FieldPanel("period"), FieldPanel("center"), FieldPanel("note")],
        base_form_class=SignOffForm,
    )
