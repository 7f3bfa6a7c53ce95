from django.core.management.base import BaseCommand

from opendata.export import write


class Command(BaseCommand):
    help = "Write the open data's bulk ZIP (CSV of each dataset and a data dictionary)."

    def handle(self, *args, **options):
        target, counts = write()
        summary = ", ".join(f"{name} {count}" for name, count in counts.items())
        self.stdout.write(f"Wrote {target} ({summary}).")
