"""Demo open calls: the network's calls page, one call of each kind (one closed, one from
the Department for the whole network), and a few applications to the residency.

Called by the network's demo loader (``manage.py load_demo``) once the centers and their
spaces exist. Deadlines count from the day the demo is loaded. Idempotent: calls are found
by their slug, applications by their e-mail, so a second load creates nothing.
"""

from datetime import datetime, time, timedelta

from django.db import transaction
from django.utils import timezone
from django.utils.html import escape

from network.centers import setup_center
from network.models import Sector
from spaces.models import SpacePage

from .models import Application, CallIndexPage, NetworkCallsPage, OpenCallPage

NETWORK_PAGE = {
    "slug": "calls",
    "title": {"vi": "Kêu gọi tham gia", "en": "Open calls"},
    "intro": {
        "vi": "Lưu trú nghệ sĩ, ươm tạo, phân bổ không gian và chương trình lễ hội của mạng lưới.",
        "en": "Residencies, incubation, space allocation rounds and festival programmes "
        "across the network.",
    },
}


def _t(vi, en):
    return {"vi": vi, "en": en}


QUESTIONS = {
    "project": (
        _t("Bạn muốn thực hiện dự án gì?", "What project do you want to carry out?"),
        _t("Khoảng 300 chữ.", "About 300 words."),
        True,
    ),
    "experience": (
        _t("Kể về các tác phẩm hoặc sản phẩm gần đây.", "Tell us about your recent work."),
        _t("", ""),
        True,
    ),
    "team": (
        _t("Nhóm của bạn gồm những ai?", "Who is in your team?"),
        _t("Tên và vai trò.", "Names and roles."),
        True,
    ),
    "needs": (
        _t("Bạn cần gì thêm từ trung tâm?", "What else do you need from the center?"),
        _t("", ""),
        False,
    ),
}
CRITERIA = {
    "quality": _t("Chất lượng nghệ thuật", "Artistic quality"),
    "feasibility": _t("Tính khả thi", "Feasibility"),
    "impact": _t("Tác động tới cộng đồng", "Benefit to the community"),
    "market": _t("Tiềm năng thị trường", "Market potential"),
}
CALLS = [
    {
        "center": "vicas-art-studio",
        "slug": _t("luu-tru-nghe-si-tre-2027", "young-artists-residency-2027"),
        "title": _t("Lưu trú nghệ sĩ trẻ 2027", "Young artists' residency 2027"),
        "intro": _t(
            "Ba tháng làm việc tại xưởng điêu khắc cho nghệ sĩ dưới 30 tuổi.",
            "Three months in the sculpture workshop for artists under 30.",
        ),
        "kind": "residency",
        "days": 30,
        "sectors": ["fine-arts", "handicrafts"],
        "under_age": 30,
        "offer": [
            _t("Ba tháng sử dụng xưởng miễn phí.", "Three months in a studio, free of charge."),
            _t("Cố vấn hằng tuần với một nhà điêu khắc.", "A weekly mentor, a sculptor."),
            _t("Triển lãm cuối kỳ tại trung tâm.", "A closing exhibition at the center."),
        ],
        "spaces": ["xuong-dieu-khac"],
        "questions": ["project", "experience", "needs"],
        "criteria": ["quality", "feasibility"],
        "attach": _t(
            "Hồ sơ năng lực (PDF) và tối đa hai ảnh tác phẩm.",
            "A portfolio (PDF) and up to two photos of your work.",
        ),
        "applications": [
            ("Trần Minh Anh", "minhanh@example.vn", "fine-arts", "vi", 24),
            ("Lê Hoàng Nam", "hoangnam@example.vn", "handicrafts", "vi", 27),
            ("Sarah Nguyen", "sarah.nguyen@example.com", "fine-arts", "en", 29),
        ],
    },
    {
        "center": "complex-01",
        "slug": _t("uom-tao-khoi-nghiep-sang-tao", "creative-startup-incubator"),
        "title": _t("Ươm tạo khởi nghiệp sáng tạo", "Creative startup incubator"),
        "intro": _t(
            "Sáu tháng ươm tạo cho studio trò chơi và thiết kế mới thành lập.",
            "Six months of incubation for young game and design studios.",
        ),
        "kind": "incubation",
        "days": 45,
        "sectors": ["software-games", "design", "advertising"],
        "under_age": None,
        "offer": [
            _t("Chỗ ngồi làm việc chung trong sáu tháng.", "Co-working desks for six months."),
            _t("Tư vấn pháp lý và gọi vốn.", "Legal and fundraising advice."),
        ],
        "spaces": ["xuong-thiet-ke-40m2"],
        "questions": ["project", "team", "needs"],
        "criteria": ["feasibility", "market", "impact"],
        "attach": _t("Bản giới thiệu dự án (PDF).", "A pitch deck (PDF)."),
        "applications": [],
    },
    {
        "center": "bat-trang-craft-villages",
        "slug": _t("phan-bo-xuong-gom-mua-xuan", "spring-pottery-studio-round"),
        "title": _t("Phân bổ xưởng gốm mùa xuân", "Spring pottery studio round"),
        "intro": _t(
            "Đợt phân bổ lớp học làm gốm cho các nghệ nhân trong mùa xuân.",
            "The pottery classroom allocated to craftspeople for the spring season.",
        ),
        "kind": "allocation",
        "days": -20,
        "sectors": ["handicrafts"],
        "under_age": None,
        "offer": [
            _t("Giá thuê ưu đãi trong ba tháng.", "A reduced rate for three months."),
        ],
        "spaces": ["lop-hoc-lam-gom"],
        "questions": ["experience", "needs"],
        "criteria": [],
        "attach": _t("Ảnh sản phẩm gốm.", "Photos of your pottery."),
        "applications": [],
    },
    {
        "center": None,
        "slug": _t("le-hoi-sang-tao-ha-noi-2027", "hanoi-creative-festival-2027"),
        "title": _t(
            "Kêu gọi chương trình Lễ hội Sáng tạo Hà Nội 2027",
            "Hanoi Creative Festival 2027: call for programmes",
        ),
        "intro": _t(
            "Sở Văn hóa và Thể thao mời các nhóm đề xuất chương trình tại mọi trung tâm.",
            "The Department invites groups to propose programmes at every center.",
        ),
        "kind": "festival",
        "days": 20,
        "sectors": [],
        "under_age": None,
        "offer": [
            _t("Sân khấu và kinh phí tổ chức.", "A stage and a production budget."),
            _t("Quảng bá trên kênh của lễ hội.", "Promotion through the festival's channels."),
        ],
        "spaces": [],
        "questions": ["project", "team"],
        "criteria": ["quality", "impact"],
        "attach": _t("Mô tả chương trình (PDF).", "A description of the programme (PDF)."),
        "applications": [],
    },
]
ANSWERS = {
    "vi": "Một loạt tượng gốm về ký ức phố cổ, làm với thợ Bát Tràng.",
    "en": "A series of clay figures about the old quarter's memories, made with Bat Trang potters.",
}


def load(loader):
    memory = loader.memory
    memory.add_pairs([NETWORK_PAGE, QUESTIONS, CRITERIA, CALLS])
    memory.add(NETWORK_PAGE["slug"], NETWORK_PAGE["slug"])
    network = network_page(loader)
    sectors = {s.slug: s for s in Sector.objects.filter(locale=loader.vi)}
    made = 0
    for data in CALLS:
        memory.add(data["slug"]["vi"], data["slug"]["en"])
        if data["center"] is None:
            parent = network
        else:
            center = loader.centers[data["center"]]
            setup_center(center)  # a center loaded before this app: gives it its calls page
            parent = CallIndexPage.objects.child_of(center).get()
            loader.ensure_english(parent, "pages")
        call, created = open_call(loader, parent, data, sectors)
        made += created
        applications(loader, call, data)
    loader.progress(f"Open calls: {len(CALLS)} in vi and en, at /vi/calls/ ({made} new)")


def network_page(loader):
    return loader.network_page(NetworkCallsPage, NETWORK_PAGE["slug"], NETWORK_PAGE)


def _deadline(days):
    day = timezone.localdate() + timedelta(days=days)
    return timezone.make_aware(datetime.combine(day, time(17, 0)))


@transaction.atomic
def open_call(loader, parent, data, sectors):
    page = OpenCallPage.objects.child_of(parent).filter(slug=data["slug"]["vi"]).first()
    if page is not None:
        loader.note("open calls", False)
        loader.ensure_english(page, "open calls")
        return page, 0
    questions = []
    for key in data["questions"]:
        label, help_text, required = QUESTIONS[key]
        value = {"label": label["vi"], "help": help_text["vi"], "required": required}
        questions.append(("question", value))
    page = OpenCallPage(
        title=data["title"]["vi"],
        slug=data["slug"]["vi"],
        introduction=data["intro"]["vi"],
        kind=data["kind"],
        deadline=_deadline(data["days"]),
        under_age=data["under_age"],
        offer="<ul>"
        + "".join(f"<li>{escape(item['vi'])}</li>" for item in data["offer"])
        + "</ul>",
        questions=questions,
        criteria=[("criterion", CRITERIA[key]["vi"]) for key in data["criteria"]],
        what_to_attach=data["attach"]["vi"],
        max_attachments=3,
    )
    parent.add_child(instance=page)
    page.sectors.set([sectors[slug] for slug in data["sectors"] if slug in sectors])
    center = page.center
    if center is not None:
        page.spaces.set(SpacePage.objects.descendant_of(center).filter(slug__in=data["spaces"]))
    page.save_revision().publish()
    page = OpenCallPage.objects.get(pk=page.pk)
    loader.note("open calls", True)
    loader.ensure_english(page, "open calls")
    return page, 1


def applications(loader, call, data):
    sectors = {s.slug: s for s in Sector.objects.filter(locale=loader.vi)}
    deadline = timezone.localtime(call.deadline).date()
    for name, email, sector, language, age in data["applications"]:
        if Application.objects.filter(call=call, email=email).exists():
            loader.note("applications", False)
            continue
        answers = [
            {
                "id": block.id,
                "question": block.value["label"],
                "answer": ANSWERS[language] if block.value["required"] else "",
            }
            for block in call.questions
        ]
        Application.store(
            call=call,
            center=call.center,
            name=name,
            email=email,
            language=language,
            sector=sectors.get(sector),
            date_of_birth=deadline - timedelta(days=int(365.25 * age) + 40),
            answers=answers,
            mail_status="sent",
        )
        loader.note("applications", True)
