"""Which search engine runs, chosen by the environment (read by hanoi/settings/base.py).

* nothing set: Wagtail's database backend (SQLite FTS5 or PostgreSQL full text) with the
  ``simple`` configuration, because Vietnamese must not meet English stop words and
  stemming ("do", "to", "the" are Vietnamese words once folded); English stemming is done
  in Python by :mod:`sitesearch.folding`, the same way on every engine.
* ``SEARCH_URL=http://host:9200`` (OpenSearch) or ``ELASTICSEARCH_URL=...``
  (Elasticsearch): Wagtail's backend for the installed client's major version
  (``pip install -e .[opensearch]`` or ``.[elasticsearch]``; pin the client to your
  server's major), with the title tiers of :mod:`sitesearch.ranking` added to its
  queries (:mod:`sitesearch.backends`). The database backend stays configured as
  ``"database"`` and kept up to date, so a search falls back to it when the engine is
  down.

This module must stay importable from settings: it imports no Django model.
"""

import importlib
import importlib.metadata
import importlib.util
import sys

DATABASE_BACKEND = {"BACKEND": "wagtail.search.backends.database", "SEARCH_CONFIG": "simple"}

# The index's default analyzer folds Vietnamese like sitesearch.folding does: a char filter
# maps đ/Đ to d/D (asciifolding would too, but only for precomposed input), then lowercase
# and asciifolding. Text is folded in Python before it is sent, so this is the safety net
# that keeps any unfolded field (titles, the catch-all field) consistent with it.
INDEX_SETTINGS = {
    "settings": {
        "analysis": {
            "char_filter": {
                "vietnamese_d": {"type": "mapping", "mappings": ["đ => d", "Đ => D"]},
            },
            "analyzer": {
                "default": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "char_filter": ["vietnamese_d"],
                    "filter": ["lowercase", "asciifolding"],
                },
                "vietnamese_folding": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "char_filter": ["vietnamese_d"],
                    "filter": ["lowercase", "asciifolding"],
                },
            },
        }
    }
}


def _import_opensearch_client():
    """Import opensearch-py, which needs PyPI's ``events`` package (``from events import
    Events``) where this project has its own ``events`` app.

    While opensearch-py is imported, ``sys.modules["events"]`` is PyPI's module; then the
    project's app is put back (or left for Django to import). Nothing else is changed.
    """
    if "opensearchpy" in sys.modules:
        return sys.modules["opensearchpy"]
    origin = importlib.metadata.distribution("events").locate_file("events/__init__.py")
    spec = importlib.util.spec_from_file_location(
        "events", origin, submodule_search_locations=[str(origin.parent)]
    )
    pypi_events = importlib.util.module_from_spec(spec)
    ours = sys.modules.get("events")
    sys.modules["events"] = pypi_events
    try:
        spec.loader.exec_module(pypi_events)
        return importlib.import_module("opensearchpy")
    finally:
        for name in [n for n in sys.modules if n == "events" or n.startswith("events.")]:
            if sys.modules[name].__spec__ and str(origin.parent) in str(
                sys.modules[name].__spec__.origin
            ):
                del sys.modules[name]
        if ours is not None:
            sys.modules["events"] = ours


def import_client(flavour):
    if flavour == "opensearch":
        return _import_opensearch_client()
    return importlib.import_module("elasticsearch")


def _client_major(module_name):
    flavour = "opensearch" if module_name == "opensearchpy" else "elasticsearch"
    module = import_client(flavour)
    version = getattr(module, "__versionstr__", None) or getattr(module, "__version__", "")
    if isinstance(version, tuple):
        return int(version[0])
    return int(str(version).split(".")[0])


def engine_backend_path(flavour):
    """The backend module for the installed client (opensearch-py or elasticsearch)."""
    if flavour == "opensearch":
        major = _client_major("opensearchpy")
        return f"sitesearch.backends.opensearch{max(2, min(major, 3))}"
    major = _client_major("elasticsearch")
    return f"sitesearch.backends.elasticsearch{max(7, min(major, 9))}"


def search_backends(environ):
    """WAGTAILSEARCH_BACKENDS for this environment."""
    opensearch_url = environ.get("SEARCH_URL", "").strip()
    elasticsearch_url = environ.get("ELASTICSEARCH_URL", "").strip()
    url = opensearch_url or elasticsearch_url
    if not url:
        return {"default": dict(DATABASE_BACKEND)}
    flavour = "opensearch" if opensearch_url else "elasticsearch"
    engine = {
        "BACKEND": engine_backend_path(flavour),
        "URLS": [url],
        "INDEX_PREFIX": environ.get("SEARCH_INDEX_PREFIX", "hcc_"),
        "TIMEOUT": float(environ.get("SEARCH_TIMEOUT", "3")),
        "OPTIONS": {"max_retries": 0, "retry_on_timeout": False},
        "INDEX_SETTINGS": INDEX_SETTINGS,
    }
    return {"default": engine, "database": dict(DATABASE_BACKEND)}
