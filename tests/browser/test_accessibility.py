"""axe-core finds no WCAG 2.2 AA violation on the public page types, in both languages.

The pages Lighthouse measures (bench/bench_lighthouse.py: the network home, a center home,
the network calendar, an event page, the spaces search, the search page with a query) and
the ecosystem's (the residents directory, an open call with its form, a festival, the
open-data page), on the loaded demo, at a phone's width and at a desktop's.
"""

import pytest
from wagtail.models import Locale

from events.models import EventPage
from festivals.models import FestivalPage
from network.models import CenterPage
from opencalls.pages import OpenCallPage
from tests.browser.axe import describe, run_axe
from tests.browser.conftest import LIVE_DB
from tests.browser.contrast import low_contrast

pytestmark = [pytest.mark.browser, LIVE_DB]

VIEWPORTS = [{"width": 390, "height": 844}, {"width": 1280, "height": 900}]
SEARCHES = {"vi": "dem+nhac", "en": "exhibition"}
HEADER_TEXT = ".site-header a, .site-header button, .site-header span, .site-header small"
# Layout shifts as the page loads (web fonts, images), summed as Lighthouse's CLS is.
RECORD_SHIFTS = """
window.__layoutShift = 0;
new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
        if (!entry.hadRecentInput) window.__layoutShift += entry.value;
    }
}).observe({type: "layout-shift", buffered: true});
"""


def pages_to_check(language_code):
    locale = Locale.objects.get(language_code=language_code)
    center = CenterPage.objects.live().get(locale=locale, slug="complex-01")
    event = EventPage.objects.live().filter(locale=locale).descendant_of(center).first()
    call = OpenCallPage.objects.live().filter(locale=locale).order_by("path").first()
    festival = FestivalPage.objects.live().filter(locale=locale).order_by("path").first()
    lang = f"/{language_code}"
    return [
        f"{lang}/",
        center.url,
        f"{lang}/events/",
        event.url,
        f"{lang}/spaces/?type=studio&amenity=natural-light",
        f"{lang}/search/?q={SEARCHES[language_code]}",
        f"{lang}/residents/",
        call.url,
        festival.url,
        f"{lang}/open-data/",
    ]


def screenshot_name(width, url):
    name = url.strip("/").replace("/", "_").replace("?", "_").replace("&", "_") or "root"
    return f"{width}-{name[:120]}.png"


def test_no_wcag_22_aa_violation_on_the_main_pages(demo_live, new_page, screenshots):
    """Also: no page scrolls sideways or shifts as it loads (CLS under 0.1, "good" in
    Lighthouse); each is left as a screenshot for people to look at."""
    urls = pages_to_check("vi") + pages_to_check("en")
    problems = []
    checked = 0
    for viewport in VIEWPORTS:
        # The site's Content-Security-Policy forbids inline scripts, as it should;
        # bypass_csp lets the test inject axe itself.
        page = new_page(viewport=viewport, bypass_csp=True)
        page.add_init_script(RECORD_SHIFTS)
        for url in urls:
            response = page.goto(demo_live.url + url)
            assert response.status == 200, url
            page.wait_for_load_state("load")
            problems += describe(f"{viewport['width']}px {url}", run_axe(page))
            problems += [
                f"{viewport['width']}px {url} header: {line}"
                for line in low_contrast(page, HEADER_TEXT)
            ]
            if page.evaluate("document.documentElement.scrollWidth > window.innerWidth"):
                problems.append(f"{viewport['width']}px {url}: scrolls sideways")
            shift = page.evaluate("window.__layoutShift")
            if shift >= 0.1:
                problems.append(f"{viewport['width']}px {url}: layout shift {shift:.3f}")
            page.screenshot(
                path=str(screenshots / screenshot_name(viewport["width"], url)), full_page=True
            )
            checked += 1
    assert checked == 40
    assert not problems, "\n".join(problems)


def test_axe_reports_what_it_finds(new_page):
    """The check can fail: an unlabelled field, an empty link and pale text are reported."""
    page = new_page()
    page.set_content(
        '<!DOCTYPE html><html lang="vi"><head><title>Thử</title></head><body><main>'
        '<input type="text" name="q"><a href="/vi/"></a>'
        '<p style="color:#bbb;background:#fff">Chữ nhạt</p></main></body></html>'
    )
    lines = describe("test", run_axe(page))
    found = {line.split(": ")[1].split(" at ")[0] for line in lines}
    assert {"label", "link-name", "color-contrast"} <= found
    assert any("Form elements must have labels" in line for line in lines)


def test_contrast_check_sees_red_on_red(new_page):
    """The header's own check fails where axe was silent: a red link on a red header."""
    page = new_page()
    page.set_content(
        '<!DOCTYPE html><html lang="vi"><head><title>Thử</title></head><body>'
        '<header style="background:#a4161a"><a href="/vi/" style="color:#a4161a">Sự kiện</a>'
        '<a href="/vi/spaces/" style="color:#fff;outline-color:#1d4ed8">Không gian</a></header>'
        "</body></html>"
    )
    lines = low_contrast(page, "header a")
    assert lines[0].startswith("text of “Sự kiện”: 1.00:1")
    assert not any("Không gian" in line and line.startswith("text") for line in lines)
