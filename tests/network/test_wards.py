"""Hanoi's 2025 wards and communes, read from the official list."""

import re

from network import wards
from network.demo import content


def test_hanoi_has_its_126_wards_and_communes_and_nothing_else():
    listed = wards.hanoi_wards()
    assert len(listed) == 126
    assert {ward.kind for ward in listed} == {"phường", "xã"}
    # A ward of another province (Phường Sài Gòn, Ho Chi Minh City) is not Hanoi's.
    assert wards.get(26740) is None


def test_a_ward_by_its_official_code_in_both_languages():
    ward = wards.get(196)
    assert ward.name("vi") == "Phường Văn Miếu - Quốc Tử Giám"
    assert ward.name("en") == "Van Mieu - Quoc Tu Giam Ward"
    assert wards.get("583").name("en") == "Bat Trang Commune"
    assert wards.as_data(583, "vi") == {"code": 583, "name": "Xã Bát Tràng"}


def test_the_list_is_in_vietnamese_alphabetical_order_of_the_place_names():
    places = [ward.place for ward in wards.hanoi_wards()]
    # Ô after O, Đ after D: not the order of the code points.
    assert places.index("Ô Diên") > places.index("Ô Chợ Dừa") > places.index("Nội Bài")
    assert places.index("Đan Phượng") > places.index("Dương Nội")
    assert places[0] == "An Khánh"


def test_demo_addresses_are_written_the_2025_way():
    for center in content.CENTERS:
        ward = wards.get(center["ward"])
        vietnamese, english = center["address"]["vi"], center["address"]["en"]
        assert ward.name_vi.casefold() in vietnamese.casefold(), vietnamese
        assert not re.search(r"\b(quận|huyện)\b", vietnamese, re.IGNORECASE), vietnamese
        assert vietnamese.endswith(", Hà Nội")
        assert english.endswith(f"{ward.name_en}, Hanoi"), english
