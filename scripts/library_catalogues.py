"""Keep the Vietnamese catalogues of the libraries' admin strings in step with the libraries.

Wagtail, wagtail-localize, Django, django-filter and django-taggit ship Vietnamese
catalogues that leave most of the admin in English (Wagtail 8.0 translates about 130 of
its 950 admin strings). ``locale/libraries/<library>/vi/LC_MESSAGES/`` holds the
complete Vietnamese for them; these directories come after the project's own ``locale``
in ``LOCALE_PATHS``, so they override the libraries' catalogues and the project's
``locale`` overrides them.

Every catalogue in ``LOCALE_PATHS`` also overrides the project's apps' catalogues, so a
string that one of our apps translates (``Status``, ``Previous``) is left out here: the
app's Vietnamese stays in force, as it was before these catalogues existed.

After upgrading one of these libraries:

    .venv/bin/python scripts/library_catalogues.py          # add new strings, drop gone ones
    # translate the entries left empty (and check those marked fuzzy), then
    .venv/bin/python manage.py compilemessages -v0 --ignore=.venv --ignore=node_modules

``--check`` changes nothing and exits 1 while an entry lacks its Vietnamese.
"""

import argparse
import importlib.util
import sys
from datetime import UTC, datetime
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "locale" / "libraries"

HEADER = {
    "Project-Id-Version": "hanoi-cultural-centers (library strings)",
    "Last-Translator": "Platform team",
    "Language-Team": "Vietnamese",
    "Language": "vi",
    "MIME-Version": "1.0",
    "Content-Type": "text/plain; charset=UTF-8",
    "Content-Transfer-Encoding": "8bit",
    "Plural-Forms": "nplurals=1; plural=0;",
}


def package_dir(name):
    return Path(importlib.util.find_spec(name).origin).parent


# (library directory, domain): the installed apps whose catalogues it completes, and
# whether it carries every string ("all") or only those the library's own Vietnamese
# lacks ("missing": Django's own catalogue is maintained and mostly complete).
CATALOGUES = {
    ("wagtail", "django"): (
        "all",
        [
            "wagtail.admin",
            "wagtail",
            "wagtail.contrib.forms",
            "wagtail.contrib.redirects",
            "wagtail.contrib.settings",
            "wagtail.contrib.search_promotions",
            "wagtail.embeds",
            "wagtail.sites",
            "wagtail.users",
            "wagtail.snippets",
            "wagtail.documents",
            "wagtail.images",
            "wagtail.search",
        ],
    ),
    ("wagtail", "djangojs"): ("all", ["wagtail.admin"]),
    ("wagtail_localize", "django"): ("all", ["wagtail_localize", "wagtail_localize.locales"]),
    ("wagtail_localize", "djangojs"): ("all", ["wagtail_localize"]),
    ("django", "django"): (
        "missing",
        ["django.conf", "django.contrib.auth", "django.contrib.contenttypes"],
    ),
    ("django_filters", "django"): ("all", ["django_filters"]),
    ("taggit", "django"): ("all", ["taggit"]),
}


def source_catalogue(package, domain):
    """The library's English catalogue (django-filter ships none: any of its own lists
    every string, with msgids in English)."""
    locale = package_dir(package) / "locale"
    english = locale / "en" / "LC_MESSAGES" / f"{domain}.po"
    if english.exists():
        return polib.pofile(str(english))
    others = sorted(locale.glob(f"*/LC_MESSAGES/{domain}.po"))
    return polib.pofile(str(others[0]))


def library_vietnamese(package, domain):
    path = package_dir(package) / "locale" / "vi" / "LC_MESSAGES" / f"{domain}.po"
    if not path.exists():
        return {}
    return {(e.msgctxt, e.msgid): e for e in polib.pofile(str(path)) if e.translated()}


def project_strings():
    """The (context, msgid) pairs the project's own catalogues translate (Python and
    template strings: the project has no JavaScript catalogue)."""
    paths = [ROOT / "locale" / "vi" / "LC_MESSAGES" / "django.po"]
    paths += sorted(ROOT.glob("*/locale/vi/LC_MESSAGES/django.po"))
    return {key(e) for path in paths for e in polib.pofile(str(path)) if e.translated()}


def key(entry):
    return (entry.msgctxt, entry.msgid)


def wanted_entries(mode, packages, domain):
    """The library's entries this catalogue should carry, in the libraries' order, each
    with the library's own Vietnamese (if any) as a fuzzy suggestion."""
    wanted = {}
    ours = project_strings() if domain == "django" else set()
    for package in packages:
        own = library_vietnamese(package, domain)
        for source in source_catalogue(package, domain):
            if source.obsolete or not source.msgid or key(source) in wanted:
                continue
            if (mode == "missing" and key(source) in own) or key(source) in ours:
                continue
            entry = polib.POEntry(
                msgctxt=source.msgctxt,
                msgid=source.msgid,
                msgid_plural=source.msgid_plural,
                flags=[flag for flag in source.flags if flag.endswith("-format")],
            )
            suggestion = own.get(key(source))
            if source.msgid_plural:
                entry.msgstr_plural = {0: ""}
                if suggestion is not None:
                    entry.msgstr_plural = {0: suggestion.msgstr_plural.get(0, "")}
            elif suggestion is not None:
                entry.msgstr = suggestion.msgstr
            if suggestion is not None:
                entry.flags.append("fuzzy")
            entry.comment = package
            wanted[key(source)] = entry
    return wanted


def path_of(library, domain):
    return OUT / library / "vi" / "LC_MESSAGES" / f"{domain}.po"


def update(library, domain, mode, packages):
    path = path_of(library, domain)
    existing = polib.pofile(str(path)) if path.exists() else polib.POFile()
    current = {key(e): e for e in existing}
    catalogue = polib.POFile(wrapwidth=100)
    catalogue.header = (
        f"Vietnamese for the admin strings of {library} ({domain}), overriding the\n"
        "library's own catalogue. Maintained with scripts/library_catalogues.py."
    )
    catalogue.metadata = {
        **HEADER,
        "PO-Revision-Date": existing.metadata.get(
            "PO-Revision-Date", datetime.now(UTC).strftime("%Y-%m-%d %H:%M+0000")
        ),
    }
    for entry_key, entry in wanted_entries(mode, packages, domain).items():
        kept = current.get(entry_key)
        if kept is not None and kept.msgid_plural == entry.msgid_plural:
            entry.msgstr, entry.msgstr_plural = kept.msgstr, kept.msgstr_plural
            entry.flags = kept.flags
        catalogue.append(entry)
    path.parent.mkdir(parents=True, exist_ok=True)
    catalogue.save(str(path))
    return catalogue


def unfinished(catalogue):
    return [e for e in catalogue if not e.translated() or "fuzzy" in e.flags]


def problems(library, domain):
    """What keeps a catalogue from being complete: (entries lacking Vietnamese or marked
    fuzzy, library strings it lacks, strings it should no longer carry: gone from the
    library, or translated by one of our apps, whose Vietnamese it would override)."""
    mode, packages = CATALOGUES[(library, domain)]
    catalogue = polib.pofile(str(path_of(library, domain)))
    wanted = wanted_entries(mode, packages, domain)
    carried = {key(e) for e in catalogue}
    return (
        [e.msgid for e in unfinished(catalogue)],
        [k[1] for k in wanted if k not in carried],
        [k[1] for k in carried if k not in wanted],
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="report, change nothing")
    args = parser.parse_args()
    failed = False
    for (library, domain), (mode, packages) in CATALOGUES.items():
        path = path_of(library, domain)
        if args.check:
            todo, missing, stale = problems(library, domain)
            failed |= bool(todo or missing or stale)
            print(
                f"{path.relative_to(ROOT)}: {len(todo)} to translate or check, "
                f"{len(missing)} to add, {len(stale)} to drop"
            )
        else:
            catalogue = update(library, domain, mode, packages)
            print(
                f"{path.relative_to(ROOT)}: {len(catalogue)} entries, "
                f"{len(unfinished(catalogue))} to translate or check"
            )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
