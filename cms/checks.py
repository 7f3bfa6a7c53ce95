"""System checks: every app of this project is imported from this project; the admin
reads dates the way it shows them (below).

PyPI's ``Events`` package (a dependency of opensearch-py) installs a top-level ``events``
package too. A process whose ``sys.path`` does not start at the project root (a worker
started from another directory, a regular rather than editable install) imports that one
instead of our app and fails much later, with missing templates and models. The check
fails at once instead, naming the package and where it came from. ``manage.py`` commands
run it before they start, and ``cms``'s ``ready()`` runs it as the project starts.
"""

from pathlib import Path

from django.conf import settings
from django.core.checks import Error, Tags, register
from django.core.exceptions import ImproperlyConfigured
from django.utils import formats

TAG = "project_layout"


def project_app_names(root, installed_apps):
    """The installed apps that are packages of this project (a folder with the same name
    and an ``__init__.py`` under ``root``)."""
    names = [name.split(".")[0] for name in installed_apps]
    return sorted({name for name in names if (Path(root) / name / "__init__.py").is_file()})


def imported_elsewhere(root, configs):
    """``(name, path)`` of each app config among ``configs`` (anything with ``name`` and
    ``module``) whose module was loaded from outside ``root``."""
    root = Path(root).resolve()
    found = []
    for config in configs:
        where = getattr(config.module, "__file__", None)
        if where is None or not _in_project(Path(where).resolve(), root):
            found.append((config.name, where or "?"))
    return found


def _in_project(path, root):
    """Under ``root`` and not inside an installation (``make`` puts ``.venv`` in the root)."""
    if not path.is_relative_to(root):
        return False
    inside = path.relative_to(root).parts
    return not {"site-packages", "dist-packages"} & set(inside)


@register(TAG)
def check_project_apps(app_configs=None, **kwargs):
    from django.apps import apps

    root = settings.BASE_DIR
    ours = set(project_app_names(root, settings.INSTALLED_APPS))
    configs = [config for config in apps.get_app_configs() if config.name in ours]
    return [
        Error(
            f"The app {name!r} is imported from {where}, not from this project ({root}).",
            hint=(
                "Another package of that name is installed (PyPI's 'Events' provides "
                "'events'). Start the process from the project root, or install the "
                "project in place: pip install -e ."
            ),
            obj=name,
            id="cms.E001",
        )
        for name, where in imported_elsewhere(root, configs)
    ]


def refuse_apps_outside_project():
    """Stop at start-up when an app of ours comes from elsewhere.

    Called by ``cms``'s ``import_models()`` (the first app), before any app's models,
    ``ready()`` or Wagtail's hook search imports a module the stranger does not have and
    fails with a bare ImportError; it also covers the processes that run no system checks
    (the WSGI server)."""
    errors = check_project_apps()
    if errors:
        raise ImproperlyConfigured("\n".join(f"({e.id}) {e.msg} {e.hint}" for e in errors))


# Dates in the admin ------------------------------------------------------------------
# What each admin date widget shows must be the *first* input format of every admin
# language, so that a date typed or picked as shown is read that way (and widgets that
# are not Wagtail's, which render with the first input format, show the same). Wagtail's
# own check (wagtailadmin.E003) runs only when USE_L10N is set, a setting Django 5
# removed: it never runs.
WIDGET_FORMATS = [
    # (what the widget shows, its Wagtail default, the input formats that read it)
    ("WAGTAIL_DATE_FORMAT", "%Y-%m-%d", "DATE_INPUT_FORMATS"),
    ("WAGTAIL_DATETIME_FORMAT", "%Y-%m-%d %H:%M", "DATETIME_INPUT_FORMATS"),
    ("WAGTAIL_TIME_FORMAT", "%H:%M", "TIME_INPUT_FORMATS"),
]


def admin_languages():
    languages = getattr(settings, "WAGTAILADMIN_PERMITTED_LANGUAGES", None) or settings.LANGUAGES
    return [code for code, _name in languages]


@register(Tags.compatibility)
def admin_date_formats_check(app_configs, **kwargs):
    errors = []
    for code in admin_languages():
        for setting, default, input_setting in WIDGET_FORMATS:
            shown = getattr(settings, setting, default)
            first = formats.get_format(input_setting, lang=code)[0]
            if first != shown:
                errors.append(
                    Error(
                        f"The admin shows {setting} = {shown!r} but reads "
                        f"{input_setting} for language {code!r} first as {first!r}.",
                        hint=(
                            f"Start {input_setting} with {shown!r} in the format module "
                            f"for {code!r} (FORMAT_MODULE_PATH), or dates typed or picked "
                            "in the admin are saved wrong or refused."
                        ),
                        obj=setting,
                        id="cms.E002",
                    )
                )
    return errors
