"""Fixtures built once per test module when every database test of the module uses them.

Building a network for a test goes through the real services (pages created, revised and
published, centers with their indexes, groups and permissions): hundreds of queries, for
a fixture most tests of a module only read. ``shared_fixture(build)`` makes two fixtures:

- ``module_<name>``: ``build`` run once for the module, inside a transaction around all of
  the module's tests (``module_transaction``) that is rolled back when the module ends;
  ``None`` when some database test of the module does not use ``<name>`` (it would find
  the objects there) or the module has a transactional test or a test on the demo.
- ``<name>``: for a test, the shared objects fetched again from the database (each test
  gets its own instances; what it changes is rolled back with its savepoint), or, when
  nothing is shared, ``build`` run for this test as before.

``build``'s parameters name other shared fixtures (the same on both levels). Only a build
whose effects are rows in the database qualifies (no mail sent, no file written, no
setting changed), and it returns model instances, in dicts, lists or tuples, and plain
values.
"""

import inspect

import pytest
from django.conf import settings
from django.db import models, transaction
from django.utils import translation


def module_items(request):
    module = request.node
    return [item for item in request.session.items if item.getparent(pytest.Module) is module]


def _marker(item):
    from pytest_django.plugin import validate_django_db

    marker = item.get_closest_marker("django_db")
    return validate_django_db(marker) if marker else None


def is_transactional(item):
    settings = _marker(item)
    return bool(settings and (settings[0] or settings[1])) or bool(
        {"transactional_db", "live_server", "django_db_reset_sequences"} & set(item.fixturenames)
    )


def uses_db(item):
    return _marker(item) is not None or bool({"db", "transactional_db"} & set(item.fixturenames))


@pytest.fixture(scope="module")
def module_transaction(request, django_db_blocker):
    """A transaction around the module's tests, for the fixtures it shares; ``None`` when
    it has a transactional test (those commit)."""
    items = module_items(request)
    # A module with a test on the demo shares nothing: the demo is committed for the rest
    # of the session, and loading it here would bring it in before the tests that count
    # what the database holds (tests/conftest.py runs those first).
    if (
        any(is_transactional(item) for item in items)
        or not any(map(uses_db, items))
        or any("demo_db" in item.fixturenames for item in items)
    ):
        yield None
        return
    request.getfixturevalue("django_db_setup")
    with django_db_blocker.unblock(), transaction.atomic():
        yield True
        transaction.set_rollback(True)


def every_test_uses(request, name):
    return all(name in item.fixturenames for item in module_items(request) if uses_db(item))


def fresh(value):
    """``value`` with every model instance in it read again from the database."""
    if isinstance(value, models.Model):
        return type(value)._base_manager.get(pk=value.pk)
    if isinstance(value, dict):
        return {key: fresh(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(fresh(item) for item in value)
    return value


def _check_shareable(value):
    if isinstance(value, dict):
        for item in value.values():
            _check_shareable(item)
    elif isinstance(value, list | tuple):
        for item in value:
            _check_shareable(item)
    elif callable(value) and not isinstance(value, models.Model):
        raise TypeError(f"a shared fixture returns data, not {value!r}")


def shared_fixture(build):
    """``(<name>, module_<name>)`` fixtures for ``build`` (see the module's docstring)."""
    name = build.__name__
    needs = list(inspect.signature(build).parameters)
    module_name = f"module_{name}"

    def at_module_level(request, module_transaction, **deps):
        values = {need: deps[f"module_{need}"] for need in needs}
        if module_transaction is None or None in values.values():
            return None
        if not every_test_uses(request, name):
            return None
        # In the site's default language, as a test builds it (some set it, none changes it).
        with translation.override(settings.LANGUAGE_CODE):
            value = build(**values)
        _check_shareable(value)
        return value

    at_module_level.__signature__ = _signature(
        ["request", "module_transaction", *(f"module_{need}" for need in needs)]
    )

    def for_a_test(db, **deps):
        shared = deps.pop(module_name)
        if shared is not None:
            return fresh(shared)
        return build(**deps)

    for_a_test.__signature__ = _signature(["db", module_name, *needs])
    for_a_test.__doc__ = build.__doc__
    return (
        pytest.fixture(name=name)(for_a_test),
        pytest.fixture(name=module_name, scope="module")(at_module_level),
    )


def _signature(names):
    return inspect.Signature(
        [inspect.Parameter(name, inspect.Parameter.POSITIONAL_OR_KEYWORD) for name in names]
    )
