"""The open-data page (``/<lang>/open-data/``) and the bulk ZIP it links to."""

from datetime import UTC, datetime

from django.http import FileResponse, Http404
from django.shortcuts import render
from django.utils.translation import get_language
from django.views.decorators.http import condition
from wagtail.models import Locale

from cms.api_common import in_site
from events.models import NetworkEventsPage
from ops.pagecache import view_reads

from . import export
from .datasets import datasets

LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/"


def bulk_file():
    """The ZIP's path and when it was written (aware), or (None, None) before the first."""
    target = export.path()
    try:
        stamp = target.stat().st_mtime
    except OSError:
        return None, None
    return target, datetime.fromtimestamp(stamp, tz=UTC)


@view_reads()
def open_data(request):
    language = get_language()
    locale = Locale.objects.filter(language_code=language).first()
    calendar = in_site(
        NetworkEventsPage.objects.visible().filter(locale=locale), request, locale
    ).first()
    calendar_url = calendar.get_url(request) if calendar else None
    _path, written = bulk_file()
    return render(
        request,
        "opendata/open_data.html",
        {
            "datasets": datasets(),
            "language": language,
            "calendar_url": calendar_url,
            "bulk_written": written,
            "bulk_url": f"/open-data/{export.FILENAME}",
            "licence_url": LICENCE_URL,
        },
    )


def _written(request, name):
    return bulk_file()[1]


@condition(last_modified_func=_written)
def bulk(request, name):
    target, _written_at = bulk_file()
    if name != export.FILENAME or target is None:
        raise Http404
    return FileResponse(target.open("rb"), as_attachment=True, filename=export.FILENAME)
