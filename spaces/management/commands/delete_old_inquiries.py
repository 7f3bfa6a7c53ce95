from django.conf import settings
from django.core.management.base import BaseCommand

from spaces.models import Inquiry


class Command(BaseCommand):
    help = "Delete closed inquiries older than INQUIRY_RETENTION_DAYS (personal data retention)."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Count, delete nothing.")

    def handle(self, *args, dry_run=False, **options):
        expired = Inquiry.objects.expired()
        count = expired.count()
        if not dry_run:
            expired.delete()
        verb = "Would delete" if dry_run else "Deleted"
        self.stdout.write(
            f"{verb} {count} closed inquiries older than {settings.INQUIRY_RETENTION_DAYS} days."
        )
