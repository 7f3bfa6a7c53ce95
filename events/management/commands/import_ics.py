from django.core.management.base import BaseCommand, CommandError

from events.importer import CalendarImportError, import_calendar, read_source
from events.models import EventIndexPage
from network.models import CenterPage


class Command(BaseCommand):
    help = (
        "Import an iCalendar file or URL into a center's calendar (Vietnamese tree). "
        "Events are matched by UID: importing again updates them and never duplicates."
    )

    def add_arguments(self, parser):
        parser.add_argument("center", help="the center's slug, e.g. complex-01")
        parser.add_argument(
            "source",
            help="a .ics file on this server, or an http(s) URL (public addresses only)",
        )
        parser.add_argument("--live", action="store_true", help="publish the imported events")

    def handle(self, *args, center, source, live, **options):
        found = CenterPage.objects.filter(slug=center).order_by("locale__language_code")
        center_page = found.filter(locale__language_code="vi").first() or found.first()
        if center_page is None:
            raise CommandError(f"No center with the slug {center!r}.")
        index = EventIndexPage.objects.child_of(center_page).first()
        if index is None:
            raise CommandError(f"The center {center!r} has no calendar.")
        try:
            result = import_calendar(index, read_source(source), live=live)
        except CalendarImportError as error:
            raise CommandError(f"Nothing was imported: {error}") from error
        for warning in result.warnings:
            self.stderr.write(self.style.WARNING(warning))
        self.stdout.write(self.style.SUCCESS(result.summary()))
