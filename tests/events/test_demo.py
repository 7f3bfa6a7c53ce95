"""The demo calendar: 60+ bilingual events over the next three months."""

from datetime import timedelta

from django.utils import timezone
from wagtail.models import Locale

from events.models import EventOccurrence, EventPage


def test_demo_events_cover_the_next_three_months_in_both_languages(demo):
    today = timezone.localdate()
    vi_events = EventPage.objects.live().filter(locale__language_code="vi")
    upcoming = vi_events.filter(
        occurrences__local_date__gte=today,
        occurrences__local_date__lte=today + timedelta(days=92),
    ).distinct()
    assert upcoming.count() >= 60
    assert len({e.get_parent().get_parent().slug for e in upcoming}) == 6
    assert EventPage.objects.live().filter(locale__language_code="en").count() == vi_events.count()
    trinh = vi_events.filter(title__startswith="Đêm nhạc").first()
    english = trinh.get_translation(Locale.objects.get(language_code="en"))
    assert english.title == "Trinh Cong Son music night" and english.live
    assert vi_events.filter(repeat="weekly").exists()
    assert vi_events.filter(repeat="lunar").exists()
    assert vi_events.filter(repeat="monthly").exists()
    assert vi_events.filter(is_free=True).count() >= 10
    assert vi_events.filter(status="postponed").exists()
    assert vi_events.filter(attendance_mode="online").exists()
    cancelled = EventOccurrence.objects.filter(
        status="cancelled", event__repeat="weekly", locale__language_code="en"
    ).first()
    assert cancelled.note == "No class: the big kiln is being fired"


def test_demo_calendars_answer_in_both_languages(client, demo):
    vi = client.get("/vi/events/?when=month").content.decode()
    en = client.get("/en/events/?when=month").content.decode()
    assert "Tất cả sự kiện của các trung tâm" in vi and "Cuối tuần này" in vi
    assert "Every event at every center" in en and "This weekend" in en
    assert vi.count('class="occurrence') >= 5 and en.count('class="occurrence') >= 5
    center = client.get("/en/complex-01/events/?view=month").content.decode()
    assert "month__grid" in center


def test_the_demo_shows_the_department_a_clash_of_two_centers(client, demo):
    from django.contrib.auth import get_user_model

    from approvals.rules import reasons
    from reports.clashes import clashing_occurrences

    rows = list(clashing_occurrences())
    assert {row.center.slug for row in rows} == {"complex-01", "bat-trang-craft-villages"}
    # Each is within its center's certified occupancy: nothing here needs approval.
    assert all(reasons(row.event.specific) == [] for row in rows)
    client.force_login(get_user_model().objects.create_superuser("so", "so@example.vn", "pw"))
    html = client.get("/admin/reports/clashes/").content.decode()
    assert "Ngày hội gốm Bát Tràng" in html and "Hòa nhạc ngoài trời: Hà Nội trong tôi" in html
