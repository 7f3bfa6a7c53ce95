"""Every admin route the project registers, for every role: allowed or refused, by the rule.

The routes are not listed by hand: they are read from Wagtail's registry of viewsets (the
project's models: center records, shared lists and their choosers), from the project's
``register_admin_urls`` hooks and from its settings models. ``test_every_route_is_covered``
fails when one of them has no expectation below, so a new viewset or admin URL is tried
by every role as soon as it is registered.

What each role may do is stated here from the rule (issue 20, README), not read from the
code under test:

- a center's staff (its editors group and its administrators group) work on their own
  center's records; the Department on every center's; translators and users in no group
  on none;
- another center's editor is refused every row of center A and never sees anything of
  center A (its title, spaces, events, rows) in any list, filter, form or export;
- shared lists (sectors, amenities, event categories) are the Department's; translators
  see them and change translations only; everyone in the admin may choose them;
- the page chooser lists live pages to everyone and a center's drafts to its staff, the
  Department and the translators only.

A refusal is any answer but 200 (Wagtail redirects to the dashboard or answers 404);
refused requests to change or delete are also posted, and the row must be unchanged.
"""

import csv
import io
import zipfile
from dataclasses import dataclass, field

import openpyxl
import pytest
from django.apps import apps
from django.contrib.messages import ERROR, get_messages
from django.db import transaction
from django.forms.models import model_to_dict
from django.urls import URLResolver, reverse
from wagtail import hooks
from wagtail.admin.viewsets import viewsets as viewset_registry
from wagtail.admin.viewsets.chooser import ChooserViewSet
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.contrib.settings.registry import registry as settings_registry
from wagtail_localize.models import Translation, TranslationSource

from .world import DRAFT, ROLES, SECRET

STAFF_A = {"editor_a", "admin_a"}
SEES_A = STAFF_A | {"department"}  # center A's records
ADMIN_USERS = set(ROLES)  # every role logs in to the admin ("nogroup" holds access_admin)
ANY = {"add", "change", "delete", "view"}
DRAFT_QUERY = "Bản nháp"  # finds center A's draft without echoing its token in the search box

# What a center's staff may do with their center's rows, what the Department may do with
# every row (README: inquiries and complaints come from visitors; only the Department
# deletes from the register; a sign-off is final; reporting periods are the Department's).
RECORD_RULES = {
    "spaces.inquiry": ({"view", "change"}, {"view", "change", "delete"}),
    "department.firesafetycertificate": ({"add", "change", "view"}, ANY),
    "department.safetyrecord": ({"add", "change", "view"}, ANY),
    "department.complaint": ({"change", "view"}, {"change", "view", "delete"}),
    "reports.eventattendance": (ANY, ANY),
    "reports.signoff": ({"add", "view"}, {"add", "view", "delete"}),
    "reports.reportingperiod": (set(), ANY),
    "opencalls.application": ({"view", "change"}, {"view", "change", "delete"}),
}
# Shared lists: the Department adds and changes them; translators see them and change
# the translations (not the source language's rows); nobody deletes one from the admin.
SHARED_LISTS = {"network.sector", "network.amenity", "events.eventcategory"}
SHARED_LIST_RULES = {"department": {"add", "change", "view"}, "translator": {"view", "translate"}}
SHARED_LIST_ADDERS = {role for role, actions in SHARED_LIST_RULES.items() if "add" in actions}

# The actions a model view needs (one of them), by the URL name's last part.
RECORD_KINDS = {
    "index": ANY,
    "index_results": ANY,
    "add": {"add"},
    "edit": {"change"},
    "delete": {"delete"},
    "history": {"add", "change", "delete"},
    "history_results": {"add", "change", "delete"},
    "usage": {"change"},
    "inspect": ANY,
    "copy": {"add"},
}
SNIPPET_KINDS = {
    "list": "view",
    "list_results": "view",
    "add": "add",
    "edit": "change",
    "delete": "delete",
    "usage": "view",
    "history": "view",
    "history_results": "view",
    "copy": "add",
    "inspect": "view",
}
CHOOSER_KINDS = {"choose", "choose_results", "chosen", "chosen_multiple", "create"}
ROW_KINDS = {"edit", "delete", "history", "history_results", "usage", "inspect", "copy", "chosen"}
LISTING_KINDS = {"index", "index_results", "list", "list_results"}


@dataclass
class Case:
    route: str  # as registered: "<namespace>:<name>" or the URL name
    allowed: set  # roles that get the page
    sees_a: set = field(default_factory=set)  # allowed roles that must see center A in it
    shows_a: bool = True  # the page names center A to whoever sees it
    probe: object = None  # (client, world) -> (allowed, what it shows, center A's token)
    unchanged: object = None  # (world) -> snapshot of what a refused POST must not change
    post: object = None  # (client, world) -> a refused role's attempt to change something


# Which routes the project registers ---------------------------------------------------


def project_app_labels():
    return {
        config.label
        for config in apps.get_app_configs()
        if "site-packages" not in config.path and "dist-packages" not in config.path
    }


def _names(patterns, namespace=None):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            inner = namespace
            if pattern.namespace:
                inner = f"{namespace}:{pattern.namespace}" if namespace else pattern.namespace
            yield from _names(pattern.url_patterns, inner)
        elif pattern.name:
            yield f"{namespace}:{pattern.name}" if namespace else pattern.name


def project_viewsets():
    labels = project_app_labels()
    found = []
    for viewset in viewset_registry.viewsets:
        model = getattr(viewset, "model", None)
        if isinstance(model, str):
            model = apps.get_model(model)
        kinds = ModelViewSet | ChooserViewSet
        if isinstance(viewset, kinds) and model is not None and model._meta.app_label in labels:
            found.append(viewset)
    return found


def registered_routes():
    """Every admin route of the project: {route id: (viewset or None, model label)}."""
    import hanoi.urls  # noqa: F401  (registers the viewsets)

    labels = project_app_labels()
    routes = {}
    for viewset in project_viewsets():
        for name in _names(viewset.get_urlpatterns()):
            label = (
                apps.get_model(viewset.model)._meta.label_lower
                if isinstance(viewset.model, str)
                else viewset.model._meta.label_lower
            )
            routes[f"{viewset.url_namespace}:{name}"] = (viewset, label)
    for hook in hooks.get_hooks("register_admin_urls"):
        if hook.__module__.split(".")[0] in labels:
            for name in _names(hook()):
                routes[name] = (None, None)
    for model in settings_registry:
        if model._meta.app_label in labels:
            routes[f"wagtailsettings:edit[{model._meta.label_lower}]"] = (None, None)
    return routes


# Expectations, by the rule ---------------------------------------------------------------


def record_case(route, viewset, label, kind):
    staff, department = RECORD_RULES[label]
    needs = RECORD_KINDS[kind]
    allowed = set()
    if needs & department:
        allowed.add("department")
    if needs & staff:
        # staff reach their own center's rows; another center's staff reach the listing
        # and the add form, and are refused center A's rows
        allowed |= STAFF_A | (set() if kind in ROW_KINDS else {"editor_b"})
    centered = label != "reports.reportingperiod"
    return Case(
        route=route,
        allowed=allowed,
        sees_a=(allowed & SEES_A) if centered else set(),
        shows_a=centered and kind != "history_results",
        probe=record_probe(viewset, label, kind),
        unchanged=lambda world: snapshot(row_a(world, label)),
        post=record_post(viewset, label, kind),
    )


def shared_list_cases(route, viewset, label, kind):
    if kind in CHOOSER_KINDS:
        allowed = set(SHARED_LIST_ADDERS) if kind == "create" else set(ADMIN_USERS)
        return [Case(route, allowed, shows_a=False, probe=chooser_probe(viewset, label, kind))]
    action = SNIPPET_KINDS[kind]
    cases = []
    for row in ("source", "translation") if kind in ROW_KINDS else (None,):
        allowed = {role for role, actions in SHARED_LIST_RULES.items() if action in actions}
        if action == "change" and row == "translation":
            allowed.add("translator")
        case = Case(
            f"{route}[{row}]" if row else route,
            allowed,
            shows_a=False,
            probe=snippet_probe(viewset, label, kind, row),
        )
        if kind in {"edit", "delete"}:
            case.unchanged = lambda world, label=label, row=row: snapshot(
                world["taxonomy"][label][row]
            )
            case.post = snippet_post(viewset, label, kind, row)
        cases.append(case)
    return cases


def custom_cases():
    """Routes of the project's own admin URLs (hooks) and settings, one rule each."""
    translators = SEES_A | {"translator"}
    return [
        Case("events_import", SEES_A | {"editor_b"}, sees_a=SEES_A, probe=get("events_import")),
        Case(
            "translations:dashboard",
            translators | {"editor_b"},
            sees_a=translators,
            probe=get("translations:dashboard"),
        ),
        Case(
            "translations:changes",
            translators,
            sees_a=translators,
            probe=get("translations:changes", lambda w: [source_of(w["a"]).pk]),
        ),
        Case("translations:sync_center", translators, shows_a=False, probe=sync_probe),
        Case("translations:po_export_center", translators, shows_a=False, probe=po_export),
        Case(
            "translations:po_import",
            translators | {"editor_b"},
            shows_a=False,
            probe=get("translations:po_import"),
        ),
        Case(
            "translations:po_import_one",
            translators,
            sees_a=translators,
            probe=get("translations:po_import_one", lambda w: [translation_of(w["a"]).pk]),
        ),
        *[
            Case(case_id, SEES_A | {"editor_b"}, sees_a=SEES_A, probe=get(route, query=query))
            for case_id, route, query in [
                ("reports_activity", "reports_activity", {}),
                ("reports_activity_results", "reports_activity_results", {}),
                ("reports_activity[csv]", "reports_activity", {"export": "csv"}),
                ("reports_activity[xlsx]", "reports_activity", {"export": "xlsx"}),
            ]
        ],
        # The figures panel of the admin home: a center's staff see their center's figures
        # under its name; the Department's panel sums the network without naming centers.
        Case(
            "reports_home_figures",
            SEES_A | {"editor_b"},
            sees_a=STAFF_A,
            probe=get("reports_home_figures"),
        ),
        # "Translate this page" shows the page's title: A's staff, the Department and the
        # translators; shared lists are translated by the Department and the translators.
        Case(
            "translations_submit_page",
            translators,
            sees_a=translators,
            probe=get("translations_submit_page", lambda w: [w["a"].pk]),
        ),
        Case(
            "translations_submit_snippet",
            {"department", "translator"},
            shows_a=False,
            probe=get(
                "translations_submit_snippet",
                lambda w: ["network", "sector", w["taxonomy"]["network.sector"]["source"].pk],
            ),
        ),
        # An application's file: its center's staff and the Department; another center's
        # staff are refused it (404) like its row. Bulk decline lists undecided rows.
        Case(
            "applications:attachment",
            SEES_A,
            shows_a=False,
            probe=attachment_probe,
        ),
        Case(
            "applications:decline",
            SEES_A | {"editor_b"},
            sees_a=SEES_A,
            probe=get("applications:decline"),
        ),
        # Festivals: everyone in the admin has the overview and the proposal form, each
        # listing only their own centers' events; center A organises the world's festival,
        # so its staff and the Department decide on its entries, and nobody else.
        Case("festivals_admin", ADMIN_USERS, sees_a=SEES_A, probe=get("festivals_admin")),
        Case(
            "festivals_propose",
            ADMIN_USERS,
            sees_a=SEES_A,
            shows_a=False,  # A's only event is in the festival already: nothing to offer
            probe=get("festivals_propose"),
        ),
        Case(
            "festivals_entries",
            SEES_A,
            sees_a=SEES_A,
            probe=get("festivals_entries", lambda w: [w["festival_entry"].festival_id]),
        ),
        Case("festivals_approve", SEES_A, shows_a=False, probe=decide_probe("festivals_approve")),
        Case("festivals_remove", SEES_A, shows_a=False, probe=decide_probe("festivals_remove")),
        Case("reports_clashes", {"department"}, shows_a=False, probe=get("reports_clashes")),
        Case(
            "reports_clashes_results",
            {"department"},
            shows_a=False,
            probe=get("reports_clashes_results"),
        ),
        # Search terms are the platform's, not a center's: superusers only.
        Case("sitesearch_misses", set(), shows_a=False, probe=get("sitesearch_misses")),
        Case(
            "sitesearch_misses_results",
            set(),
            shows_a=False,
            probe=get("sitesearch_misses_results"),
        ),
        Case(
            "wagtailsettings:edit[approvals.approvalsettings]",
            {"department"},
            shows_a=False,
            probe=settings_probe,
        ),
        Case(
            "wagtailsettings:edit[cms.sitelinks]",
            {"department"},
            shows_a=False,
            probe=site_links_probe,
        ),
        # An accepted application's resident profile and its space's dates: the call's
        # center's staff and the Department; another center's staff find nothing (404).
        Case("applications:resident", SEES_A, shows_a=False, probe=resident_probe),
        Case("applications:allocate", SEES_A, shows_a=False, probe=allocate_probe),
    ]


def chooser_cases():
    """Wagtail's own routes that list pages of every center: the page chooser (every admin
    user) and the explorer's search (page permissions); center A's drafts only to its own
    people."""
    drafts = SEES_A | {"translator"}
    return [
        Case(
            "wagtailadmin_choose_page_search",
            set(ADMIN_USERS),
            sees_a=drafts,
            probe=get("wagtailadmin_choose_page_search", query={"q": DRAFT_QUERY}, secret=DRAFT),
        ),
        Case(
            "wagtailadmin_choose_page_child",
            set(ADMIN_USERS),
            sees_a=drafts,
            probe=get("wagtailadmin_choose_page_child", lambda w: [w["a"].pk], secret=DRAFT),
        ),
        Case(
            "wagtailadmin_pages:search",
            ADMIN_USERS - {"nogroup"},
            sees_a=drafts,
            probe=get("wagtailadmin_pages:search", query={"q": DRAFT_QUERY}, secret=DRAFT),
        ),
    ]


def build_cases():
    """(cases, routes registered without an expectation)."""
    cases, uncovered = [], []
    for route, (viewset, label) in sorted(registered_routes().items()):
        kind = route.rsplit(":", 1)[-1]
        if viewset is not None and label in RECORD_RULES and kind in RECORD_KINDS:
            cases.append(record_case(route, viewset, label, kind))
            if kind == "index" and isinstance(viewset.list_export, list | tuple):
                for export in ("csv", "xlsx"):
                    case = record_case(route, viewset, label, kind)
                    case.route = f"{route}[{export}]"
                    case.probe = record_probe(viewset, label, kind, export=export)
                    cases.append(case)
        elif (
            viewset is not None
            and label in SHARED_LISTS
            and (kind in SNIPPET_KINDS or kind in CHOOSER_KINDS)
        ):
            cases.extend(shared_list_cases(route, viewset, label, kind))
        else:
            uncovered.append(route)
    custom = {case.route for case in custom_cases()}
    uncovered = [route for route in uncovered if route not in custom]
    return cases + custom_cases() + chooser_cases(), uncovered


# Requests -------------------------------------------------------------------------------


def text_of(response):
    """What a person would read in the answer: HTML, CSV, the cells of an XLSX, a zip's files."""
    content = b"".join(response.streaming_content) if response.streaming else response.content
    kind = response.get("Content-Type", "")
    if "spreadsheetml" in kind:
        book = openpyxl.load_workbook(io.BytesIO(content), read_only=True)
        return "\n".join(
            str(cell) for sheet in book for row in sheet.iter_rows(values_only=True) for cell in row
        )
    if "zip" in kind:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            return "\n".join(archive.read(name).decode() for name in archive.namelist())
    text = content.decode("utf-8-sig", errors="replace")
    if "csv" in kind:
        return "\n".join(",".join(row) for row in csv.reader(io.StringIO(text)))
    return text


def done(response):
    """An action that answers with a redirect: done unless it says why it was refused."""
    refused = any(message.level >= ERROR for message in get_messages(response.wsgi_request))
    return response.status_code in (200, 302) and not refused


def get(route, args=lambda world: [], query=None, secret=SECRET):
    def probe(client, world):
        response = client.get(reverse(route, args=args(world)), query or {})
        return response.status_code == 200, text_of(response), secret

    return probe


def record_probe(viewset, label, kind, export=None):
    def probe(client, world):
        args = [row_a(world, label).pk] if kind in ROW_KINDS else []
        query = {"export": export} if export else {}
        response = client.get(reverse(viewset.get_url_name(kind), args=args), query)
        return response.status_code == 200, text_of(response), SECRET

    return probe


def record_post(viewset, label, kind):
    if kind not in {"edit", "delete"}:
        return None

    def post(client, world):
        url = reverse(viewset.get_url_name(kind), args=[row_a(world, label).pk])
        client.post(url, {"status": "closed", "internal_notes": "x", "note": "x", "total": 1})

    return post


def snippet_probe(viewset, label, kind, row):
    def probe(client, world):
        args = [world["taxonomy"][label][row].pk] if row else []
        response = client.get(reverse(viewset.get_url_name(kind), args=args))
        return response.status_code == 200, text_of(response), None  # public lists

    return probe


def snippet_post(viewset, label, kind, row):
    def post(client, world):
        instance = world["taxonomy"][label][row]
        url = reverse(viewset.get_url_name(kind), args=[instance.pk])
        data = {"name": "Đã đổi", "slug": instance.slug, "description": "", "sort_order": 0}
        client.post(url, data)

    return post


def chooser_probe(viewset, label, kind):
    def probe(client, world):
        source = world["taxonomy"][label]["source"]
        url = reverse(viewset.get_url_name(kind), args=[source.pk] if kind == "chosen" else [])
        response = client.get(url, {"id": source.pk} if kind == "chosen_multiple" else {})
        return response.status_code == 200, text_of(response), None  # public lists

    return probe


def row_a(world, label):
    if label == "reports.reportingperiod":
        return world["period"]  # the network's, not a center's
    return world["rows_a"][label]


def source_of(page):
    return TranslationSource.objects.get(object_id=page.translation_key)


def translation_of(page):
    return Translation.objects.get(source=source_of(page), target_locale__language_code="en")


def sync_probe(client, world):
    url = reverse("translations:sync_center")
    response = client.post(url, {"center": str(world["a"].translation_key)})
    return done(response), "", SECRET


def po_export(client, world):
    url = reverse("translations:po_export_center")
    response = client.post(url, {"center": str(world["a"].translation_key), "locale": "en"})
    return done(response), text_of(response), SECRET


def attachment_probe(client, world):
    application = world["rows_a"]["opencalls.application"]
    attachment = application.attachments.get()
    url = reverse("applications:attachment", args=[application.pk, attachment.pk])
    response = client.get(url)
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return response.status_code == 200 and body.startswith(b"%PDF"), "", None


def decide_probe(route):
    """POST the decision on the world's festival entry: allowed when it changed the entry
    (approved, or removed); the change is rolled back for the next role."""

    def probe(client, world):
        entry = world["festival_entry"]
        with transaction.atomic():
            before = snapshot(entry)
            client.post(reverse(route, args=[entry.pk]))
            changed = snapshot(entry) != before
            transaction.set_rollback(True)
        return changed, "", None

    return probe


def settings_probe(client, world):
    from approvals.models import ApprovalSettings

    pk = ApprovalSettings.load().pk
    url = reverse("wagtailsettings:edit", args=["approvals", "approvalsettings", pk])
    response = client.get(url)
    return response.status_code == 200, text_of(response), SECRET


def site_links_probe(client, world):
    from wagtail.models import Site

    url = reverse("wagtailsettings:edit", args=["cms", "sitelinks", Site.objects.first().pk])
    response = client.get(url)
    return response.status_code == 200, text_of(response), SECRET


def snapshot(instance):
    fresh = type(instance)._default_manager.filter(pk=instance.pk).first()
    return None if fresh is None else model_to_dict(fresh)


def _accepted_application(world):
    from opencalls.models import Application

    application = world["rows_a"]["opencalls.application"]
    Application.objects.filter(pk=application.pk).update(status="accepted")
    return application


def resident_probe(client, world):
    """POST "Create resident profile" on center A's accepted application: allowed when
    the draft profile was made; rolled back for the next role."""
    from residents.models import ResidentPage

    with transaction.atomic():
        application = _accepted_application(world)
        client.post(reverse("applications:resident", args=[application.pk]))
        made = ResidentPage.objects.filter(title=application.name).exists()
        transaction.set_rollback(True)
    return made, "", None


def allocate_probe(client, world):
    """POST the allocation of center A's space to its accepted application: allowed when
    the space's dates were blocked; rolled back for the next role."""
    from opencalls.models import OpenCallPage
    from spaces.models import BlockedPeriod

    with transaction.atomic():
        application = _accepted_application(world)
        call = OpenCallPage.objects.get(pk=application.call_id)
        call.spaces.set([world["space_a"]])
        call.save()
        space = world["space_a"].pk
        data = {"space": space, "start": "2031-05-01", "end": "2031-05-31"}
        client.post(reverse("applications:allocate", args=[application.pk]), data)
        blocked = BlockedPeriod.objects.filter(page_id=space, allocation__gt="").exists()
        transaction.set_rollback(True)
    return blocked, "", None


# The tests ------------------------------------------------------------------------------


CASES, UNCOVERED = build_cases()


def test_every_route_is_covered():
    assert UNCOVERED == [], "admin routes without an expectation in the role matrix"
    assert len({case.route for case in CASES}) == len(CASES)
    routes = set(registered_routes())
    stale = [
        case.route
        for case in custom_cases()
        if case.route not in routes and case.route.split("[")[0] not in routes
    ]
    assert stale == [], "expectations for routes that are no longer registered"


@pytest.mark.parametrize("case", CASES, ids=[case.route for case in CASES])
def test_role_matrix(client, world, case):
    problems = []
    for role in ROLES:
        client.force_login(world[role])
        allowed, body, secret = case.probe(client, world)
        expected = role in case.allowed
        if allowed != expected:
            problems.append(f"{role}: {'allowed' if allowed else 'refused'}")
        if secret is not None:
            must_see = expected and role in case.sees_a and case.shows_a
            if must_see and secret not in body:
                problems.append(f"{role}: does not show center A's row")
            if role not in case.sees_a and secret in body:
                problems.append(f"{role}: shows something of center A")
        if not expected and case.post is not None:
            before = case.unchanged(world)
            case.post(client, world)
            if case.unchanged(world) != before:
                problems.append(f"{role}: changed or deleted the row")
    assert problems == []
