"""The page-number rule every listing shares (cms.listing)."""

import pytest
from django.core.paginator import Paginator
from django.utils import translation

from cms.listing import MAX_QUERY_CHARS, page_number, page_of, query_text


@pytest.mark.parametrize(
    ("raw", "expected"),
    [(None, 1), ("", 1), ("3", 3), (" 7 ", 7), (4, 4), ("0", 1), ("-3", 1), ("abc", 1), ("1e9", 1)],
)
def test_page_number_is_a_whole_number_from_one(raw, expected):
    assert page_number(raw) == expected


def test_page_number_reads_a_bounded_number_of_digits():
    assert page_number("9" * 5000) == 999_999_999_999


@pytest.mark.parametrize(
    ("raw", "note"),
    [
        ("abc", "“abc” không phải là số trang: đang hiển thị trang đầu."),
        ("-3", "Số trang bắt đầu từ 1: đang hiển thị trang đầu."),
        ("", None),
        ("2", None),
    ],
)
def test_page_number_says_why_in_the_visitors_language(raw, note):
    notes = []
    with translation.override("vi"):
        page_number(raw, notes)
    assert notes == ([note] if note else [])


def test_page_of_shows_the_last_page_when_asked_for_more():
    paginator = Paginator(range(45), 20)
    notes = []
    with translation.override("vi"):
        page = page_of(paginator, "99", notes)
    assert page.number == 3
    assert list(page.object_list) == list(range(40, 45))
    assert notes == ["Không có trang 99: đang hiển thị trang cuối, trang 3."]
    assert page_of(paginator, "2").number == 2
    assert page_of(paginator, "-1").number == 1


def test_page_of_an_empty_listing_is_its_one_empty_page():
    page = page_of(Paginator([], 20), "5")
    assert page.number == 1 and list(page.object_list) == []


def test_query_text_is_cut_where_the_search_stops_reading():
    assert query_text("đêm nhạc") == "đêm nhạc"
    assert query_text("a" * 10_000) == "a" * (MAX_QUERY_CHARS * 4)
    assert query_text(None) == "" and query_text(["đêm"]) == ""


@pytest.mark.django_db
def test_a_listing_filter_set_is_forgiving_on_a_page_and_strict_for_the_api():
    import django_filters
    from django.core.exceptions import ValidationError
    from wagtail.models import Locale

    from cms.listing import ListingFilterSet

    class Languages(ListingFilterSet):
        code = django_filters.ChoiceFilter(
            field_name="language_code", choices=[("vi", "vi"), ("en", "en")]
        )
        pk = django_filters.NumberFilter(error_messages={"invalid": "“pk” takes a number."})

    vi, _created = Locale.objects.get_or_create(language_code="vi")
    Locale.objects.get_or_create(language_code="en")
    data = {"code": "vi", "pk": "mot"}
    page = Languages(data, Locale.objects.all())
    assert list(page.qs) == [vi]  # the valid value applies, the other is set aside
    assert page.messages == ["“pk” takes a number."]
    with pytest.raises(ValidationError) as refused:
        list(Languages(data, Locale.objects.all(), strict=True).qs)
    assert refused.value.messages == ["“pk” takes a number."]
    assert list(Languages({"code": "en"}, Locale.objects.all(), strict=True).qs) == [
        Locale.objects.get(language_code="en")
    ]
