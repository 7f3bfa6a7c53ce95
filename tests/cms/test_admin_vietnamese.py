"""Every admin screen a Vietnamese user can open is in Vietnamese.

The walk starts from what the admin itself offers the user (its menu, every registered
viewset's screens, the edit and create screens of every page type in a small network)
and follows the links on those screens, each kind of screen once. Every text node and
visible attribute is compared with the interface strings of Wagtail, wagtail-localize,
Django and the project whose Vietnamese is missing (``Save draft``), including the
sentences that interpolate a value into English ("There are no xác nhận báo cáo to
display"). The admin's JavaScript strings are checked in the JavaScript catalogues the
admin loads.

When this fails after adding a string, the message lists each English text, the
catalogue it comes from and where it was seen: give it its Vietnamese in that app's
``locale/vi/LC_MESSAGES/django.po`` (the library strings live in ``locale/libraries``,
see scripts/library_catalogues.py).
"""

import json
import re
import runpy
from collections import defaultdict, deque
from datetime import date, timedelta
from html.parser import HTMLParser
from importlib import import_module
from pathlib import Path
from urllib.parse import urlsplit

import polib
import pytest
from django.apps import apps
from django.test import Client, RequestFactory
from django.urls import NoReverseMatch, Resolver404, resolve, reverse
from django.utils import timezone, translation
from wagtail.admin.menu import admin_menu
from wagtail.admin.views import i18n as i18n_views
from wagtail.admin.viewsets import viewsets
from wagtail.contrib.redirects.models import Redirect
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.documents.models import Document
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Page
from wagtail.users.models import UserProfile

from department.models import Complaint, FireSafetyCertificate, SafetyRecord
from events.models import EventCategory, EventIndexPage, EventPage
from opencalls.models import CallIndexPage
from reports.models import EventAttendance, InquiryResponse, ReportingPeriod, SignOff
from sitesearch.models import SearchMiss
from spaces.models import Inquiry, SpaceIndexPage
from tests.factories import (
    AmenityFactory,
    ApplicationFactory,
    OpenCallPageFactory,
    SectorFactory,
    StandardPageFactory,
    vi,
)
from tests.spaces.factories import SpacePageFactory

DJANGO_ROOT = Path(apps.get_app_config("admin").path).parents[1]
ROOT = Path(__file__).resolve().parents[2]

# Words that read the same in Vietnamese: names, formats and codes. A string made only of
# these (and numbers, punctuation, placeholders) needs no translation.
SAME_IN_VIETNAMESE = {
    "API", "CSV", "XLSX", "PDF", "JPEG", "PNG", "PO", "URL", "URLs", "ID", "JSON", "HTML", "UTC", "UUID", "IPv",
    "Email", "SEO", "KB", "MB", "GB", "TB", "PB", "DEBUG", "True", "v",
    "Wagtail", "Localize", "Taggit", "Embedly", "Django",
    "Sorani", "Bokmål", "Igbo", "Kabyle", "Uzbek", "Tajik", "Turkmen", "Kyrgyz",
}  # fmt: skip
# A value printed as Python writes it, not as a person reads it.
PYTHON_VALUES = {
    value: (value, "a Python value shown as is") for value in ("True", "False", "None")
}
# English that no catalogue can translate, each where it is known to appear: languages are
# named in themselves (settings.LANGUAGES), and the libraries leave a few labels unmarked
# for translation (the page field of Wagtail's permission and workflow forms, Wagtail's
# Locale model, which has no verbose name, wagtail-localize's "enabled" field, the hidden
# submit button of Wagtail's dashboard search) or translate a column label once, in the
# language of the request that first loads the URLs (the snippet choosers' "Locale").
KNOWN_GAPS = [
    ("English", r"/admin/"),
    ("Page", r"/admin/groups/|/admin/users/|/admin/workflows/"),
    ("Locale", r"/admin/groups/|/admin/locales/|/admin/snippets/choose/"),
    ("Locales", r"/admin/locales/"),
    ("Enabled", r"/admin/locales/"),
    ("Search", r"/admin/$"),
]


def known_gap(text, screen):
    url = screen.split(" ")[0]
    return any(text == gap and re.match(where, url) for gap, where in KNOWN_GAPS)


PLACEHOLDER = re.compile(r"%\(\w+\)[sdifr]|%[sdifr]|\{\w*\}")
TAG = re.compile(r"<[^>]+>")


def normal(text):
    return " ".join(text.split())


# The English interface strings and their Vietnamese -------------------------------------
def catalogue_paths(domain):
    """The catalogue of every installed app (and Django's own) that lists its strings:
    English where the app ships it, otherwise the Vietnamese one (our apps)."""
    roots = [Path(app.path) / "locale" for app in apps.get_app_configs()]
    roots += [DJANGO_ROOT / "conf" / "locale", ROOT / "locale"]
    for root in roots:
        for language in ("en", "vi"):
            path = root / language / "LC_MESSAGES" / f"{domain}.po"
            if path.exists():
                yield path
                break


def where(path):
    parts = path.parts
    try:
        return "/".join(parts[parts.index("site-packages") + 1 : parts.index("locale")])
    except ValueError:
        return "/".join(parts[-5:])


def interface_strings(domain="django"):
    """Two maps {English text: (msgid, catalogue)}: the strings whose Vietnamese, as
    Django resolves it for a Vietnamese user, is missing, and those that have it."""
    missing, translated = {}, {}
    with translation.override("vi"):
        for path in catalogue_paths(domain):
            for entry in polib.pofile(str(path)):
                if entry.obsolete or not entry.msgid:
                    continue
                english = [entry.msgid]
                if entry.msgid_plural:
                    english.append(entry.msgid_plural)
                    shown = translation.ngettext(entry.msgid, entry.msgid_plural, 2)
                elif entry.msgctxt:
                    shown = translation.pgettext(entry.msgctxt, entry.msgid)
                else:
                    shown = translation.gettext(entry.msgid)
                found = missing if shown == english[-1] else translated
                for text in english:
                    found.setdefault(text, (entry.msgid, where(path)))
    return missing, translated


def same_in_vietnamese(text):
    words = re.findall(r"[^\W\d_]+", PLACEHOLDER.sub(" ", text))
    return all(word in SAME_IN_VIETNAMESE for word in words)


class EnglishMatcher:
    """Recognises the English of untranslated strings in rendered text, also when a value
    was put into a placeholder or the string was split by its HTML tags."""

    def __init__(self, strings):
        self.exact = {}
        self.patterns = []
        for english, origin in strings.items():
            for fragment in TAG.split(english.replace("%%", "%")):
                fragment = normal(fragment)
                if not re.search(r"[A-Za-z]{2}", PLACEHOLDER.sub("", fragment)):
                    continue
                if same_in_vietnamese(fragment):
                    continue
                if PLACEHOLDER.search(fragment):
                    pattern = "".join(
                        ".+?" if PLACEHOLDER.fullmatch(part) else re.escape(part)
                        for part in re.split(f"({PLACEHOLDER.pattern})", fragment)
                        if part
                    )
                    literal = len(PLACEHOLDER.sub("", fragment))
                    self.patterns.append((literal, re.compile(pattern), origin))
                else:
                    self.exact.setdefault(fragment, origin)
        # The most specific first: "%(count)s pages" before "%(locale)s page".
        self.patterns = [(p, o) for _n, p, o in sorted(self.patterns, key=lambda x: -x[0])]

    def find(self, text):
        if text in self.exact:
            return self.exact[text]
        for pattern, origin in self.patterns:
            if pattern.fullmatch(text):
                return origin
        return None


# What a person sees on a screen -----------------------------------------------------------
# Scripts and styles, what people typed, and code or keys shown literally.
NOT_LANGUAGE = {"script", "style", "textarea", "code", "kbd", "samp"}
VISIBLE_ATTRIBUTES = {"title", "placeholder", "aria-label", "alt", "data-w-tooltip-content-value"}


VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source"}


class VisibleText(HTMLParser):
    """Text nodes and visible attributes, leaving out scripts, styles and what people
    typed (text areas, the values of fields). Each text says whether it sits in a hidden
    element (shown later by a script)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.texts = []
        self.links = []
        self.skipped = 0
        self.open_hidden = []  # depth counters of the open elements with ``hidden``

    def add(self, text):
        if text and text.strip():
            self.texts.append((normal(text), bool(self.open_hidden)))

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in NOT_LANGUAGE:
            self.skipped += 1
        if tag == "a" and attrs.get("href"):
            self.links.append(attrs["href"])
        for name in VISIBLE_ATTRIBUTES & attrs.keys():
            self.add(attrs[name])
        if tag == "input" and attrs.get("type") in ("submit", "button"):
            self.add(attrs.get("value"))
        if tag in VOID:
            return
        if self.open_hidden:
            self.open_hidden[-1] += 1
        if "hidden" in attrs:
            self.open_hidden.append(1)

    def handle_endtag(self, tag):
        if tag in NOT_LANGUAGE and self.skipped:
            self.skipped -= 1
        if tag in VOID or not self.open_hidden:
            return
        self.open_hidden[-1] -= 1
        if not self.open_hidden[-1]:
            self.open_hidden.pop()

    def handle_data(self, data):
        if not self.skipped:
            self.add(data)


def visible_text(html):
    parser = VisibleText()
    parser.feed(html)
    return parser.texts, parser.links


def screen_html(response):
    """The HTML of a screen, or of a modal (choosers answer JSON with its HTML)."""
    content_type = response.get("Content-Type", "")
    if content_type.startswith("text/html"):
        return response.content.decode()
    if content_type.startswith("application/json"):
        data = json.loads(response.content)
        return data.get("html") or "" if isinstance(data, dict) else ""
    return ""


# The network -----------------------------------------------------------------------------
@pytest.fixture
def network(center_factory, locales, django_user_model):
    return build_network(center_factory, django_user_model)


def build_network(center_factory, django_user_model):
    """One row of every model the admin lists, so that each edit screen has one to show."""
    center = center_factory(slug="trung-tam-walk", title="Trung tâm Thử nghiệm")
    sector, amenity = SectorFactory(name="Âm nhạc"), AmenityFactory(name="Wi-Fi")
    category = EventCategory.objects.create(name="Hòa nhạc", slug="hoa-nhac", locale=vi())
    today = timezone.localdate()
    event = EventPage(title="Đêm nhạc thử", slug="dem-nhac-thu", start=timezone.now())
    event.categories, event.sectors = [category], [sector]
    EventIndexPage.objects.child_of(center).get().add_child(instance=event)
    event.save_revision().publish()
    space = SpacePageFactory(
        parent=SpaceIndexPage.objects.child_of(center).get(), slug="phong-thu", amenities=[amenity]
    )
    StandardPageFactory(parent=center, title="Thông tin tham quan", slug="tham-quan")
    inquiry = Inquiry.store(
        center=center,
        space=space,
        language="vi",
        name="Nguyễn Thị Hoa",
        email="hoa@example.vn",
        message="Xin hỏi lịch thuê phòng.",
        respond_by=today + timedelta(days=2),
    )
    InquiryResponse.objects.create(inquiry=inquiry, responded_at=timezone.now())
    FireSafetyCertificate.objects.create(
        center=center,
        number="PC-001",
        issuer="Cảnh sát PCCC Hà Nội",
        issued_on=today - timedelta(days=300),
        expires_on=today + timedelta(days=60),
        max_occupancy=200,
    )
    SafetyRecord.objects.create(
        center=center, date=today - timedelta(days=3), kind="drill", result="passed"
    )
    Complaint.objects.create(
        center=center, language="vi", name="Trần Văn Bình", subject="Tiếng ồn", message="Ồn."
    )
    EventAttendance.objects.create(event=event, date=today, total=50)
    period = ReportingPeriod.objects.create(
        kind="quarter", start=date(2026, 1, 1), end=date(2026, 3, 31)
    )
    SignOff.objects.create(period=period, center=center, note="Đã kiểm tra")
    image_model = apps.get_model("wagtailimages", "Image")
    image_model.objects.create(title="Ảnh mặt tiền", file=get_test_image_file())
    Document.objects.create(title="Nội quy", file=get_test_image_file(filename="noi-quy.png"))
    Redirect.objects.create(old_path="/cu", redirect_page=center)
    SearchPromotion.objects.create(query=Query.get("lich"), page=center, sort_order=0)
    SearchMiss.objects.create(query=Query.get("dem nhac"), date=today, hits=2)
    call = OpenCallPageFactory(
        parent=CallIndexPage.objects.child_of(center).get(), title="Lưu trú", slug="luu-tru"
    )
    call.save_revision().publish()
    ApplicationFactory(call=call, name="Lê Minh Anh")
    # A center that has nothing yet: its editor's listings are empty ("There are no …").
    new_center = center_factory(slug="trung-tam-moi", title="Trung tâm Mới")
    users = {
        "superuser": django_user_model.objects.create_superuser("quantri", password="pw"),
        "editor": django_user_model.objects.create_user("bientap", password="pw"),
        "new_editor": django_user_model.objects.create_user("bientap-moi", password="pw"),
    }
    users["editor"].groups.add(center.editors_group)
    users["new_editor"].groups.add(new_center.editors_group)
    for user in users.values():
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = "vi"
        profile.save()
    return {"center": center, **users}


# The walk --------------------------------------------------------------------------------
def menu_urls(request):
    def walk(items):
        for item in items:
            submenu = getattr(item, "menu", None)
            if submenu is not None:
                yield from walk(submenu.menu_items_for_request(request))
            elif getattr(item, "url", None):
                yield item.url

    return list(walk(admin_menu.menu_items_for_request(request)))


def registered_viewsets():
    """(viewset, model) of every viewset in the admin but the pages' (walked apart)."""
    for viewset in viewsets.viewsets:
        if getattr(viewset, "name", None) is None:
            continue
        model = getattr(viewset, "model", None)
        yield viewset, apps.get_model(model) if isinstance(model, str) else model


def viewset_urls():
    """Every screen of every registered viewset that takes no argument or one object."""
    for viewset, model in registered_viewsets():
        namespace = viewset.url_namespace
        first = model._default_manager.order_by("pk").first() if model else None
        for pattern in viewset.get_urlpatterns():
            name = f"{namespace}:{pattern.name}"
            params = pattern.pattern.converters.keys()
            try:
                if not params:
                    yield reverse(name)
                elif set(params) == {"pk"} and first is not None:
                    yield reverse(name, kwargs={"pk": first.pk})
            except NoReverseMatch:
                continue


def page_urls():
    """Explore, edit and create every page type of the network, in both languages."""
    for page in Page.objects.filter(depth__gt=1).specific():
        yield reverse("wagtailadmin_explore", args=[page.pk])
        yield reverse("wagtailadmin_pages:edit", args=[page.pk])
        parent = page.get_parent()
        if parent.depth > 1:
            meta = page._meta
            yield reverse(
                "wagtailadmin_pages:add", args=[meta.app_label, meta.model_name, parent.pk]
            )


# Wagtail's screens that are the same for every model but its name.
SAME_FOR_EVERY_MODEL = {"history", "usage", "delete", "choose", "create", "chosen_multiple"}


def shape(url):
    """One visit per kind of screen: object ids don't make a new screen, except a page's
    (every page type has its own form), and Wagtail's history, usage, delete and chooser
    screens, and a new page's form (the edit form, empty), are one screen whatever the
    model."""
    path = urlsplit(url).path
    if re.fullmatch(r"/admin/pages/\d+/edit/", path):
        return path
    for same in ("/admin/pages/usage/", "/admin/pages/add/"):  # for every page type
        if path.startswith(same):
            return same
    try:
        match = resolve(path)
    except Resolver404:
        return path
    view = getattr(match.func, "view_class", None)
    if match.url_name in SAME_FOR_EVERY_MODEL and view and view.__module__.startswith("wagtail"):
        return (match.url_name, view)
    return re.sub(r"/\d+(?=/)", "/N", path)


# Not screens (logging out, files, previews of the public site), or screens that repeat
# another's text: a listing's results (the listing without its frame), copying (the
# create form, filled in).
SKIPPED = re.compile(
    r"/admin/(logout|jsi18n|sprite|localize/jsi18n|bulk)/|/preview/|/export|/download|/pofile/"
    r"|results/|/copy/"
)


def walk(client, user, everything, seen):
    """{URL: texts} of the screens the user can open, following the links on each: from
    the admin's home and menu, and with ``everything`` from every registered viewset and
    every page's edit and create screens. The user's home and menu entries are always
    opened; other screens only if no one opened their kind (``seen``) yet."""
    request = RequestFactory().get("/admin/")
    request.user = user
    home = reverse("wagtailadmin_home")
    queue = deque([home, reverse("wagtailadmin_account")])
    queue += menu_urls(request)
    seen -= {shape(url) for url in queue}
    if everything:
        queue += page_urls()
        queue += viewset_urls()
    screens, opened = {}, set()
    while queue:
        url = queue.popleft()
        if not url.startswith("/admin/") or SKIPPED.search(url) or shape(url) in seen:
            continue
        seen.add(shape(url))
        opened.add(url)
        response = client.get(url, HTTP_ACCEPT_LANGUAGE="en")
        if response.status_code in (301, 302):
            if response["Location"] == home:
                # A refusal leaves a message for the next screen: not one the user opened.
                client.cookies.pop("messages", None)
            elif response["Location"] not in opened:
                # Where the admin sends the user (a center's editor opening Pages lands on
                # the center) is a screen of its own.
                seen.discard(shape(response["Location"]))
                queue.appendleft(response["Location"])
        if response.status_code != 200:
            continue
        html = screen_html(response)
        if not html:
            continue
        texts, links = visible_text(html)
        screens[url] = texts
        queue += [urlsplit(link)._replace(query="", fragment="").geturl() for link in links]
    return screens


def english_on(screens):
    """{(text, msgid, catalogue): URLs} of the English interface text on the screens: the
    strings that lack Vietnamese, and those that have it but were shown in English (put
    into the page before the user's language was known)."""
    missing, translated = interface_strings()
    untranslated = EnglishMatcher(missing)
    shown_in_english = {
        normal(text): origin
        for text, origin in translated.items()
        if not PLACEHOLDER.search(text) and not TAG.search(text) and not same_in_vietnamese(text)
    }
    found = defaultdict(set)
    for url, texts in screens.items():
        for text, hidden in texts:
            if text in PYTHON_VALUES:
                # a hidden counter reads "None" until its script fills it in
                origin = None if hidden else PYTHON_VALUES[text]
            else:
                origin = untranslated.find(text) or shown_in_english.get(text)
            if origin is not None and not known_gap(text, url):
                found[(text, *origin)].add(url)
    return found


def report(found):
    lines = [f"{len(found)} interface strings are English in the Vietnamese admin:"]
    for (text, msgid, catalogue), urls in sorted(found.items()):
        seen_at = ", ".join(sorted(urls)[:3]) + (" …" if len(urls) > 3 else "")
        label = f'"{text}"' if text == msgid else f'"{text}" (msgid "{msgid}")'
        lines.append(f"  {label} [{catalogue}] at {seen_at}")
    return "\n".join(lines)


def test_every_admin_screen_is_in_vietnamese(network):
    """A superuser's admin, a center editor's and the editor's of a center with nothing
    yet, each with the admin in Vietnamese in a browser that prefers English."""
    empty = {m._meta.label for _v, m in registered_viewsets() if m and not m.objects.exists()}
    assert not empty, f"build_network() has no row of {sorted(empty)} to open"
    screens, seen = {}, set()
    for who, everything in (("superuser", True), ("editor", False), ("new_editor", False)):
        client = Client()
        client.force_login(network[who])
        walked = walk(client, network[who], everything, seen)
        screens.update({f"{url} ({who})": texts for url, texts in walked.items()})
    assert len(screens) > 150
    found = english_on(screens)
    assert not found, report(found)


# The admin's JavaScript strings ------------------------------------------------------
def served_catalogue(client, url):
    """The catalogue a jsi18n view serves (Django writes it as a JSON object)."""
    script = client.get(url, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    found = re.search(r"const newcatalog = (\{.*?\});\n", script, re.DOTALL)
    return json.loads(found.group(1)) if found else {}


@pytest.mark.parametrize(
    "url_name", ["wagtailadmin_javascript_catalog", "wagtail_localize:javascript_catalog"]
)
def test_the_admin_scripts_speak_vietnamese(django_user_model, url_name):
    """Wagtail's editor (Collapse all, Autosave) and wagtail-localize's translation
    editor take their strings from these catalogues: each string of the packages they
    serve has its Vietnamese there, for a user whose admin is in Vietnamese."""
    user = django_user_model.objects.create_superuser("quantri", password="pw")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "vi"
    profile.save()
    client = Client()
    client.force_login(user)
    url = reverse(url_name)
    served = served_catalogue(client, url)
    view = resolve(url).func
    packages = getattr(view, "view_initkwargs", None) or i18n_views.js_catalog.view_initkwargs
    missing = []
    for package in packages["packages"]:
        english = Path(import_module(package).__file__).parent / "locale/en/LC_MESSAGES"
        for entry in polib.pofile(str(english / "djangojs.po")):
            value = served.get(entry.msgid)
            shown = value[0] if isinstance(value, list) else value
            english = shown in (None, entry.msgid, entry.msgid_plural)
            if english and not same_in_vietnamese(entry.msgid):
                missing.append(entry.msgid)
    assert served and not missing, f"{url} serves in English: {missing}"


def test_library_catalogues_are_complete():
    """Every string of the libraries whose Vietnamese we ship has it, and none that one
    of our apps translates is carried (it would override the app's). After upgrading a
    library: ``.venv/bin/python scripts/library_catalogues.py``, then translate."""
    script = runpy.run_path(str(ROOT / "scripts" / "library_catalogues.py"))
    found = {}
    for library, domain in script["CATALOGUES"]:
        todo, missing, stale = script["problems"](library, domain)
        if todo or missing or stale:
            found[f"{library}/{domain}"] = {"translate": todo, "add": missing, "drop": stale}
    assert not found, f"run scripts/library_catalogues.py, then translate: {found}"
