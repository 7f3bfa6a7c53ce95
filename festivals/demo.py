"""Demo festivals: a design festival on now and a Tết programme coming up, each across
several centers, with approved events of the events demo.

Called by the network's demo loader after ``events.demo``. The events' dates count from
the day the demo is loaded, so each festival's first and last days are read from its
events' dates: they always hold them. Idempotent: pages are found by slug, entries by
event.
"""

from collections import Counter
from io import BytesIO

from django.core.files.images import ImageFile
from django.db import transaction
from django.db.models import Max, Min
from django.utils.html import escape
from wagtail.images import get_image_model
from wagtail.models import Collection

from events import demo_content as event_content
from events.demo import _slug
from events.models import EventIndexPage, EventOccurrence, EventPage
from network.demo.images import placeholder_jpeg

from .models import EntryStatus, FestivalEntry, FestivalIndexPage, FestivalKind, FestivalPage

INDEX = {
    "slug": "festivals",
    "title": {"vi": "Lễ hội", "en": "Festivals"},
    "intro": {
        "vi": "Lễ hội, chương trình và mùa sự kiện diễn ra ở nhiều trung tâm cùng lúc.",
        "en": "Festivals, programmes and seasons running across several centers at once.",
    },
}

FESTIVALS = [
    {
        "slug": {"vi": "le-hoi-thiet-ke-sang-tao", "en": "creative-design-festival"},
        "title": {"vi": "Lễ hội Thiết kế Sáng tạo Hà Nội", "en": "Hanoi Creative Design Festival"},
        "intro": {
            "vi": "Triển lãm, workshop và tọa đàm thiết kế ở các trung tâm sáng tạo của Hà Nội.",
            "en": "Design exhibitions, workshops and talks at Hanoi's creative centers.",
        },
        "body": [
            {
                "vi": "Mỗi mùa thu, Hà Nội dành nhiều tuần cho thiết kế: đồ họa, thời trang, "
                "trò chơi, quảng cáo và thủ công mới.",
                "en": "Each autumn Hanoi gives several weeks to design: graphics, fashion, "
                "games, advertising and new crafts.",
            },
            {
                "vi": "Các trung tâm trong mạng lưới mở cửa với chương trình riêng; "
                "nhiều sự kiện miễn phí.",
                "en": "The network's centers open their doors with their own programmes; "
                "many events are free.",
            },
        ],
        "image_alt": {
            "vi": "Áp phích lễ hội thiết kế với những mảng màu đỏ và vàng",
            "en": "Design festival poster in red and yellow shapes",
        },
        "palette": ["#9b2226", "#ee9b00"],
        "kind": FestivalKind.FESTIVAL,
        "department": True,
        "organisers": ["complex-01"],
        "accepts_submissions": True,
        "events": [
            ("book", "vicas-art-studio", -5),
            ("startup", "complex-01", 10),
            ("design_week", "complex-01", 12),
            ("kids_drawing", "vicas-art-studio", 13),
            ("ads", "complex-01", 14),
            ("radio", "heritage-space", 16),
            ("game_jam", "vicas-art-studio", 17),
            ("fashion", "villa-49-tran-hung-dao", 19),
        ],
    },
    {
        "slug": {"vi": "chuong-trinh-don-tet", "en": "tet-programme"},
        "title": {"vi": "Chương trình Đón Tết", "en": "Tết programme"},
        "intro": {
            "vi": "Rối nước, hát văn, phim và lớp học thủ công đón năm mới âm lịch.",
            "en": "Water puppets, music, films and craft classes to welcome the Lunar New Year.",
        },
        "body": [
            {
                "vi": "Trước Tết, các trung tâm phố cổ và làng nghề cùng mở một chương trình "
                "cho gia đình và du khách.",
                "en": "Before Tết, the Old Quarter's centers and the craft villages open "
                "one programme for families and visitors.",
            },
        ],
        "image_alt": {
            "vi": "Hoa đào và đèn lồng đỏ trên nền vàng",
            "en": "Peach blossom and red lanterns on gold",
        },
        "palette": ["#d62828", "#fcbf49"],
        "kind": FestivalKind.PROGRAMME,
        "department": False,
        "organisers": ["hang-buom-22", "heritage-space"],
        "accepts_submissions": False,
        "events": [
            ("book", "heritage-space", 20),
            ("puppets", "bat-trang-craft-villages", 21),
            ("film_club", "complex-01", 22),
            ("trinh", "hang-buom-22", 24),
            ("printmaking", "vicas-art-studio", 25),
            ("film_doc", "bat-trang-craft-villages", 27),
            ("kids_drawing", "heritage-space", 28),
        ],
    },
]


def event_slugs():
    """{(key, center, offset): slug}: the slugs ``events.demo`` gives its placements."""
    seen = Counter()
    slugs = {}
    for key, center, offset, _hour in event_content.PLACEMENTS:
        seen[(key, center)] += 1
        suffix = "" if seen[(key, center)] == 1 else f"-{seen[(key, center)]}"
        slugs[(key, center, offset)] = _slug(event_content.EVENTS[key]["title"]["vi"]) + suffix
    return slugs


def load(loader):
    loader.memory.add_pairs([INDEX, FESTIVALS])
    for data in FESTIVALS:
        loader.memory.add(data["slug"]["vi"], data["slug"]["en"])
    loader.memory.add(INDEX["slug"], INDEX["slug"])
    index = festival_index(loader)
    slugs = event_slugs()
    for data in FESTIVALS:
        events = [
            EventPage.objects.child_of(
                EventIndexPage.objects.child_of(loader.centers[center]).get()
            ).get(slug=slugs[(key, center, offset)])
            for key, center, offset in data["events"]
        ]
        festival(loader, index, data, events)
    loader.progress(f"Festivals: {len(FESTIVALS)} in vi and en")


def festival_index(loader):
    return loader.network_page(FestivalIndexPage, INDEX["slug"], INDEX)


@transaction.atomic
def festival(loader, index, data, events):
    page = FestivalPage.objects.child_of(index).filter(slug=data["slug"]["vi"]).first()
    if page is None:
        span = EventOccurrence.objects.filter(event__in=events).aggregate(
            first=Min("local_date"), last=Max("end_date")
        )
        page = FestivalPage(
            title=data["title"]["vi"],
            slug=data["slug"]["vi"],
            introduction=data["intro"]["vi"],
            body=[("paragraph", f"<p>{escape(p['vi'])}</p>") for p in data["body"]],
            hero_image=_image(loader, data),
            hero_image_alt=data["image_alt"]["vi"],
            kind=data["kind"],
            first_day=span["first"],
            last_day=span["last"],
            organised_by_department=data["department"],
            accepts_submissions=data["accepts_submissions"],
        )
        page.organisers = [loader.centers[slug] for slug in data["organisers"]]
        index.add_child(instance=page)
        page.save_revision().publish()
        loader.note("pages", True)
    else:
        loader.note("pages", False)
    for event in events:
        _, created = FestivalEntry.objects.get_or_create(
            event=event, defaults={"festival": page, "status": EntryStatus.APPROVED}
        )
        loader.note("festival entries", created)
    loader.ensure_english(page, "pages")
    return page


def _image(loader, data):
    image = get_image_model()(
        title=data["title"]["vi"],
        description=data["image_alt"]["vi"],
        collection=Collection.get_first_root_node(),
        file=ImageFile(
            BytesIO(placeholder_jpeg(data["slug"]["vi"], data["palette"])),
            name=f"{data['slug']['vi']}.jpg",
        ),
    )
    image.save()
    loader.note("images", True)
    return image
