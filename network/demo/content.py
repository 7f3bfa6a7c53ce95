"""Bilingual demo content for the network (Vietnamese source, English translation).

Plain data, no logic and no imports: the demo loader reads these structures to build
the sectors, amenities, the network home page and six centers with one free page each.
Vietnamese paragraphs are unique across the file because the loader uses them as keys
to find their English translations. Addresses and coordinates describe real places as
closely as we know them; people, e-mail addresses (.example.vn) and phone numbers are
fictional.
"""

SECTORS = [
    {
        "slug": "advertising",
        "name": {"vi": "Quảng cáo", "en": "Advertising"},
        "description": {
            "vi": (
                "Sáng tạo ý tưởng, sản xuất nội dung và chiến dịch truyền thông cho thương hiệu, "
                "từ biển quảng cáo, ấn phẩm in đến quảng cáo trên nền tảng số."
            ),
            "en": (
                "Creative concepts, content production and brand campaigns, from billboards and "
                "print to advertising on digital platforms."
            ),
        },
    },
    {
        "slug": "architecture",
        "name": {"vi": "Kiến trúc", "en": "Architecture"},
        "description": {
            "vi": (
                "Thiết kế kiến trúc, quy hoạch và cải tạo công trình, trong đó có việc tái sử dụng "
                "biệt thự cổ, hội quán và nhà xưởng cũ làm không gian sáng tạo."
            ),
            "en": (
                "Architectural design, planning and renovation, including the reuse of old villas, "
                "assembly halls and former factories as creative spaces."
            ),
        },
    },
    {
        "slug": "software-games",
        "name": {"vi": "Phần mềm và trò chơi giải trí", "en": "Software and games"},
        "description": {
            "vi": (
                "Phát triển trò chơi điện tử, ứng dụng, nội dung số tương tác và các giải pháp "
                "công nghệ phục vụ bảo tồn, quảng bá văn hóa."
            ),
            "en": (
                "Video games, apps, interactive digital content and technology that helps preserve "
                "and promote culture."
            ),
        },
    },
    {
        "slug": "handicrafts",
        "name": {"vi": "Thủ công mỹ nghệ", "en": "Handicrafts"},
        "description": {
            "vi": (
                "Gốm sứ, sơn mài, khảm trai, mây tre đan, thêu, dệt lụa và các nghề truyền thống "
                "của làng nghề Hà Nội, cùng những sản phẩm đương đại kế thừa kỹ thuật xưa."
            ),
            "en": (
                "Ceramics, lacquer, mother-of-pearl inlay, rattan and bamboo weaving, embroidery, "
                "silk and the other traditional crafts of Hanoi's villages, along with "
                "contemporary work that carries the old techniques forward."
            ),
        },
    },
    {
        "slug": "design",
        "name": {"vi": "Thiết kế", "en": "Design"},
        "description": {
            "vi": (
                "Thiết kế đồ họa, thiết kế sản phẩm, nội thất và nhận diện thương hiệu; nơi nhà "
                "thiết kế gặp gỡ doanh nghiệp và thị trường."
            ),
            "en": (
                "Graphic, product and interior design and brand identity; where designers meet "
                "businesses and the market."
            ),
        },
    },
    {
        "slug": "cinema",
        "name": {"vi": "Điện ảnh", "en": "Cinema"},
        "description": {
            "vi": (
                "Sản xuất, phát hành và trình chiếu phim; lớp học làm phim, câu lạc bộ điện ảnh và "
                "các sự kiện như Liên hoan Phim quốc tế Hà Nội."
            ),
            "en": (
                "Film production, distribution and screenings; filmmaking classes, film clubs and "
                "events such as the Hanoi International Film Festival."
            ),
        },
    },
    {
        "slug": "publishing",
        "name": {"vi": "Xuất bản", "en": "Publishing"},
        "description": {
            "vi": (
                "Sách in, sách điện tử, sách nói, truyện tranh và tạp chí độc lập; hội sách, buổi "
                "ra mắt sách và giao lưu với tác giả."
            ),
            "en": (
                "Printed books, e-books, audiobooks, comics and independent magazines; book fairs, "
                "launches and meetings with authors."
            ),
        },
    },
    {
        "slug": "fashion",
        "name": {"vi": "Thời trang", "en": "Fashion"},
        "description": {
            "vi": (
                "Thiết kế và may đo thời trang, từ áo dài truyền thống đến các thương hiệu trẻ; "
                "trình diễn, chụp ảnh thời trang và các tuần lễ thời trang."
            ),
            "en": (
                "Fashion design and tailoring, from the traditional ao dai to young labels; runway "
                "shows, fashion shoots and fashion weeks."
            ),
        },
    },
    {
        "slug": "performing-arts",
        "name": {"vi": "Nghệ thuật biểu diễn", "en": "Performing arts"},
        "description": {
            "vi": (
                "Âm nhạc, sân khấu, múa và các loại hình truyền thống như ca trù, xẩm, chèo, múa "
                "rối; từ đêm nhạc acoustic ấm cúng đến những chương trình quy mô lớn."
            ),
            "en": (
                "Music, theatre, dance and traditional forms such as ca tru, xam, cheo and "
                "puppetry; from intimate acoustic evenings to large-scale productions."
            ),
        },
    },
    {
        "slug": "fine-arts",
        "name": {
            "vi": "Mỹ thuật, nhiếp ảnh và triển lãm",
            "en": "Fine arts, photography and exhibitions",
        },
        "description": {
            "vi": (
                "Hội họa, điêu khắc, sắp đặt, nghệ thuật đương đại và nhiếp ảnh; phòng trưng bày, "
                "triển lãm và chương trình lưu trú cho nghệ sĩ."
            ),
            "en": (
                "Painting, sculpture, installation, contemporary art and photography; galleries, "
                "exhibitions and artist residencies."
            ),
        },
    },
    {
        "slug": "television-radio",
        "name": {"vi": "Truyền hình và phát thanh", "en": "Television and radio"},
        "description": {
            "vi": (
                "Sản xuất chương trình truyền hình, phát thanh, podcast và nội dung video cho các "
                "nền tảng trực tuyến."
            ),
            "en": (
                "Production of television and radio programmes, podcasts and video content for "
                "online platforms."
            ),
        },
    },
    {
        "slug": "cultural-tourism",
        "name": {"vi": "Du lịch văn hóa", "en": "Cultural tourism"},
        "description": {
            "vi": (
                "Hành trình khám phá di sản, làng nghề, phố cổ và đời sống văn hóa Hà Nội; tour "
                "đêm, trải nghiệm nghề thủ công và ẩm thực."
            ),
            "en": (
                "Journeys through Hanoi's heritage, craft villages, Old Quarter and cultural life; "
                "night tours, hands-on crafts and food."
            ),
        },
    },
]

AMENITIES = [
    {
        "slug": "natural-light",
        "name": {"vi": "Ánh sáng tự nhiên", "en": "Natural light"},
        "description": {
            "vi": "Cửa sổ lớn hoặc giếng trời, thích hợp cho vẽ, chụp ảnh và làm việc ban ngày.",
            "en": (
                "Large windows or skylights, well suited to painting, photography and daytime work."
            ),
        },
    },
    {
        "slug": "air-conditioning",
        "name": {"vi": "Điều hòa nhiệt độ", "en": "Air conditioning"},
        "description": {
            "vi": (
                "Hệ thống điều hòa giữ không gian dễ chịu trong những ngày hè oi nồng của Hà Nội."
            ),
            "en": (
                "Cooling that keeps the space comfortable through Hanoi's hot, humid summer days."
            ),
        },
    },
    {
        "slug": "wifi",
        "name": {"vi": "Wi-Fi tốc độ cao", "en": "High-speed Wi-Fi"},
        "description": {
            "vi": (
                "Kết nối Internet không dây ổn định, đủ cho họp trực tuyến và phát sóng trực tiếp."
            ),
            "en": "Reliable wireless Internet, good enough for video calls and live streaming.",
        },
    },
    {
        "slug": "projector",
        "name": {"vi": "Máy chiếu", "en": "Projector"},
        "description": {
            "vi": "Máy chiếu và màn chiếu cho thuyết trình, hội thảo và chiếu phim.",
            "en": "Projector and screen for presentations, seminars and film screenings.",
        },
    },
    {
        "slug": "sound-system",
        "name": {"vi": "Hệ thống âm thanh", "en": "Sound system"},
        "description": {
            "vi": "Loa, bàn trộn âm và micro cho biểu diễn, đêm nhạc và sự kiện.",
            "en": "Speakers, mixing desk and microphones for performances, concerts and events.",
        },
    },
    {
        "slug": "stage-lighting",
        "name": {"vi": "Ánh sáng sân khấu", "en": "Stage lighting"},
        "description": {
            "vi": "Đèn sân khấu có thể điều chỉnh, kèm bàn điều khiển cho các buổi diễn.",
            "en": "Adjustable stage lights with a control desk for shows.",
        },
    },
    {
        "slug": "wheelchair-access",
        "name": {"vi": "Lối đi cho xe lăn", "en": "Wheelchair access"},
        "description": {
            "vi": "Lối vào không bậc, đường dốc hoặc thang máy dành cho người sử dụng xe lăn.",
            "en": "Step-free entrance, ramps or a lift for wheelchair users.",
        },
    },
    {
        "slug": "kiln",
        "name": {"vi": "Lò nung gốm", "en": "Kiln"},
        "description": {
            "vi": "Lò nung điện hoặc lò ga cho gốm sứ, có kỹ thuật viên hỗ trợ xếp lò và nung.",
            "en": (
                "Electric or gas kiln for ceramics, with a technician to help with loading and "
                "firing."
            ),
        },
    },
    {
        "slug": "darkroom",
        "name": {"vi": "Phòng tối", "en": "Darkroom"},
        "description": {
            "vi": "Phòng tráng phim và phóng ảnh đen trắng theo phương pháp truyền thống.",
            "en": (
                "A room for developing film and printing black-and-white photographs the "
                "traditional way."
            ),
        },
    },
    {
        "slug": "kitchen",
        "name": {"vi": "Bếp chung", "en": "Shared kitchen"},
        "description": {
            "vi": "Khu bếp nhỏ có tủ lạnh, ấm đun nước và bồn rửa cho người thuê không gian.",
            "en": "A small kitchen with a fridge, kettle and sink for people renting the space.",
        },
    },
    {
        "slug": "parking",
        "name": {"vi": "Chỗ để xe", "en": "Parking"},
        "description": {
            "vi": "Chỗ gửi xe máy và ô tô trong khuôn viên hoặc ngay gần đó.",
            "en": "Motorbike and car parking on site or close by.",
        },
    },
    {
        "slug": "storage",
        "name": {"vi": "Kho chứa đồ", "en": "Storage"},
        "description": {
            "vi": "Kho có khóa để cất tác phẩm, đạo cụ và thiết bị giữa các buổi làm việc.",
            "en": "Lockable storage for artworks, props and equipment between sessions.",
        },
    },
    {
        "slug": "green-room",
        "name": {"vi": "Phòng chờ nghệ sĩ", "en": "Green room"},
        "description": {
            "vi": "Phòng hóa trang và nghỉ ngơi cho nghệ sĩ trước và sau giờ biểu diễn.",
            "en": "A make-up and rest room for performers before and after the show.",
        },
    },
]

HOME = {
    "title": {
        "vi": "Mạng lưới Trung tâm Công nghiệp Văn hóa Hà Nội",
        "en": "Hanoi Cultural Industry Centers Network",
    },
    "intro": {
        "vi": (
            "Nền tảng số chung của các trung tâm công nghiệp văn hóa Thủ đô, nơi bạn tìm sự kiện, "
            "không gian sáng tạo và cộng đồng nghệ sĩ trên khắp Hà Nội."
        ),
        "en": (
            "The shared digital platform of the capital's cultural industry centers, where you can "
            "find events, creative spaces and artist communities all over Hanoi."
        ),
    },
}

# The story of the resolutions, told on its own page and linked from every footer: the
# home page leads with what visitors came for.
ABOUT = {
    "slug": {"vi": "gioi-thieu", "en": "about"},
    "title": {"vi": "Giới thiệu mạng lưới", "en": "About the network"},
    "intro": {
        "vi": (
            "Vì sao Hà Nội xây dựng mạng lưới trung tâm công nghiệp văn hóa, và nền tảng số "
            "dùng chung này phục vụ ai."
        ),
        "en": (
            "Why Hanoi is building a network of cultural industry centers, and whom this shared "
            "digital platform serves."
        ),
    },
    "body": [
        {
            "vi": (
                "Ngày 22 tháng 2 năm 2022, Thành ủy Hà Nội ban hành Nghị quyết số 09-NQ/TU về phát "
                "triển công nghiệp văn hóa Thủ đô giai đoạn 2021 - 2025, định hướng đến năm 2030, "
                "tầm nhìn đến năm 2045. Đây là lần đầu tiên Hà Nội có một nghị quyết riêng về lĩnh "
                "vực này, xác định văn hóa vừa là nền tảng tinh thần, vừa là nguồn lực nội sinh "
                "cho phát triển bền vững. Từ đó, hàng trăm không gian sáng tạo lớn nhỏ đã ra đời, "
                "từ những nhà xưởng cũ đến các công trình di sản giữa lòng phố cổ."
            ),
            "en": (
                "On 22 February 2022, the Hanoi Party Committee issued Resolution No. 09-NQ/TU on "
                "developing the capital's cultural industries for the period 2021 - 2025, with an "
                "orientation to 2030 and a vision to 2045. It was the first time Hanoi had a "
                "resolution devoted to this field, recognising culture both as a spiritual "
                "foundation and as an endogenous resource for sustainable development. Since then, "
                "hundreds of creative spaces large and small have opened, from old factories to "
                "heritage buildings in the heart of the Old Quarter."
            ),
        },
        {
            "vi": (
                "Tháng 7 năm 2025, Hội đồng nhân dân Thành phố ban hành Nghị quyết số "
                "24/2025/NQ-HĐND quy định về tổ chức và hoạt động của Trung tâm công nghiệp văn "
                "hóa trên địa bàn. Mỗi trung tâm là một hệ sinh thái thu nhỏ, gắn kết sáng tạo, "
                "sản xuất, trưng bày, đào tạo, giao lưu và thương mại hóa sản phẩm văn hóa; là nơi "
                "gặp gỡ của nghệ sĩ, doanh nghiệp, nhà nghiên cứu, nhà đầu tư và công chúng."
            ),
            "en": (
                "In July 2025, the City People's Council issued Resolution No. 24/2025/NQ-HĐND on "
                "the organisation and operation of Cultural Industry Centers in the city. Each "
                "center is an ecosystem in miniature, bringing together the creation, production, "
                "display, training, exchange and commercialisation of cultural products; a meeting "
                "place for artists, businesses, researchers, investors and the public."
            ),
        },
        {
            "vi": (
                "Thành phố đặt mục tiêu đến năm 2030 có 10 trung tâm công nghiệp văn hóa, mỗi "
                "trung tâm đại diện cho một khu vực, cùng tạo thành mạng lưới liên kết khắp Thủ "
                "đô. Tầm nhìn đến năm 2045 là một trung tâm quy mô lớn, hiện đại trên vùng bãi "
                "sông Hồng, kết nối với các trung tâm khác qua nền tảng số dùng chung. Trang thông "
                "tin này chính là nền tảng ấy: một nơi để xem lịch sự kiện, tìm và thuê không "
                "gian, tra cứu bằng cả tiếng Việt lẫn tiếng Anh."
            ),
            "en": (
                "The city aims to have 10 cultural industry centers by 2030, each representing one "
                "area and together forming a network across the capital. The vision for 2045 is a "
                "large, modern center on the Red River floodplain, linked to the others through a "
                "shared digital platform. This website is that platform: one place to see what's "
                "on, to find and rent spaces, and to search in both Vietnamese and English."
            ),
        },
    ],
}

CENTERS = [
    {
        "slug": "complex-01",
        "title": {"vi": "Tổ hợp sáng tạo Complex 01", "en": "Complex 01 Creative Hub"},
        "intro": {
            "vi": (
                "Tổ hợp sáng tạo trong một khu nhà xưởng cũ trên phố Tây Sơn, nơi quán cà phê, "
                "xưởng thiết kế, cửa hàng đồ thủ công và những đêm nhạc cuối tuần cùng chung một "
                "mái nhà."
            ),
            "en": (
                "A creative complex in a former factory on Tay Son Street, where cafés, design "
                "studios, craft shops and weekend music nights share one roof."
            ),
        },
        "about": [
            {
                "vi": (
                    "Complex 01 nằm ở số 299 Tây Sơn, gần ngã tư Sở, trong khuôn viên một nhà máy "
                    "cũ được cải tạo lại. Những dãy nhà xưởng mái cao, tường gạch và khung thép "
                    "được giữ nguyên, chia thành các gian nhỏ cho quán cà phê, hiệu sách, studio "
                    "ảnh, xưởng gốm và cửa hàng của các nhà thiết kế trẻ. Đây là một trong những "
                    "không gian sáng tạo tiêu biểu của Hà Nội kể từ khi Nghị quyết 09 ra đời."
                ),
                "en": (
                    "Complex 01 stands at 299 Tay Son Street, near the Nga Tu So intersection, on "
                    "the grounds of a converted factory. The high-roofed sheds, brick walls and "
                    "steel frames have been kept and divided into small units for cafés, a "
                    "bookshop, photo studios, a pottery workshop and shops run by young designers. "
                    "It has been one of Hanoi's landmark creative spaces since Resolution 09 was "
                    "adopted."
                ),
            },
            {
                "vi": (
                    "Ban ngày, tổ hợp là chỗ làm việc quen thuộc của dân thiết kế, nhiếp ảnh gia "
                    "và các nhóm khởi nghiệp. Khi trời tối, sân trong lên đèn cho những đêm nhạc "
                    "acoustic, buổi chiếu phim ngoài trời và phiên chợ cuối tuần bán đồ handmade, "
                    "tranh in và sách độc lập. Không khí trẻ trung, cởi mở khiến nơi đây trở thành "
                    "điểm hẹn của sinh viên, người làm sáng tạo và khách du lịch."
                ),
                "en": (
                    "By day the complex is a familiar workplace for designers, photographers and "
                    "start-up teams. After dark, the courtyard lights up for acoustic music "
                    "nights, open-air film screenings and weekend markets selling handmade goods, "
                    "prints and independent books. Its young, open atmosphere makes it a meeting "
                    "point for students, creative professionals and visitors alike."
                ),
            },
            {
                "vi": (
                    "Các gian xưởng có thể thuê theo ngày cho buổi chụp ảnh, workshop hay ra mắt "
                    "sản phẩm, hoặc thuê dài hạn làm studio và văn phòng sáng tạo. Sân chung cùng "
                    "sân khấu nhỏ phù hợp cho sự kiện từ 50 đến 300 khách, với hệ thống âm thanh, "
                    "ánh sáng sẵn có và đội ngũ kỹ thuật hỗ trợ khi cần."
                ),
                "en": (
                    "Workshop units can be hired by the day for photo shoots, workshops or product "
                    "launches, or on longer leases as studios and creative offices. The shared "
                    "courtyard and small stage suit events for 50 to 300 guests, with a sound and "
                    "lighting system already in place and technical staff on hand when needed."
                ),
            },
        ],
        "address": {
            "vi": "299 Tây Sơn, phường Kim Liên, Hà Nội",
            "en": "299 Tay Son Street, Kim Lien Ward, Hanoi",
        },
        "ward": 226,
        "district": {"vi": "Đống Đa", "en": "Dong Da"},
        "latitude": 21.00460,
        "longitude": 105.82170,
        "hours": [
            [0, "08:00", "22:00"],
            [1, "08:00", "22:00"],
            [2, "08:00", "22:00"],
            [3, "08:00", "22:00"],
            [4, "08:00", "23:00"],
            [5, "08:00", "23:00"],
            [6, "08:00", "22:00"],
        ],
        "sectors": ["design", "fine-arts", "performing-arts", "fashion", "handicrafts"],
        "contacts": [
            {
                "role": {"vi": "Bộ phận thuê không gian", "en": "Space rentals"},
                "name": "Nguyễn Thị Lan",
                "email": "thue@complex01.example.vn",
                "phone": "024 3856 2301",
            },
            {
                "role": {"vi": "Sự kiện và biểu diễn", "en": "Events and performances"},
                "name": "Trần Minh Đức",
                "email": "sukien@complex01.example.vn",
                "phone": "0912 468 135",
            },
        ],
        "palette": ["#8c3b2f", "#e9c46a"],
        "image_alt": {
            "vi": (
                "Dãy nhà xưởng tường gạch đỏ mái cao, dây đèn treo ngang sân trong và những bộ bàn "
                "ghế cà phê bày ngoài trời."
            ),
            "en": (
                "A row of tall red-brick factory sheds, with string lights across the courtyard "
                "and café tables set out in the open."
            ),
        },
        "page": {
            "slug": {"vi": "tham-quan", "en": "visit"},
            "title": {"vi": "Thông tin tham quan", "en": "Visitor information"},
            "intro": {
                "vi": "Giờ mở cửa, cách di chuyển và những điều nên biết trước khi ghé Complex 01.",
                "en": "Opening hours, getting there and what to know before you visit Complex 01.",
            },
            "body": [
                {
                    "vi": (
                        "Complex 01 mở cửa hằng ngày từ 8 giờ sáng, các quán cà phê và sân trong "
                        "hoạt động đến 22 giờ, riêng tối Thứ Sáu và Thứ Bảy kéo dài đến 23 giờ. "
                        "Vào cổng tự do; một số đêm nhạc, buổi chiếu phim và workshop có bán vé, "
                        "thông tin chi tiết được đăng trong lịch sự kiện của trung tâm."
                    ),
                    "en": (
                        "Complex 01 opens every day from 8 a.m.; the cafés and courtyard stay open "
                        "until 10 p.m., and until 11 p.m. on Friday and Saturday evenings. Entry "
                        "is free; some music nights, film screenings and workshops are ticketed, "
                        "and details are posted in the center's event calendar."
                    ),
                },
                {
                    "vi": (
                        "Từ trung tâm thành phố, bạn có thể đi các tuyến xe buýt chạy qua phố Tây "
                        "Sơn, xuống ở điểm dừng gần ngã tư Sở, hoặc đi tàu điện tuyến Cát Linh - "
                        "Hà Đông rồi đi bộ thêm khoảng mười phút. Khu tổ hợp có bãi gửi xe máy "
                        "trong khuôn viên; chỗ đỗ ô tô rất hạn chế nên khách đi ô tô nên dùng bãi "
                        "công cộng quanh khu vực."
                    ),
                    "en": (
                        "From the city center, take one of the bus routes along Tay Son Street and "
                        "get off near the Nga Tu So intersection, or ride the Cat Linh - Ha Dong "
                        "metro line and walk for about ten minutes. There is motorbike parking on "
                        "site; car parking is very limited, so drivers should use the public car "
                        "parks nearby."
                    ),
                },
            ],
        },
    },
    {
        "slug": "heritage-space",
        "title": {"vi": "Không gian Di sản (Heritage Space)", "en": "Heritage Space"},
        "intro": {
            "vi": (
                "Phòng trưng bày nghệ thuật đương đại tại tòa nhà Hanoi Creative City, nơi giới "
                "thiệu các nghệ sĩ Việt Nam và những dự án đặt di sản trong cuộc đối thoại với "
                "sáng tạo hôm nay."
            ),
            "en": (
                "A contemporary art gallery in the Hanoi Creative City building, presenting "
                "Vietnamese artists and projects that put heritage in dialogue with today's "
                "creativity."
            ),
        },
        "about": [
            {
                "vi": (
                    "Heritage Space là phòng trưng bày nằm trong tòa nhà Hanoi Creative City ở số "
                    "1 Lương Yên, gần bến xe Lương Yên và đê sông Hồng. Phòng trưng bày tập trung "
                    "vào mỹ thuật đương đại Việt Nam, từ hội họa, điêu khắc đến sắp đặt và nhiếp "
                    "ảnh, với các triển lãm cá nhân và triển lãm nhóm thay đổi đều đặn trong năm. "
                    "Không ít họa sĩ trẻ đã có triển lãm đầu tay tại đây."
                ),
                "en": (
                    "Heritage Space is a gallery in the Hanoi Creative City building at 1 Luong "
                    "Yen Street, close to Luong Yen bus station and the Red River dyke. It focuses "
                    "on Vietnamese contemporary art, from painting and sculpture to installation "
                    "and photography, with solo and group exhibitions changing regularly through "
                    "the year. Quite a few young painters have held their first exhibition here."
                ),
            },
            {
                "vi": (
                    "Bên cạnh triển lãm, Heritage Space tổ chức tọa đàm, buổi trò chuyện cùng nghệ "
                    "sĩ, chương trình giáo dục nghệ thuật cho thiếu nhi và các dự án tìm hiểu chất "
                    "liệu truyền thống như sơn mài, lụa, giấy dó. Tòa nhà Hanoi Creative City còn "
                    "quy tụ nhiều studio, lớp học múa, âm nhạc và doanh nghiệp sáng tạo, tạo nên "
                    "một cộng đồng sôi động dưới cùng một mái nhà."
                ),
                "en": (
                    "Alongside its exhibitions, Heritage Space hosts talks, conversations with "
                    "artists, art education for children and projects exploring traditional "
                    "materials such as lacquer, silk and do paper. The Hanoi Creative City "
                    "building also gathers many studios, dance and music classes and creative "
                    "businesses, making for a lively community under one roof."
                ),
            },
        ],
        "address": {
            "vi": "Tòa nhà Hanoi Creative City, 1 Lương Yên, phường Hai Bà Trưng, Hà Nội",
            "en": "Hanoi Creative City building, 1 Luong Yen Street, Hai Ba Trung Ward, Hanoi",
        },
        "ward": 256,
        "district": {"vi": "Hai Bà Trưng", "en": "Hai Ba Trung"},
        "latitude": 21.01170,
        "longitude": 105.86360,
        "hours": [
            [1, "09:00", "18:00"],
            [2, "09:00", "18:00"],
            [3, "09:00", "18:00"],
            [4, "09:00", "18:00"],
            [5, "09:00", "18:00"],
            [6, "09:00", "18:00"],
        ],
        "sectors": ["fine-arts", "design", "performing-arts"],
        "contacts": [
            {
                "role": {"vi": "Triển lãm và hợp tác", "en": "Exhibitions and partnerships"},
                "name": "Phạm Thu Hà",
                "email": "trienlam@heritagespace.example.vn",
                "phone": "024 3987 6520",
            },
        ],
        "palette": ["#264653", "#f4a261"],
        "image_alt": {
            "vi": (
                "Phòng trưng bày tường trắng, trần cao, những bức tranh sơn mài khổ lớn treo dưới "
                "ánh đèn rọi."
            ),
            "en": (
                "A white-walled, high-ceilinged gallery with large lacquer paintings hung under "
                "spotlights."
            ),
        },
        "page": {
            "slug": {"vi": "de-xuat-trien-lam", "en": "exhibition-proposals"},
            "title": {"vi": "Mời gửi đề xuất triển lãm", "en": "Call for exhibition proposals"},
            "intro": {
                "vi": (
                    "Heritage Space đón nhận đề xuất triển lãm từ nghệ sĩ, nhóm nghệ sĩ và giám "
                    "tuyển quanh năm."
                ),
                "en": (
                    "Heritage Space welcomes exhibition proposals from artists, collectives and "
                    "curators all year round."
                ),
            },
            "body": [
                {
                    "vi": (
                        "Hồ sơ đề xuất gồm bản mô tả ý tưởng triển lãm không quá hai trang, tiểu "
                        "sử nghệ sĩ, từ mười đến mười lăm hình ảnh tác phẩm kèm kích thước, chất "
                        "liệu, và dự kiến thời gian trưng bày. Chúng tôi đặc biệt quan tâm đến "
                        "những dự án khai thác chất liệu truyền thống hoặc đối thoại với di sản "
                        "văn hóa Việt Nam."
                    ),
                    "en": (
                        "A proposal should include a description of the exhibition idea of no more "
                        "than two pages, an artist biography, ten to fifteen images of the works "
                        "with their dimensions and materials, and the preferred exhibition dates. "
                        "We are especially interested in projects that work with traditional "
                        "materials or engage with Vietnam's cultural heritage."
                    ),
                },
                {
                    "vi": (
                        "Hội đồng của phòng trưng bày xem xét hồ sơ mỗi quý và phản hồi trong vòng "
                        "sáu tuần. Với các dự án được chọn, Heritage Space hỗ trợ treo tranh, ánh "
                        "sáng, truyền thông và tổ chức buổi khai mạc; nghệ sĩ chịu chi phí vận "
                        "chuyển tác phẩm. Vui lòng gửi hồ sơ qua thư điện tử cho bộ phận triển lãm "
                        "và hợp tác."
                    ),
                    "en": (
                        "The gallery's committee reviews proposals every quarter and replies "
                        "within six weeks. For selected projects, Heritage Space provides hanging, "
                        "lighting, publicity and the opening event; artists cover the cost of "
                        "transporting their work. Please send your proposal by e-mail to the "
                        "exhibitions and partnerships team."
                    ),
                },
            ],
        },
    },
    {
        "slug": "vicas-art-studio",
        "title": {"vi": "Xưởng nghệ thuật VICAS (VICAS Art Studio)", "en": "VICAS Art Studio"},
        "intro": {
            "vi": (
                "Không gian nghệ thuật đương đại của Viện Văn hóa Nghệ thuật quốc gia Việt Nam, "
                "nơi công việc nghiên cứu gặp gỡ thực hành sáng tạo."
            ),
            "en": (
                "The contemporary art space of the Vietnam National Institute of Culture and Arts "
                "Studies, where research meets creative practice."
            ),
        },
        "about": [
            {
                "vi": (
                    "VICAS Art Studio nằm trong khuôn viên Viện Văn hóa Nghệ thuật quốc gia Việt "
                    "Nam, số 32 Hào Nam. Ra đời như một nhịp cầu giữa giới nghiên cứu và giới nghệ "
                    "sĩ, studio tổ chức triển lãm mỹ thuật đương đại, trình diễn, chiếu phim thể "
                    "nghiệm và các dự án liên ngành, thường đi kèm những buổi tọa đàm với sự tham "
                    "gia của nhà nghiên cứu, giám tuyển và công chúng."
                ),
                "en": (
                    "VICAS Art Studio is located on the grounds of the Vietnam National Institute "
                    "of Culture and Arts Studies at 32 Hao Nam Street. Set up as a bridge between "
                    "researchers and artists, the studio hosts contemporary art exhibitions, "
                    "performances, experimental film screenings and interdisciplinary projects, "
                    "often accompanied by talks that bring together researchers, curators and the "
                    "public."
                ),
            },
            {
                "vi": (
                    "Không gian trưng bày gọn gàng, trần cao, thích hợp cho tác phẩm sắp đặt và "
                    "video. Studio cũng là nơi các nhóm nghệ sĩ trẻ thử nghiệm ý tưởng mới, từ "
                    "nghệ thuật trình diễn đến nghệ thuật cộng đồng. Nhiều chương trình hợp tác "
                    "với các trường đại học, viện văn hóa nước ngoài và liên hoan nghệ thuật quốc "
                    "tế đã được khởi xướng tại đây."
                ),
                "en": (
                    "The exhibition space is compact and high-ceilinged, well suited to "
                    "installation and video work. The studio is also where young artist groups try "
                    "out new ideas, from performance art to community-based art. Many "
                    "collaborations with universities, foreign cultural institutes and "
                    "international art festivals have started here."
                ),
            },
        ],
        "address": {
            "vi": "32 Hào Nam, phường Ô Chợ Dừa, Hà Nội",
            "en": "32 Hao Nam Street, O Cho Dua Ward, Hanoi",
        },
        "ward": 190,
        "district": {"vi": "Đống Đa", "en": "Dong Da"},
        "latitude": 21.02700,
        "longitude": 105.82610,
        "hours": [
            [0, "08:30", "17:00"],
            [1, "08:30", "17:00"],
            [2, "08:30", "17:00"],
            [3, "08:30", "17:00"],
            [4, "08:30", "17:00"],
            [5, "09:00", "17:00"],
        ],
        "sectors": ["fine-arts", "performing-arts", "cinema"],
        "contacts": [
            {
                "role": {"vi": "Chương trình và triển lãm", "en": "Programmes and exhibitions"},
                "name": "Lê Hoàng Anh",
                "email": "studio@vicas.example.vn",
                "phone": "024 3851 4312",
            },
        ],
        "palette": ["#1d3557", "#e76f51"],
        "image_alt": {
            "vi": (
                "Phòng triển lãm tường xám nhạt, một tác phẩm sắp đặt bằng tre đặt giữa phòng và "
                "màn chiếu video ở góc."
            ),
            "en": (
                "A pale grey exhibition room with a bamboo installation in the middle and a video "
                "projection in the corner."
            ),
        },
        "page": {
            "slug": {"vi": "luu-tru-sang-tao", "en": "residency"},
            "title": {
                "vi": "Chương trình lưu trú sáng tạo cho nghệ sĩ trẻ",
                "en": "Creative residency for young artists",
            },
            "intro": {
                "vi": (
                    "Hai tháng làm việc tại studio, có người hướng dẫn chuyên môn và một buổi giới "
                    "thiệu kết quả trước công chúng."
                ),
                "en": (
                    "Two months of work at the studio, with professional mentoring and a public "
                    "presentation at the end."
                ),
            },
            "body": [
                {
                    "vi": (
                        "Chương trình dành cho nghệ sĩ thị giác, nghệ sĩ trình diễn và nhà làm "
                        "phim dưới 35 tuổi đang sinh sống tại Việt Nam. Mỗi đợt chọn ba nghệ sĩ, "
                        "được sử dụng không gian làm việc miễn phí, tiếp cận thư viện và tư liệu "
                        "nghiên cứu của Viện, đồng thời được các nhà nghiên cứu và giám tuyển đồng "
                        "hành trong suốt quá trình sáng tác."
                    ),
                    "en": (
                        "The programme is open to visual artists, performers and filmmakers under "
                        "35 who live in Vietnam. Each round selects three artists, who receive "
                        "free use of a workspace and access to the Institute's library and "
                        "research archives, and are accompanied by researchers and curators "
                        "throughout the creative process."
                    ),
                },
                {
                    "vi": (
                        "Hồ sơ ứng tuyển gồm thư giới thiệu bản thân, đề cương dự án, kế hoạch làm "
                        "việc trong hai tháng và hồ sơ năng lực. Kết thúc chương trình, các nghệ "
                        "sĩ giới thiệu thành quả qua một triển lãm hoặc buổi trình diễn mở cửa tự "
                        "do, kèm tọa đàm với khán giả."
                    ),
                    "en": (
                        "Applications should include a cover letter, a project outline, a "
                        "two-month work plan and a portfolio. At the end of the residency, the "
                        "artists present their results in a free exhibition or performance, "
                        "followed by a conversation with the audience."
                    ),
                },
            ],
        },
    },
    {
        "slug": "bat-trang-craft-villages",
        "title": {
            "vi": "Trung tâm Tinh hoa Làng nghề Việt",
            "en": "Quintessence of Vietnamese Craft Villages Center",
        },
        "intro": {
            "vi": (
                "Công trình mang hình những chiếc bàn xoay gốm giữa làng Bát Tràng, nơi trưng bày, "
                "trình diễn và mở xưởng trải nghiệm nghề gốm cùng nhiều nghề thủ công truyền "
                "thống."
            ),
            "en": (
                "A building shaped like stacked potter's wheels in the heart of Bat Trang village, "
                "with exhibitions, craft demonstrations and hands-on workshops in pottery and "
                "other traditional crafts."
            ),
        },
        "about": [
            {
                "vi": (
                    "Nằm bên đê sông Hồng ở Bát Tràng, Trung tâm Tinh hoa Làng nghề Việt gây ấn "
                    "tượng từ xa với cụm công trình lấy cảm hứng từ những chiếc bàn xoay gốm, mặt "
                    "ngoài ốp gạch và mảnh gốm của chính làng nghề. Bên trong là Bảo tàng Gốm Bát "
                    "Tràng, với những hiện vật kể lại lịch sử hơn năm thế kỷ của làng gốm ven đô "
                    "nổi tiếng nhất Hà Nội."
                ),
                "en": (
                    "Standing by the Red River dyke in Bat Trang, the Quintessence of Vietnamese "
                    "Craft Villages Center catches the eye from afar with a cluster of towers "
                    "inspired by potter's wheels, clad in bricks and ceramic shards from the "
                    "village itself. Inside is the Bat Trang Ceramics Museum, whose collection "
                    "tells the story of more than five centuries of Hanoi's best-known pottery "
                    "village."
                ),
            },
            {
                "vi": (
                    "Khách tham quan có thể xem nghệ nhân chuốt gốm trên bàn xoay, vẽ men lam và "
                    "chuẩn bị mẻ nung, rồi tự tay nặn một chiếc bát hay chiếc cốc tại xưởng trải "
                    "nghiệm. Trung tâm còn giới thiệu các nghề khác của Hà Nội như sơn mài, khảm "
                    "trai, mây tre đan, dệt lụa, cùng khu bán sản phẩm làm ra trực tiếp từ các "
                    "xưởng trong làng."
                ),
                "en": (
                    "Visitors can watch artisans throwing pots on the wheel, painting cobalt-blue "
                    "designs and preparing a firing, then shape a bowl or a cup themselves in the "
                    "workshop. The center also showcases other Hanoi crafts such as lacquer, "
                    "mother-of-pearl inlay, rattan and bamboo weaving and silk, and has a shop "
                    "selling work straight from the village's workshops."
                ),
            },
            {
                "vi": (
                    "Với trường học và đoàn khách, trung tâm thiết kế chương trình nửa ngày kết "
                    "hợp tham quan bảo tàng, học làm gốm và dạo chợ gốm Bát Tràng. Không gian sảnh "
                    "và sân ngoài trời cũng được cho thuê để tổ chức hội chợ thủ công, trình diễn "
                    "thời trang lấy cảm hứng từ làng nghề và các buổi ra mắt sản phẩm."
                ),
                "en": (
                    "For schools and groups, the center offers half-day programmes combining a "
                    "museum visit, a pottery lesson and a stroll through the Bat Trang ceramics "
                    "market. The hall and outdoor courtyard can also be hired for craft fairs, "
                    "fashion shows inspired by the craft villages and product launches."
                ),
            },
        ],
        "address": {
            "vi": "Xã Bát Tràng, Hà Nội",
            "en": "Bat Trang Commune, Hanoi",
        },
        "ward": 583,
        "district": {"vi": "Gia Lâm", "en": "Gia Lam"},
        "latitude": 20.97650,
        "longitude": 105.91190,
        "hours": [
            [0, "08:00", "17:30"],
            [1, "08:00", "17:30"],
            [2, "08:00", "17:30"],
            [3, "08:00", "17:30"],
            [4, "08:00", "17:30"],
            [5, "08:00", "18:00"],
            [6, "08:00", "18:00"],
        ],
        "sectors": ["handicrafts", "cultural-tourism", "design", "fine-arts"],
        "contacts": [
            {
                "role": {
                    "vi": "Xưởng trải nghiệm và đoàn khách",
                    "en": "Workshops and group visits",
                },
                "name": "Lê Văn Khánh",
                "email": "doankhach@tinhhoalangnghe.example.vn",
                "phone": "0983 215 746",
            },
            {
                "role": {"vi": "Bộ phận thuê không gian", "en": "Space rentals"},
                "name": "Phạm Thị Huyền",
                "email": "thue@tinhhoalangnghe.example.vn",
                "phone": "024 3874 1509",
            },
        ],
        "palette": ["#b5651d", "#2a6f97"],
        "image_alt": {
            "vi": (
                "Cụm tháp tròn xếp tầng như những bàn xoay gốm, mặt ngoài phủ gạch nung màu đất, "
                "nằm bên đê sông Hồng."
            ),
            "en": (
                "A cluster of round, tiered towers like stacked potter's wheels, clad in "
                "earth-coloured fired brick beside the Red River dyke."
            ),
        },
        "page": {
            "slug": {"vi": "trai-nghiem-lam-gom", "en": "pottery-workshops"},
            "title": {"vi": "Xưởng trải nghiệm làm gốm", "en": "Pottery workshops"},
            "intro": {
                "vi": (
                    "Tự tay nặn, vuốt và vẽ men cho sản phẩm gốm của riêng bạn dưới sự hướng dẫn "
                    "của nghệ nhân Bát Tràng."
                ),
                "en": (
                    "Shape, throw and glaze your own piece of pottery under the guidance of Bat "
                    "Trang artisans."
                ),
            },
            "body": [
                {
                    "vi": (
                        "Mỗi buổi trải nghiệm kéo dài khoảng 90 phút, gồm phần làm quen với đất, "
                        "thực hành trên bàn xoay và trang trí sản phẩm. Giá vé từ 100.000 đ mỗi "
                        "người, đã bao gồm đất, dụng cụ và tạp dề; trẻ em dưới 6 tuổi cần có người "
                        "lớn đi kèm. Đoàn từ 20 người trở lên vui lòng đặt lịch trước ít nhất ba "
                        "ngày."
                    ),
                    "en": (
                        "Each session lasts about 90 minutes and covers getting to know the clay, "
                        "practice on the wheel and decorating your piece. Tickets start at 100,000 "
                        "VND per person, including clay, tools and an apron; children under 6 must "
                        "be accompanied by an adult. Groups of 20 or more should book at least "
                        "three days in advance."
                    ),
                },
                {
                    "vi": (
                        "Sản phẩm làm xong cần được phơi khô, tráng men và nung trong lò nên không "
                        "thể mang về ngay trong ngày. Bạn có thể quay lại nhận sau khoảng một tuần "
                        "hoặc đăng ký gửi chuyển phát trong nội thành Hà Nội với một khoản phí "
                        "nhỏ. Nếu chỉ muốn mang về ngay, hãy chọn gói vẽ trang trí trên gốm mộc đã "
                        "nung sẵn."
                    ),
                    "en": (
                        "Finished pieces have to dry, be glazed and go through the kiln, so they "
                        "cannot be taken home the same day. You can come back for yours after "
                        "about a week, or have it delivered within Hanoi for a small fee. If you "
                        "would rather leave with something straight away, choose the option of "
                        "painting on ready-fired bisque ware."
                    ),
                },
            ],
        },
    },
    {
        "slug": "villa-49-tran-hung-dao",
        "title": {"vi": "Biệt thự Pháp 49 Trần Hưng Đạo", "en": "French Villa at 49 Tran Hung Dao"},
        "intro": {
            "vi": (
                "Biệt thự kiến trúc Pháp được tu bổ giữa khu phố Pháp, nay là nơi tổ chức triển "
                "lãm và các tuần lễ thiết kế, trong đó có Lễ hội Thiết kế Sáng tạo Hà Nội."
            ),
            "en": (
                "A restored French colonial villa in the old French quarter, now a venue for "
                "exhibitions and design weeks, including the Hanoi Creative Design Festival."
            ),
        },
        "about": [
            {
                "vi": (
                    "Nằm trên phố Trần Hưng Đạo rợp bóng cây, biệt thự số 49 là một trong những "
                    "công trình kiến trúc Pháp còn giữ được nhiều nét nguyên bản: cầu thang gỗ, "
                    "sàn gạch bông, cửa chớp xanh và những ô cửa sổ cao vút. Sau nhiều năm ít được "
                    "sử dụng, ngôi nhà đã được chỉnh trang để mở cửa đón công chúng như một không "
                    "gian văn hóa sáng tạo giữa trung tâm Thủ đô."
                ),
                "en": (
                    "On tree-lined Tran Hung Dao Street, the villa at number 49 is one of the "
                    "French colonial buildings that still keeps many original features: a wooden "
                    "staircase, patterned cement tiles, green shutters and tall windows. After "
                    "years of little use, the house has been refurbished and opened to the public "
                    "as a creative cultural space in the heart of the capital."
                ),
            },
            {
                "vi": (
                    "Biệt thự là một điểm nhấn của Lễ hội Thiết kế Sáng tạo Hà Nội, khi các căn "
                    "phòng, hành lang và khu vườn được biến thành không gian trưng bày thiết kế, "
                    "thời trang, mỹ thuật và sắp đặt ánh sáng. Ngoài mùa lễ hội, nơi đây đón những "
                    "triển lãm ngắn hạn, buổi ra mắt sản phẩm, chụp ảnh thời trang và tọa đàm về "
                    "bảo tồn di sản kiến trúc đô thị."
                ),
                "en": (
                    "The villa has been a highlight of the Hanoi Creative Design Festival, when "
                    "its rooms, corridors and garden are turned into showcases for design, "
                    "fashion, fine art and light installations. Outside the festival season it "
                    "hosts short exhibitions, product launches, fashion shoots and talks on "
                    "conserving the city's architectural heritage."
                ),
            },
        ],
        "address": {
            "vi": "49 Trần Hưng Đạo, phường Cửa Nam, Hà Nội",
            "en": "49 Tran Hung Dao Street, Cua Nam Ward, Hanoi",
        },
        "ward": 73,
        "district": {"vi": "Hoàn Kiếm", "en": "Hoan Kiem"},
        "latitude": 21.01950,
        "longitude": 105.85410,
        "hours": [
            [1, "09:00", "21:00"],
            [2, "09:00", "21:00"],
            [3, "09:00", "21:00"],
            [4, "09:00", "21:00"],
            [5, "09:00", "21:00"],
            [6, "09:00", "21:00"],
        ],
        "sectors": ["design", "architecture", "fashion", "fine-arts"],
        "contacts": [
            {
                "role": {"vi": "Sự kiện và thuê không gian", "en": "Events and venue hire"},
                "name": "Vũ Ngọc Mai",
                "email": "sukien@bietthu49.example.vn",
                "phone": "024 3934 7218",
            },
        ],
        "palette": ["#e9c46a", "#386641"],
        "image_alt": {
            "vi": (
                "Biệt thự hai tầng tường vàng, cửa chớp xanh lá và mái ngói đỏ, thấp thoáng sau "
                "hàng cây trên phố Trần Hưng Đạo."
            ),
            "en": (
                "A two-storey yellow villa with green shutters and a red tiled roof, half hidden "
                "behind the trees of Tran Hung Dao Street."
            ),
        },
        "page": {
            "slug": {"vi": "ve-ngoi-biet-thu", "en": "about-the-villa"},
            "title": {"vi": "Về ngôi biệt thự", "en": "About the villa"},
            "intro": {
                "vi": (
                    "Câu chuyện của một ngôi nhà Pháp cổ và cách chúng tôi gìn giữ nó khi đón các "
                    "sự kiện sáng tạo."
                ),
                "en": (
                    "The story of an old French house and how we look after it while hosting "
                    "creative events."
                ),
            },
            "body": [
                {
                    "vi": (
                        "Ngôi biệt thự mang phong cách kiến trúc Pháp điển hình ở Hà Nội: tường "
                        "dày, trần cao, hiên rộng và khu vườn nhỏ phía trước. Việc tu bổ ưu tiên "
                        "giữ lại vật liệu gốc, từ sàn gạch bông, lan can sắt đến khung cửa gỗ; "
                        "những hạng mục mới như hệ thống điện, chiếu sáng và phòng cháy được lắp "
                        "đặt kín đáo để không làm thay đổi diện mạo công trình."
                    ),
                    "en": (
                        "The villa shows the typical features of French architecture in Hanoi: "
                        "thick walls, high ceilings, wide verandas and a small front garden. The "
                        "restoration put the original materials first, from the patterned tiles "
                        "and iron railings to the wooden door frames; new services such as wiring, "
                        "lighting and fire protection were installed discreetly so as not to "
                        "change the building's appearance."
                    ),
                },
                {
                    "vi": (
                        "Để bảo vệ di sản, đơn vị tổ chức sự kiện không được khoan, đóng đinh hay "
                        "dán băng keo lên tường và sàn; mọi tác phẩm treo phải dùng hệ ray có sẵn. "
                        "Sức chứa tối đa của tầng trệt và khu vườn là 150 khách cùng lúc, tầng "
                        "trên là 60 khách. Vui lòng liên hệ trước để được hướng dẫn khảo sát mặt "
                        "bằng."
                    ),
                    "en": (
                        "To protect the heritage building, event organisers may not drill, nail or "
                        "tape anything to the walls and floors; all hanging must use the existing "
                        "rail system. The ground floor and garden hold up to 150 guests at a time, "
                        "and the upper floor 60. Please get in touch in advance to arrange a site "
                        "visit."
                    ),
                },
            ],
        },
    },
    {
        "slug": "hang-buom-22",
        "title": {
            "vi": "Trung tâm Văn hóa Nghệ thuật 22 Hàng Buồm",
            "en": "Cultural and Art Center at 22 Hang Buom",
        },
        "intro": {
            "vi": (
                "Công trình hội quán cổ giữa phố cổ Hà Nội, nơi vang lên tiếng hát ca trù, xẩm và "
                "những chương trình nghệ thuật dân gian mỗi dịp cuối tuần."
            ),
            "en": (
                "An old assembly hall in Hanoi's Old Quarter, where ca tru and xam singing and "
                "folk art programmes fill the weekends."
            ),
        },
        "about": [
            {
                "vi": (
                    "Trung tâm Văn hóa Nghệ thuật 22 Hàng Buồm nằm trong một công trình kiến trúc "
                    "cổ từng là hội quán của cộng đồng người Hoa, với cổng vòm, sân trong lát gạch "
                    "và những vì kèo gỗ chạm trổ công phu. Sau khi được tu bổ, công trình trở "
                    "thành điểm đến văn hóa của khu phố cổ, vừa giữ được vẻ cổ kính, vừa đủ tiện "
                    "nghi cho biểu diễn và trưng bày."
                ),
                "en": (
                    "The Cultural and Art Center at 22 Hang Buom occupies a historic building that "
                    "was once an assembly hall of the Chinese community, with an arched gateway, a "
                    "brick-paved courtyard and finely carved wooden roof trusses. Since its "
                    "restoration it has become a cultural destination in the Old Quarter, keeping "
                    "its old-world character while offering what performances and exhibitions "
                    "need."
                ),
            },
            {
                "vi": (
                    "Vào các tối cuối tuần, khán giả có thể nghe ca trù với tiếng phách, tiếng đàn "
                    "đáy quen thuộc, thưởng thức những làn điệu xẩm chợ, hát văn hay chèo do nghệ "
                    "nhân và các nhóm nghệ sĩ trẻ trình diễn. Trung tâm cũng thường xuyên tổ chức "
                    "triển lãm tranh dân gian Đông Hồ, Hàng Trống, đồ chơi Trung thu và các lớp "
                    "trải nghiệm nghề thủ công cho trẻ em, du khách."
                ),
                "en": (
                    "On weekend evenings, audiences can hear ca tru with its familiar clapper and "
                    "dan day lute, and enjoy xam market songs, chau van and cheo performed by "
                    "master artists and young ensembles. The center also regularly holds "
                    "exhibitions of Dong Ho and Hang Trong folk paintings and Mid-Autumn toys, as "
                    "well as hands-on craft classes for children and visitors."
                ),
            },
            {
                "vi": (
                    "Nằm trong không gian phố đi bộ quanh hồ Hoàn Kiếm, trung tâm đông khách nhất "
                    "vào các tối từ Thứ Sáu đến Chủ nhật, khi phố cổ hạn chế xe cộ và trở thành "
                    "một lễ hội đường phố thu nhỏ. Đây là điểm dừng chân lý tưởng để hiểu thêm về "
                    "đời sống văn hóa của người Hà Nội xưa và nay."
                ),
                "en": (
                    "Being part of the pedestrian zone around Hoan Kiem Lake, the center is "
                    "busiest from Friday to Sunday evenings, when traffic is restricted in the Old "
                    "Quarter and the streets become a small festival. It is an ideal stop for "
                    "learning more about the cultural life of Hanoi's people, past and present."
                ),
            },
        ],
        "address": {
            "vi": "22 Hàng Buồm, phường Hoàn Kiếm, Hà Nội",
            "en": "22 Hang Buom Street, Hoan Kiem Ward, Hanoi",
        },
        "ward": 70,
        "district": {"vi": "Hoàn Kiếm", "en": "Hoan Kiem"},
        "latitude": 21.03695,
        "longitude": 105.85135,
        "hours": [
            [0, "08:30", "18:00"],
            [1, "08:30", "18:00"],
            [2, "08:30", "18:00"],
            [3, "08:30", "18:00"],
            [4, "08:30", "22:00"],
            [5, "08:30", "22:00"],
            [6, "08:30", "22:00"],
        ],
        "sectors": ["performing-arts", "handicrafts", "cultural-tourism", "fine-arts"],
        "contacts": [
            {
                "role": {"vi": "Chương trình biểu diễn", "en": "Performance programme"},
                "name": "Hoàng Thị Thu",
                "email": "bieudien@22hangbuom.example.vn",
                "phone": "024 3828 5417",
            },
            {
                "role": {"vi": "Triển lãm và lớp học", "en": "Exhibitions and classes"},
                "name": "Đỗ Quang Minh",
                "email": "trienlam@22hangbuom.example.vn",
                "phone": "0904 372 918",
            },
        ],
        "palette": ["#9b2226", "#ee9b00"],
        "image_alt": {
            "vi": (
                "Cổng vòm cổ sơn vàng nhạt mở ra phố Hàng Buồm, phía trong là sân lát gạch và dãy "
                "đèn lồng đỏ."
            ),
            "en": (
                "An old pale-yellow arched gateway opening onto Hang Buom Street, with a "
                "brick-paved courtyard and a row of red lanterns inside."
            ),
        },
        "page": {
            "slug": {"vi": "dem-ca-tru-va-xam", "en": "ca-tru-and-xam-nights"},
            "title": {"vi": "Đêm ca trù và xẩm cuối tuần", "en": "Weekend ca tru and xam nights"},
            "intro": {
                "vi": (
                    "Lịch biểu diễn, giá vé và đôi điều nên biết để thưởng thức trọn vẹn âm nhạc "
                    "truyền thống giữa phố cổ."
                ),
                "en": (
                    "Performance times, tickets and a few tips for fully enjoying traditional "
                    "music in the Old Quarter."
                ),
            },
            "body": [
                {
                    "vi": (
                        "Đêm ca trù diễn ra lúc 20 giờ tối Thứ Sáu và Thứ Bảy, còn chương trình "
                        "xẩm cùng các làn điệu dân ca bắt đầu lúc 19 giờ 30 tối Chủ nhật. Mỗi buổi "
                        "kéo dài khoảng 60 phút, có phần giới thiệu song ngữ về lịch sử, nhạc cụ "
                        "và ý nghĩa lời ca. Giá vé 150.000 đ, học sinh, sinh viên được giảm một "
                        "nửa."
                    ),
                    "en": (
                        "Ca tru nights start at 8 p.m. on Friday and Saturday, while the xam and "
                        "folk song programme begins at 7.30 p.m. on Sunday. Each show lasts about "
                        "60 minutes and includes a bilingual introduction to the history, the "
                        "instruments and the meaning of the lyrics. Tickets cost 150,000 VND, with "
                        "half price for students."
                    ),
                },
                {
                    "vi": (
                        "Sân khấu nhỏ và gần gũi, chỉ khoảng 80 chỗ ngồi, vì vậy bạn nên đặt vé "
                        "trước vào cuối tuần và có mặt sớm mười lăm phút. Trong khi nghệ nhân biểu "
                        "diễn, xin giữ yên lặng, tắt chuông điện thoại và không dùng đèn flash. "
                        "Sau buổi diễn, khán giả có thể trò chuyện cùng nghệ nhân và thử gõ phách."
                    ),
                    "en": (
                        "The stage is small and intimate, with only about 80 seats, so it is best "
                        "to book ahead at weekends and arrive fifteen minutes early. While the "
                        "artists perform, please stay quiet, silence your phone and do not use "
                        "flash. After the show, audience members can talk with the performers and "
                        "try their hand at the clapper."
                    ),
                },
            ],
        },
    },
]
