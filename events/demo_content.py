# ruff: noqa: E501  (plain data: long sentences read better unbroken)
"""Bilingual demo events (Vietnamese source, English translation). Plain data, no logic.

``EVENTS`` are what happens; ``PLACEMENTS`` put each at one center on a day counted
from the day the demo is loaded, so the calendar is always current.
"""

CATEGORIES = [
    {
        "slug": "music",
        "name": {"vi": "Âm nhạc", "en": "Music"},
        "description": {
            "vi": "Hòa nhạc, đêm nhạc và biểu diễn âm nhạc truyền thống.",
            "en": "Concerts, music nights and traditional music.",
        },
    },
    {
        "slug": "exhibition",
        "name": {"vi": "Triển lãm", "en": "Exhibition"},
        "description": {
            "vi": "Triển lãm mỹ thuật, nhiếp ảnh, thiết kế và di sản.",
            "en": "Exhibitions of fine art, photography, design and heritage.",
        },
    },
    {
        "slug": "workshop",
        "name": {"vi": "Lớp học và workshop", "en": "Workshop"},
        "description": {
            "vi": "Lớp học thực hành cho người lớn và trẻ em.",
            "en": "Hands-on classes for adults and children.",
        },
    },
    {
        "slug": "film",
        "name": {"vi": "Chiếu phim", "en": "Film screening"},
        "description": {
            "vi": "Chiếu phim và giao lưu cùng nhà làm phim.",
            "en": "Screenings and conversations with filmmakers.",
        },
    },
    {
        "slug": "talk",
        "name": {"vi": "Tọa đàm", "en": "Talk"},
        "description": {
            "vi": "Tọa đàm, hội thảo và trò chuyện nghề nghiệp.",
            "en": "Talks, seminars and career conversations.",
        },
    },
    {
        "slug": "performance",
        "name": {"vi": "Biểu diễn", "en": "Performance"},
        "description": {
            "vi": "Sân khấu, múa, rối và nghệ thuật trình diễn.",
            "en": "Theatre, dance, puppetry and performance art.",
        },
    },
    {
        "slug": "market",
        "name": {"vi": "Chợ phiên", "en": "Market"},
        "description": {
            "vi": "Chợ phiên sáng tạo, hội chợ thủ công và thiết kế.",
            "en": "Creative markets, craft and design fairs.",
        },
    },
    {
        "slug": "tour",
        "name": {"vi": "Tham quan", "en": "Tour"},
        "description": {
            "vi": "Tham quan có hướng dẫn và trải nghiệm di sản.",
            "en": "Guided tours and heritage experiences.",
        },
    },
]

# key: {vi/en title, intro, venue, category, sectors, options}
EVENTS = {
    "trinh": {
        "title": {"vi": "Đêm nhạc Trịnh Công Sơn", "en": "Trinh Cong Son music night"},
        "intro": {
            "vi": "Những tình khúc Trịnh Công Sơn bên cây đàn guitar mộc, trong không gian ấm cúng.",
            "en": "Trinh Cong Son's love songs on acoustic guitar, in an intimate setting.",
        },
        "venue": {"vi": "Sân khấu nhỏ tầng 2", "en": "Small stage, second floor"},
        "category": "music",
        "sectors": ["performing-arts"],
        "price": (150000, 250000),
    },
    "acoustic": {
        "title": {"vi": "Đêm nhạc acoustic cuối tuần", "en": "Weekend acoustic night"},
        "intro": {
            "vi": "Các ban nhạc trẻ Hà Nội chơi nhạc mộc, khán giả ngồi sát sân khấu.",
            "en": "Young Hanoi bands play unplugged, with the audience close to the stage.",
        },
        "venue": {"vi": "Sân trong", "en": "Courtyard"},
        "category": "music",
        "sectors": ["performing-arts"],
        "repeat": "weekly",
        "weekdays": [5],
        "price": (100000, None),
    },
    "catru": {
        "title": {"vi": "Đêm ca trù Rằm tháng", "en": "Full-moon ca tru night"},
        "intro": {
            "vi": "Ca trù, di sản cần bảo vệ khẩn cấp, vang lên trong nhà cổ mỗi đêm Rằm.",
            "en": "Ca tru, a heritage in urgent need of safeguarding, sung in an old house on every full-moon night.",
        },
        "venue": {"vi": "Gian thờ tầng 1", "en": "Ground-floor shrine hall"},
        "category": "music",
        "sectors": ["performing-arts", "cultural-tourism"],
        "repeat": "lunar",
        "lunar": "15",
        "free": True,
    },
    "pottery": {
        "title": {"vi": "Lớp gốm cuối tuần", "en": "Weekend pottery class"},
        "intro": {
            "vi": "Học vuốt gốm trên bàn xoay cùng nghệ nhân, mang sản phẩm về nhà sau khi nung.",
            "en": "Learn to throw pots on the wheel with a master potter and take your fired piece home.",
        },
        "venue": {"vi": "Xưởng gốm", "en": "Pottery workshop"},
        "category": "workshop",
        "sectors": ["handicrafts"],
        "repeat": "weekly",
        "weekdays": [5, 6],
        "price": (250000, None),
        "min_age": 6,
        "cancel_second": {
            "vi": "Nghỉ để nung mẻ lò lớn",
            "en": "No class: the big kiln is being fired",
        },
    },
    # The two largest events, on the same day at two centers: the Department's clash
    # report (above 300 people, reports.clashes) has something to show. Each stays
    # within its center's certified occupancy and below the approval threshold (500).
    "pottery_festival": {
        "title": {"vi": "Ngày hội gốm Bát Tràng", "en": "Bat Trang pottery fair"},
        "intro": {
            "vi": "Nghệ nhân làng gốm trình diễn vuốt gốm và nung lò, kèm gian hàng gốm cho du khách suốt cả ngày.",
            "en": "Master potters throw and fire their work, with pottery stalls for visitors all day.",
        },
        "venue": {"vi": "Sân làng nghề", "en": "Craft village yard"},
        "category": "market",
        "sectors": ["handicrafts", "cultural-tourism"],
        "free": True,
        "all_day": True,
        "attendance": 380,
    },
    "open_air_concert": {
        "title": {
            "vi": "Hòa nhạc ngoài trời: Hà Nội trong tôi",
            "en": "Open-air concert: My Hanoi",
        },
        "intro": {
            "vi": "Dàn nhạc trẻ Hà Nội biểu diễn những ca khúc viết về thành phố trên sân khấu ngoài trời.",
            "en": "A young Hanoi orchestra plays songs about the city on the open-air stage.",
        },
        "venue": {"vi": "Sân khấu ngoài trời", "en": "Open-air stage"},
        "category": "music",
        "sectors": ["performing-arts"],
        "price": (150000, 300000),
        "attendance": 480,
    },
    "lacquer": {
        "title": {"vi": "Workshop sơn mài cho người mới", "en": "Lacquer painting for beginners"},
        "intro": {
            "vi": "Làm quen với sơn ta, vỏ trứng và vàng bạc thếp qua một bức tranh nhỏ.",
            "en": "A first encounter with lacquer, eggshell and gold leaf through a small painting.",
        },
        "venue": {"vi": "Phòng xưởng", "en": "Studio room"},
        "category": "workshop",
        "sectors": ["handicrafts", "fine-arts"],
        "price": (450000, None),
    },
    "market": {
        "title": {
            "vi": "Chợ phiên sáng tạo Chủ Nhật đầu tháng",
            "en": "First-Sunday creative market",
        },
        "intro": {
            "vi": "Gian hàng của nhà thiết kế, nghệ nhân và họa sĩ trẻ, kèm âm nhạc đường phố.",
            "en": "Stalls by designers, craftspeople and young painters, with street music.",
        },
        "venue": {"vi": "Sân trước", "en": "Front yard"},
        "category": "market",
        "sectors": ["design", "handicrafts"],
        "repeat": "monthly",
        "weekdays": [6],
        "nth": 1,
        "free": True,
        "all_day": True,
    },
    "photo": {
        "title": {
            "vi": "Triển lãm ảnh Hà Nội xưa và nay",
            "en": "Hanoi then and now: a photo exhibition",
        },
        "intro": {
            "vi": "Những khuôn hình cùng một góc phố chụp cách nhau nửa thế kỷ.",
            "en": "The same street corners photographed half a century apart.",
        },
        "venue": {"vi": "Phòng trưng bày chính", "en": "Main gallery"},
        "category": "exhibition",
        "sectors": ["fine-arts"],
        "free": True,
        "all_day": True,
        "days": 20,
        "access": ["mi", "vi"],
    },
    "design_week": {
        "title": {"vi": "Triển lãm thiết kế trẻ", "en": "Young designers exhibition"},
        "intro": {
            "vi": "Đồ án tốt nghiệp xuất sắc của sinh viên thiết kế các trường tại Hà Nội.",
            "en": "The best graduation projects of Hanoi's design students.",
        },
        "venue": {"vi": "Nhà xưởng B", "en": "Workshop hall B"},
        "category": "exhibition",
        "sectors": ["design", "fashion"],
        "free": True,
        "all_day": True,
        "days": 6,
    },
    "film_doc": {
        "title": {
            "vi": "Chiếu phim tài liệu về làng nghề",
            "en": "Documentary night: craft villages",
        },
        "intro": {
            "vi": "Phim tài liệu ngắn về làng gốm, làng lụa và làng giấy dó, sau đó giao lưu với đạo diễn.",
            "en": "Short documentaries on pottery, silk and do-paper villages, followed by a Q&A with the director.",
        },
        "venue": {"vi": "Phòng chiếu", "en": "Screening room"},
        "category": "film",
        "sectors": ["cinema", "handicrafts"],
        "free": True,
        "access": ["hi"],
    },
    "film_club": {
        "title": {
            "vi": "Câu lạc bộ điện ảnh: phim Việt kinh điển",
            "en": "Film club: Vietnamese classics",
        },
        "intro": {
            "vi": "Xem lại một bộ phim Việt kinh điển và cùng bàn luận sau buổi chiếu.",
            "en": "A classic Vietnamese film, then a discussion.",
        },
        "venue": {"vi": "Phòng chiếu", "en": "Screening room"},
        "category": "film",
        "sectors": ["cinema"],
        "price": (50000, None),
    },
    "talk_ip": {
        "title": {
            "vi": "Tọa đàm: bản quyền cho nhà sáng tạo",
            "en": "Talk: copyright for creators",
        },
        "intro": {
            "vi": "Luật sư và nghệ sĩ chia sẻ cách bảo vệ tác phẩm và ký hợp đồng công bằng.",
            "en": "Lawyers and artists on protecting your work and signing fair contracts.",
        },
        "venue": {"vi": "Phòng hội thảo", "en": "Seminar room"},
        "category": "talk",
        "sectors": ["publishing", "software-games"],
        "free": True,
    },
    "talk_online": {
        "title": {
            "vi": "Tọa đàm trực tuyến: công nghiệp văn hóa số",
            "en": "Online talk: the digital cultural industries",
        },
        "intro": {
            "vi": "Các nhà sáng lập startup văn hóa bàn về trò chơi, nội dung số và thị trường.",
            "en": "Founders of cultural startups on games, digital content and markets.",
        },
        "venue": {"vi": "Trực tuyến", "en": "Online"},
        "category": "talk",
        "sectors": ["software-games", "television-radio"],
        "free": True,
        "online": "https://meet.example.vn/cong-nghiep-van-hoa-so",
    },
    "puppets": {
        "title": {"vi": "Múa rối nước cho thiếu nhi", "en": "Water puppets for children"},
        "intro": {
            "vi": "Chú Tễu, rước rồng và đánh cá: những tích trò quen thuộc cho các bạn nhỏ.",
            "en": "Teu, the dragon procession and the fishermen: favourite scenes for young audiences.",
        },
        "venue": {"vi": "Thủy đình", "en": "Water pavilion"},
        "category": "performance",
        "sectors": ["performing-arts"],
        "price": (80000, 120000),
        "max_age": 12,
        "access": ["mi"],
    },
    "contemporary_dance": {
        "title": {"vi": "Múa đương đại: Phố", "en": "Contemporary dance: Street"},
        "intro": {
            "vi": "Vở múa lấy cảm hứng từ nhịp sống vỉa hè Hà Nội.",
            "en": "A dance piece inspired by the rhythm of Hanoi's pavements.",
        },
        "venue": {"vi": "Nhà hát hộp đen", "en": "Black-box theatre"},
        "category": "performance",
        "sectors": ["performing-arts"],
        "price": (200000, 350000),
        "status": "postponed",
    },
    "heritage_tour": {
        "title": {"vi": "Tham quan phố cổ có hướng dẫn", "en": "Guided walk in the Old Quarter"},
        "intro": {
            "vi": "Đi bộ qua các hội quán, nhà ống và đình làng giữa lòng phố cổ.",
            "en": "A walk through assembly halls, tube houses and communal houses in the Old Quarter.",
        },
        "venue": {"vi": "Điểm hẹn ở cổng chính", "en": "Meet at the main gate"},
        "category": "tour",
        "sectors": ["cultural-tourism", "architecture"],
        "repeat": "weekly",
        "weekdays": [6],
        "free": True,
    },
    "villa_tour": {
        "title": {"vi": "Khám phá kiến trúc biệt thự Pháp", "en": "French villa architecture tour"},
        "intro": {
            "vi": "Kiến trúc sư dẫn khách qua từng căn phòng, kể câu chuyện trùng tu.",
            "en": "An architect leads you room by room and tells the story of the restoration.",
        },
        "venue": {"vi": "Sảnh chính", "en": "Main hall"},
        "category": "tour",
        "sectors": ["architecture"],
        "price": (100000, None),
    },
    "kids_drawing": {
        "title": {"vi": "Vẽ tranh Đông Hồ cho trẻ em", "en": "Dong Ho prints for children"},
        "intro": {
            "vi": "Các bạn nhỏ in tranh dân gian Đông Hồ trên giấy điệp.",
            "en": "Children print Dong Ho folk pictures on seashell paper.",
        },
        "venue": {"vi": "Phòng học", "en": "Classroom"},
        "category": "workshop",
        "sectors": ["fine-arts", "handicrafts"],
        "free": True,
        "min_age": 5,
        "max_age": 12,
        "access": ["ii"],
    },
    "fashion": {
        "title": {"vi": "Trình diễn thời trang lụa Vạn Phúc", "en": "Van Phuc silk fashion show"},
        "intro": {
            "vi": "Các nhà thiết kế trẻ làm mới lụa Vạn Phúc trên sàn diễn.",
            "en": "Young designers give Van Phuc silk a new look on the catwalk.",
        },
        "venue": {"vi": "Sân trong", "en": "Courtyard"},
        "category": "performance",
        "sectors": ["fashion", "handicrafts"],
        "price": (300000, None),
    },
    "game_jam": {
        "title": {
            "vi": "Game jam: trò chơi từ truyện cổ tích",
            "en": "Game jam: games from folk tales",
        },
        "intro": {
            "vi": "Bốn mươi tám giờ làm trò chơi điện tử dựa trên truyện cổ tích Việt Nam.",
            "en": "Forty-eight hours of making video games from Vietnamese folk tales.",
        },
        "venue": {"vi": "Không gian làm việc chung", "en": "Co-working floor"},
        "category": "workshop",
        "sectors": ["software-games"],
        "free": True,
        "all_day": True,
        "days": 2,
    },
    "poetry": {
        "title": {"vi": "Đêm thơ mùng 1", "en": "First-of-the-month poetry night"},
        "intro": {
            "vi": "Đọc thơ và hát xẩm vào đêm mùng 1 âm lịch.",
            "en": "Poetry readings and xam singing on the first night of the lunar month.",
        },
        "venue": {"vi": "Hiên nhà cổ", "en": "Old house veranda"},
        "category": "music",
        "sectors": ["publishing", "performing-arts"],
        "repeat": "lunar",
        "lunar": "1",
        "free": True,
    },
    "printmaking": {
        "title": {"vi": "Triển lãm tranh khắc gỗ", "en": "Woodcut prints exhibition"},
        "intro": {
            "vi": "Tranh khắc gỗ của ba thế hệ họa sĩ Hà Nội.",
            "en": "Woodcuts by three generations of Hanoi artists.",
        },
        "venue": {"vi": "Phòng trưng bày nhỏ", "en": "Small gallery"},
        "category": "exhibition",
        "sectors": ["fine-arts"],
        "free": True,
        "all_day": True,
        "days": 12,
        "access": ["mi"],
    },
    "startup": {
        "title": {
            "vi": "Gặp gỡ nhà đầu tư cho startup văn hóa",
            "en": "Investor meetup for cultural startups",
        },
        "intro": {
            "vi": "Mười startup văn hóa trình bày dự án trước các quỹ đầu tư.",
            "en": "Ten cultural startups pitch to investment funds.",
        },
        "venue": {"vi": "Phòng hội thảo", "en": "Seminar room"},
        "category": "talk",
        "sectors": ["advertising", "software-games"],
        "free": True,
        "mixed": "https://meet.example.vn/startup-van-hoa",
        "status": "full",
    },
    "ads": {
        "title": {"vi": "Workshop viết nội dung quảng cáo", "en": "Copywriting workshop"},
        "intro": {
            "vi": "Thực hành viết khẩu hiệu và kịch bản quảng cáo ngắn.",
            "en": "Practise writing slogans and short ad scripts.",
        },
        "venue": {"vi": "Phòng học", "en": "Classroom"},
        "category": "workshop",
        "sectors": ["advertising"],
        "price": (350000, None),
    },
    "radio": {
        "title": {
            "vi": "Ghi âm chương trình phát thanh cùng khán giả",
            "en": "Live radio recording",
        },
        "intro": {
            "vi": "Khán giả ngồi trong phòng thu khi chương trình phát thanh văn hóa được ghi âm.",
            "en": "Sit in the studio while a cultural radio programme is recorded.",
        },
        "venue": {"vi": "Phòng thu", "en": "Recording studio"},
        "category": "performance",
        "sectors": ["television-radio"],
        "free": True,
        "access": ["vi"],
    },
    "book": {
        "title": {
            "vi": "Ra mắt sách: Hà Nội ba mươi sáu phố phường",
            "en": "Book launch: Hanoi's thirty-six streets",
        },
        "intro": {
            "vi": "Tác giả trò chuyện về lịch sử các phố nghề và ký tặng sách.",
            "en": "The author talks about the history of the guild streets and signs copies.",
        },
        "venue": {"vi": "Hiệu sách", "en": "Bookshop"},
        "category": "talk",
        "sectors": ["publishing"],
        "free": True,
    },
}

# Events held in one of the center's spaces (spaces.demo loads first): (event key, center slug)
# to the space's Vietnamese slug. The others keep their free-text venue.
SPACES = {
    ("catru", "hang-buom-22"): "san-khau-ca-tru",
    ("contemporary_dance", "complex-01"): "san-khau-hop",
    ("market", "complex-01"): "san-vuon-su-kien",
    ("film_doc", "vicas-art-studio"): "phong-chieu-phim",
}

# (event key, center slug, first day counted from today, hour "HH:MM")
PLACEMENTS = [
    ("trinh", "complex-01", 3, "20:00"),
    ("trinh", "hang-buom-22", 24, "20:00"),
    ("trinh", "villa-49-tran-hung-dao", 52, "19:30"),
    ("acoustic", "complex-01", 2, "20:00"),
    ("catru", "hang-buom-22", 0, "19:30"),
    ("pottery", "bat-trang-craft-villages", 1, "09:00"),
    ("lacquer", "vicas-art-studio", 9, "14:00"),
    ("lacquer", "bat-trang-craft-villages", 33, "14:00"),
    ("lacquer", "vicas-art-studio", 61, "14:00"),
    ("market", "complex-01", 0, "08:00"),
    ("photo", "heritage-space", 4, "09:00"),
    ("photo", "hang-buom-22", 45, "09:00"),
    ("design_week", "complex-01", 12, "09:00"),
    ("design_week", "villa-49-tran-hung-dao", 70, "09:00"),
    ("film_doc", "heritage-space", 6, "19:00"),
    ("film_doc", "bat-trang-craft-villages", 27, "19:00"),
    ("film_doc", "vicas-art-studio", 58, "19:00"),
    ("film_club", "complex-01", 8, "19:30"),
    ("film_club", "complex-01", 22, "19:30"),
    ("film_club", "villa-49-tran-hung-dao", 36, "19:30"),
    ("film_club", "heritage-space", 64, "19:30"),
    ("film_club", "complex-01", 78, "19:30"),
    ("talk_ip", "vicas-art-studio", 5, "15:00"),
    ("talk_ip", "complex-01", 40, "15:00"),
    ("talk_online", "heritage-space", 11, "20:00"),
    ("talk_online", "vicas-art-studio", 47, "20:00"),
    ("puppets", "hang-buom-22", 7, "10:00"),
    ("puppets", "bat-trang-craft-villages", 21, "10:00"),
    ("puppets", "heritage-space", 49, "10:00"),
    ("puppets", "hang-buom-22", 83, "10:00"),
    ("contemporary_dance", "villa-49-tran-hung-dao", 15, "20:00"),
    ("contemporary_dance", "complex-01", 66, "20:00"),
    ("heritage_tour", "hang-buom-22", 1, "08:30"),
    ("villa_tour", "villa-49-tran-hung-dao", 2, "09:30"),
    ("villa_tour", "villa-49-tran-hung-dao", 30, "09:30"),
    ("villa_tour", "villa-49-tran-hung-dao", 59, "09:30"),
    ("kids_drawing", "vicas-art-studio", 13, "09:00"),
    ("kids_drawing", "heritage-space", 28, "09:00"),
    ("kids_drawing", "bat-trang-craft-villages", 55, "09:00"),
    ("kids_drawing", "hang-buom-22", 76, "09:00"),
    ("fashion", "villa-49-tran-hung-dao", 19, "19:00"),
    ("fashion", "complex-01", 73, "19:00"),
    ("game_jam", "vicas-art-studio", 17, "09:00"),
    ("game_jam", "complex-01", 80, "09:00"),
    ("poetry", "hang-buom-22", 0, "19:00"),
    ("printmaking", "vicas-art-studio", 25, "09:00"),
    ("printmaking", "heritage-space", 67, "09:00"),
    ("startup", "complex-01", 10, "14:00"),
    ("startup", "vicas-art-studio", 62, "14:00"),
    ("ads", "complex-01", 14, "18:30"),
    ("ads", "heritage-space", 42, "18:30"),
    ("ads", "vicas-art-studio", 85, "18:30"),
    ("radio", "heritage-space", 16, "16:00"),
    ("radio", "hang-buom-22", 38, "16:00"),
    ("radio", "villa-49-tran-hung-dao", 71, "16:00"),
    ("book", "heritage-space", 20, "17:00"),
    ("book", "hang-buom-22", 44, "17:00"),
    ("book", "villa-49-tran-hung-dao", 68, "17:00"),
    ("book", "bat-trang-craft-villages", 88, "17:00"),
    ("pottery", "complex-01", 4, "15:00"),
    ("pottery_festival", "bat-trang-craft-villages", 14, "08:00"),
    ("open_air_concert", "complex-01", 14, "19:30"),
    # Already over: the archive is not empty.
    ("trinh", "complex-01", -12, "20:00"),
    ("book", "vicas-art-studio", -5, "17:00"),
]
