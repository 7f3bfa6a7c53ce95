from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from network.demo.loader import load_demo


class Command(BaseCommand):
    help = "Load the bilingual demo network (safe to run again: nothing is duplicated)."

    def handle(self, *args, **options):
        if not settings.DEMO_DATA_ALLOWED:
            raise CommandError(
                "Demo data is disabled in these settings (set DEMO_DATA_ALLOWED=1 to allow it)."
            )
        summary = load_demo(progress=lambda message: self.stdout.write(f"  {message}"))
        self.stdout.write(self.style.SUCCESS(summary.line()))
