"""A small known network for search tests: two centers, a few pages in vi, some in en."""

import pytest

from tests.factories import SectorFactory, StandardPageFactory


@pytest.fixture
def corpus(home, center_factory, locales):
    vi, en = locales["vi"], locales["en"]
    design = SectorFactory(name="Thiết kế", slug="design")
    SectorFactory(name="Design", slug="design", locale=en, translation_key=design.translation_key)
    music = SectorFactory(name="Âm nhạc", slug="music")
    SectorFactory(name="Music", slug="music", locale=en, translation_key=music.translation_key)

    sang_tao = center_factory(
        title="Trung tâm Sáng tạo Hà Nội",
        slug="sang-tao",
        introduction="Nơi gặp gỡ của các nhà thiết kế trẻ.",
    )
    sang_tao.sectors.set([design])
    sang_tao.save()
    di_san = center_factory(
        title="Không gian Di sản",
        slug="di-san",
        introduction="Đêm nhạc ca trù mỗi tối thứ Bảy trong ngôi nhà cổ.",
    )
    di_san.sectors.set([music])
    di_san.save()

    pages = {
        "museum": StandardPageFactory(
            parent=sang_tao,
            title="Bảo tàng Hà Nội",
            slug="bao-tang-ha-noi",
            introduction="Triển lãm ảnh về phố cổ.",
        ),
        "storm": StandardPageFactory(
            parent=sang_tao,
            title="Bão tăng cường",
            slug="bao-tang-cuong",
            introduction="Bản tin thời tiết cho khách tham quan.",
        ),
        "music": StandardPageFactory(
            parent=di_san,
            title="Đêm nhạc acoustic",
            slug="dem-nhac-acoustic",
            introduction="Âm nhạc dưới mái nhà cổ.",
        ),
        "venue": StandardPageFactory(
            parent=home,
            title="ĐỊA ĐIỂM TRIỂN LÃM",
            slug="dia-diem-trien-lam",
            introduction="Danh sách phòng trưng bày của mạng lưới.",
        ),
        "draft": StandardPageFactory(
            parent=sang_tao, title="Bảo tàng bí mật", slug="bao-tang-bi-mat", live=False
        ),
    }
    en_home = home.get_translation(en)
    pages["en_museum"] = StandardPageFactory(
        parent=en_home,
        title="Hanoi Museum (Bảo tàng Hà Nội)",
        slug="hanoi-museum",
        locale=en,
        translation_key=pages["museum"].translation_key,
        introduction="Photography exhibitions about the old quarter.",
    )
    pages["en_exhibition"] = StandardPageFactory(
        parent=en_home,
        title="Call for an exhibition",
        slug="call-for-an-exhibition",
        locale=en,
        introduction="Artists may propose a show.",
    )
    return {
        "vi": vi,
        "en": en,
        "centers": {"sang-tao": sang_tao, "di-san": di_san},
        "sectors": {"design": design, "music": music},
        **pages,
    }
