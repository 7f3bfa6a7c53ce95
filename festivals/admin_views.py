"""The admin screens of festival membership: propose an event, decide on proposals.

Who may do what is :mod:`festivals.membership` (on the center-scope rule of
:mod:`roles.scope`); these views only show the choices it allows and report its refusals.
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from wagtail.admin.auth import require_admin_access

from cms.tree import in_subtrees
from roles.scope import center_paths

from . import membership
from .models import EntryStatus, FestivalEntry, FestivalPage


class ProposeForm(forms.Form):
    event = forms.ModelChoiceField(
        label=gettext_lazy("Event"),
        queryset=None,
        help_text=gettext_lazy("Choose an event of your center that is in no festival yet."),
    )
    festival = forms.ModelChoiceField(
        label=gettext_lazy("Festival"),
        queryset=None,
        help_text=gettext_lazy("Festivals that accept submissions, and those you organise."),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["event"].queryset = membership.proposable_events(user).order_by("-start")
        self.fields["festival"].queryset = membership.open_festivals(user).order_by("first_day")


def _entries_seen_by(user):
    """Entries of the user's centers' events (every entry for the Department)."""
    entries = FestivalEntry.objects.select_related("event", "festival", "proposed_by")
    paths = center_paths(user)
    if paths is None:
        return entries
    return entries.filter(in_subtrees(paths, field="event__path"))


@require_admin_access
def overview(request):
    user = request.user
    festivals = (
        membership.managed_festivals(user)
        .annotate(
            waiting=Count(
                "festival_entries",
                filter=Q(festival_entries__status=EntryStatus.PROPOSED),
            )
        )
        .order_by("-first_day")
    )
    return TemplateResponse(
        request,
        "festivals/admin/overview.html",
        {
            "festivals": festivals,
            "proposals": _entries_seen_by(user).order_by("-proposed_at")[:50],
            "can_propose": membership.open_festivals(user).exists(),
        },
    )


@require_admin_access
def propose_view(request):
    user = request.user
    initial = {}
    if request.GET.get("event", "").isdigit():
        initial["event"] = int(request.GET["event"])
    form = ProposeForm(request.POST or None, user=user, initial=initial)
    if request.method == "POST" and form.is_valid():
        event, festival = form.cleaned_data["event"], form.cleaned_data["festival"]
        try:
            entry = membership.propose(user, event, festival)
        except membership.NotAllowed as refusal:
            form.add_error(None, str(refusal))
        else:
            names = {"event": event.title, "festival": festival.title}
            if entry.status == EntryStatus.APPROVED:
                messages.success(request, _("“%(event)s” is in “%(festival)s”.") % names)
            else:
                messages.success(
                    request,
                    _("“%(event)s” is proposed to “%(festival)s”: its organisers will decide.")
                    % names,
                )
            return redirect("festivals_admin")
    return TemplateResponse(request, "festivals/admin/propose.html", {"form": form})


@require_admin_access
def entries_view(request, pk):
    festival = get_object_or_404(FestivalPage, pk=pk)
    if not membership.manages(request.user, festival):
        raise PermissionDenied
    entries = (
        festival.entries().select_related("event", "proposed_by").order_by("status", "event__start")
    )
    return TemplateResponse(
        request,
        "festivals/admin/entries.html",
        {"festival": festival, "entries": entries},
    )


def _decide(request, pk, decide, done):
    entry = get_object_or_404(FestivalEntry.objects.select_related("event", "festival"), pk=pk)
    try:
        decide(request.user, entry)
    except membership.NotAllowed as refusal:
        messages.error(request, str(refusal))
    else:
        messages.success(request, done % {"event": entry.event.title})
    if membership.manages(request.user, entry.festival):
        return redirect("festivals_entries", entry.festival_id)
    return redirect("festivals_admin")


@require_admin_access
@require_POST
def approve_view(request, pk):
    return _decide(request, pk, membership.approve, _("“%(event)s” is approved."))


@require_admin_access
@require_POST
def remove_view(request, pk):
    return _decide(request, pk, membership.remove, _("“%(event)s” is no longer in the festival."))
