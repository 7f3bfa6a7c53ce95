"""Demo safety register: a certificate per demo center, a few safety records, one complaint.

Called by the network demo loader (``load(loader)``) after the centers and spaces exist.
Register entries are records, not content: Vietnamese only, never translated. Dates are
relative to the day of loading (Heritage Space's certificate expires within 60 days, one
inspection's follow-up is overdue), and every entry is looked up by its natural key
before it is created, so a second load creates nothing.
"""

from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from spaces.models import SpacePage

from .factories import ComplaintFactory, FireSafetyCertificateFactory, SafetyRecordFactory
from .models import Complaint, ComplaintStatus, FireSafetyCertificate, MailStatus, SafetyRecord

ISSUER = "Phòng Cảnh sát PCCC và CNCH, Công an thành phố Hà Nội"

# center slug, certificate number, certified occupancy, days until expiry (from load day)
CERTIFICATES = [
    ("complex-01", "PCCC-2024-01127", 600, 420),
    ("heritage-space", "PCCC-2022-00845", 250, 45),
    ("vicas-art-studio", "PCCC-2023-02310", 180, 300),
    ("bat-trang-craft-villages", "PCCC-2023-01954", 400, 510),
    ("villa-49-tran-hung-dao", "PCCC-2024-00562", 150, 640),
    ("hang-buom-22", "PCCC-2021-01408", 120, 200),
]
# A space certified on its own: the black box stage holds fewer than the whole complex.
SPACE_CERTIFICATES = [("complex-01", "san-khau-hop", "PCCC-2024-01128", 120, 420)]

RECORDS = [
    {
        "center": "complex-01",
        "kind": "drill",
        "days_ago": 35,
        "result": "passed",
        "conducted_by": "Đội PCCC cơ sở Complex 01",
        "participants": 42,
        "notes": "Diễn tập thoát nạn khỏi sân khấu hộp đen trong 4 phút 10 giây.",
    },
    {
        "center": "vicas-art-studio",
        "kind": "training",
        "days_ago": 60,
        "result": "passed",
        "conducted_by": "Cảnh sát PCCC quận Đống Đa",
        "participants": 18,
        "notes": "Tập huấn sử dụng bình chữa cháy và an toàn hóa chất trong phòng tối.",
    },
    {
        "center": "bat-trang-craft-villages",
        "kind": "inspection",
        "days_ago": 50,
        "result": "remarks",
        "conducted_by": "Cảnh sát PCCC huyện Gia Lâm",
        "violations_count": 2,
        "violations": (
            "Bình chữa cháy cạnh lò nung đã quá hạn kiểm định.\n"
            "Lối thoát hiểm phía sau xưởng bị kê hàng chắn."
        ),
        "follow_up_days": 30,  # due 20 days ago, not closed: overdue
    },
    {
        "center": "hang-buom-22",
        "kind": "inspection",
        "days_ago": 90,
        "result": "remarks",
        "conducted_by": "Cảnh sát PCCC quận Hoàn Kiếm",
        "violations_count": 1,
        "violations": "Thiếu biển chỉ dẫn lối thoát hiểm ở tầng hai.",
        "follow_up_days": 30,
        "closed_days_ago": 70,
    },
]

COMPLAINT = {
    "center": "hang-buom-22",
    "name": "Nguyễn Thu Hà",
    "email": "thuha.nguyen@example.com",
    "subject": "Lối đi tầng hai quá chật trong đêm ca trù",
    "message": (
        "Tối thứ Bảy vừa rồi khán giả đứng kín cầu thang lên tầng hai, người lớn tuổi "
        "và trẻ em rất khó đi lại. Mong trung tâm giới hạn số vé hoặc bố trí người "
        "hướng dẫn để bảo đảm an toàn."
    ),
}


def load(loader):
    today = timezone.localdate()
    with transaction.atomic():
        for slug, number, occupancy, expires_in in CERTIFICATES:
            certificate(
                loader, loader.centers.get(slug), None, number, occupancy, expires_in, today
            )
        for slug, space_slug, number, occupancy, expires_in in SPACE_CERTIFICATES:
            center = loader.centers.get(slug)
            space = (
                SpacePage.objects.descendant_of(center).filter(slug=space_slug).first()
                if center
                else None
            )
            certificate(loader, center, space, number, occupancy, expires_in, today)
        for data in RECORDS:
            record(loader, data, today)
        complaint(loader, COMPLAINT)
    loader.progress(
        f"Safety register: {len(CERTIFICATES) + len(SPACE_CERTIFICATES)} certificates, "
        f"{len(RECORDS)} safety records, 1 complaint (admin: Safety & compliance)"
    )


def certificate(loader, center, space, number, occupancy, expires_in, today):
    if center is None or FireSafetyCertificate.objects.filter(number=number).exists():
        loader.note("safety certificates", False)
        return
    expires_on = today + timedelta(days=expires_in)
    FireSafetyCertificateFactory(
        center=center,
        space=space,
        number=number,
        issuer=ISSUER,
        issued_on=expires_on - timedelta(days=5 * 365),
        expires_on=expires_on,
        max_occupancy=occupancy,
    )
    loader.note("safety certificates", True)


def record(loader, data, today):
    center = loader.centers.get(data["center"])
    if (
        center is None
        or SafetyRecord.objects.filter(
            center=center, kind=data["kind"], conducted_by=data["conducted_by"]
        ).exists()
    ):
        loader.note("safety records", False)
        return
    date = today - timedelta(days=data["days_ago"])
    follow_up = data.get("follow_up_days")
    closed = data.get("closed_days_ago")
    SafetyRecordFactory(
        center=center,
        date=date,
        kind=data["kind"],
        result=data["result"],
        conducted_by=data["conducted_by"],
        participants=data.get("participants"),
        violations_count=data.get("violations_count", 0),
        violations=data.get("violations", ""),
        follow_up_due=date + timedelta(days=follow_up) if follow_up else None,
        closed_on=today - timedelta(days=closed) if closed else None,
        notes=data.get("notes", ""),
    )
    loader.note("safety records", True)


def complaint(loader, data):
    center = loader.centers.get(data["center"])
    if center is None or Complaint.objects.filter(center=center, subject=data["subject"]).exists():
        loader.note("complaints", False)
        return
    received = timezone.now() - timedelta(days=3)
    # A complaint received three days ago, its notification long sent: no e-mail at load time.
    ComplaintFactory(
        center=center,
        language="vi",
        name=data["name"],
        email=data["email"],
        subject=data["subject"],
        message=data["message"],
        created_at=received,
        status=ComplaintStatus.IN_PROGRESS,
        mail_status=MailStatus.SENT,
        mail_attempts=1,
        mail_sent_at=received,
    )
    loader.note("complaints", True)
