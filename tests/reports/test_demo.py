"""The demo's attendance: counts for ended event dates, and nothing new on a second load."""

from collections import Counter
from datetime import date

from reports import demo
from reports.models import EventAttendance
from tests.factories import vi


class FakeLoader:
    def __init__(self, centers):
        self.vi = vi()
        self.centers = centers
        self.created = Counter()
        self.existing = Counter()

    def note(self, kind, created):
        (self.created if created else self.existing)[kind] += 1

    def progress(self, message):
        pass


def test_demo_attendance_is_recorded_once(quarter):
    loader = FakeLoader({"alpha": quarter["alpha"], "beta": quarter["beta"]})
    demo.load(loader)
    # Ended, not cancelled dates without a count: e2 23/08 and e5 04/10.
    assert loader.created["attendance"] == 2
    e2 = EventAttendance.objects.get(event=quarter["events"]["e2"], date=date(2025, 8, 23))
    assert 40 <= e2.total < 200 and e2.ticketed + e2.free == e2.total
    again = FakeLoader(loader.centers)
    demo.load(again)
    assert again.created["attendance"] == 0
    assert again.existing["attendance"] == 2 + 5  # and the fixture's own records
