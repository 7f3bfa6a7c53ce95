from django.core.management.base import BaseCommand

from department.reminders import send_weekly_digests


class Command(BaseCommand):
    help = (
        "E-mail the weekly safety digest: certificates expiring within --days (60) and overdue "
        "follow-ups, to the Department (everything) and each center's staff (their own). "
        "Run weekly from a scheduler."
    )

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=None, help="Look-ahead for expiry.")

    def handle(self, *args, days=None, **options):
        digests = send_weekly_digests(days=days)
        if not digests:
            self.stdout.write(
                "Nothing to remind: no certificate expires soon and no follow-up is overdue. "
                "No e-mail sent."
            )
            return
        for digest in digests:
            scope = "whole network" if digest.whole_network else "own center"
            self.stdout.write(
                f"Sent to {digest.email} ({scope}): {len(digest.certificates)} certificates, "
                f"{len(digest.follow_ups)} overdue follow-ups."
            )
        self.stdout.write(f"{len(digests)} e-mails sent.")
