"""Bilingual demo spaces (Vietnamese source, English translation): plain data, no logic.

Prices are in whole đồng. ``blocked`` lists (days from today, number of days, reason).
People, prices and bookings are fictional; the kinds of rooms are those the centers have.
"""

NETWORK_PAGE = {
    "title": {"vi": "Không gian cho thuê", "en": "Spaces to rent"},
    "intro": {
        "vi": (
            "Xưởng vẽ, phòng triển lãm, sân khấu, chỗ ngồi làm việc chung và phòng học ở mọi "
            "trung tâm trong mạng lưới: tìm theo diện tích, sức chứa, giá và tiện ích."
        ),
        "en": (
            "Studios, exhibition rooms, stages, co-working desks and classrooms at every center "
            "of the network: search by size, capacity, price and amenities."
        ),
    },
}

REDUCED = {
    "vi": "Sinh viên và nghệ sĩ dưới 30 tuổi",
    "en": "Students and artists under 30",
}
STEP_FREE = {
    "vi": "Lối vào không bậc thềm, nhà vệ sinh cho người khuyết tật ở tầng trệt.",
    "en": "Step-free entrance, accessible toilet on the ground floor.",
}
STAIRS_ONLY = {
    "vi": "Chỉ lên được bằng cầu thang bộ (tầng 2, không có thang máy).",
    "en": "Reached by stairs only (first floor, no lift).",
}
QUIET_RULES = {
    "vi": "Không hút thuốc, không nấu ăn trong phòng. Giữ yên lặng sau 22 giờ.",
    "en": "No smoking and no cooking in the room. Keep quiet after 10 p.m.",
}
EVENT_RULES = {
    "vi": "Đơn vị thuê tự dọn dẹp sau sự kiện; âm thanh lớn chỉ đến 22 giờ 30.",
    "en": "Hirers clear up after their event; loud sound only until 10.30 p.m.",
}
KILN_RULES = {
    "vi": "Chỉ dùng lò nung khi có kỹ thuật viên của trung tâm; mang giày kín mũi.",
    "en": "The kiln is used only with the center's technician; wear closed shoes.",
}


def _space(center, slug, title, intro, space_type, area, period, price, **extra):
    return {
        "center": center,
        "slug": slug,
        "title": title,
        "intro": intro,
        "type": space_type,
        "area": area,
        "period": period,
        "price": price,
        "seated": extra.get("seated"),
        "standing": extra.get("standing"),
        "reduced": extra.get("reduced"),
        "amenities": extra.get("amenities", []),
        "sectors": extra.get("sectors", []),
        "accessibility": extra.get("accessibility", STEP_FREE),
        "rules": extra.get("rules", QUIET_RULES),
        "blocked": extra.get("blocked", []),
    }


def _t(vi, en):
    return {"vi": vi, "en": en}


SPACES = [
    _space(
        "complex-01",
        _t("xuong-ve-12m2", "12-m2-studio"),
        _t("Xưởng vẽ nhỏ 12 m²", "Small 12 m² studio"),
        _t(
            "Phòng vẽ riêng cho một người, cửa sổ lớn hướng bắc nên ánh sáng đều cả ngày.",
            "A private studio for one, with a large north window and even light all day.",
        ),
        "studio",
        12,
        "month",
        3_000_000,
        seated=2,
        reduced=2_400_000,
        amenities=["natural-light", "wifi", "storage"],
        sectors=["fine-arts", "design"],
        accessibility=STAIRS_ONLY,
        blocked=[(10, 5, "maintenance")],
    ),
    _space(
        "complex-01",
        _t("xuong-thiet-ke-40m2", "40-m2-design-studio"),
        _t("Xưởng thiết kế 40 m²", "40 m² design studio"),
        _t(
            "Xưởng cho nhóm thiết kế bốn đến sáu người, có bàn cắt lớn và giá treo mẫu.",
            "A studio for a design team of four to six, with a large cutting table and rails.",
        ),
        "studio",
        40,
        "month",
        9_500_000,
        seated=6,
        amenities=["natural-light", "wifi", "air-conditioning", "storage"],
        sectors=["design", "fashion"],
    ),
    _space(
        "complex-01",
        _t("ban-lam-viec-chung", "co-working-desk"),
        _t("Chỗ ngồi làm việc chung", "Co-working desk"),
        _t(
            "Một chỗ ngồi cố định trong khu làm việc chung, có tủ khóa và phòng họp đặt trước.",
            "A fixed desk in the co-working area, with a locker and bookable meeting rooms.",
        ),
        "desk",
        4,
        "month",
        1_500_000,
        seated=1,
        reduced=1_000_000,
        amenities=["wifi", "air-conditioning", "kitchen"],
        sectors=["software-games", "design", "advertising"],
    ),
    _space(
        "complex-01",
        _t("san-khau-hop", "black-box-stage"),
        _t("Sân khấu hộp đen", "Black box stage"),
        _t(
            "Sân khấu linh hoạt 150 chỗ cho kịch thể nghiệm, múa đương đại và hòa nhạc nhỏ.",
            "A flexible 150-seat stage for experimental theatre, contemporary dance and "
            "small concerts.",
        ),
        "stage",
        220,
        "day",
        12_000_000,
        seated=150,
        standing=250,
        amenities=["sound-system", "stage-lighting", "green-room", "wheelchair-access"],
        sectors=["performing-arts"],
        rules=EVENT_RULES,
        blocked=[(3, 2, "booked"), (20, 3, "booked")],
    ),
    _space(
        "complex-01",
        _t("san-vuon-su-kien", "event-courtyard"),
        _t("Sân vườn sự kiện", "Event courtyard"),
        _t(
            "Khoảng sân giữa các nhà xưởng cũ, hợp cho hội chợ cuối tuần và chiếu phim ngoài trời.",
            "The yard between the old factory halls, good for weekend fairs and open-air "
            "screenings.",
        ),
        "outdoor",
        600,
        "day",
        15_000_000,
        standing=500,
        amenities=["parking", "wheelchair-access"],
        sectors=["fashion", "handicrafts", "cinema"],
        rules=EVENT_RULES,
    ),
    _space(
        "heritage-space",
        _t("phong-trien-lam-chinh", "main-exhibition-room"),
        _t("Phòng triển lãm chính", "Main exhibition room"),
        _t(
            "Phòng trưng bày 120 m² với hệ thống treo tranh và đèn rọi điều chỉnh được.",
            "A 120 m² gallery with a hanging system and adjustable spotlights.",
        ),
        "gallery",
        120,
        "day",
        4_000_000,
        standing=120,
        reduced=2_500_000,
        amenities=["air-conditioning", "wheelchair-access"],
        sectors=["fine-arts", "design"],
        blocked=[(0, 7, "booked")],
    ),
    _space(
        "heritage-space",
        _t("phong-hoi-thao", "seminar-room"),
        _t("Phòng hội thảo", "Seminar room"),
        _t(
            "Phòng 40 chỗ cho tọa đàm, ra mắt sách và lớp học ngắn ngày.",
            "A 40-seat room for talks, book launches and short courses.",
        ),
        "workshop",
        60,
        "hour",
        500_000,
        seated=40,
        amenities=["projector", "sound-system", "air-conditioning", "wifi"],
        sectors=["publishing", "fine-arts"],
    ),
    _space(
        "heritage-space",
        _t("xuong-anh-sang-tu-nhien", "daylight-studio"),
        _t("Xưởng ánh sáng tự nhiên", "Daylight studio"),
        _t(
            "Xưởng 25 m² trên tầng áp mái, ánh sáng tự nhiên qua mái kính, cho họa sĩ "
            "và nhiếp ảnh.",
            "A 25 m² attic studio lit through a glass roof, for painters and photographers.",
        ),
        "studio",
        25,
        "month",
        4_500_000,
        seated=3,
        reduced=3_500_000,
        amenities=["natural-light", "wifi", "storage"],
        sectors=["fine-arts"],
        accessibility=STAIRS_ONLY,
    ),
    _space(
        "vicas-art-studio",
        _t("phong-toi-anh", "photo-darkroom"),
        _t("Phòng tối tráng ảnh", "Photographic darkroom"),
        _t(
            "Phòng tối với hai máy phóng ảnh và bồn rửa, cho nhiếp ảnh phim.",
            "A darkroom with two enlargers and sinks, for film photography.",
        ),
        "studio",
        18,
        "hour",
        150_000,
        seated=2,
        amenities=["darkroom", "air-conditioning"],
        sectors=["fine-arts"],
    ),
    _space(
        "vicas-art-studio",
        _t("phong-chieu-phim", "screening-room"),
        _t("Phòng chiếu phim", "Screening room"),
        _t(
            "Phòng chiếu 60 chỗ, máy chiếu 4K và âm thanh vòm, cho phim tài liệu và phim ngắn.",
            "A 60-seat screening room with a 4K projector and surround sound, for documentaries "
            "and short films.",
        ),
        "screening",
        90,
        "hour",
        800_000,
        seated=60,
        amenities=["projector", "sound-system", "air-conditioning", "wheelchair-access"],
        sectors=["cinema", "television-radio"],
        blocked=[(7, 1, "booked"), (14, 1, "booked")],
    ),
    _space(
        "vicas-art-studio",
        _t("phong-thu-am", "recording-booth"),
        _t("Phòng thu âm", "Recording booth"),
        _t(
            "Phòng thu cách âm cho lồng tiếng, podcast và nhạc mộc.",
            "A soundproof booth for voice-over, podcasts and acoustic music.",
        ),
        "screening",
        15,
        "hour",
        400_000,
        seated=4,
        amenities=["sound-system", "air-conditioning"],
        sectors=["cinema", "television-radio", "performing-arts"],
    ),
    _space(
        "vicas-art-studio",
        _t("xuong-dieu-khac", "sculpture-workshop"),
        _t("Xưởng điêu khắc", "Sculpture workshop"),
        _t(
            "Xưởng trần cao ở tầng trệt, cửa lớn cho xe tải nhỏ, có cẩu tay.",
            "A high-ceilinged ground-floor workshop with a wide door for small trucks and a "
            "hand hoist.",
        ),
        "workshop",
        80,
        "month",
        8_000_000,
        standing=10,
        amenities=["natural-light", "storage", "parking"],
        sectors=["fine-arts"],
    ),
    _space(
        "bat-trang-craft-villages",
        _t("xuong-gom-lo-nung", "kiln-workshop"),
        _t("Xưởng gốm có lò nung", "Kiln workshop"),
        _t(
            "Xưởng gốm ở Bát Tràng với bàn xoay, lò nung điện và lò ga, kỹ thuật viên hỗ trợ.",
            "A pottery workshop in Bát Tràng with wheels, an electric and a gas kiln, and a "
            "technician on hand.",
        ),
        "workshop",
        70,
        "day",
        2_500_000,
        seated=12,
        reduced=1_800_000,
        amenities=["kiln", "natural-light", "storage"],
        sectors=["handicrafts", "design"],
        rules=KILN_RULES,
        blocked=[(5, 4, "booked")],
    ),
    _space(
        "bat-trang-craft-villages",
        _t("lop-hoc-lam-gom", "pottery-classroom"),
        _t("Lớp học làm gốm", "Pottery classroom"),
        _t(
            "Phòng học 20 bàn xoay cho lớp gốm của trường học và đoàn khách.",
            "A classroom with 20 wheels for school pottery classes and visiting groups.",
        ),
        "workshop",
        90,
        "hour",
        600_000,
        seated=20,
        amenities=["kiln", "wheelchair-access", "parking"],
        sectors=["handicrafts", "cultural-tourism"],
        rules=KILN_RULES,
    ),
    _space(
        "bat-trang-craft-villages",
        _t("nha-trung-bay-lang-nghe", "craft-showroom"),
        _t("Nhà trưng bày làng nghề", "Craft showroom"),
        _t(
            "Gian trưng bày cho nghệ nhân giới thiệu và bán sản phẩm theo tháng.",
            "A showroom where craftspeople show and sell their work by the month.",
        ),
        "gallery",
        50,
        "month",
        6_000_000,
        standing=40,
        amenities=["air-conditioning", "wheelchair-access", "parking"],
        sectors=["handicrafts", "cultural-tourism"],
    ),
    _space(
        "bat-trang-craft-villages",
        _t("xuong-ve-gom-nho", "small-glazing-studio"),
        _t("Xưởng vẽ men nhỏ", "Small glazing studio"),
        _t(
            "Xưởng 15 m² cho một nghệ nhân vẽ men, cửa sổ nhìn ra bến sông.",
            "A 15 m² studio for one glaze painter, with a window over the river landing.",
        ),
        "studio",
        15,
        "month",
        2_800_000,
        seated=2,
        amenities=["natural-light", "kiln"],
        sectors=["handicrafts", "fine-arts"],
    ),
    _space(
        "villa-49-tran-hung-dao",
        _t("dai-sanh-biet-thu", "villa-grand-hall"),
        _t("Đại sảnh biệt thự", "Villa grand hall"),
        _t(
            "Đại sảnh 300 chỗ với trần cao và cầu thang gỗ, cho trình diễn thời trang và hội nghị.",
            "A 300-seat hall with a high ceiling and wooden staircase, for fashion shows and "
            "conferences.",
        ),
        "stage",
        350,
        "day",
        45_000_000,
        seated=300,
        standing=450,
        amenities=["sound-system", "stage-lighting", "air-conditioning", "green-room", "parking"],
        sectors=["fashion", "design", "architecture"],
        rules=EVENT_RULES,
        blocked=[(12, 2, "booked"), (40, 10, "maintenance")],
    ),
    _space(
        "villa-49-tran-hung-dao",
        _t("phong-trien-lam-tang-hai", "upstairs-gallery"),
        _t("Phòng triển lãm tầng hai", "Upstairs gallery"),
        _t(
            "Ba phòng thông nhau với cửa sổ kiểu Pháp, cho triển lãm kiến trúc và thiết kế.",
            "Three connected rooms with French windows, for architecture and design shows.",
        ),
        "gallery",
        140,
        "day",
        6_000_000,
        standing=100,
        amenities=["natural-light", "air-conditioning"],
        sectors=["architecture", "design", "fine-arts"],
        accessibility=STAIRS_ONLY,
    ),
    _space(
        "villa-49-tran-hung-dao",
        _t("vuon-biet-thu", "villa-garden"),
        _t("Vườn biệt thự", "Villa garden"),
        _t(
            "Khu vườn dưới tán cây cổ thụ, cho tiệc ra mắt và buổi hòa nhạc ngoài trời.",
            "A garden under old trees, for launch parties and open-air concerts.",
        ),
        "outdoor",
        400,
        "request",
        None,
        standing=300,
        amenities=["parking", "wheelchair-access"],
        sectors=["fashion", "performing-arts"],
        rules=EVENT_RULES,
    ),
    _space(
        "hang-buom-22",
        _t("san-khau-ca-tru", "ca-tru-stage"),
        _t("Sân khấu ca trù", "Ca trù stage"),
        _t(
            "Sân khấu nhỏ 80 chỗ trong ngôi nhà cổ, nơi biểu diễn ca trù và hát xẩm.",
            "A small 80-seat stage in the old house, where ca trù and xẩm are performed.",
        ),
        "stage",
        100,
        "hour",
        1_200_000,
        seated=80,
        amenities=["sound-system", "stage-lighting", "air-conditioning"],
        sectors=["performing-arts", "cultural-tourism"],
        rules=EVENT_RULES,
        blocked=[(1, 1, "booked"), (8, 1, "booked")],
    ),
    _space(
        "hang-buom-22",
        _t("phong-trien-lam-pho-co", "old-quarter-gallery"),
        _t("Phòng triển lãm phố cổ", "Old Quarter gallery"),
        _t(
            "Phòng trưng bày nhìn ra phố Hàng Buồm, đông khách qua lại mỗi tối cuối tuần.",
            "A gallery facing Hàng Buồm street, busy with passers-by every weekend evening.",
        ),
        "gallery",
        45,
        "day",
        2_000_000,
        standing=50,
        reduced=1_200_000,
        amenities=["air-conditioning", "wheelchair-access"],
        sectors=["fine-arts", "handicrafts"],
    ),
    _space(
        "hang-buom-22",
        _t("phong-hoc-thu-cong", "craft-classroom"),
        _t("Phòng học thủ công", "Craft classroom"),
        _t(
            "Phòng học 16 chỗ cho lớp làm tò he, tranh Đông Hồ và đèn lồng.",
            "A 16-seat classroom for workshops on tò he figurines, Đông Hồ prints and lanterns.",
        ),
        "workshop",
        35,
        "hour",
        350_000,
        seated=16,
        amenities=["air-conditioning", "natural-light"],
        sectors=["handicrafts", "cultural-tourism"],
        accessibility=STAIRS_ONLY,
    ),
]
