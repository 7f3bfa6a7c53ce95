"""The system check that every project app is imported from the project (cms.E001)."""

import importlib.util
import os
import subprocess
import sys
import types
from pathlib import Path
from types import SimpleNamespace

from django.conf import settings

from cms.checks import check_project_apps, imported_elsewhere, project_app_names

ROOT = Path(settings.BASE_DIR)


def test_the_project_apps_are_ours_and_resolve_here():
    names = project_app_names(ROOT, settings.INSTALLED_APPS)
    assert {"cms", "events", "network", "ops", "reports", "spaces"} <= set(names)
    assert not {"wagtail", "wagtail_localize", "django", "modelcluster"} & set(names)
    assert check_project_apps() == []


def test_an_app_loaded_from_outside_the_project_is_reported(tmp_path):
    stranger = tmp_path / "events" / "__init__.py"
    stranger.parent.mkdir()
    stranger.write_text("class Events: pass\n")
    module = types.ModuleType("events")
    module.__file__ = str(stranger)
    ours = importlib.util.find_spec("spaces")
    configs = [
        SimpleNamespace(name="events", module=module),
        SimpleNamespace(name="spaces", module=SimpleNamespace(__file__=ours.origin)),
    ]
    assert imported_elsewhere(ROOT, configs) == [("events", str(stranger))]


def test_a_process_that_imports_pypis_events_fails_the_check(tmp_path):
    """The real case: started outside the project, with the project after site-packages
    on sys.path, Django starts with PyPI's ``events`` (installed with opensearch-py)."""
    assert importlib.util.find_spec("events").origin.startswith(str(ROOT))
    script = (
        "import sys; sys.path.append(sys.argv[1]); import django; django.setup(); "
        "from django.core.management import call_command; call_command('check', tags=['project_layout'])"
    )
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "hanoi.settings.test", "PYTHONPATH": ""}
    result = subprocess.run(
        [sys.executable, "-c", script, str(ROOT)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    assert "(cms.E001) The app 'events' is imported from" in result.stderr
    assert "site-packages" in result.stderr
