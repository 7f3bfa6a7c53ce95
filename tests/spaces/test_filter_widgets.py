"""The finder's select boxes and check boxes write their options in place (spaces.listing's
Select and Checkboxes): the HTML must stay what Django's own widgets give, errors and
escaping included, so that labels, states and the HTML checks keep holding."""

import re
from types import SimpleNamespace

import pytest
from django import forms
from django.utils import translation

from spaces.listing import Checkboxes, Select, SpaceFilterForm

CENTERS = [
    SimpleNamespace(slug="kho-a", title="Kho A & B"),
    SimpleNamespace(slug="kho-b", title='Kho "<B>"'),
]
SECTORS = [SimpleNamespace(slug="my-thuat", name="Mỹ thuật")]
AMENITIES = [
    SimpleNamespace(slug="wifi", name="Wi-Fi"),
    SimpleNamespace(slug="am-thanh", name="Âm thanh <loa>"),
]


def rendered(data, djangos):
    form = SpaceFilterForm(
        data,
        centers=CENTERS,
        districts=["Ba Đình", "Tây Hồ"],
        sectors=SECTORS,
        amenities=AMENITIES,
    )
    if djangos:
        for field in form.fields.values():
            if isinstance(field.widget, Select):
                field.widget = forms.Select(choices=field.choices)
            elif isinstance(field.widget, Checkboxes):
                field.widget = forms.CheckboxSelectMultiple(choices=field.choices)
    form.is_valid()
    html = "".join(f"{bound.label_tag()} {bound}" for bound in form)
    return re.sub(r"\s+", " ", html)


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"type": "studio", "center": "kho-b", "amenity": ["wifi", "am-thanh"], "sort": "-price"},
        {"type": "<script>", "center": "nowhere", "amenity": ["wifi", "x"], "period": "year"},
    ],
    ids=["empty", "chosen", "invalid"],
)
def test_the_finders_widgets_give_djangos_html(data):
    with translation.override("vi"):
        ours, djangos = rendered(data, djangos=False), rendered(data, djangos=True)
    assert ours == djangos
    if data.get("center") == "kho-b":
        assert '<option value="kho-b" selected>Kho &quot;&lt;B&gt;&quot;</option>' in ours
        assert 'value="am-thanh" id="id_amenity_1" checked> Âm thanh &lt;loa&gt;' in ours
    if data.get("center") == "nowhere":
        assert 'name="center" aria-invalid="true"' in ours
