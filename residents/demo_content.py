"""Bilingual demo residents (Vietnamese source, English translation): plain data, no logic.

The organisations, people, addresses on the web and contacts are fictional (the domains
are under ``.example``); the kinds of residents are those Hanoi's centers host.
"""

NETWORK_PAGE = {
    "title": {"vi": "Cộng đồng sáng tạo và dịch vụ", "en": "Residents and services"},
    "intro": {
        "vi": (
            "Các studio, doanh nghiệp khởi nghiệp, nhóm nghệ sĩ và nghệ nhân đang làm việc "
            "tại các trung tâm, cùng các dịch vụ pháp lý, công nghệ, tài chính và đào tạo "
            "dành cho họ."
        ),
        "en": (
            "The studios, startups, collectives and craftspeople working at the centers, "
            "and the legal, technology, finance and training services on offer to them."
        ),
    },
}


def _t(vi, en):
    return {"vi": vi, "en": en}


def _resident(center, slug, kind, title, intro, about, **extra):
    return {
        "center": center,
        "slug": slug,
        "kind": kind,
        "title": title,
        "intro": intro,
        "about": about,
        "sectors": extra.get("sectors", []),
        "services": extra.get("services", []),
        "since": extra.get("since"),
        "space": extra.get("space"),
        "website": extra.get("website", ""),
        "links": extra.get("links", []),
        "email": extra.get("email", ""),
        "phone": extra.get("phone", ""),
        "public": extra.get("public", False),
    }


RESIDENTS = [
    # Complex 01 ---------------------------------------------------------------------
    _resident(
        "complex-01",
        _t("studio-game-ca-chep", "carp-game-studio"),
        "studio",
        _t("Studio game Cá Chép", "Carp Game Studio"),
        _t(
            "Studio trò chơi độc lập làm game phiêu lưu lấy cảm hứng từ truyện cổ tích Việt Nam.",
            "An independent game studio making adventure games inspired by Vietnamese folk tales.",
        ),
        _t(
            "Mười hai lập trình viên và họa sĩ, ra mắt trò chơi đầu tiên trên điện thoại năm "
            "2024 và đang làm trò chơi thứ hai cho máy tính.",
            "Twelve programmers and artists; they released their first mobile game in 2024 "
            "and are making their second, for PC.",
        ),
        sectors=["software-games", "design"],
        since="2023-03-01",
        space="xuong-thiet-ke-40m2",
        website="https://cachep-games.example",
        links=["https://www.facebook.com/cachepgames.example", "https://store.steampowered.com/"],
        email="hello@cachep-games.example",
        phone="024 3700 1101",
        public=True,
    ),
    _resident(
        "complex-01",
        _t("pixel-song-hong", "red-river-pixel"),
        "startup",
        _t("Pixel Sông Hồng", "Red River Pixel"),
        _t(
            "Khởi nghiệp làm trò chơi giáo dục về lịch sử Thăng Long cho học sinh.",
            "A startup making educational games about Thang Long's history for schoolchildren.",
        ),
        _t(
            "Nhóm năm người, được ươm tạo tại Tổ hợp từ năm 2024, hợp tác với các trường "
            "trung học ở Hà Nội.",
            "A team of five, incubated at the Complex since 2024, working with Hanoi's "
            "secondary schools.",
        ),
        sectors=["software-games"],
        since="2024-09-01",
        space="ban-lam-viec-chung",
        website="https://pixelsonghong.example",
    ),
    _resident(
        "complex-01",
        _t("xuong-thiet-ke-mo", "open-design-workshop"),
        "studio",
        _t("Xưởng Thiết kế Mở", "Open Design Workshop"),
        _t(
            "Studio thiết kế đồ họa và nhận diện thương hiệu cho doanh nghiệp văn hóa.",
            "A graphic and brand identity design studio for cultural businesses.",
        ),
        _t(
            "Thiết kế áp phích, sách và bộ nhận diện cho các lễ hội, bảo tàng và nhà hát "
            "của Hà Nội.",
            "Posters, books and identities for Hanoi's festivals, museums and theatres.",
        ),
        sectors=["design", "advertising"],
        since="2022-06-01",
        space="xuong-ve-12m2",
        links=["https://www.behance.net/xuongthietkemo.example"],
    ),
    _resident(
        "complex-01",
        _t("phong-kham-phap-ly-sang-tao", "creative-legal-clinic"),
        "service_provider",
        _t("Phòng tư vấn pháp lý Sáng tạo", "Creative Legal Clinic"),
        _t(
            "Tư vấn miễn phí về bản quyền, hợp đồng và thành lập doanh nghiệp cho nghệ sĩ "
            "và studio.",
            "Free advice on copyright, contracts and starting a company for artists and studios.",
        ),
        _t(
            "Luật sư tình nguyện tiếp nghệ sĩ và doanh nghiệp khởi nghiệp vào chiều thứ Năm "
            "hằng tuần, theo lịch hẹn.",
            "Volunteer lawyers meet artists and startups every Thursday afternoon, by appointment.",
        ),
        sectors=["software-games", "publishing", "cinema"],
        services=["legal"],
        since="2024-01-15",
        email="tuvan@phaplysangtao.example",
        phone="024 3700 1120",
        public=True,
    ),
    _resident(
        "complex-01",
        _t("mang-luoi-dau-tu-van-hoa", "culture-investors-network"),
        "service_provider",
        _t("Mạng lưới Nhà đầu tư Văn hóa", "Culture Investors Network"),
        _t(
            "Nhà đầu tư thiên thần và quỹ gặp các studio và khởi nghiệp văn hóa mỗi quý.",
            "Angel investors and funds meet cultural studios and startups every quarter.",
        ),
        _t(
            "Tổ chức buổi gọi vốn mỗi quý, cố vấn lập kế hoạch kinh doanh và kết nối với "
            "các chương trình tài trợ của thành phố.",
            "A pitch day each quarter, mentoring on business plans and introductions to the "
            "city's funding programmes.",
        ),
        sectors=["software-games", "design", "fashion"],
        services=["finance", "training"],
        since="2024-05-01",
        website="https://nhadautuvanhoa.example",
    ),
    # Heritage Space -----------------------------------------------------------------
    _resident(
        "heritage-space",
        _t("nha-xuat-ban-ngo-nho", "small-lane-press"),
        "organisation",
        _t("Nhà xuất bản Ngõ Nhỏ", "Small Lane Press"),
        _t(
            "Nhà xuất bản độc lập in sách ảnh, truyện tranh và sách nghệ thuật.",
            "An independent publisher of photobooks, comics and art books.",
        ),
        _t(
            "Mỗi năm xuất bản khoảng mười đầu sách song ngữ, tổ chức hội chợ sách nghệ thuật "
            "vào tháng Mười.",
            "About ten bilingual titles a year, and an art book fair every October.",
        ),
        sectors=["publishing", "fine-arts"],
        since="2021-10-01",
        space="xuong-anh-sang-tu-nhien",
        website="https://ngonho-press.example",
    ),
    _resident(
        "heritage-space",
        _t("nhom-giam-tuyen-hien-dai", "contemporary-curators-collective"),
        "collective",
        _t("Nhóm giám tuyển Hiện đại", "Contemporary Curators Collective"),
        _t(
            "Nhóm giám tuyển trẻ tổ chức các triển lãm nghệ thuật đương đại.",
            "Young curators organising contemporary art exhibitions.",
        ),
        _t(
            "Sáu giám tuyển dưới 30 tuổi, mỗi năm làm ba triển lãm tại phòng triển lãm chính.",
            "Six curators under 30, with three exhibitions a year in the main exhibition room.",
        ),
        sectors=["fine-arts"],
        since="2023-02-01",
    ),
    _resident(
        "heritage-space",
        _t("hoa-si-nguyen-thu-trang", "painter-nguyen-thu-trang"),
        "artist",
        _t("Họa sĩ Nguyễn Thu Trang", "Painter Nguyen Thu Trang"),
        _t(
            "Họa sĩ sơn mài vẽ phố cổ Hà Nội bằng kỹ thuật truyền thống.",
            "A lacquer painter depicting Hanoi's Old Quarter with traditional techniques.",
        ),
        _t(
            "Tốt nghiệp Đại học Mỹ thuật Việt Nam, nhận học viên vẽ sơn mài vào cuối tuần.",
            "A graduate of the Vietnam Fine Arts University, teaching lacquer painting at "
            "weekends.",
        ),
        sectors=["fine-arts"],
        since="2022-01-01",
        links=["https://www.instagram.com/thutrang.sonmai.example"],
    ),
    _resident(
        "heritage-space",
        _t("lop-hoc-kinh-doanh-sang-tao", "creative-business-school"),
        "service_provider",
        _t("Lớp học Kinh doanh Sáng tạo", "Creative Business School"),
        _t(
            "Khóa học ngắn về quản lý, tiếp thị và tài chính cho doanh nghiệp văn hóa.",
            "Short courses on management, marketing and finance for cultural businesses.",
        ),
        _t(
            "Khai giảng mỗi hai tháng, học vào tối thứ Ba và thứ Năm tại phòng hội thảo.",
            "A new course every two months, on Tuesday and Thursday evenings in the seminar room.",
        ),
        sectors=["advertising", "design"],
        services=["training"],
        since="2023-09-01",
        space="phong-hoi-thao",
        email="ghidanh@kinhdoanhsangtao.example",
        public=True,
    ),
    # VICAS Art Studio ---------------------------------------------------------------
    _resident(
        "vicas-art-studio",
        _t("nhom-phim-tai-lieu-ong-kinh", "lens-documentary-collective"),
        "collective",
        _t("Nhóm phim tài liệu Ống Kính", "Lens Documentary Collective"),
        _t(
            "Nhà làm phim độc lập quay phim tài liệu về đời sống Hà Nội.",
            "Independent filmmakers shooting documentaries about life in Hanoi.",
        ),
        _t(
            "Chiếu phim hằng tháng tại phòng chiếu và hướng dẫn dựng phim cho người mới.",
            "A monthly screening in the screening room and editing tutorials for newcomers.",
        ),
        sectors=["cinema"],
        since="2022-04-01",
        space="phong-chieu-phim",
    ),
    _resident(
        "vicas-art-studio",
        _t("nhiep-anh-gia-le-minh", "photographer-le-minh"),
        "artist",
        _t("Nhiếp ảnh gia Lê Minh", "Photographer Le Minh"),
        _t(
            "Nhiếp ảnh gia chụp phim đen trắng, làm việc trong phòng tối.",
            "A black-and-white film photographer working in the darkroom.",
        ),
        _t(
            "Đã triển lãm ở Hà Nội, Huế và Sài Gòn; mở lớp tráng phim cho người mới bắt đầu.",
            "Has exhibited in Hanoi, Hue and Saigon; teaches film developing to beginners.",
        ),
        sectors=["fine-arts"],
        since="2021-05-01",
        space="phong-toi-anh",
        links=["https://www.flickr.com/leminh.example"],
    ),
    _resident(
        "vicas-art-studio",
        _t("studio-am-thanh-tieng-vong", "echo-sound-studio"),
        "studio",
        _t("Studio âm thanh Tiếng Vọng", "Echo Sound Studio"),
        _t(
            "Thu âm, hòa âm và làm nhạc cho phim, trò chơi và sân khấu.",
            "Recording, mixing and scores for films, games and the stage.",
        ),
        _t(
            "Làm âm thanh cho hơn ba mươi phim ngắn và năm trò chơi của các studio Hà Nội.",
            "Sound for more than thirty short films and five games by Hanoi studios.",
        ),
        sectors=["cinema", "software-games", "performing-arts"],
        since="2023-07-01",
        space="phong-thu-am",
        website="https://tiengvong.example",
    ),
    _resident(
        "vicas-art-studio",
        _t("ho-tro-cong-nghe-so", "digital-tech-help-desk"),
        "service_provider",
        _t("Bàn hỗ trợ Công nghệ số", "Digital Tech Help Desk"),
        _t(
            "Hỗ trợ kỹ thuật về máy chủ, phần mềm và bảo mật cho studio nhỏ.",
            "Technical help with servers, software and security for small studios.",
        ),
        _t(
            "Kỹ sư tình nguyện trực chiều thứ Hai và thứ Tư; hỗ trợ số hóa tác phẩm.",
            "Volunteer engineers on Monday and Wednesday afternoons; help with digitising works.",
        ),
        sectors=["software-games", "cinema"],
        services=["technology"],
        since="2024-03-01",
        email="hotro@congngheso.example",
        phone="024 3700 3130",
        public=True,
    ),
    _resident(
        "vicas-art-studio",
        _t("nha-dieu-khac-tran-hai", "sculptor-tran-hai"),
        "artist",
        _t("Nhà điêu khắc Trần Hải", "Sculptor Tran Hai"),
        _t(
            "Nhà điêu khắc làm tượng đồng và gỗ lấy cảm hứng từ đình làng.",
            "A sculptor in bronze and wood, inspired by village communal houses.",
        ),
        _t(
            "Làm việc tại xưởng điêu khắc từ năm 2020; nhận đặt tác phẩm cho không gian công cộng.",
            "Working in the sculpture workshop since 2020; takes commissions for public spaces.",
        ),
        sectors=["fine-arts"],
        since="2020-11-01",
        space="xuong-dieu-khac",
    ),
    # Bat Trang -------------------------------------------------------------------------
    _resident(
        "bat-trang-craft-villages",
        _t("xuong-gom-men-lam", "blue-glaze-pottery"),
        "studio",
        _t("Xưởng gốm Men Lam", "Blue Glaze Pottery"),
        _t(
            "Xưởng gốm gia đình ba thế hệ làm gốm men lam truyền thống Bát Tràng.",
            "A three-generation family pottery making Bat Trang's traditional blue glaze ware.",
        ),
        _t(
            "Nung gốm trong lò của trung tâm, bán tại nhà trưng bày và nhận khách tham quan.",
            "Fires its ware in the center's kiln, sells in the showroom and welcomes visitors.",
        ),
        sectors=["handicrafts"],
        since="2019-08-01",
        space="xuong-gom-lo-nung",
    ),
    _resident(
        "bat-trang-craft-villages",
        _t("nghe-nhan-pham-van-duc", "craftsman-pham-van-duc"),
        "artist",
        _t("Nghệ nhân Phạm Văn Đức", "Craftsman Pham Van Duc"),
        _t(
            "Nghệ nhân gốm dạy nặn gốm cho trẻ em và du khách.",
            "A master potter teaching children and visitors to throw pots.",
        ),
        _t(
            "Hơn bốn mươi năm làm gốm; dạy tại lớp học làm gốm vào sáng thứ Bảy và Chủ nhật.",
            "More than forty years at the wheel; teaches in the pottery classroom on Saturday "
            "and Sunday mornings.",
        ),
        sectors=["handicrafts", "cultural-tourism"],
        services=["training"],
        since="2020-03-01",
        space="lop-hoc-lam-gom",
    ),
    _resident(
        "bat-trang-craft-villages",
        _t("hop-tac-xa-lang-nghe", "craft-village-cooperative"),
        "organisation",
        _t("Hợp tác xã Làng nghề", "Craft Village Cooperative"),
        _t(
            "Hợp tác xã của hai mươi hộ làm gốm, bán chung và giữ gìn mẫu men cổ.",
            "A cooperative of twenty potter households, selling together and keeping the old "
            "glaze recipes.",
        ),
        _t(
            "Trưng bày sản phẩm của các hộ thành viên và tổ chức chợ gốm vào dịp Tết.",
            "Shows its members' ware and runs a pottery market at Tết.",
        ),
        sectors=["handicrafts"],
        since="2018-01-01",
        space="nha-trung-bay-lang-nghe",
        phone="024 3874 0400",
        public=True,
    ),
    _resident(
        "bat-trang-craft-villages",
        _t("gom-thiet-ke-dat-viet", "dat-viet-ceramic-design"),
        "startup",
        _t("Gốm thiết kế Đất Việt", "Dat Viet Ceramic Design"),
        _t(
            "Khởi nghiệp thiết kế đồ gốm hiện đại, sản xuất cùng thợ gốm Bát Tràng.",
            "A startup designing modern ceramics, made with Bat Trang potters.",
        ),
        _t(
            "Bán trực tuyến cho khách trong và ngoài nước; thiết kế tại xưởng vẽ gốm nhỏ.",
            "Sells online in Vietnam and abroad; designs in the small glazing studio.",
        ),
        sectors=["handicrafts", "design"],
        since="2024-02-01",
        space="xuong-ve-gom-nho",
        website="https://gomdatviet.example",
    ),
    # French Villa -----------------------------------------------------------------------
    _resident(
        "villa-49-tran-hung-dao",
        _t("nha-thiet-ke-thoi-trang-lua-ha-dong", "ha-dong-silk-fashion-house"),
        "studio",
        _t("Nhà mốt Lụa Hà Đông", "Ha Dong Silk Fashion House"),
        _t(
            "Nhà thiết kế thời trang dùng lụa Vạn Phúc cho áo dài và trang phục hiện đại.",
            "A fashion house using Van Phuc silk for áo dài and modern clothes.",
        ),
        _t(
            "Trình diễn bộ sưu tập mỗi mùa tại đại sảnh biệt thự.",
            "Shows each season's collection in the villa's grand hall.",
        ),
        sectors=["fashion", "handicrafts"],
        since="2023-04-01",
        website="https://luahadong-fashion.example",
    ),
    _resident(
        "villa-49-tran-hung-dao",
        _t("cong-ty-kien-truc-phap-viet", "franco-vietnamese-architects"),
        "organisation",
        _t("Văn phòng Kiến trúc Pháp Việt", "Franco-Vietnamese Architects"),
        _t(
            "Văn phòng kiến trúc chuyên bảo tồn biệt thự Pháp ở Hà Nội.",
            "An architecture practice restoring Hanoi's French villas.",
        ),
        _t(
            "Đã khảo sát hơn hai trăm biệt thự; mở cửa văn phòng cho sinh viên kiến trúc thực tập.",
            "Has surveyed more than two hundred villas; takes architecture students as interns.",
        ),
        sectors=["architecture"],
        since="2022-09-01",
    ),
    _resident(
        "villa-49-tran-hung-dao",
        _t("quy-tai-tro-nghe-si-tre", "young-artists-fund"),
        "service_provider",
        _t("Quỹ tài trợ Nghệ sĩ trẻ", "Young Artists Fund"),
        _t(
            "Học bổng và khoản vay nhỏ cho nghệ sĩ và nhà thiết kế dưới 30 tuổi.",
            "Grants and small loans for artists and designers under 30.",
        ),
        _t(
            "Nhận hồ sơ hai đợt mỗi năm; tư vấn lập ngân sách dự án vào thứ Sáu.",
            "Two application rounds a year; advice on project budgets on Fridays.",
        ),
        sectors=["fine-arts", "design", "fashion"],
        services=["finance"],
        since="2024-06-01",
        email="hoso@quynghesitre.example",
        public=True,
    ),
    _resident(
        "villa-49-tran-hung-dao",
        _t("nhom-mua-duong-dai", "contemporary-dance-group"),
        "collective",
        _t("Nhóm múa Đương đại", "Contemporary Dance Group"),
        _t(
            "Nhóm múa đương đại tập luyện và biểu diễn trong vườn biệt thự.",
            "A contemporary dance group rehearsing and performing in the villa garden.",
        ),
        _t(
            "Mười vũ công, biểu diễn ngoài trời vào tối thứ Bảy cuối tháng.",
            "Ten dancers, with an open-air performance on the last Saturday evening of the month.",
        ),
        sectors=["performing-arts"],
        since="2023-10-01",
        space="vuon-biet-thu",
    ),
    # 22 Hang Buom -----------------------------------------------------------------------
    _resident(
        "hang-buom-22",
        _t("cau-lac-bo-ca-tru-thang-long", "thang-long-ca-tru-club"),
        "collective",
        _t("Câu lạc bộ Ca trù Thăng Long", "Thang Long Ca Tru Club"),
        _t(
            "Câu lạc bộ ca trù biểu diễn và truyền dạy di sản UNESCO.",
            "A ca trù club performing and teaching this UNESCO heritage.",
        ),
        _t(
            "Biểu diễn ba tối mỗi tuần trên sân khấu ca trù và dạy hát cho người trẻ.",
            "Performs three evenings a week on the ca trù stage and teaches young singers.",
        ),
        sectors=["performing-arts", "cultural-tourism"],
        since="2017-01-01",
        space="san-khau-ca-tru",
    ),
    _resident(
        "hang-buom-22",
        _t("xuong-tranh-dong-ho", "dong-ho-print-workshop"),
        "studio",
        _t("Xưởng tranh Đông Hồ", "Dong Ho Print Workshop"),
        _t(
            "Xưởng in tranh dân gian Đông Hồ bằng ván khắc gỗ và giấy điệp.",
            "A workshop printing Dong Ho folk pictures with woodblocks on điệp paper.",
        ),
        _t(
            "Mở lớp in tranh cho du khách tại phòng học thủ công mỗi buổi chiều.",
            "Printing classes for visitors in the craft classroom every afternoon.",
        ),
        sectors=["handicrafts", "fine-arts", "cultural-tourism"],
        services=["training"],
        since="2021-03-01",
        space="phong-hoc-thu-cong",
    ),
    _resident(
        "hang-buom-22",
        _t("du-lich-pho-co-sang-tao", "creative-old-quarter-tours"),
        "startup",
        _t("Du lịch Phố cổ Sáng tạo", "Creative Old Quarter Tours"),
        _t(
            "Khởi nghiệp tổ chức tour đi bộ gặp nghệ nhân và nghệ sĩ phố cổ.",
            "A startup running walking tours to meet the Old Quarter's craftspeople and artists.",
        ),
        _t(
            "Tour tiếng Việt và tiếng Anh mỗi sáng, xuất phát từ 22 Hàng Buồm.",
            "Tours in Vietnamese and English every morning, starting from 22 Hang Buom.",
        ),
        sectors=["cultural-tourism"],
        since="2024-04-01",
        website="https://phocosangtao.example",
        links=["https://www.tripadvisor.com/phocosangtao.example"],
    ),
    _resident(
        "hang-buom-22",
        _t("tu-van-so-huu-tri-tue", "intellectual-property-desk"),
        "service_provider",
        _t("Bàn tư vấn Sở hữu trí tuệ", "Intellectual Property Desk"),
        _t(
            "Tư vấn đăng ký nhãn hiệu và bảo hộ kiểu dáng cho nghệ nhân và làng nghề.",
            "Advice on registering trademarks and protecting designs for craftspeople and "
            "craft villages.",
        ),
        _t(
            "Trực sáng thứ Ba; hỗ trợ hồ sơ chỉ dẫn địa lý cho sản phẩm làng nghề.",
            "Open on Tuesday mornings; helps with geographical indication files for craft "
            "products.",
        ),
        sectors=["handicrafts", "design"],
        services=["legal", "training"],
        since="2024-08-01",
    ),
]
