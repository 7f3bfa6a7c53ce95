"""Spaces and what visitors send about them: factories, and a seeded ``generate()``.

Amenities and sectors are passed as lists (``amenities=[...]``) and saved with the page.
The factories make the rows of the tests; :func:`generate` and :func:`generate_inquiries`
make many plausible ones from a seed, for the tests and for ``generate_network``
(``events.generate``), which builds the pages here and inserts them in bulk.
"""

import random
from datetime import datetime, time, timedelta

import factory
import wagtail_factories
from django.utils import timezone

from network import wards
from spaces.models import BlockedPeriod, Inquiry, SpaceIndexPage, SpacePage
from spaces.models.inquiries import InquiryStatus

# What a generated space of each type is called, in Vietnamese and in English.
TYPE_NAMES = {
    "studio": ("Xưởng sáng tác", "Studio"),
    "gallery": ("Phòng trưng bày", "Gallery"),
    "stage": ("Sân khấu", "Stage"),
    "desk": ("Bàn làm việc chung", "Co-working desk"),
    "workshop": ("Phòng học thực hành", "Workshop room"),
    "outdoor": ("Sân ngoài trời", "Outdoor yard"),
    "screening": ("Phòng chiếu phim", "Screening room"),
}
PERIODS = ["hour", "day", "month", "request"]

# Who writes to a center, and what about (Vietnamese names, with their diacritics).
VISITORS = [
    "Nguyễn Thị Hoa",
    "Trần Minh Đức",
    "Lê Thu Hà",
    "Phạm Quốc Anh",
    "Hoàng Lan Chi",
    "Vũ Đức Thắng",
    "Đặng Mai Phương",
    "Bùi Ngọc Linh",
    "Đỗ Hải Yến",
    "Ngô Bảo Châu",
]
ORGANISATIONS = ["", "", "Nhóm Gốm Bát Tràng", "Công ty Thiết kế Sen", "Đoàn kịch Tuổi Trẻ"]
MESSAGES = {
    "vi": [
        "Xin hỏi lịch thuê phòng trong tháng tới.",
        "Chúng tôi muốn thuê không gian cho một buổi triển lãm nhỏ.",
        "Xin báo giá thuê xưởng theo tháng.",
        "Nhóm chúng tôi cần chỗ tập luyện ba buổi mỗi tuần.",
    ],
    "en": [
        "Could you tell me when the room is free next month?",
        "We would like to rent the space for a small exhibition.",
        "Please send us the monthly price of the studio.",
        "Our group needs a rehearsal room three evenings a week.",
    ],
}


def _today():
    return timezone.localdate()


class SpacePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Phòng {n}")
    slug = factory.Sequence(lambda n: f"phong-{n}")
    space_type = "studio"
    area = 20
    price_period = "month"
    price = 3_000_000

    class Meta:
        model = SpacePage


class BlockedPeriodFactory(factory.django.DjangoModelFactory):
    """Days ``page`` cannot be let: from today for three days, booked, unless told."""

    page = None
    start = factory.LazyFunction(_today)
    end = factory.LazyAttribute(lambda period: period.start + timedelta(days=2))
    reason = "booked"

    class Meta:
        model = BlockedPeriod


class InquiryFactory(factory.django.DjangoModelFactory):
    """A stored inquiry to ``center`` (give it), numbered by :meth:`Inquiry.store` unless a
    ``reference`` is given; to be answered two days after it was received."""

    center = None
    language = "vi"
    name = "Nguyễn Thị Hoa"
    email = "hoa@example.vn"
    message = "Xin hỏi lịch thuê phòng."
    created_at = factory.LazyFunction(timezone.now)
    respond_by = factory.LazyAttribute(
        lambda inquiry: timezone.localtime(inquiry.created_at).date() + timedelta(days=2)
    )

    class Meta:
        model = Inquiry

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        if kwargs.get("reference"):
            return model_class.objects.create(**kwargs)
        return model_class.store(**kwargs)


def _random(rng):
    return rng if isinstance(rng, random.Random) else random.Random(rng)  # noqa: S311 - test data


def generate(centers, count, rng=2026, *, amenities=(), sectors=(), create=True, today=None):
    """``count`` plausible spaces spread over ``centers`` in turn, drawn from ``rng`` (a
    ``random.Random`` or a seed: the same seed gives the same spaces).

    Each space takes three of ``amenities`` and two of ``sectors`` (when there are that
    many) and one in three is booked for three days within the next 60. ``create=False``
    builds the pages without saving them, their links and blocked periods held in memory
    (``page.amenities.all()``, ``page.blocked_periods.all()``) for an insert in bulk.
    Returns ``{center.pk: [space, ...]}``.
    """
    rng = _random(rng)
    today = today or _today()
    amenities, sectors = list(amenities), list(sectors)
    made = {center.pk: [] for center in centers}
    indexes = {}
    for n in range(count):
        center = centers[n % len(centers)]
        kind = rng.choice(list(TYPE_NAMES))
        period = rng.choice(PERIODS)
        name_vi = TYPE_NAMES[kind][0]
        where = ", ".join(filter(None, [center.title, str(wards.get(center.ward) or "")]))
        values = {
            "title": f"{name_vi} {n + 1}",
            "slug": f"khong-gian-{n + 1}",
            "introduction": f"Không gian {name_vi.lower()} cho thuê tại {where}.",
            "space_type": kind,
            "area": rng.randint(4, 600),
            "capacity_seated": rng.randint(1, 300),
            "capacity_standing": rng.choice([None, rng.randint(10, 500)]),
            "price_period": period,
            "price": None if period == "request" else rng.randint(1, 200) * 100_000,
            "amenities": rng.sample(amenities, min(3, len(amenities))),
            "sectors": rng.sample(sectors, min(2, len(sectors))),
        }
        if n % 3 == 0:
            start = today + timedelta(days=rng.randint(0, 60))
            values["blocked_periods"] = [BlockedPeriod(start=start, end=start + timedelta(days=3))]
        if create:
            if center.pk not in indexes:
                indexes[center.pk] = SpaceIndexPage.objects.child_of(center).get()
            page = SpacePageFactory(parent=indexes[center.pk], **values)
        else:
            page = SpacePageFactory.build(**values)
        made[center.pk].append(page)
    return made


def generate_inquiries(centers, count, rng=2026, *, spaces=(), sectors=(), now=None):
    """``count`` plausible inquiries to ``centers`` in turn over the last 90 days, drawn from
    ``rng`` (a seed or a ``random.Random``), in Vietnamese and, one in four, in English;
    about one space of ``spaces`` (of that center) when it has any. Returns the stored
    inquiries, numbered."""
    rng = _random(rng)
    now = now or timezone.now()
    by_center = {}
    for space in spaces:
        by_center.setdefault(space.get_parent().get_parent().pk, []).append(space)
    statuses = list(InquiryStatus.values)
    made = []
    for n in range(count):
        center = centers[n % len(centers)]
        language = "en" if rng.random() < 0.25 else "vi"
        name = rng.choice(VISITORS)
        received = timezone.localtime(now - timedelta(days=rng.randint(0, 90)))
        received = datetime.combine(received.date(), time(rng.randint(7, 22)), received.tzinfo)
        wanted = received.date() + timedelta(days=rng.randint(7, 60))
        made.append(
            InquiryFactory(
                center=center,
                space=rng.choice(by_center[center.pk]) if by_center.get(center.pk) else None,
                language=language,
                name=name,
                email=f"khach{n + 1}@example.vn",
                organisation=rng.choice(ORGANISATIONS),
                sector=rng.choice(sectors) if sectors else None,
                date_from=wanted,
                date_to=wanted + timedelta(days=rng.randint(0, 30)),
                people=rng.randint(1, 120),
                message=rng.choice(MESSAGES[language]),
                consent=True,
                status=rng.choice(statuses),
                created_at=received,
            )
        )
    return made
