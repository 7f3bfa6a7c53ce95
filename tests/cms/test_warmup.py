"""hanoi.warmup: what gunicorn's arbiter does before forking (see gunicorn.conf.py)."""

from django.db import connections
from django.template import engines

from hanoi.warmup import project_template_names, warm_up


def test_the_project_templates_and_only_them():
    names = project_template_names()
    assert {"base.html", "404.html", "events/includes/calendar.html"} <= set(names)
    # The project's overrides of Wagtail's admin templates are its own; Wagtail's are not.
    assert "wagtailadmin/tables/boolean_cell.html" in names
    assert "wagtailadmin/base.html" not in names
    assert not [name for name in names if name.startswith("admin/")]


def test_warm_up_compiles_them_without_touching_the_database(monkeypatch):
    # No django_db mark: pytest-django makes any database access here raise.
    closed = []
    monkeypatch.setattr(connections, "close_all", lambda: closed.append("database"))
    monkeypatch.setattr("django.core.cache.close_caches", lambda: closed.append("cache"))
    loader = engines["django"].engine.template_loaders[0]  # the cached loader
    loader.reset()
    compiled = warm_up()
    assert compiled == len(project_template_names())
    assert set(project_template_names()) <= set(loader.get_template_cache)
    # Whatever is open is closed: nothing may be shared with the forked workers.
    assert closed == ["database", "cache"]
