"""Hanoi's wards and communes (phường, xã) since 1 July 2025.

Since that day the city has no districts: its 126 wards and communes sit directly under
it. The list and its official codes come from ``vietnam-provinces``, read once; a center
stores the code, and the names are given here in each language.
"""

import unicodedata
from dataclasses import dataclass
from functools import cache

from vietnam_provinces import ProvinceCode, VietNamDivisionType
from vietnam_provinces import Ward as Division

from cms.formats import sort_by_name

HANOI = ProvinceCode.P_01
KIND_PREFIXES = {VietNamDivisionType.PHUONG: "Phường ", VietNamDivisionType.XA: "Xã "}
ENGLISH_KINDS = {VietNamDivisionType.PHUONG: "Ward", VietNamDivisionType.XA: "Commune"}


@dataclass(frozen=True)
class Ward:
    code: int
    name_vi: str  # "Phường Văn Miếu - Quốc Tử Giám", "Xã Bát Tràng"
    name_en: str  # "Van Mieu - Quoc Tu Giam Ward", "Bat Trang Commune"
    kind: str  # "phường" or "xã"
    place: str  # the name without its kind, by which the list is sorted

    def name(self, language):
        return self.name_en if (language or "").startswith("en") else self.name_vi

    def __str__(self):
        return self.name_vi


def _unaccented(text):
    """Vietnamese letters as English writes place names: no marks, đ as d."""
    text = text.replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _ward(division):
    kind = VietNamDivisionType(division.division_type)
    place = division.name.removeprefix(KIND_PREFIXES[kind])
    return Ward(
        code=int(division.code),
        name_vi=division.name,
        name_en=f"{_unaccented(place)} {ENGLISH_KINDS[kind]}",
        kind=kind.value,
        place=place,
    )


@cache
def hanoi_wards():
    """Every ward and commune of Hanoi, sorted by place name in Vietnamese order."""
    wards = [_ward(division) for division in Division.iter_by_province(HANOI)]
    return tuple(sort_by_name(wards, "vi", key=lambda ward: ward.place))


@cache
def _by_code():
    return {ward.code: ward for ward in hanoi_wards()}


def get(code):
    """The ward with this official code, or ``None`` (no code, or not in Hanoi)."""
    try:
        return _by_code().get(int(code))
    except (TypeError, ValueError):
        return None


def choices():
    """``(code, Vietnamese name)`` for a model field: the stored value is the code."""
    return [(ward.code, ward.name_vi) for ward in hanoi_wards()]


def labelled(codes, language):
    """``(code, name)`` of the wards in ``codes`` in ``language``, sorted in that language."""
    codes = {int(code) for code in codes if code is not None}
    wards = [ward for ward in hanoi_wards() if ward.code in codes]
    if (language or "").startswith("en"):
        wards = sorted(wards, key=lambda ward: ward.name_en.casefold())
    return [(ward.code, ward.name(language)) for ward in wards]


def as_data(code, language):
    """The API's ``ward``: ``{"code", "name"}`` in ``language``, or ``None``."""
    ward = get(code)
    return None if ward is None else {"code": ward.code, "name": ward.name(language)}
