"""The Department's panel on the admin home: per center, what needs attention."""

from datetime import timedelta

from django.utils import timezone

from reports.dashboard import center_rows

from .conftest import login, make_event, make_inquiry, submit_for_approval


def inquiry(center, days_late):
    return make_inquiry(center, f"HCC-TEST-{center.slug}-{days_late}", days_left=-days_late)


def test_panel_counts_per_center(client, world):
    now = timezone.localtime()
    make_event(world["calendar_a"], title="Sắp tới", slug="sap-toi", start=now + timedelta(days=2))
    make_event(world["calendar_a"], title="Còn xa", slug="con-xa", start=now + timedelta(days=10))
    make_event(world["calendar_b"], title="Đã qua", slug="da-qua", start=now - timedelta(days=1))
    inquiry(world["a"], days_late=3)  # overdue
    inquiry(world["a"], days_late=-3)  # not yet due
    submit_for_approval(client, world["editor_b"], world["b"], world["leaf_b"], "Chờ duyệt")

    rows = {row.center.slug: row for row in center_rows()}
    assert (rows["a"].upcoming, rows["a"].overdue, rows["a"].pending) == (1, 1, 0)
    assert (rows["b"].upcoming, rows["b"].overdue, rows["b"].pending) == (0, 0, 1)
    # Nothing of either center is translated except the center page itself (the factory
    # translates nothing): its calendar, spaces index, two pages and a child are missing.
    assert rows["a"].untranslated >= 5

    login(client, world["department"])
    html = client.get("/admin/").content.decode()
    assert "Sự kiện trong 7 ngày tới" in html
    login(client, world["editor_a"])
    assert "Sự kiện trong 7 ngày tới" not in client.get("/admin/").content.decode()


def test_expiring_certificates_column_counts_the_safety_register(client, world):
    from department.models import FireSafetyCertificate

    # Each center holds a ten-year certificate (conftest); A's now runs out in 20 days.
    expires = timezone.localdate() + timedelta(days=20)
    FireSafetyCertificate.objects.filter(center=world["a"]).update(expires_on=expires)
    rows = {row.center.slug: row for row in center_rows()}
    assert (rows["a"].expiring, rows["b"].expiring) == (1, 0)
    login(client, world["department"])
    html = client.get("/admin/").content.decode()
    assert "Chứng chỉ sắp hết hạn" in html


def test_the_admin_home_counts_translation_status_once(client, world, monkeypatch):
    """The department's admin home counts translation states once (a pass over every
    page of the site); the spy counts calls and changes nothing."""
    from translations.status import TranslationStatus

    reads = []
    page_counts = TranslationStatus.page_counts

    def counted(self):
        reads.append(self.center_keys)
        return page_counts(self)

    monkeypatch.setattr(TranslationStatus, "page_counts", counted)
    login(client, world["department"])
    html = client.get("/admin/").content.decode()
    assert "Sự kiện trong 7 ngày tới" in html  # the overview
    assert 'class="panel reports-panel"' in html  # the report figures (loaded after)
    assert reads == [None]

    # Counted for every page at once, the overview gives each center what the rows of
    # that center's pages alone give.
    monkeypatch.setattr(TranslationStatus, "page_counts", page_counts)
    from translations.states import State
    from translations.status import PAGE

    rows = center_rows()
    for row in rows:
        alone = TranslationStatus(center_keys={str(row.center.translation_key)}).page_rows()
        missing = [r for r in alone if r.kind == PAGE and r.state == State.MISSING]
        assert row.untranslated == len(missing)
    assert sum(row.untranslated for row in rows) >= 10
