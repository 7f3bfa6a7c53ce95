"""Attendance in the admin: a center records how many came; the department sees all centers."""

import django_filters
from django import forms
from django.contrib import messages
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, ObjectList
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views import generic
from wagtail.models import Locale

from cms.columns import NumberColumn
from cms.tree import in_subtrees
from events.models import EventPage
from roles.viewsets import CenterScopedViewSet

from ..access import center_keys_for, visible_centers
from ..models import EventAttendance
from ..models.locking import PeriodLocked


class EventChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return f"{obj.title} ({timezone.localtime(obj.start):%d/%m/%Y})"


def events_for(user):
    """The Vietnamese events of the centers ``user`` may report on, that have begun."""
    events = EventPage.objects.filter(
        locale=Locale.get_default(), start__lte=timezone.now()
    ).defer_streamfields()
    if center_keys_for(user) is not None:
        events = events.filter(in_subtrees(visible_centers(user).values_list("path", flat=True)))
    return events.order_by("-start")


class AttendanceForm(WagtailAdminModelForm):
    event = EventChoiceField(queryset=EventPage.objects.none(), label=_("event"))

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        if for_user is not None:
            self.fields["event"].queryset = events_for(for_user)

    class Meta:
        model = EventAttendance
        fields = ["event", "date", "total", "ticketed", "free", "note"]


class AttendanceFilterSet(WagtailFilterSet):
    date = django_filters.DateFromToRangeFilter(label=_("Date"), widget=DateRangePickerWidget)

    class Meta:
        model = EventAttendance
        fields = ["date"]


class AttendanceIndexView(generic.IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("event", "center")


class AttendanceCreateView(generic.CreateView):
    def save_instance(self):
        self.form.instance.recorded_by = self.request.user
        return super().save_instance()


class AttendanceDeleteView(generic.DeleteView):
    def form_valid(self, form):
        try:
            return super().form_valid(form)
        except PeriodLocked as error:
            messages.error(self.request, " ".join(error.messages))
            return redirect(self.get_success_url())


class AttendanceViewSet(CenterScopedViewSet):
    model = EventAttendance
    icon = "group"
    menu_label = pgettext_lazy("records", "Attendance")
    add_to_admin_menu = False
    index_view_class = AttendanceIndexView
    add_view_class = AttendanceCreateView
    delete_view_class = AttendanceDeleteView
    filterset_class = AttendanceFilterSet
    search_fields = ["event__title", "note"]
    search_backend_name = None
    list_display = [
        Column("event", label=_("Event")),
        Column("center", label=_("Center")),
        DateColumn("date", label=_("Date")),
        NumberColumn("total", label=_("Total attendance")),
        NumberColumn("ticketed", label=_("With a ticket")),
        NumberColumn("free", label=_("Free admission")),
    ]
    list_export = ["event", "center", "date", "total", "ticketed", "free", "note", "recorded_at"]
    export_filename = "attendance"
    ordering = ["-date", "pk"]
    edit_handler = ObjectList(
        [
            FieldPanel("event"),
            FieldPanel("date"),
            FieldRowPanel([FieldPanel("total"), FieldPanel("ticketed"), FieldPanel("free")]),
            FieldPanel("note"),
        ],
        base_form_class=AttendanceForm,
    )
