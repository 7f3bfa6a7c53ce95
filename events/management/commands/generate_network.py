import time

from django.core.management.base import BaseCommand, CommandError

from events.generate import NotEmpty, generate


class Command(BaseCommand):
    help = (
        "Fill an empty database with a big generated network for load tests "
        "(centers through the real service, events, occurrences and spaces in bulk)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--centers", type=int, default=20)
        parser.add_argument("--events", type=int, default=0, help="default: 10 per center")
        parser.add_argument("--occurrences", type=int, default=100_000)
        parser.add_argument("--spaces", type=int, default=20_000)
        parser.add_argument("--seed", type=int, default=2026)

    def handle(self, *args, **options):
        if options["centers"] < 1:
            raise CommandError("--centers must be at least 1.")
        if min(options["events"], options["occurrences"], options["spaces"]) < 0:
            raise CommandError("--events, --occurrences and --spaces cannot be negative.")
        started = time.monotonic()
        try:
            summary = generate(
                centers=options["centers"],
                events=options["events"] or None,
                occurrences=options["occurrences"],
                spaces=options["spaces"],
                seed=options["seed"],
                log=lambda message: self.stdout.write(f"  {message}"),
            )
        except NotEmpty as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            self.style.SUCCESS(f"Generated {summary.line()} in {time.monotonic() - started:.0f} s")
        )
