"""Warm a preloaded process before gunicorn forks its workers from it.

Django does much of its set-up on the first request, not at start: it imports the URLconf,
loads each language's gettext catalogue and compiles every template it renders (the
cached loader keeps them per process). A worker forked from a cold arbiter pays for that
on its first request; and gunicorn recycles workers (``max_requests``), so under load a
recycled worker's first requests would be the slowest of every page. Done once in the
arbiter, the work is inherited by every worker, the recycled ones included.

Nothing here touches the database or the cache: a connection opened before the fork
would be shared by every worker. Connections are closed at the end in any case.
"""

import logging
from pathlib import Path

logger = logging.getLogger(__name__)

TEMPLATE_SUFFIXES = (".html", ".txt", ".xml")


def project_template_names():
    """Every template under this project's own template directories (not libraries')."""
    from django.conf import settings
    from django.template import engines

    root = Path(settings.BASE_DIR).resolve()
    directories = [Path(d) for d in engines["django"].template_dirs]
    names = set()
    for directory in directories:
        directory = directory.resolve()
        if not directory.is_relative_to(root) or ".venv" in directory.parts:
            continue
        for path in directory.rglob("*"):
            if path.suffix in TEMPLATE_SUFFIXES and path.is_file():
                names.add(path.relative_to(directory).as_posix())
    return sorted(names)


def warm_up():
    """Import the URLconf, load the catalogues and compile the project's templates.

    Returns the number of templates compiled. A template that fails to compile is
    logged, not raised: the request that renders it will show the error as before.
    """
    from django.conf import settings
    from django.core.cache import close_caches
    from django.db import connections
    from django.template import TemplateSyntaxError
    from django.template.loader import get_template
    from django.urls import get_resolver
    from django.utils import translation

    get_resolver().url_patterns  # noqa: B018 - imports every urls module
    for code, _name in settings.LANGUAGES:
        with translation.override(code):  # activating a language loads its catalogues
            pass
    compiled = 0
    for name in project_template_names():
        try:
            get_template(name)
        except TemplateSyntaxError:
            logger.exception("warm-up: template %s does not compile", name)
        else:
            compiled += 1
    connections.close_all()
    close_caches()
    return compiled
