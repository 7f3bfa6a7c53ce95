"""Give the platform's existing centers their 2025 ward or commune.

The former district alone does not say the ward (each district was split among several),
so the ward comes from the Vietnamese address: the street of a center the platform knows,
or a former ward that went whole into one new ward (Resolution 1656/NQ-UBTVQH15, checked
by hand). A center matched by neither keeps an empty ward, which its admin form then asks
for. The codes are the official ones (network.wards), written out so that this migration
does not change when that list does.
"""

import unicodedata

from django.db import migrations

# (words that must all be in the folded address, ward code), first match wins.
KNOWN_ADDRESSES = [
    (("299 tay son",), 226),  # former Ngã Tư Sở (Khương Thượng), Đống Đa: Phường Kim Liên
    (("luong yen", "hai ba trung"), 256),  # former Bạch Đằng inside the dyke: Hai Bà Trưng
    (("hao nam",), 190),  # former Ô Chợ Dừa, Đống Đa: Phường Ô Chợ Dừa
    (("tran hung dao", "hoan kiem"), 73),  # Trần Hưng Đạo street, Hoàn Kiếm: Cửa Nam
]
# Former wards (and communes) that went whole into one new ward.
WHOLE_WARDS = {
    "phuong hang buom": 70,
    "phuong hang bac": 70,
    "phuong hang dao": 70,
    "phuong hang bo": 70,
    "phuong hang gai": 70,
    "phuong hang ma": 70,
    "phuong hang trong": 70,
    "phuong ly thai to": 70,
    "phuong dong xuan": 70,
    "phuong cua nam": 73,
    "phuong hang bai": 73,
    "phuong phan chu trinh": 73,
    "phuong tran hung dao": 73,
    "phuong nga tu so": 226,
    "phuong khuong thuong": 226,
    "phuong kim lien": 226,
    "phuong phuong mai": 226,
    "phuong cat linh": 190,
    "phuong van chuong": 196,
    "phuong kham thien": 196,
    "phuong tho quan": 196,
    "phuong dong nhan": 256,
    "phuong le dai hanh": 256,
    "phuong pham dinh ho": 256,
    "xa bat trang": 583,
}


def fold(text):
    text = (text or "").replace("đ", "d").replace("Đ", "D")
    text = unicodedata.normalize("NFD", text)
    text = "".join(char for char in text if not unicodedata.combining(char))
    return " ".join(text.casefold().replace(",", " ").split())


def ward_for(address):
    """The 2025 ward code of a Vietnamese address, or ``None`` when it cannot be told."""
    folded = fold(address)
    for words, code in KNOWN_ADDRESSES:
        if all(word in folded for word in words):
            return code
    for old, code in WHOLE_WARDS.items():
        if old in folded:
            return code
    return None


def forward(apps, schema_editor):
    CenterPage = apps.get_model("network", "CenterPage")
    # The ward is synchronised across translations: one answer per translation key, from
    # whichever language version's address tells it (the Vietnamese one names the ward).
    codes = {}
    for key, address in CenterPage.objects.filter(ward__isnull=True).values_list(
        "translation_key", "address"
    ):
        code = ward_for(address)
        if code is not None:
            codes.setdefault(key, code)
    for key, code in codes.items():
        CenterPage.objects.filter(translation_key=key, ward__isnull=True).update(ward=code)
    _revisions(apps, codes)


def _revisions(apps, codes):
    """Put the ward in the centers' revisions too: the admin edits the latest one."""
    if not codes:
        return
    CenterPage = apps.get_model("network", "CenterPage")
    Revision = apps.get_model("wagtailcore", "Revision")
    ContentType = apps.get_model("contenttypes", "ContentType")
    center_type = ContentType.objects.filter(app_label="network", model="centerpage").first()
    if center_type is None:
        return
    pages = CenterPage.objects.filter(translation_key__in=codes).values_list(
        "pk", "translation_key"
    )
    code_of = {str(pk): codes[key] for pk, key in pages}
    for revision in Revision.objects.filter(
        content_type=center_type, object_id__in=code_of
    ).iterator():
        content = revision.content
        if isinstance(content, dict) and content.get("ward") is None and "address" in content:
            content["ward"] = code_of[revision.object_id]
            revision.content = content
            revision.save(update_fields=["content"])


class Migration(migrations.Migration):
    dependencies = [
        ("network", "0004_ward"),
        ("wagtailcore", "0098_apitoken"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    # Backwards there is nothing to undo here: 0004 then drops the ward column, and the
    # former district and address were never changed.
    operations = [migrations.RunPython(forward, migrations.RunPython.noop)]
