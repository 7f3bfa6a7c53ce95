"""The register in the Wagtail admin: one menu, "Safety & compliance", with three listings.

Every view works on the rows the user may see: the viewsets are center-scoped
(:class:`roles.viewsets.CenterScopedViewSet`), so another center's row is simply not
found, in every view. Menu items, buttons and actions follow the permission policies in
``permissions.py``.
"""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import BooleanColumn, Column, DateColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.base import ViewSetGroup

from cms.columns import NumberColumn
from cms.submissions import mail_record
from roles.viewsets import CenterScopedViewSet

from .filters import CertificateFilterSet, ComplaintFilterSet, SafetyRecordFilterSet
from .forms import CenterRecordForm, ComplaintForm
from .models import Complaint, FireSafetyCertificate, SafetyRecord


class IndexView(generic.IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("center", "space")


class RegisterViewSet(CenterScopedViewSet):
    index_view_class = IndexView
    inspect_view_enabled = True
    search_backend_name = None


def certificate_state(certificate):
    days = certificate.days_left(timezone.localdate())
    if days < 0:
        return _("Expired")
    return _("%(days)d days left") % {"days": days}


class CertificateViewSet(RegisterViewSet):
    model = FireSafetyCertificate
    icon = "doc-full"
    menu_label = _("Fire-safety certificates")
    filterset_class = CertificateFilterSet
    search_fields = ["number", "issuer", "notes"]
    ordering = ["expires_on"]
    list_display = [
        "number",
        Column("center", label=_("Center")),
        Column("space", label=_("Space")),
        "issuer",
        DateColumn("expires_on", label=_("Expires on")),
        NumberColumn("max_occupancy", label=_("Certified maximum occupancy")),
        Column("state", label=_("Validity"), accessor=certificate_state),
    ]
    list_export = [
        "center",
        "space",
        "number",
        "issuer",
        "issued_on",
        "expires_on",
        "max_occupancy",
        "notes",
    ]
    export_filename = "fire-safety-certificates"
    edit_handler = ObjectList(
        [
            FieldRowPanel([FieldPanel("center"), FieldPanel("space")]),
            FieldRowPanel([FieldPanel("number"), FieldPanel("issuer")]),
            FieldRowPanel([FieldPanel("issued_on"), FieldPanel("expires_on")]),
            FieldPanel("max_occupancy"),
            FieldPanel("notes"),
        ],
        base_form_class=CenterRecordForm,
    )


class SafetyRecordViewSet(RegisterViewSet):
    model = SafetyRecord
    icon = "clipboard-list"
    menu_label = _("Inspections, training and drills")
    filterset_class = SafetyRecordFilterSet
    search_fields = ["conducted_by", "violations", "notes"]
    ordering = ["-date"]
    list_display = [
        "__str__",
        Column("result", label=_("Result"), accessor="get_result_display"),
        NumberColumn("violations_count", label=_("Violations found")),
        DateColumn("follow_up_due", label=_("Follow-up due")),
        BooleanColumn("is_overdue", label=_("Overdue"), accessor=lambda row: row.is_overdue()),
        DateColumn("closed_on", label=_("Closed on")),
    ]
    list_export = [
        "center",
        "space",
        "date",
        "kind",
        "result",
        "conducted_by",
        "participants",
        "violations_count",
        "violations",
        "follow_up_due",
        "closed_on",
        "notes",
    ]
    export_filename = "safety-records"
    edit_handler = ObjectList(
        [
            FieldRowPanel([FieldPanel("center"), FieldPanel("space")]),
            FieldRowPanel([FieldPanel("kind"), FieldPanel("date")]),
            FieldRowPanel([FieldPanel("conducted_by"), FieldPanel("participants")]),
            FieldPanel("result"),
            MultiFieldPanel(
                [
                    FieldPanel("violations_count"),
                    FieldPanel("violations"),
                    FieldRowPanel([FieldPanel("follow_up_due"), FieldPanel("closed_on")]),
                ],
                heading=_("Violations and follow-up"),
            ),
            FieldPanel("notes"),
        ],
        base_form_class=CenterRecordForm,
    )


COMPLAINT_READ_ONLY = [
    "reference",
    "center",
    "space",
    "created_at",
    "language",
    *Complaint.submitted_fields,
]


class ComplaintViewSet(RegisterViewSet):
    model = Complaint
    icon = "mail"
    menu_label = _("Complaints and feedback")
    filterset_class = ComplaintFilterSet
    # What the visitor wrote, then how it was handled and mailed: the model's own order
    # would put the fields it shares with inquiries (cms.submissions) first.
    inspect_view_fields = [
        "id",
        "center",
        "space",
        "reference",
        "language",
        *Complaint.submitted_fields,
        "created_at",
        "status",
        "handled_by",
        "answer",
        "answered_at",
        "updated_at",
        *mail_record(),
    ]
    search_fields = ["reference", "name", "email", "subject", "message"]
    ordering = ["-created_at"]
    list_display = [
        "reference",
        "subject",
        Column("center", label=_("Center")),
        Column("status", label=_("Status"), accessor="get_status_display"),
        DateColumn("created_at", label=_("Received")),
        Column("handled_by", label=_("Handled by")),
        Column("mail_status", label=_("Notification e-mail"), accessor="get_mail_status_display"),
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
        "subject",
        "message",
        "answer",
        "answered_at",
        "handled_by",
    ]
    export_filename = "complaints"
    edit_handler = ObjectList(
        [
            MultiFieldPanel([FieldPanel("status"), FieldPanel("answer")], heading=_("Handling")),
            MultiFieldPanel(
                [FieldPanel(name, read_only=True) for name in COMPLAINT_READ_ONLY],
                heading=_("Complaint"),
            ),
            MultiFieldPanel(
                [
                    FieldPanel("handled_by", read_only=True),
                    FieldPanel("answered_at", read_only=True),
                    FieldPanel("mail_status", read_only=True),
                    FieldPanel("mail_attempts", read_only=True),
                    FieldPanel("mail_error", read_only=True),
                ],
                heading=_("Record"),
            ),
        ],
        base_form_class=ComplaintForm,
    )


class SafetyComplianceGroup(ViewSetGroup):
    menu_label = _("Safety & compliance")
    menu_icon = "warning"
    menu_order = 260
    items = [
        CertificateViewSet("safety_certificates", url_prefix="safety/certificates"),
        SafetyRecordViewSet("safety_records", url_prefix="safety/records"),
        ComplaintViewSet("complaints", url_prefix="safety/complaints"),
    ]
