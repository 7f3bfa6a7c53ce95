"""Filters of the register's admin listings: center, kind, open/closed, expiring."""

from datetime import timedelta

import django_filters
from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet

from .forms import centers_for
from .models import (
    Complaint,
    ComplaintStatus,
    FireSafetyCertificate,
    SafetyRecord,
    SafetyRecordKind,
)


def visible_centers(request):
    """The centers whose rows the user may see: the filter offers nothing else."""
    return centers_for(getattr(request, "user", None))


class CenterFilterSet(WagtailFilterSet):
    center = django_filters.ModelChoiceFilter(label=_("Center"), queryset=visible_centers)


class CertificateFilterSet(CenterFilterSet):
    state = django_filters.ChoiceFilter(
        label=_("Validity"),
        method="filter_state",
        choices=[
            ("expiring", _("Expiring soon (or expired, not renewed)")),
            ("expired", _("Expired")),
            ("valid", _("Valid")),
        ],
    )

    class Meta:
        model = FireSafetyCertificate
        fields = ["center", "state"]

    def filter_state(self, queryset, name, value):
        today = timezone.localdate()
        if value == "expiring":
            horizon = today + timedelta(days=settings.SAFETY_REMINDER_DAYS)
            return queryset.current().filter(expires_on__lte=horizon)
        if value == "expired":
            return queryset.expired(today)
        return queryset.valid_on(today)


class SafetyRecordFilterSet(CenterFilterSet):
    kind = django_filters.ChoiceFilter(label=_("Kind"), choices=SafetyRecordKind.choices)
    state = django_filters.ChoiceFilter(
        label=pgettext_lazy("safety record", "Follow-up"),
        method="filter_state",
        choices=[
            ("open", _("Open")),
            ("overdue", _("Overdue")),
            ("closed", _("Closed or none needed")),
        ],
    )
    date = django_filters.DateFromToRangeFilter(label=_("Date"), widget=DateRangePickerWidget)

    class Meta:
        model = SafetyRecord
        fields = ["center", "kind", "state", "date"]

    def filter_state(self, queryset, name, value):
        if value == "open":
            return queryset.open()
        if value == "overdue":
            return queryset.overdue(timezone.localdate())
        return queryset.closed()


class ComplaintFilterSet(CenterFilterSet):
    status = django_filters.MultipleChoiceFilter(label=_("Status"), choices=ComplaintStatus.choices)
    state = django_filters.ChoiceFilter(
        label=_("Open or closed"),
        method="filter_state",
        choices=[("open", _("Open")), ("closed", _("Answered or closed"))],
    )
    created_at = django_filters.DateFromToRangeFilter(
        label=_("Received"), widget=DateRangePickerWidget
    )

    class Meta:
        model = Complaint
        fields = ["center", "status", "state", "created_at"]

    def filter_state(self, queryset, name, value):
        return queryset.open() if value == "open" else queryset.closed()
