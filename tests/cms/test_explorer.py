"""A center's staff open *Pages* on their own center, not on the root above both trees."""

import json

from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model

from network.demo.translate import TranslationMemory, translate_with_memory


def explorer_item(client):
    page = BeautifulSoup(client.get("/admin/").content, "html.parser")
    props = json.loads(page.find("script", id="wagtail-sidebar-props").string)
    found = []

    def walk(value):
        if isinstance(value, dict):
            if str(value.get("_type", "")).endswith("PageExplorerMenuItem"):
                found.append(value["_args"])
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(props)
    (args,) = found
    return {"url": args[0]["url"], "start_page_id": args[1]}


def test_center_staff_open_pages_on_their_center(client, center_factory, locales):
    center = center_factory(slug="alpha", title="Trung tâm Alpha")
    memory = TranslationMemory()
    for text in [center.title, center.slug, center.introduction, center.address, center.district]:
        memory.add(text, text)
    english = translate_with_memory(center, locales["en"], memory)
    editor = get_user_model().objects.create_user("alpha", "alpha@example.vn", "pw")
    editor.groups.add(center.editors_group)
    # The group edits the center in both languages: Wagtail's common ancestor is the root.
    assert english.permissions_for_user(editor).can_edit()

    client.force_login(editor)
    assert explorer_item(client) == {
        "url": f"/admin/pages/{center.pk}/",
        "start_page_id": center.pk,
    }


def test_those_who_edit_everything_still_start_at_the_root(client, center_factory):
    center_factory(slug="alpha")
    client.force_login(get_user_model().objects.create_superuser("so", "so@example.vn", "pw"))
    item = explorer_item(client)
    assert item["url"] == "/admin/pages/"
