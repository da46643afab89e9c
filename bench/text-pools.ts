/**
 * Vietnamese text pools for the benchmark corpus generator.
 *
 * Sentences are templates: `{slot}` placeholders are filled by the generator
 * with names, dates and numbers (see `SlotName`). The wording follows real
 * provincial portal news (shared/research/real-articles-patterns.md §3–§7).
 */

/** Placeholders a template may use; the generator fills each one. */
export type SlotName =
  | 'province'
  | 'year'
  | 'schoolYear'
  | 'period'
  | 'date'
  | 'district'
  | 'unit'
  | 'mainUnit'
  | 'noun'
  | 'Noun'
  | 'official'
  | 'amount'
  | 'percent'
  | 'smallPercent'
  | 'count'
  | 'smallCount'
  | 'decimal'
  | 'docNumber';

/** An event a release reports on; `noun` is how the body refers back to it. */
export interface EventKind {
  name: string;
  noun: string;
}

/** One subject area: who issues such releases and what they say. */
export interface Topic {
  unit: string;
  category: string;
  events: readonly EventKind[];
  sentences: readonly string[];
  captions: readonly string[];
  sectionHeadings: readonly string[];
  imageSlug: string;
}

export const PROVINCES: readonly { name: string; portalHost: string }[] = [
  { name: 'Đồng Tháp', portalHost: 'dongthap.gov.vn' },
  { name: 'Quảng Nam', portalHost: 'quangnam.gov.vn' },
  { name: 'Lạng Sơn', portalHost: 'langson.gov.vn' },
  { name: 'Bắc Ninh', portalHost: 'bacninh.gov.vn' },
  { name: 'Nghệ An', portalHost: 'nghean.gov.vn' },
  { name: 'Hà Tĩnh', portalHost: 'hatinh.gov.vn' },
  { name: 'Kiên Giang', portalHost: 'kiengiang.gov.vn' },
  { name: 'Gia Lai', portalHost: 'gialai.gov.vn' },
  { name: 'Tây Ninh', portalHost: 'tayninh.gov.vn' },
  { name: 'Bình Định', portalHost: 'binhdinh.gov.vn' },
  { name: 'Thái Nguyên', portalHost: 'thainguyen.gov.vn' },
  { name: 'Vĩnh Long', portalHost: 'vinhlong.gov.vn' },
];

export const DISTRICTS: readonly string[] = [
  'Cao Lãnh', 'Tân Hồng', 'Lai Vung', 'Châu Thành', 'Tam Nông', 'Thanh Bình',
  'Hồng Ngự', 'Phú Tân', 'Tân Phước', 'Hòa Bình', 'Đức Phổ', 'Yên Thành',
];

export const UNITS: readonly string[] = [
  'Sở Thông tin và Truyền thông', 'Sở Nội vụ', 'Sở Nông nghiệp và Phát triển nông thôn',
  'Sở Giáo dục và Đào tạo', 'Sở Kế hoạch và Đầu tư', 'Sở Tài chính', 'Sở Ngoại vụ',
  'Sở Văn hóa, Thể thao và Du lịch', 'Sở Khoa học và Công nghệ', 'Sở Y tế',
  'Sở Tư pháp', 'Sở Công Thương',
];

export const FAMILY_NAMES: readonly string[] = [
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng',
  'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Đoàn', 'Trịnh',
];
export const MALE_MIDDLE_NAMES: readonly string[] = ['Văn', 'Minh', 'Thanh', 'Đức', 'Quốc', 'Hữu', 'Hoàng', 'Công'];
export const FEMALE_MIDDLE_NAMES: readonly string[] = ['Thị', 'Ngọc', 'Thu', 'Thanh', 'Kim', 'Bích', 'Mỹ'];
export const MALE_GIVEN_NAMES: readonly string[] = [
  'An', 'Bình', 'Dũng', 'Hải', 'Hưng', 'Long', 'Nam', 'Quang', 'Sơn', 'Trung', 'Tuấn', 'Thức', 'Châu', 'Vinh',
];
export const FEMALE_GIVEN_NAMES: readonly string[] = [
  'Hà', 'Hằng', 'Lan', 'Linh', 'Mai', 'Phương', 'Tâm', 'Thảo', 'Vân', 'Yến', 'Hường', 'Liên',
];

/** Bylines are pen names: two syllables, no family name ("Bích Ngọc"). */
export const PEN_NAMES: readonly string[] = [
  'Bích Ngọc', 'Khánh Linh', 'Minh Thư', 'Thanh Tùng', 'Kim Liên', 'Ngọc Thành',
  'Đắc Nhân', 'Tường Vân', 'Nhật Quang', 'Hoài Thương', 'Duy Khang', 'Phương Thảo',
];

/** Titles of officials; `{unit}` is a Sở picked for each person. */
export const OFFICIAL_TITLES: readonly string[] = [
  'Giám đốc {unit}',
  'Phó Giám đốc {unit}',
  'Phó Chủ tịch UBND tỉnh',
  'Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực UBND tỉnh',
  'Phó Chủ tịch HĐND tỉnh',
  'Chánh Văn phòng UBND tỉnh',
  'Tỉnh ủy viên, Bí thư Huyện ủy {district}',
  'Chủ tịch UBND huyện {district}',
];

/** Groups that close a participants list ("cùng đại diện …"). */
export const PARTICIPANT_GROUPS: readonly string[] = [
  'lãnh đạo các sở, ban, ngành tỉnh và UBND các huyện, thành phố',
  'các phòng chuyên môn, đơn vị trực thuộc {mainUnit}',
  'Viettel {province}, VNPT {province} và Bưu điện tỉnh',
  'các hợp tác xã, doanh nghiệp và nông dân tiêu biểu trên địa bàn tỉnh',
  'Ban Giám hiệu các trường trung học phổ thông trên địa bàn tỉnh',
];

export const VENUES: readonly string[] = [
  'hội trường UBND tỉnh',
  'Trung tâm Hội nghị tỉnh',
  'hội trường Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh',
  'trụ sở {mainUnit}',
  'hội trường UBND huyện {district}',
];

/** Second lead sentences: why the event was held. */
export const LEAD_PURPOSES: readonly string[] = [
  '{Noun} nhằm đánh giá kết quả thực hiện nhiệm vụ năm {year} và triển khai phương hướng thời gian tới.',
  '{Noun} là dịp để các cơ quan, đơn vị trao đổi kinh nghiệm, tháo gỡ khó khăn, vướng mắc trong quá trình thực hiện.',
  'Đây là hoạt động thiết thực nhằm cụ thể hóa Kế hoạch số {docNumber}/KH-UBND của UBND tỉnh.',
];

/** Sentences that close the last paragraph, before the end mark. */
export const CLOSING_SENTENCES: readonly string[] = [
  'Kết thúc {noun}, {mainUnit} đề nghị các đơn vị tiếp tục phối hợp chặt chẽ, triển khai hiệu quả các nhiệm vụ đã đề ra trong thời gian tới.',
  'Cuối chương trình, đại diện {mainUnit} trao đổi, giải đáp các ý kiến của đại biểu về định hướng của tỉnh trong thời gian tới.',
  'Dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho {smallCount} tập thể và {smallCount} cá nhân có thành tích xuất sắc.',
  '{Noun} kết thúc trong không khí phấn khởi, đoàn kết, thống nhất cao.',
];

/** Sentences any release may contain, whatever its topic. */
export const GENERAL_SENTENCES: readonly string[] = [
  'Tại {noun}, các đại biểu đã tập trung thảo luận, làm rõ những khó khăn, vướng mắc và đề xuất giải pháp tháo gỡ.',
  'Phát biểu chỉ đạo, đồng chí {official} đánh giá cao sự nỗ lực của các đơn vị trong thời gian qua.',
  'Theo báo cáo của {unit}, trong năm {year} toàn tỉnh đã giải ngân {amount} vốn đầu tư công, đạt {percent} kế hoạch.',
  'Bên cạnh kết quả đạt được, công tác phối hợp giữa một số sở, ngành và địa phương vẫn còn chậm, chưa đồng bộ.',
  'Đồng chí {official} yêu cầu các đơn vị rà soát, bổ sung kế hoạch và báo cáo kết quả về UBND tỉnh trước ngày {date}.',
  'Các ý kiến tại {noun} được {mainUnit} tiếp thu, tổng hợp để tham mưu UBND tỉnh chỉ đạo trong thời gian tới.',
];

const ADMINISTRATION: Topic = {
  unit: 'Sở Nội vụ',
  category: 'Cải cách hành chính',
  events: [
    { name: 'Hội nghị tổng kết công tác cải cách hành chính năm {year}', noun: 'hội nghị' },
    { name: 'Lễ công bố Quyết định thành lập Trung tâm Phục vụ hành chính công tỉnh', noun: 'buổi lễ' },
    { name: 'lớp tập huấn nghiệp vụ công tác văn thư, lưu trữ năm {year}', noun: 'lớp tập huấn' },
    { name: 'Hội nghị triển khai sắp xếp đơn vị hành chính cấp xã giai đoạn {period}', noun: 'hội nghị' },
  ],
  sentences: [
    'Năm {year}, tỉnh {province} tiếp tục đẩy mạnh cải cách hành chính, lấy người dân, doanh nghiệp làm trung tâm phục vụ.',
    'Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS) của tỉnh đạt {percent}, tăng {smallPercent} so với năm trước.',
    'Theo Quyết định số {docNumber}/QĐ-UBND ngày {date}, UBND tỉnh đã công bố {count} thủ tục hành chính được chuẩn hóa trên Cổng Dịch vụ công quốc gia.',
    'Toàn tỉnh hiện có {count} cán bộ, công chức, viên chức, trong đó {percent} có trình độ đại học trở lên.',
    'Sở Nội vụ đã tham mưu UBND tỉnh ban hành {smallCount} văn bản chỉ đạo về tổ chức bộ máy, biên chế và chính sách tiền lương.',
    'Việc sắp xếp đơn vị hành chính cấp xã giai đoạn {period} được thực hiện đúng quy trình, bảo đảm ổn định đời sống của Nhân dân.',
    'Đến ngày {date}, Trung tâm Phục vụ hành chính công tỉnh đã tiếp nhận {count} hồ sơ, tỷ lệ giải quyết đúng hạn đạt {percent}.',
    'Đồng chí {official} đề nghị các sở, ban, ngành và UBND cấp huyện siết chặt kỷ luật, kỷ cương hành chính, xử lý nghiêm các trường hợp gây phiền hà cho người dân.',
    'Công tác thanh tra công vụ được tăng cường với {smallCount} cuộc kiểm tra đột xuất tại các cơ quan, đơn vị trên địa bàn tỉnh.',
    'HĐND tỉnh đã thông qua Nghị quyết số {docNumber}/NQ-HĐND về chính sách thu hút nguồn nhân lực chất lượng cao với tổng kinh phí {amount}.',
    'Tỉnh ủy chỉ đạo các cấp ủy, chính quyền tăng cường đối thoại với Nhân dân, kịp thời tháo gỡ khó khăn phát sinh tại cơ sở.',
    'Năm qua, Chủ tịch UBND tỉnh đã tặng Bằng khen cho {smallCount} tập thể và {count} cá nhân có thành tích xuất sắc trong công tác thi đua, khen thưởng.',
  ],
  captions: [
    'Quang cảnh {noun}',
    'Đồng chí {official} phát biểu chỉ đạo tại {noun}',
    'Lãnh đạo UBND tỉnh trao Quyết định cho các đơn vị',
    'Người dân làm thủ tục tại Trung tâm Phục vụ hành chính công tỉnh',
  ],
  sectionHeadings: [
    'Kết quả thực hiện nhiệm vụ cải cách hành chính',
    'Tổ chức bộ máy và quản lý biên chế',
    'Công tác thi đua, khen thưởng',
    'Nhiệm vụ trọng tâm năm {year}',
  ],
  imageSlug: 'cai-cach-hanh-chinh',
};

const DIGITAL_TRANSFORMATION: Topic = {
  unit: 'Sở Thông tin và Truyền thông',
  category: 'Chuyển đổi số',
  events: [
    { name: 'Hội nghị triển khai nhiệm vụ chuyển đổi số năm {year}', noun: 'hội nghị' },
    { name: 'Lễ ký kết Chương trình phối hợp thúc đẩy chuyển đổi số giai đoạn {period}', noun: 'buổi lễ' },
    { name: 'Hội thảo ứng dụng nền tảng số trong quản lý nhà nước', noun: 'hội thảo' },
    { name: 'lớp tập huấn kỹ năng số cho thành viên Tổ công nghệ số cộng đồng', noun: 'lớp tập huấn' },
  ],
  sentences: [
    'Đến nay, {percent} hồ sơ công việc tại cấp tỉnh được xử lý trên môi trường mạng, trừ hồ sơ thuộc phạm vi bí mật nhà nước.',
    'Tỉnh đã thành lập {count} Tổ công nghệ số cộng đồng tại các ấp, khóm với hơn {count} thành viên tham gia.',
    'Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh đã kết nối với Cơ sở dữ liệu quốc gia về dân cư, phục vụ xác thực {count} lượt hồ sơ.',
    'Trong năm {year}, tổng kinh phí đầu tư cho hạ tầng số và các nền tảng dùng chung của tỉnh đạt {amount}.',
    'Sở Thông tin và Truyền thông phối hợp với Viettel {province}, VNPT {province} hỗ trợ người dân kích hoạt tài khoản định danh điện tử mức độ 2.',
    'Tỷ lệ dịch vụ công trực tuyến toàn trình đạt {percent}, vượt chỉ tiêu Kế hoạch số {docNumber}/KH-UBND đề ra.',
    'Trung tâm Giám sát, điều hành đô thị thông minh (IOC) của tỉnh đã tích hợp dữ liệu từ {smallCount} hệ thống thông tin chuyên ngành.',
    'Chuyển đổi số được xác định là nhiệm vụ trọng tâm, xuyên suốt, gắn với cải cách hành chính và xây dựng chính quyền số.',
    'Các doanh nghiệp công nghệ số trên địa bàn tỉnh đạt tổng doanh thu {amount}, tăng {smallPercent} so với cùng kỳ.',
    'Ngày {date}, UBND tỉnh ban hành Quyết định số {docNumber}/QĐ-UBND về danh mục cơ sở dữ liệu dùng chung của tỉnh.',
    'Công tác bảo đảm an toàn thông tin mạng được chú trọng; hệ thống đã ngăn chặn {count} lượt tấn công, dò quét trong năm.',
    'Hơn {count} hộ kinh doanh, hợp tác xã đã đưa sản phẩm lên các sàn thương mại điện tử Voso, Postmart.',
  ],
  captions: [
    'Quang cảnh {noun}',
    'Đồng chí {official} phát biểu tại {noun}',
    'Trao Quyết định thành lập cho thành viên Tổ công nghệ số cộng đồng',
    'Đoàn viên thanh niên hướng dẫn người dân cài đặt ứng dụng VNeID',
  ],
  sectionHeadings: [
    'Phát triển chính quyền số',
    'Phát triển kinh tế số và xã hội số',
    'Hạ tầng số và an toàn thông tin mạng',
    'Nhiệm vụ, giải pháp giai đoạn {period}',
  ],
  imageSlug: 'chuyen-doi-so',
};

const AGRICULTURE: Topic = {
  unit: 'Sở Nông nghiệp và Phát triển nông thôn',
  category: 'Nông nghiệp',
  events: [
    { name: 'Hội nghị sơ kết sản xuất vụ Đông Xuân và triển khai kế hoạch vụ Hè Thu năm {year}', noun: 'hội nghị' },
    { name: 'Hội thảo liên kết tiêu thụ nông sản theo chuỗi giá trị', noun: 'hội thảo' },
    { name: 'Lễ công bố sản phẩm đạt chuẩn OCOP năm {year}', noun: 'buổi lễ' },
    { name: 'buổi làm việc về tiến độ xây dựng nông thôn mới tại huyện {district}', noun: 'buổi làm việc' },
  ],
  sentences: [
    'Tổng diện tích gieo trồng lúa vụ Đông Xuân năm {year} đạt {count} ha, năng suất bình quân {decimal} tấn/ha.',
    'Giá trị sản xuất nông nghiệp, lâm nghiệp và thủy sản ước đạt {amount}, tăng {smallPercent} so với cùng kỳ.',
    'Toàn tỉnh có {smallCount} xã đạt chuẩn nông thôn mới nâng cao và {smallCount} xã đạt chuẩn nông thôn mới kiểu mẫu.',
    'Chương trình Mỗi xã một sản phẩm (OCOP) đã công nhận {count} sản phẩm đạt từ 3 sao trở lên.',
    'Sở Nông nghiệp và Phát triển nông thôn khuyến cáo nông dân xuống giống tập trung, đồng loạt, né rầy theo lịch thời vụ.',
    'Diện tích sản xuất theo tiêu chuẩn VietGAP đạt {count} ha, góp phần nâng cao giá trị nông sản xuất khẩu.',
    'Ngành nông nghiệp đã cấp {count} mã số vùng trồng phục vụ xuất khẩu sang Trung Quốc, Hàn Quốc và Liên minh châu Âu.',
    'UBND huyện {district} hỗ trợ {amount} cho các hợp tác xã đầu tư máy sấy, kho lạnh và hệ thống tưới tiết kiệm nước.',
    'Công tác phòng, chống dịch bệnh trên đàn gia súc, gia cầm được triển khai quyết liệt; tỷ lệ tiêm phòng đạt {percent}.',
    'Sản lượng thủy sản nuôi trồng ước đạt {count} tấn, trong đó cá tra chiếm {percent}.',
    'Nhờ cơ giới hóa đồng bộ, chi phí sản xuất giảm khoảng {smallCount} triệu đồng/ha, lợi nhuận của nông dân tăng rõ rệt.',
    'Các địa phương đã nạo vét {count} km kênh mương nội đồng, bảo đảm nước tưới cho vụ Hè Thu.',
  ],
  captions: [
    'Quang cảnh {noun}',
    'Các đại biểu tham quan mô hình sản xuất lúa chất lượng cao',
    'Đồng chí {official} trao Giấy chứng nhận sản phẩm OCOP cho các chủ thể',
    'Nông dân thu hoạch lúa Đông Xuân bằng máy gặt đập liên hợp',
  ],
  sectionHeadings: [
    'Tình hình sản xuất nông nghiệp',
    'Xây dựng nông thôn mới',
    'Chương trình Mỗi xã một sản phẩm',
    'Phòng, chống thiên tai và dịch bệnh',
  ],
  imageSlug: 'nong-nghiep',
};

const EDUCATION: Topic = {
  unit: 'Sở Giáo dục và Đào tạo',
  category: 'Giáo dục',
  events: [
    { name: 'Hội nghị tổng kết năm học {schoolYear}', noun: 'hội nghị' },
    { name: 'Lễ tuyên dương học sinh đạt giải kỳ thi chọn học sinh giỏi quốc gia', noun: 'buổi lễ' },
    { name: 'lớp bồi dưỡng giáo viên thực hiện Chương trình giáo dục phổ thông 2018', noun: 'lớp bồi dưỡng' },
    { name: 'buổi làm việc về công tác chuẩn bị kỳ thi tốt nghiệp trung học phổ thông năm {year}', noun: 'buổi làm việc' },
  ],
  sentences: [
    'Năm học {schoolYear}, toàn tỉnh có {count} học sinh ở các cấp học, tăng {count} em so với năm học trước.',
    'Tỷ lệ học sinh tốt nghiệp trung học phổ thông (THPT) đạt {percent}, cao hơn mức bình quân chung cả nước.',
    'Sở Giáo dục và Đào tạo đã tổ chức tập huấn cho {count} giáo viên về Chương trình giáo dục phổ thông 2018.',
    'Toàn tỉnh có {count} trường đạt chuẩn quốc gia, chiếm {percent} tổng số trường học.',
    'Kinh phí đầu tư xây dựng, sửa chữa phòng học và mua sắm thiết bị dạy học năm {year} là {amount}.',
    'Học sinh của tỉnh đạt {smallCount} giải tại Kỳ thi chọn học sinh giỏi quốc gia, trong đó có {smallCount} giải Nhì.',
    'Ngành giáo dục triển khai học bạ số và thanh toán học phí không dùng tiền mặt tại {percent} trường học.',
    'Công tác phổ cập giáo dục mầm non cho trẻ em 5 tuổi và xóa mù chữ tiếp tục được duy trì vững chắc.',
    'Tỉnh đã tuyển dụng bổ sung {count} giáo viên, từng bước khắc phục tình trạng thiếu giáo viên ở vùng sâu, vùng xa.',
    'Các trường học phối hợp với Công an tỉnh tuyên truyền phòng, chống bạo lực học đường và bảo đảm an toàn giao thông cho học sinh.',
    'Quỹ Khuyến học tỉnh đã trao {count} suất học bổng cho học sinh, sinh viên có hoàn cảnh khó khăn với tổng trị giá {amount}.',
    'Phát biểu tại {noun}, đồng chí {official} ghi nhận những kết quả ngành giáo dục đạt được trong năm học vừa qua.',
  ],
  captions: [
    'Quang cảnh {noun}',
    'Đồng chí {official} trao Bằng khen cho các học sinh đạt giải',
    'Giáo viên tham gia lớp bồi dưỡng chuyên môn',
    'Học sinh Trường THPT chuyên của tỉnh trong giờ thực hành',
  ],
  sectionHeadings: [
    'Quy mô trường, lớp và đội ngũ',
    'Chất lượng giáo dục toàn diện',
    'Cơ sở vật chất và chuyển đổi số trong giáo dục',
    'Nhiệm vụ năm học mới',
  ],
  imageSlug: 'giao-duc',
};

export const TOPICS: readonly Topic[] = [ADMINISTRATION, DIGITAL_TRANSFORMATION, AGRICULTURE, EDUCATION];
