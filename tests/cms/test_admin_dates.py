"""Dates in the admin are read the way they are shown: dd/mm/yyyy, in both admin languages."""

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from bs4 import BeautifulSoup
from django import forms
from django.conf import global_settings, settings
from django.core import checks
from django.urls import URLResolver, get_resolver
from django.utils import formats, timezone, translation
from wagtail.models import get_page_models

from cms import formats as cms_formats
from cms.checks import admin_date_formats_check, project_app_names

HANOI = ZoneInfo("Asia/Ho_Chi_Minh")
PROJECT_APPS = set(project_app_names(settings.BASE_DIR, settings.INSTALLED_APPS))
DATE_KINDS = (forms.DateField, forms.DateTimeField, forms.TimeField)
# What a person types into each kind of field, and what it must mean.
TYPED = [
    (forms.DateTimeField, "25/12/2026 19:30", datetime(2026, 12, 25, 19, 30, tzinfo=HANOI)),
    (forms.DateField, "25/12/2026", date(2026, 12, 25)),
    (forms.TimeField, "19:30", time(19, 30)),
]


def test_the_project_passes_its_own_date_format_check():
    assert admin_date_formats_check(None) == []


def test_the_check_names_each_admin_language_that_reads_dates_month_first(settings):
    # Django's own formats: English reads 09/12 as 12 September, Vietnamese as well.
    settings.FORMAT_MODULE_PATH = None
    settings.DATE_INPUT_FORMATS = global_settings.DATE_INPUT_FORMATS
    settings.DATETIME_INPUT_FORMATS = global_settings.DATETIME_INPUT_FORMATS
    settings.TIME_INPUT_FORMATS = global_settings.TIME_INPUT_FORMATS
    formats.reset_format_cache()
    try:
        errors = admin_date_formats_check(None)
    finally:
        formats.reset_format_cache()
    assert {error.id for error in errors} == {"cms.E002"}
    assert all(error.level == checks.ERROR for error in errors)
    named = {(error.obj, error.msg.split("language ")[1][:4]) for error in errors}
    assert ("WAGTAIL_DATE_FORMAT", "'vi'") in named
    assert ("WAGTAIL_DATE_FORMAT", "'en'") in named
    assert ("WAGTAIL_DATETIME_FORMAT", "'en'") in named


def _url_patterns(resolver):
    for pattern in resolver.url_patterns:
        if isinstance(pattern, URLResolver):
            yield from _url_patterns(pattern)
        else:
            yield pattern


def _in_project(form_or_filterset):
    model = getattr(getattr(form_or_filterset, "_meta", None), "model", None)
    module = model.__module__ if model is not None else form_or_filterset.__module__
    return module.split(".")[0] in PROJECT_APPS


def admin_forms_and_filters():
    """Every form and filter set the admin serves for the project's models and reports."""
    found = {}
    for model in get_page_models():
        if model._meta.app_label in PROJECT_APPS:
            form_class = model.get_edit_handler().get_form_class()
            found[f"{model.__name__} editor"] = form_class
            for name, formset in form_class.formsets.items():
                found[f"{model.__name__}.{name}"] = formset.form
    for pattern in _url_patterns(get_resolver()):
        view_class = getattr(pattern.callback, "view_class", None)
        initkwargs = getattr(pattern.callback, "view_initkwargs", None) or {}
        for attribute in ("form_class", "filterset_class"):
            found_class = initkwargs.get(attribute) or getattr(view_class, attribute, None)
            if isinstance(found_class, type) and _in_project(found_class):
                found[f"{pattern.name}: {found_class.__name__}"] = found_class
    return found


def date_fields():
    """(where, form field) for every date, date-time and time field of those forms and filters."""
    for where, source in admin_forms_and_filters().items():
        if hasattr(source, "base_filters"):
            fields = {
                name: f.field
                for name, f in source.base_filters.items()
                if issubclass(f.field_class, DATE_KINDS + (forms.MultiValueField,))
            }
        else:
            fields = source.base_fields
        for name, field in fields.items():
            parts = field.fields if isinstance(field, forms.MultiValueField) else [field]
            widgets = getattr(field.widget, "widgets", [field.widget] * len(parts))
            for index, (part, widget) in enumerate(zip(parts, widgets, strict=True)):
                if isinstance(part, DATE_KINDS):
                    yield f"{where} {name}[{index}]", part, widget


@pytest.mark.parametrize("language", ["vi", "en"])
def test_every_admin_date_field_reads_dates_as_typed_and_as_shown(language):
    seen = set()
    with translation.override(language):
        for where, field, widget in date_fields():
            seen.add(where)
            typed, meant = next((t, m) for kind, t, m in TYPED if isinstance(field, kind))
            assert field.clean(typed) == meant, f"{where}: {typed!r}"
            shown = widget.format_value(meant)
            assert field.clean(shown) == meant, f"{where}: shown as {shown!r}"
    # The walk reaches every kind of place a date is typed in the admin.
    expected = [
        "EventPage editor start",
        "EventPage editor repeat_until",
        "EventPage.date_exceptions date",
        "EventPage.date_exceptions new_start",
        "CenterPage.opening_hours opens",
        "FireSafetyCertificateForm issued_on",
        "SafetyRecordFilterSet date[1]",
        "AttendanceFilterSet date[0]",
        "EventAttendanceForm date",
        "ReportingPeriodForm start",
        "ActivityFilterSet date_from",
        "InquiryFilterSet created_at[0]",
    ]
    for place in expected:
        assert any(place in where for where in seen), place


# Dates still to come in the admin's listings --------------------------------------------
@pytest.mark.parametrize(
    ("days", "vi", "en"),
    [
        (0, "hôm nay", "today"),
        (1, "ngày mai", "tomorrow"),
        (12, "còn 12 ngày", "in 12 days"),
        (-1, "hôm qua", "yesterday"),
        (-3, "3 ngày trước", "3 days ago"),
    ],
)
def test_relative_day_counts_calendar_days_in_each_language(days, vi, en):
    today = date(2027, 3, 2)
    day = date.fromordinal(today.toordinal() + days)
    assert cms_formats.relative_day(day, "vi", today=today) == vi
    assert cms_formats.relative_day(day, "en", today=today) == en


def test_a_moment_is_counted_on_its_hanoi_day():
    # 23:30 UTC on 1 March is 06:30 on 2 March in Hanoi.
    moment = datetime(2027, 3, 1, 23, 30, tzinfo=ZoneInfo("UTC"))
    assert cms_formats.days_from_today(moment, today=date(2027, 3, 2)) == 0
    assert cms_formats.admin_date(moment) == "02/03/2027 06:30"
    assert cms_formats.admin_date(date(2027, 3, 14)) == "14/03/2027"


def test_the_certificate_listing_shows_a_future_expiry_as_its_date(client, center_factory):
    from django.contrib.auth import get_user_model

    from department.models import FireSafetyCertificate

    center = center_factory(slug="alpha")
    expires = timezone.localdate() + timedelta(days=12)
    FireSafetyCertificate.objects.create(
        center=center,
        number="PC-12",
        issuer="Cảnh sát PCCC",
        issued_on=expires - timedelta(days=730),
        expires_on=expires,
        max_occupancy=300,
    )
    client.force_login(get_user_model().objects.create_superuser("so", "so@example.vn", "pw"))
    page = BeautifulSoup(client.get("/admin/safety/certificates/").content, "html.parser")
    (row,) = [tr for tr in page.select("tbody tr") if "PC-12" in tr.get_text()]
    cell = row.select_one("time").parent.get_text(" ", strip=True)
    assert cell == f"{expires:%d/%m/%Y} (còn 12 ngày)"
