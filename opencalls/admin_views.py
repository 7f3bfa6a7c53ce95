"""Applications in the Wagtail admin: a list per call, review (status, notes, scores), the
files, a bulk decline with a message, and the export.

Every view works on the applications the user may see (:mod:`roles.scope` through the
policy of :mod:`opencalls.permissions`): the viewset is center-scoped
(:class:`roles.viewsets.CenterScopedViewSet`), and the views it adds here ask the same
policy for the row they serve. Another center's application is simply not found.
"""

import django_filters
from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import FileResponse, Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList, Panel
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views import generic
from wagtail.admin.widgets.button import HeaderButton

from cms.formats import short_date
from roles.scope import scope_pages, sees_all_centers
from roles.viewsets import CenterScopedViewSet

from . import outcomes
from .applications import Application, ApplicationAttachment, ApplicationStatus
from .pages import OpenCallPage
from .tasks import DECISION

SCORE_MAX = 10
UNDECIDED = [ApplicationStatus.RECEIVED, ApplicationStatus.SHORTLISTED]


def calls_with_applications(request):
    """Calls of the user's centers (all, for the Department) that have applications."""
    calls = OpenCallPage.objects.filter(applications__isnull=False).distinct().order_by("path")
    user = getattr(request, "user", None)
    if user is None:
        return calls.none()
    return calls if sees_all_centers(user) else scope_pages(calls, user)


class ApplicationFilterSet(WagtailFilterSet):
    call = django_filters.ModelChoiceFilter(label=_("Call"), queryset=calls_with_applications)
    status = django_filters.MultipleChoiceFilter(
        label=_("Status"), choices=ApplicationStatus.choices
    )

    class Meta:
        model = Application
        fields = ["call", "status"]


class ApplicationAdminForm(WagtailAdminModelForm):
    """Status and notes, and a score (0-10) per criterion when the call defines them."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.score_fields = []
        if self.instance.pk is None:
            return
        for key, label in self.instance.call.criteria_list():
            name = f"score_{key}"
            self.fields[name] = forms.IntegerField(
                label=label,
                required=False,
                min_value=0,
                max_value=SCORE_MAX,
                initial=self.instance.scores.get(key),
                help_text=_("From 0 to %(max)d.") % {"max": SCORE_MAX},
            )
            self.score_fields.append((key, name))

    def clean_status(self):
        status = self.cleaned_data["status"]
        before = Application.objects.filter(pk=self.instance.pk).values_list("status", flat=True)
        before = before.first() if self.instance.pk else None
        if (
            status == ApplicationStatus.ACCEPTED
            and before is not None
            and before not in (ApplicationStatus.SHORTLISTED, ApplicationStatus.ACCEPTED)
        ):
            raise ValidationError(_("Shortlist an application before accepting it."))
        return status

    def save(self, commit=True):
        self.instance.scores = {
            key: self.cleaned_data[name]
            for key, name in self.score_fields
            if self.cleaned_data.get(name) is not None
        }
        return super().save(commit)


class ScoresPanel(Panel):
    """The score fields the form adds for the call's criteria (none: the panel is hidden)."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "opencalls/admin/scores_panel.html"

        def is_shown(self):
            return bool(getattr(self.form, "score_fields", None))

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["fields"] = [self.form[name] for _key, name in self.form.score_fields]
            return context


class ApplicationPanel(Panel):
    """The application as the applicant sent it: details, answers and links to the files."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "opencalls/admin/application_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            application = self.instance
            context["application"] = application
            context["attachments"] = [
                (attachment, attachment_url(application, attachment))
                for attachment in application.attachments.all()
            ]
            context.update(outcome_context(application))
            return context


def outcome_context(application):
    """What the accepted application has become, and the actions that make it more."""
    if application.status != ApplicationStatus.ACCEPTED:
        return {}
    resident = outcomes.existing_resident(application)
    context = {
        "resident": resident,
        "allocations": list(outcomes.allocations(application)),
        "allocation_url": None,
        "resident_url": None,
    }
    if resident is not None or outcomes.can_become_resident(application):
        context["resident_url"] = reverse("applications:resident", args=[application.pk])
    if outcomes.offered_spaces(application.call).exists():
        context["allocation_url"] = reverse("applications:allocate", args=[application.pk])
    return context


def attachment_url(application, attachment):
    return reverse("applications:attachment", args=[application.pk, attachment.pk])


class ApplicationIndexView(generic.IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("call", "center", "sector")

    @property
    def header_buttons(self):
        buttons = list(super().header_buttons)
        if self.permission_policy.user_has_permission(self.request.user, "change"):
            call = self.request.GET.get("call", "")
            url = reverse("applications:decline") + (f"?call={call}" if call.isdigit() else "")
            buttons.append(HeaderButton(_("Decline several"), url=url, icon_name="mail"))
        return buttons


class ApplicationViewSet(CenterScopedViewSet):
    model = Application
    icon = "form"
    menu_label = _("Applications")
    menu_order = 260
    add_to_admin_menu = True
    index_view_class = ApplicationIndexView
    inspect_view_enabled = True
    inspect_view_fields = [
        "reference",
        "call",
        "center",
        "language",
        "name",
        "email",
        "phone",
        "date_of_birth",
        "sector",
        "answers_text",
        "status",
        "notes",
        "scores",
        "created_at",
        "updated_at",
        "mail_status",
        "decision_status",
    ]
    filterset_class = ApplicationFilterSet
    search_fields = ["reference", "name", "email"]
    search_backend_name = None
    list_display = [
        "reference",
        "name",
        Column("call", label=_("Call")),
        Column("center", label=_("Center")),
        Column("status", label=_("Status"), accessor="get_status_display"),
        Column("total_score", label=_("Score")),
        DateColumn("created_at", label=_("Received")),
    ]
    list_export = [
        "reference",
        "created_at",
        "call",
        "center",
        "status",
        "name",
        "email",
        "phone",
        "date_of_birth",
        "sector",
        "answers_text",
        "total_score",
        "notes",
        "language",
    ]
    export_headings = {"answers_text": _("Answers"), "total_score": _("Score")}
    export_filename = "applications"
    ordering = ["-created_at"]
    edit_handler = ObjectList(
        [
            MultiFieldPanel([FieldPanel("status"), FieldPanel("notes")], heading=_("Review")),
            ScoresPanel(heading=_("Scores")),
            ApplicationPanel(heading=_("Application")),
        ],
        base_form_class=ApplicationAdminForm,
    )

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path(
                "<int:pk>/files/<int:attachment_pk>/",
                self.attachment_view,
                name="attachment",
            ),
            path("decline/", self.decline_view, name="decline"),
            path("<int:pk>/resident/", self.resident_view, name="resident"),
            path("<int:pk>/allocate/", self.allocate_view, name="allocate"),
        ]

    def visible(self, request):
        return self.permission_policy.visible(request.user)

    def attachment_view(self, request, pk, attachment_pk):
        """One file of an application the user may see, as a download (never inline)."""
        if not self.permission_policy.user_has_permission(request.user, "view"):
            raise PermissionDenied
        attachment = (
            ApplicationAttachment.objects.filter(
                pk=attachment_pk, application__in=self.visible(request).filter(pk=pk)
            )
            .only("file", "original_name", "file_type")
            .first()
        )
        if attachment is None:
            raise Http404
        return FileResponse(
            attachment.file.open("rb"),
            as_attachment=True,
            filename=attachment.original_name,
            content_type=attachment.content_type,
        )

    def decline_view(self, request):
        """Decline the ticked undecided applications, and mail each its message."""
        if not self.permission_policy.user_has_permission(request.user, "change"):
            raise PermissionDenied
        undecided = self.visible(request).filter(status__in=UNDECIDED).select_related("call")
        call = request.GET.get("call", "")
        if call.isdigit():
            undecided = undecided.filter(call_id=int(call))
        form = DeclineForm(request.POST or None, applications=undecided)
        if request.method == "POST" and form.is_valid():
            chosen = list(form.cleaned_data["applications"])
            declined = decline(chosen, form.cleaned_data["message"])
            messages.success(
                request,
                ngettext(
                    "%(count)d application declined; the applicant is being mailed.",
                    "%(count)d applications declined; the applicants are being mailed.",
                    declined,
                )
                % {"count": declined},
            )
            return redirect(self.get_url_name("index"))
        return TemplateResponse(
            request,
            "opencalls/admin/decline.html",
            {
                "form": form,
                "page_title": _("Decline applications"),
                "header_title": _("Decline applications"),
                "header_icon": "mail",
                "index_url": reverse(self.get_url_name("index")),
            },
        )

    def accepted(self, request, pk):
        """An accepted application the user may change, or 404 (another center's too)."""
        if not self.permission_policy.user_has_permission(request.user, "change"):
            raise PermissionDenied
        application = (
            self.visible(request)
            .filter(pk=pk, status=ApplicationStatus.ACCEPTED)
            .select_related("call", "center", "sector")
            .first()
        )
        if application is None:
            raise Http404
        return application

    def resident_view(self, request, pk):
        """Make the accepted application's resident profile (a draft, prefilled) and open
        it in the page editor; once made, the same action opens it."""
        application = self.accepted(request, pk)
        existing = outcomes.existing_resident(application)
        if existing is not None:
            return redirect("wagtailadmin_pages:edit", existing.pk)
        edit_url = reverse(self.get_url_name("edit"), args=[application.pk])
        index = outcomes.residents_index(application)
        if index is not None and not index.permissions_for_user(request.user).can_add_subpage():
            raise PermissionDenied
        if request.method == "POST":
            try:
                page, _created = outcomes.create_resident(application, user=request.user)
            except outcomes.Refused as refusal:
                messages.error(request, str(refusal))
                return redirect(edit_url)
            messages.success(
                request,
                _("The resident profile of %(name)s is a draft: check it, then publish it.")
                % {"name": application.name},
            )
            return redirect("wagtailadmin_pages:edit", page.pk)
        return TemplateResponse(
            request,
            "opencalls/admin/resident.html",
            {
                "application": application,
                "index": index,
                "possible": outcomes.can_become_resident(application) and index is not None,
                "page_title": _("Create resident profile"),
                "header_title": _("Create resident profile"),
                "header_icon": "user",
                "edit_url": edit_url,
            },
        )

    def allocate_view(self, request, pk):
        """Block the dates of the space the call offers, for the accepted application."""
        application = self.accepted(request, pk)
        spaces = [
            space
            for space in outcomes.offered_spaces(application.call)
            if space.permissions_for_user(request.user).can_publish()
        ]
        if not spaces:
            raise PermissionDenied
        form = AllocationForm(request.POST or None, call=application.call, spaces=spaces)
        edit_url = reverse(self.get_url_name("edit"), args=[application.pk])
        if request.method == "POST" and form.is_valid():
            try:
                space = outcomes.block_space(application, form.allocation(), user=request.user)
            except outcomes.Refused as refusal:
                form.add_error(None, str(refusal))
            else:
                messages.success(
                    request,
                    _("%(space)s is blocked from %(start)s to %(end)s for %(reference)s.")
                    % {
                        "space": space.title,
                        "start": short_date(form.cleaned_data["start"]),
                        "end": short_date(form.cleaned_data["end"]),
                        "reference": application.reference,
                    },
                )
                return redirect(edit_url)
        return TemplateResponse(
            request,
            "opencalls/admin/allocate.html",
            {
                "application": application,
                "form": form,
                "allocations": list(outcomes.allocations(application)),
                "page_title": _("Block the space's dates"),
                "header_title": _("Block the space's dates"),
                "header_icon": "date",
                "edit_url": edit_url,
            },
        )


class AllocationForm(forms.Form):
    space = forms.ChoiceField(label=_("Space"))
    start = forms.DateField(
        label=_("From"), widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
    )
    end = forms.DateField(
        label=_("To (inclusive)"),
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )

    def __init__(self, *args, call, spaces, **kwargs):
        super().__init__(*args, **kwargs)
        self.spaces = {str(space.pk): space for space in spaces}
        self.fields["space"].choices = [(key, space.title) for key, space in self.spaces.items()]
        self.fields["start"].initial = call.period_start
        self.fields["end"].initial = call.period_end

    def clean(self):
        data = super().clean()
        start, end = data.get("start"), data.get("end")
        if start and end and end < start:
            self.add_error("end", _("The last day cannot be before the first."))
        return data

    def allocation(self):
        data = self.cleaned_data
        return outcomes.Allocation(self.spaces[data["space"]], data["start"], data["end"])


class DeclineForm(forms.Form):
    applications = forms.ModelMultipleChoiceField(
        label=_("Applications to decline"),
        queryset=Application.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Tick the applications to decline.")},
    )
    message = forms.CharField(
        label=_("Message to the applicants"),
        widget=forms.Textarea(attrs={"rows": 6}),
        max_length=3000,
        help_text=_("Mailed to each applicant ticked, after a sentence saying it was declined."),
        error_messages={"required": _("Write the message the applicants will receive.")},
    )

    def __init__(self, *args, applications, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["applications"]
        field.queryset = applications.order_by("call__path", "created_at")
        field.label_from_instance = lambda a: f"{a.reference} · {a.name} · {a.call.title}"


def decline(applications, message):
    """Decline ``applications`` with ``message`` and queue each one's mail; the count."""
    ids = [application.pk for application in applications]
    with transaction.atomic():
        Application.objects.filter(pk__in=ids, status__in=UNDECIDED).update(
            status=ApplicationStatus.DECLINED,
            decision_message=message,
            decision_status="pending",
            decision_attempts=0,
            decision_error="",
            updated_at=timezone.now(),
        )
    for application in Application.objects.filter(pk__in=ids):
        DECISION.enqueue(application)
    return len(ids)
