from django.core.management.base import BaseCommand

from spaces.tasks import retry_failed


class Command(BaseCommand):
    help = "Send again the inquiry e-mails that failed and have attempts left (run from cron)."

    def handle(self, *args, **options):
        count = retry_failed()
        self.stdout.write(f"Queued {count} inquiry e-mails again.")
