from django.core.management.base import BaseCommand

from events.schedule import HORIZON_DAYS, refresh_all
from ops import pagecache


class Command(BaseCommand):
    help = (
        f"Recompute the stored dates of every published event over the next {HORIZON_DAYS} "
        "days (run daily, e.g. from cron, to move the horizon forward)."
    )

    def handle(self, *args, **options):
        events, total = refresh_all()
        # The rows were rewritten in bulk, without the publish signals that drop cached
        # pages: drop them here, or calendars would show yesterday's dates until expiry.
        pagecache.invalidate()
        self.stdout.write(self.style.SUCCESS(f"{events} events, {total} occurrences."))
