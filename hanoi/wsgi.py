import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hanoi.settings.production")

application = get_wsgi_application()

# gunicorn runs no system checks: refuse to serve another package's `events` app.
from cms.checks import refuse_apps_outside_project  # noqa: E402

refuse_apps_outside_project()
