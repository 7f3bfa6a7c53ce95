import secrets
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = (
        "Create the local administrator account once and print its login. "
        "The password is generated on the first run and kept in .admin-login (not in git)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--username", default="admin")
        parser.add_argument("--login-file", default=str(Path(settings.BASE_DIR) / ".admin-login"))

    def handle(self, *args, username, login_file, **options):
        users = get_user_model()
        login_path = Path(login_file)
        if users.objects.filter(username=username).exists():
            password = (
                login_path.read_text().strip() if login_path.exists() else "(unchanged, not stored)"
            )
            state = "already there"
        else:
            password = secrets.token_urlsafe(12)
            users.objects.create_superuser(username, f"{username}@localhost", password)
            login_path.write_text(password + "\n")
            login_path.chmod(0o600)
            state = "created"
        self.stdout.write(f"Admin login ({state}): user '{username}', password '{password}'")
