from django.conf import settings
from django.core.management.base import BaseCommand

from spaces import retention
from spaces.models import Inquiry


class Command(BaseCommand):
    help = (
        "Delete closed inquiries older than INQUIRY_RETENTION_DAYS, and the other "
        "submissions registered in spaces.retention (personal data retention)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Count, delete nothing.")

    def handle(self, *args, dry_run=False, **options):
        verb = "Would delete" if dry_run else "Deleted"
        kinds = [
            ("closed inquiries", Inquiry.objects.expired, "INQUIRY_RETENTION_DAYS"),
            *((f"decided {k.name}", k.expired, k.days_setting) for k in retention.kinds),
        ]
        for name, expired_rows, days_setting in kinds:
            expired = expired_rows()
            count = expired.count()
            if not dry_run:
                expired.delete()
            days = getattr(settings, days_setting)
            self.stdout.write(f"{verb} {count} {name} older than {days} days.")
