"""Inquiries in the Wagtail admin: a listing with filters, search, export and an overdue flag.

Every view works on the inquiries the user may see (the viewset is center-scoped:
:class:`roles.viewsets.CenterScopedViewSet`); another center's inquiry is simply not
found, and the filters offer only the user's own centers' spaces.
"""

import django_filters
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.admin.ui.tables import BooleanColumn, Column, DateColumn
from wagtail.admin.views import generic

from cms.submissions import mail_record
from roles.scope import scope_pages
from roles.viewsets import CenterScopedViewSet

from .models import Inquiry, InquiryMailStatus, InquiryStatus, SpacePage


def spaces_with_inquiries(request):
    """Spaces of the user's centers that have inquiries (no other center's)."""
    spaces = SpacePage.objects.filter(inquiries__isnull=False).distinct().order_by("path")
    user = getattr(request, "user", None)
    return scope_pages(spaces, user) if user is not None else spaces.none()


class InquiryFilterSet(WagtailFilterSet):
    status = django_filters.MultipleChoiceFilter(label=_("Status"), choices=InquiryStatus.choices)
    space = django_filters.ModelChoiceFilter(label=_("Space"), queryset=spaces_with_inquiries)
    created_at = django_filters.DateFromToRangeFilter(
        label=_("Received"), widget=DateRangePickerWidget
    )
    overdue = django_filters.BooleanFilter(label=_("Overdue"), field_name="is_overdue")
    mail_status = django_filters.ChoiceFilter(
        label=_("E-mail to the center"), choices=InquiryMailStatus.choices
    )

    class Meta:
        model = Inquiry
        fields = ["status", "space", "created_at", "overdue", "mail_status"]


class InquiryIndexView(generic.IndexView):
    def get_base_queryset(self):
        return (
            super().get_base_queryset().with_overdue().select_related("center", "space", "sector")
        )


READ_ONLY = [
    "reference",
    "center",
    "space",
    *Inquiry.submitted_fields,
    "language",
    "created_at",
    "respond_by",
]


def mail_record_panel(prefix, heading):
    """One e-mail's record on the inquiry (:func:`cms.submissions.mail_record`), read-only."""
    return MultiFieldPanel(
        [FieldPanel(name, read_only=True) for name in mail_record(prefix)], heading=heading
    )


class InquiryViewSet(CenterScopedViewSet):
    model = Inquiry
    icon = "mail"
    menu_label = _("Inquiries")
    menu_order = 250
    add_to_admin_menu = True
    index_view_class = InquiryIndexView
    inspect_view_enabled = True
    # The inquiry as the visitor sent it, then how it was handled and mailed: the model's
    # own order would put the fields it shares with complaints (cms.submissions) first.
    inspect_view_fields = [
        "id",
        "reference",
        "center",
        "space",
        "language",
        *Inquiry.submitted_fields,
        "status",
        "internal_notes",
        "respond_by",
        "created_at",
        "updated_at",
        *mail_record("mail"),
        *mail_record("ack"),
    ]
    filterset_class = InquiryFilterSet
    search_fields = ["reference", "name", "email", "organisation", "message"]
    search_backend_name = None
    list_display = [
        "reference",
        "name",
        Column("center", label=_("Center")),
        Column("space", label=_("Space")),
        Column("status", label=_("Status"), accessor="get_status_display"),
        DateColumn("created_at", label=_("Received")),
        DateColumn("respond_by", label=_("Respond by")),
        BooleanColumn("is_overdue", label=_("Overdue")),
        Column("mail_status", label=_("E-mail to the center"), accessor="get_mail_status_display"),
    ]
    list_export = [
        "reference",
        "created_at",
        "center",
        "space",
        "status",
        "name",
        "email",
        "phone",
        "organisation",
        "sector",
        "date_from",
        "date_to",
        "people",
        "message",
        "respond_by",
        "mail_status",
        "internal_notes",
    ]
    export_filename = "inquiries"
    ordering = ["-created_at"]
    form_fields = ["status", "internal_notes"]
    panels = [
        MultiFieldPanel(
            [FieldPanel("status"), FieldPanel("internal_notes")], heading=_("Follow-up")
        ),
        MultiFieldPanel(
            [FieldPanel(name, read_only=True) for name in READ_ONLY], heading=_("Inquiry")
        ),
        mail_record_panel("mail", _("E-mail to the center")),
        mail_record_panel("ack", _("Acknowledgement to the visitor")),
    ]
