from django.core.management.base import BaseCommand, CommandError

from ops.backup import BackupError, backup


class Command(BaseCommand):
    help = "Back up the database and the media files into a directory (see ops/backup.py)."

    def add_arguments(self, parser):
        parser.add_argument("directory", help="where to write the backup (created if missing)")

    def handle(self, directory, **options):
        try:
            manifest = backup(directory)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            f"Backed up the {manifest['engine']} database and {manifest['media_files']} "
            f"media files into {directory}."
        )
