"""The safety register's rows: certificates, safety records, complaints; and a seeded
``generate()`` that gives each center a plausible register.

Register entries are records, not content: Vietnamese only, never translated. Dates are
relative to today unless given (``expires_in``, ``days_ago``: days from today).
"""

import random
from datetime import timedelta

import factory
from django.utils import timezone

from .models import Complaint, FireSafetyCertificate, SafetyRecord

ISSUER = "Cảnh sát PCCC và CNCH Hà Nội"
# Who inspects, trains and drills, by the former district people still name them by.
AUTHORITIES = [
    "Cảnh sát PCCC quận Hoàn Kiếm",
    "Cảnh sát PCCC quận Đống Đa",
    "Cảnh sát PCCC quận Tây Hồ",
    "Cảnh sát PCCC huyện Gia Lâm",
    "Đội PCCC cơ sở",
]
VIOLATIONS = [
    "Bình chữa cháy hết hạn",
    "Lối thoát hiểm bị chắn",
    "Thiếu biển chỉ dẫn lối thoát hiểm",
    "Đèn chiếu sáng sự cố không hoạt động",
    "Ổ cắm quá tải trong xưởng",
]
COMPLAINTS = [
    ("Tiếng ồn sau 22 giờ", "Buổi biểu diễn kéo dài quá giờ, khu dân cư bên cạnh không ngủ được."),
    ("Lối thoát hiểm bị khóa", "Cửa thoát hiểm phía sau hội trường bị khóa trong buổi diễn."),
    ("Cầu thang quá đông", "Khán giả đứng kín cầu thang, người lớn tuổi rất khó đi lại."),
    ("Thiếu lối đi cho xe lăn", "Không có lối đi không bậc vào phòng trưng bày tầng một."),
]
COMPLAINANTS = ["Nguyễn Thu Hà", "Trần Văn Bình", "Lê Minh Khoa", "Phạm Thị Lan", "Đinh Quang Huy"]


def _today():
    return timezone.localdate()


class FireSafetyCertificateFactory(factory.django.DjangoModelFactory):
    """A certificate of ``center`` (and of ``space``, when it is certified on its own),
    issued 700 days ago, expiring ``expires_in`` days from today (negative: expired)."""

    center = None
    space = None
    number = factory.Sequence(lambda n: f"PC07-{n:05d}")
    issuer = ISSUER
    issued_on = factory.LazyFunction(lambda: _today() - timedelta(days=700))
    expires_on = factory.LazyAttribute(lambda c: _today() + timedelta(days=c.expires_in))
    max_occupancy = 300

    class Meta:
        model = FireSafetyCertificate

    class Params:
        expires_in = 365


class SafetyRecordFactory(factory.django.DjangoModelFactory):
    """A drill at ``center`` ``days_ago`` days ago (20), passed, unless told otherwise."""

    center = None
    date = factory.LazyAttribute(lambda r: _today() - timedelta(days=r.days_ago))
    kind = "drill"
    result = "passed"

    class Meta:
        model = SafetyRecord

    class Params:
        days_ago = 20


class ComplaintFactory(factory.django.DjangoModelFactory):
    """A stored complaint about ``center``, numbered by :meth:`Complaint.store`."""

    center = None
    language = "vi"
    name = "Nguyễn Thu Hà"
    email = "thuha@example.vn"
    subject = "Tiếng ồn sau 22 giờ"
    message = "Buổi biểu diễn kéo dài quá giờ."

    class Meta:
        model = Complaint

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        return model_class.store(**kwargs)


def generate(centers, rng=2026, *, complaints=1, today=None):
    """A plausible register for ``centers``, drawn from ``rng`` (a seed or a
    ``random.Random``: the same seed gives the same register): a certificate each (one in
    five expiring within 60 days), one to three records each (inspections with remarks
    have a follow-up, some overdue), and ``complaints`` complaints about the first centers.
    Returns ``{"certificates": [...], "records": [...], "complaints": [...]}``."""
    rng = rng if isinstance(rng, random.Random) else random.Random(rng)  # noqa: S311
    today = today or _today()
    made = {"certificates": [], "records": [], "complaints": []}
    for number, center in enumerate(centers, start=1):
        expires_in = rng.randint(10, 60) if number % 5 == 0 else rng.randint(90, 900)
        made["certificates"].append(
            FireSafetyCertificateFactory(
                center=center,
                number=f"PCCC-{today.year - 1}-{rng.randint(100, 9999):05d}-{number}",
                issued_on=today + timedelta(days=expires_in - 5 * 365),
                expires_in=expires_in,
                max_occupancy=rng.choice([120, 150, 250, 400, 600]),
            )
        )
        for _ in range(rng.randint(1, 3)):
            kind = rng.choice(["inspection", "training", "drill"])
            days_ago = rng.randint(5, 300)
            values = {"kind": kind, "days_ago": days_ago, "conducted_by": rng.choice(AUTHORITIES)}
            if kind == "inspection" and rng.random() < 0.5:
                found = rng.sample(VIOLATIONS, rng.randint(1, 2))
                values.update(
                    result="remarks",
                    violations_count=len(found),
                    violations="\n".join(found),
                    follow_up_due=today - timedelta(days=days_ago - 30),
                )
            else:
                values["participants"] = rng.randint(8, 60) if kind != "inspection" else None
            made["records"].append(SafetyRecordFactory(center=center, **values))
    for n in range(complaints):
        subject, message = rng.choice(COMPLAINTS)
        made["complaints"].append(
            ComplaintFactory(
                center=centers[n % len(centers)],
                name=rng.choice(COMPLAINANTS),
                email=f"phananh{n + 1}@example.vn",
                subject=subject,
                message=message,
                created_at=timezone.now() - timedelta(days=rng.randint(1, 30)),
            )
        )
    return made
