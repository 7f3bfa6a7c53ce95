"""Centers made before the residents and open calls apps get their residents and calls
sections, in Vietnamese and English, from the apps' data migrations."""

import importlib

from wagtail.models import Page

from network.demo.translate import translate_with_memory
from opencalls.models import CallIndexPage
from residents.centers import add_index_pages
from residents.models import ResidentIndexPage


class Memory:
    def lookup_segment(self, data):
        return f"EN {data}"


def old_center(center_factory, locales):
    """A center and its English version without either section, as before the apps."""
    center = center_factory(slug="cu", title="Trung tâm Cũ")
    english = translate_with_memory(center, locales["en"], Memory())
    for model in (ResidentIndexPage, CallIndexPage):
        for page in model.objects.all():
            page.delete()
    return center, english


def sections(center):
    return {
        (page.specific_class.__name__, page.title, page.slug, page.live)
        for page in center.get_children()
        if page.specific_class in (ResidentIndexPage, CallIndexPage)
    }


def test_a_center_without_them_gets_both_sections_in_both_languages(center_factory, locales):
    center, english = old_center(center_factory, locales)
    assert sections(center) == set() and sections(english) == set()

    for app in ("residents", "opencalls"):
        migration = importlib.import_module(f"{app}.migrations.0003_center_sections")
        migration.add_sections(None, None)

    assert sections(Page.objects.get(pk=center.pk)) == {
        ("ResidentIndexPage", "Cộng đồng sáng tạo", "residents", True),
        ("CallIndexPage", "Kêu gọi tham gia", "calls", True),
    }
    assert sections(Page.objects.get(pk=english.pk)) == {
        ("ResidentIndexPage", "Residents", "residents", True),
        ("CallIndexPage", "Open calls", "calls", True),
    }
    vi_index = ResidentIndexPage.objects.child_of(center).get()
    en_index = ResidentIndexPage.objects.child_of(english).get()
    assert vi_index.translation_key == en_index.translation_key

    # Again: nothing more.
    assert add_index_pages(ResidentIndexPage) == [] and add_index_pages(CallIndexPage) == []
    assert ResidentIndexPage.objects.count() == 2


def test_only_the_missing_translation_is_added(center_factory, locales):
    center, english = old_center(center_factory, locales)
    index = ResidentIndexPage(title="Thành viên", slug="thanh-vien", introduction="Ai ở đây.")
    center.add_child(instance=index)
    index.save_revision().publish()
    (translated,) = add_index_pages(ResidentIndexPage)
    assert translated.get_parent().pk == english.pk
    assert (translated.title, translated.slug, translated.live) == ("Residents", "thanh-vien", True)
    assert translated.introduction == "Ai ở đây."  # left for a translator
    assert ResidentIndexPage.objects.child_of(center).get().pk == index.pk
