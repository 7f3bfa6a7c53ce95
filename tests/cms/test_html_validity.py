"""Every public HTML page type, in both languages, passes the Nu Html Checker with no error.

The pages are rendered from the loaded demo by Django's test client and checked in one
run of the checker (see tests/cms/vnu.py).
"""

from datetime import date

from django.utils import timezone
from wagtail.models import Locale

from events.models import EventPage
from festivals.models import FestivalPage
from network.models import CenterPage, StandardPage
from opencalls.pages import OpenCallPage
from residents.models import ResidentPage
from spaces.models import SpacePage
from tests.cms.vnu import check_html

SEARCHES = {"vi": "dem nhac", "en": "exhibition"}


def page_in(model, language_code, **filters):
    locale = Locale.objects.get(language_code=language_code)
    return model.objects.live().filter(locale=locale, **filters).order_by("path").first()


def urls_for(language_code):
    """The public page types of one language: {what: url}."""
    center = page_in(CenterPage, language_code, slug="complex-01")
    event = page_in(EventPage, language_code)
    space = page_in(SpacePage, language_code)
    standard = page_in(StandardPage, language_code)
    resident = page_in(ResidentPage, language_code)
    call = page_in(OpenCallPage, language_code)
    festival = page_in(FestivalPage, language_code)
    month = timezone.localdate().replace(day=1).strftime("%Y-%m")
    lang = f"/{language_code}"
    return {
        "network home": f"{lang}/",
        "center home": center.url,
        "network calendar": f"{lang}/events/",
        "network calendar, bad filters": f"{lang}/events/?from=31-02-2026&center=nowhere&page=99999",
        "month grid": f"{lang}/events/?view=month&month={month}",
        "past events": f"{lang}/events/?past=1",
        "center calendar": center.event_index.url,
        "event page": event.url,
        "spaces search": f"{lang}/spaces/?type=studio&amenity=natural-light",
        "spaces search, bad filters": f"{lang}/spaces/?min_area=huge&sort=nope",
        "center spaces": center.space_index.url,
        "space page (inquiry form)": space.url,
        "standard page": standard.url,
        "search with a query": f"{lang}/search/?q={SEARCHES[language_code].replace(' ', '+')}",
        "search without a query": f"{lang}/search/",
        "residents directory": f"{lang}/residents/?sector=nowhere",
        "center residents": f"{center.url}residents/",
        "resident page": resident.url,
        "open calls": f"{lang}/calls/",
        "center calls": f"{center.url}calls/",
        "open call page (application form)": call.url,
        "festivals": f"{lang}/festivals/",
        "festival page": festival.url,
        "open data": f"{lang}/open-data/",
        "404": f"{lang}/no-such-page-{date.today():%Y}/",
    }


def fetch(client, url, expected=200):
    response = client.get(url, follow=True)
    assert response.status_code == expected, f"{url} answered {response.status_code}"
    return response.content.decode()


def test_every_public_page_type_is_valid_html(demo, client, tmp_path):
    documents = {}
    for language_code in ("vi", "en"):
        for what, url in urls_for(language_code).items():
            expected = 404 if what == "404" else 200
            documents[f"{language_code} {what} ({url})"] = fetch(client, url, expected)

    # The inquiry form sent empty (errors shown beside the fields), then filled in: the
    # confirmation page.
    space = page_in(SpacePage, "vi")
    response = client.post(f"{space.url}inquiry/", {"name": ""})
    assert response.status_code == 400
    documents["vi inquiry form with errors"] = response.content.decode()
    response = client.post(
        f"{space.url}inquiry/",
        {
            "name": "Nguyễn Thị Hoa",
            "email": "hoa@example.com",
            "message": "Tôi muốn thuê xưởng trong ba tháng.",
            "consent": "on",
        },
        follow=True,
    )
    assert response.redirect_chain and "inquiry/sent/" in response.redirect_chain[-1][0]
    documents["vi inquiry sent"] = response.content.decode()

    # An open call's application form sent empty: its errors, summary included.
    call = page_in(OpenCallPage, "vi")
    response = client.post(f"{call.url}apply/", {"name": ""})
    assert response.status_code == 400
    documents["vi application form with errors"] = response.content.decode()

    # The language switch when the other language has no live version of the page.
    english = page_in(StandardPage, "en")
    vietnamese = english.get_translation(Locale.objects.get(language_code="vi"))
    english.unpublish()
    html = fetch(client, vietnamese.url)
    assert "language-switch" in html and 'hreflang="en"' in html
    documents["vi page whose English is unpublished"] = html

    problems = check_html(documents, tmp_path)
    assert not problems, "\n".join(problems)
