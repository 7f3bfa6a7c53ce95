from django.core.management.base import BaseCommand, CommandError

from ops.backup import BackupError, restore


class Command(BaseCommand):
    help = "Replace the database and the media files with a backup made by `backup`."

    def add_arguments(self, parser):
        parser.add_argument("directory", help="a directory written by `manage.py backup`")
        parser.add_argument(
            "--noinput",
            "--no-input",
            action="store_false",
            dest="interactive",
            help="do not ask for confirmation",
        )

    def handle(self, directory, interactive=True, **options):
        if interactive:
            answer = input(
                "This replaces every row of the database and every media file. Type 'yes': "
            )
            if answer.strip().lower() != "yes":
                raise CommandError("Restore cancelled.")
        try:
            manifest = restore(directory)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(f"Restored the backup of {manifest['created']} from {directory}.")
