"""What a translator meets in wagtail-localize's screens and the translation dashboard,
as the project adjusts them."""

import re

from tests.factories import SectorFactory, StandardPageFactory

from .conftest import publish


def checked_locales(html):
    return set(
        re.findall(r'<input type="checkbox" name="locales" value="(\d+)"[^>]* checked', html)
    )


def test_translate_this_page_ticks_the_language_it_lacks(client, admin_user, center, locales):
    page = publish(StandardPageFactory(parent=center, title="Lịch sử", slug="lich-su"))
    client.force_login(admin_user)
    html = client.get(f"/admin/localize/submit/page/{page.pk}/").content.decode()
    assert checked_locales(html) == {str(locales["en"].pk)}
    sector = SectorFactory(name="Điện ảnh")
    url = f"/admin/localize/submit/snippet/network/sector/{sector.pk}/"
    assert checked_locales(client.get(url).content.decode()) == {str(locales["en"].pk)}
