"""A view restriction covers every language version of its page (translations.restrictions):
however and wherever it is set, changed or removed, and for versions made later."""

import importlib

import pytest
from django.apps import apps
from django.contrib.auth.models import Group
from wagtail.models import Page, PageViewRestriction

from network.demo.translate import TranslationMemory, translate_with_memory
from tests.factories import StandardPageFactory

PASSWORD = PageViewRestriction.PASSWORD
GROUPS = PageViewRestriction.GROUPS


@pytest.fixture
def page(home):
    return StandardPageFactory(parent=home, title="Phòng đọc", slug="phong-doc")


def _english(page, locales):
    memory = TranslationMemory()
    memory.add(page.title, "Reading room")
    memory.add(page.slug, "reading-room")
    translate_with_memory(page, locales["en"], memory)
    return Page.objects.get(translation_key=page.translation_key, locale=locales["en"])


@pytest.fixture
def english(page, locales):
    return _english(page, locales)


def state(page):
    """(type, password, group names) of each restriction on ``page``."""
    return [
        (r.restriction_type, r.password, sorted(r.groups.values_list("name", flat=True)))
        for r in PageViewRestriction.objects.filter(page=page)
    ]


def restrict(page, kind=PASSWORD, password="", groups=()):
    """As the admin's privacy dialog does: the row, then its groups."""
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=kind, password=password
    )
    restriction.groups.set(groups)
    return restriction


def test_a_restriction_on_the_source_covers_the_existing_translation(client, page, english):
    restrict(page, password="bi-mat")
    assert state(english) == [(PASSWORD, "bi-mat", [])]
    response = client.get("/en/reading-room/")
    assert 'name="password"' in response.content.decode()
    assert "Reading room" not in response.content.decode()
    # Deleting the translation (its restriction goes with it) leaves the source private.
    Page.objects.get(pk=english.pk).delete()
    assert state(page) == [(PASSWORD, "bi-mat", [])]


def test_a_restriction_on_the_translation_covers_the_source(page, english):
    staff = Group.objects.create(name="Nhân viên")
    restrict(english, kind=GROUPS, groups=[staff])
    assert state(page) == [(GROUPS, "", ["Nhân viên"])]


def test_a_translation_made_later_is_restricted_and_kept_in_step(page, locales):
    staff = Group.objects.create(name="Nhân viên")
    restrict(page, kind=GROUPS, groups=[staff])
    english = _english(page, locales)
    assert state(english) == [(GROUPS, "", ["Nhân viên"])]
    # Translated again (a sync): still one restriction, the same one.
    english = _english(page, locales)
    assert state(english) == state(page) == [(GROUPS, "", ["Nhân viên"])]
    # A group added on the new translation reaches the source.
    PageViewRestriction.objects.get(page=english).groups.add(Group.objects.create(name="Biên tập"))
    assert state(page) == [(GROUPS, "", ["Biên tập", "Nhân viên"])]


def test_changes_follow_and_removal_removes_everywhere(page, english):
    restriction = restrict(page, password="bi-mat")
    restriction.password = "mat-khau-moi"
    restriction.save()
    assert state(english) == [(PASSWORD, "mat-khau-moi", [])]
    editors = Group.objects.create(name="Biên tập")
    theirs = PageViewRestriction.objects.get(page=english)
    theirs.restriction_type = GROUPS
    theirs.password = ""
    theirs.save()
    theirs.groups.add(editors)  # changed on the translation, this time
    assert state(page) == [(GROUPS, "", ["Biên tập"])]
    theirs.groups.remove(editors)
    assert state(page) == [(GROUPS, "", [])]

    PageViewRestriction.objects.get(page=page).delete()  # the admin's "Public"
    assert state(page) == state(english) == []


def test_restrictions_made_before_are_mirrored_by_the_migration(page, english):
    staff = Group.objects.create(name="Nhân viên")
    # As they were before: on the source only (written as a fixture would, unmirrored).
    restriction = PageViewRestriction(page=page, restriction_type=GROUPS)
    PageViewRestriction.objects.bulk_create([restriction])
    restriction = PageViewRestriction.objects.get(page=page)
    restriction.groups.through.objects.create(pageviewrestriction=restriction, group=staff)
    assert state(english) == []
    migration = importlib.import_module("translations.migrations.0002_mirror_view_restrictions")
    migration.mirror(apps, None)
    assert state(english) == [(GROUPS, "", ["Nhân viên"])]
