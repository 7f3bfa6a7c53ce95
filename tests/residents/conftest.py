"""A small known network: two centers, their residents, a space.

| resident   | center | kind             | sectors        | services          | live | other               |
| ca-chep    | alpha  | studio           | games          |                   | yes  | in the space studio |
| phap-ly    | alpha  | service_provider | games          | legal             | yes  | contact public      |
| hoa-si     | beta   | artist           | painting       |                   | yes  |                     |
| von        | beta   | service_provider | painting       | finance, training | yes  |                     |
| nhap       | alpha  | studio           | games          |                   | no   | draft               |
| rieng      | beta   | studio           | games          |                   | yes  | private             |
"""

import pytest
from wagtail.models import PageViewRestriction

from residents.models import NetworkResidentsPage, ResidentIndexPage
from spaces.models import SpaceIndexPage
from tests.factories import ResidentPageFactory, SectorFactory
from tests.spaces.factories import SpacePageFactory


def index_of(center):
    return ResidentIndexPage.objects.child_of(center).get()


def publish(page):
    page.save_revision().publish()
    return page


@pytest.fixture
def sectors(locales):
    return {
        "games": SectorFactory(slug="games-test", name="Phần mềm và trò chơi"),
        "painting": SectorFactory(slug="painting-test", name="Mỹ thuật"),
    }


@pytest.fixture
def network(home, center_factory, sectors):
    directory = NetworkResidentsPage(title="Cộng đồng sáng tạo", slug="residents")
    home.add_child(instance=directory)
    publish(directory)
    alpha = center_factory(slug="alpha", title="Trung tâm Alpha")
    beta = center_factory(slug="beta", title="Trung tâm Beta")
    studio = SpacePageFactory(
        parent=SpaceIndexPage.objects.child_of(alpha).get(), title="Xưởng 40 m²", slug="xuong"
    )
    publish(studio)
    games, painting = sectors["games"], sectors["painting"]
    residents = {
        "ca-chep": ResidentPageFactory(
            parent=index_of(alpha),
            title="Studio game Cá Chép",
            slug="ca-chep",
            sectors=[games],
            space=studio,
            contact_email="hello@cachep.example",
            contact_public=False,
        ),
        "phap-ly": ResidentPageFactory(
            parent=index_of(alpha),
            title="Phòng tư vấn pháp lý",
            slug="phap-ly",
            kind="service_provider",
            sectors=[games],
            offers_legal_advice=True,
            contact_email="tuvan@phaply.example",
            contact_public=True,
        ),
        "hoa-si": ResidentPageFactory(
            parent=index_of(beta),
            title="Họa sĩ Nguyễn Thu Trang",
            slug="hoa-si",
            kind="artist",
            sectors=[painting],
        ),
        "von": ResidentPageFactory(
            parent=index_of(beta),
            title="Quỹ Nghệ sĩ trẻ",
            slug="von",
            kind="service_provider",
            sectors=[painting],
            offers_finance=True,
            offers_training=True,
        ),
        "rieng": ResidentPageFactory(
            parent=index_of(beta), title="Studio Riêng", slug="rieng", sectors=[games]
        ),
    }
    for page in residents.values():
        publish(page)
    residents["nhap"] = ResidentPageFactory(
        parent=index_of(alpha), title="Studio Nháp", slug="nhap", sectors=[games], live=False
    )
    PageViewRestriction.objects.create(
        page=residents["rieng"], restriction_type=PageViewRestriction.LOGIN
    )
    return {
        "directory": directory,
        "alpha": alpha,
        "beta": beta,
        "studio": studio,
        "residents": residents,
    }
