from django.core.management.base import BaseCommand

from department.tasks import retry_failed


class Command(BaseCommand):
    help = "Send again the complaint notifications that failed and have attempts left (cron)."

    def handle(self, *args, **options):
        count = retry_failed()
        self.stdout.write(f"Queued {count} complaint e-mails again.")
