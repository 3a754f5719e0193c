// Name tables for demo persons.
//
// Family-name weights (per 10,000) follow the commonly cited national shares:
// Nguyễn ~38%, Trần 11%, Lê 9.5%, Phạm 7.1%, Hoàng/Huỳnh 5.1%, Phan 4.5%,
// Vũ/Võ 3.9%, Đặng 2.1%, Bùi 2%, Đỗ 1.4%, Hồ 1.3%, Ngô 1.3%, Dương 1%, Lý
// 0.5%; the remaining 11.3% is spread over other real family names.
//
// Given names: the most frequent final syllables of boy.txt and girl.txt in
// github.com/duyet/vietnamese-namedb (MIT License, Copyright (c) 2016
// Van-Duyet Le), normalized to NFC with Ð (U+00D0) corrected to Đ (U+0110),
// ordered from most to least frequent, lightly curated (a few very rare or
// cross-gender entries dropped, a few common rural names added).
#include "demo/names.hpp"

#include <array>
#include <span>

namespace frontline::demo {
namespace {

struct Weighted {
  const char* text;
  int weight;
};

constexpr std::array kFamily = std::to_array<Weighted>({
    {"Nguyễn", 3800}, {"Trần", 1100}, {"Lê", 950}, {"Phạm", 710}, {"Hoàng", 260}, {"Huỳnh", 250},
    {"Phan", 450},    {"Vũ", 200},    {"Võ", 190}, {"Đặng", 210}, {"Bùi", 200},   {"Đỗ", 140},
    {"Hồ", 130},      {"Ngô", 130},   {"Dương", 100}, {"Lý", 50},
    // Remainder, 1,130 in all.
    {"Đào", 65},  {"Đoàn", 65}, {"Trịnh", 75}, {"Trương", 75}, {"Đinh", 75}, {"Vương", 50}, {"Lâm", 50},
    {"Mai", 50},  {"Lương", 50}, {"Cao", 50},  {"Hà", 50},     {"Phùng", 40}, {"Tô", 40},    {"Tạ", 40},
    {"Lưu", 40},  {"Nông", 40}, {"Chu", 30},   {"Châu", 30},   {"Quách", 25}, {"Kiều", 25},  {"Thái", 25},
    {"Triệu", 25}, {"La", 20},  {"Hứa", 20},   {"Tăng", 20},   {"Lục", 15},   {"Mạc", 15},   {"Diệp", 15},
    {"Văn", 10},
});

// Northern highland peoples (H'Mông, Thái, Dao, Tày): family names and given names.
constexpr std::array kHighlandFamily = std::to_array<const char*>({
    "Giàng", "Sùng", "Vàng", "Thào", "Lò", "Mùa", "Hờ", "Lầu", "Vừ", "Cứ", "Tẩn", "Bàn", "Quàng", "Cầm", "Lý",
});
constexpr std::array kHighlandGivenFemale = std::to_array<const char*>({
    "Mỷ", "Dợ", "Sua", "Máy", "Chua", "Pà", "Ly", "Dính", "Mai", "Súa", "Sinh", "Xá", "Say", "Lan",
});
constexpr std::array kHighlandGivenMale = std::to_array<const char*>({
    "Páo", "Sình", "Chứ", "Lử", "Dế", "Chá", "Sử", "Pó", "Chư", "Tủa", "Dìn", "Vảng", "Khoa", "Thắng",
});

constexpr std::array kMiddleFemale = std::to_array<Weighted>({
    {"Ngọc", 8}, {"Thanh", 6}, {"Thu", 5}, {"Kim", 5},  {"Hồng", 4}, {"Phương", 4}, {"Minh", 3},
    {"Mỹ", 3},   {"Thùy", 3},  {"Khánh", 3}, {"Bảo", 3}, {"Quỳnh", 3}, {"Mai", 3},  {"Xuân", 3},
    {"Bích", 2}, {"Diễm", 2},  {"Hải", 2},  {"Tuyết", 2}, {"Như", 2},  {"Thúy", 2},  {"Hoài", 2},
});
constexpr std::array kMiddleMale = std::to_array<Weighted>({
    {"Minh", 7}, {"Đức", 7},  {"Hữu", 6},  {"Quốc", 5}, {"Quang", 5}, {"Thanh", 4}, {"Công", 4},
    {"Đình", 4}, {"Việt", 4}, {"Duy", 4},  {"Xuân", 3}, {"Ngọc", 3},  {"Tuấn", 3},  {"Hoàng", 3},
    {"Trọng", 3}, {"Gia", 3}, {"Thành", 3}, {"Bảo", 3}, {"Anh", 3},   {"Hải", 3},   {"Nhật", 3},
});

constexpr std::array kGivenMale = std::to_array<const char*>({
    "Minh",  "Sơn",   "Dũng",  "Anh",   "Long",  "Hải",   "Hòa",   "Thành", "Giang", "Phong", "Nhân",  "Bình",
    "Thiện", "Hoàng", "Việt",  "Hùng",  "Nam",   "Nguyên", "Đức",  "Cường", "Khang", "Tuấn",  "Vũ",    "An",
    "Thắng", "Lâm",   "Trung", "Tường", "Quân",  "Huy",   "Khánh", "Dương", "Duy",   "Thịnh", "Quang", "Thông",
    "Thái",  "Bảo",   "Toàn",  "Hưng",  "Ân",    "Vinh",  "Tâm",   "Lộc",   "Đạt",   "Sinh",  "Hiếu",  "Hiệp",
    "Khôi",  "Tài",   "Thọ",   "Khiêm", "Kiên",  "Khải",  "Khoa",  "Quốc",  "Tú",    "Thuận", "Tiến",  "Thanh",
    "Phúc",  "Trí",   "Cảnh",  "Ninh",  "Tùng",  "Phước", "Bằng",  "Hào",   "Lực",   "Phú",   "Quyền", "Tân",
    "Kiệt",  "Nghĩa", "Phát",  "Châu",  "Cương", "Trường", "Kỳ",   "Định",  "Thạch", "Nghị",  "Trọng", "Chính",
    "Mạnh",  "Phi",   "Lân",   "Nhật",  "Triệu", "Danh",  "Hiển",  "Tín",   "Dân",   "Nghiệp", "Công", "Hậu",
    "Khương", "Sang", "Toản",  "Huấn",  "Thiên", "Đăng",  "Liêm",  "Xuân",  "Quý",   "Khanh", "Lương", "Tấn",
    "Triều", "Lợi",   "Du",    "Sĩ",    "Sỹ",    "Lập",   "Quyết", "Thống", "Chương", "Tuệ",  "Vĩnh",  "Vượng",
    "Hoàn",  "Trình", "Điền",  "Đại",   "Hữu",   "Doanh", "Hoài",  "Chiến", "Luân",  "Tuyên", "Đông",  "Trực",
    "Lượng", "Tính",  "Hiền",  "Phương", "Thuấn", "Tư",   "Hoan",  "Kha",   "Tuân",  "Lĩnh",  "Bách",  "Nhất",
    "Tiệp",  "Thường", "Điệp", "Vịnh",  "Tráng", "Hoằng",
});

constexpr std::array kGivenFemale = std::to_array<const char*>({
    "Nhi",   "Anh",   "Linh",  "Phương", "Trang", "Mai",   "Vân",   "Lan",   "Hương", "Thảo",  "Hà",    "Uyên",
    "Thanh", "Hồng",  "Loan",  "Tâm",    "Chi",   "Ngọc",  "Nga",   "Vy",    "Quỳnh", "Khanh", "Giang", "Hạnh",
    "Liên",  "Yến",   "Hoa",   "Quyên",  "My",    "Thu",   "Oanh",  "Hằng",  "Châu",  "Tiên",  "Trinh", "Xuân",
    "Hiền",  "Phượng", "Ly",   "Thư",    "Thủy",  "Dung",  "Minh",  "Duyên", "Trâm",  "Huyền", "Nguyệt", "Thi",
    "Đào",   "Lam",   "Ngân",  "Như",    "Tuyền", "Thơ",   "Thúy",  "Đan",   "Huệ",   "Tuyết", "Trúc",  "Nhung",
    "Vi",    "Nghi",  "Bình",  "Thy",    "Mỹ",    "Thương", "Mi",   "Sương", "Ngà",   "Băng",  "Trà",   "Hân",
    "Dương", "Kiều",  "Diễm",  "Ánh",    "Lệ",    "Hạ",    "Nhiên", "Điệp",  "Trân",  "Hường", "Tú",    "An",
    "Quế",   "Khánh", "Hảo",   "Hậu",    "Thoa",  "Cúc",   "Kim",   "Ái",    "Thiên", "Diệu",  "Ân",    "Khuyên",
    "Uyển",  "Liễu",  "Cầm",   "Mẫn",    "Nhã",   "Nhàn",  "Yên",   "Diệp",  "Phụng", "Bích",  "Thùy",  "Đoan",
    "Hòa",   "Thắm",  "Xuyến", "Hoài",   "Tươi",  "Lụa",   "Mơ",    "Gấm",   "Mận",   "Sen",   "Thơm",  "Nụ",
    "Thêu",  "Lài",   "Nhài",  "Hiên",   "Vui",   "Ngoan", "Hoan",  "Tuyến", "Thục",  "Hợp",   "Phúc",  "Miên",
    "Dao",   "Giao",  "Thuận", "Hải",    "Bảo",   "Nguyên", "Sa",   "Cát",   "Khê",   "Di",    "Lý",    "Thụy",
    "Hiếu",  "Hưởng", "Vĩnh",  "Ý",      "San",   "Thảo My",
});

constexpr std::array kChineseFamily = std::to_array<const char*>({
    "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Hu", "Lin"});
constexpr std::array kChineseMale = std::to_array<const char*>({
    "Wei", "Qiang", "Lei", "Jun", "Yong", "Jie", "Tao", "Ming", "Chao", "Gang", "Hao", "Peng"});
constexpr std::array kChineseFemale = std::to_array<const char*>({
    "Fang", "Na", "Min", "Jing", "Li", "Yan", "Juan", "Xia", "Hong", "Ying", "Mei", "Lan"});
constexpr std::array kKhmerFamily = std::to_array<const char*>({
    "Sok", "Chea", "Heng", "Kim", "Chan", "Lim", "Meas", "Touch", "Keo", "Pich", "Sao", "Ly"});
constexpr std::array kKhmerMale = std::to_array<const char*>({
    "Dara", "Rithy", "Visal", "Kosal", "Sokha", "Vuthy", "Piseth", "Sambath", "Chanthou"});
constexpr std::array kKhmerFemale = std::to_array<const char*>({
    "Sophea", "Sreymom", "Channary", "Bopha", "Sreyneang", "Dalin", "Kanha", "Sreyleak"});

const char* pick_weighted(Rng& rng, std::span<const Weighted> items) {
  int total = 0;
  for (const auto& w : items) {
    total += w.weight;
  }
  auto r = static_cast<int>(rng.uniform(static_cast<uint64_t>(total)));
  for (const auto& w : items) {
    if (r < w.weight) {
      return w.text;
    }
    r -= w.weight;
  }
  return items.back().text;
}

const char* pick(Rng& rng, std::span<const char* const> items) { return items[rng.uniform(items.size())]; }

// Given names are ordered by frequency, so favour the front of the list.
const char* pick_ranked(Rng& rng, std::span<const char* const> items) { return items[rng.ranked(items.size())]; }

domain::Sex concrete_sex(Rng& rng, domain::Sex sex) {
  if (sex != domain::Sex::kUnknown) {
    return sex;
  }
  return rng.chance(50) ? domain::Sex::kFemale : domain::Sex::kMale;
}

// "Thị" / "Văn" alone make up about half of the middle names of people born
// before 1990 and fewer since; "Thị" is often followed by a second middle name.
std::string kinh_middle(Rng& rng, bool female, int birth_year) {
  const int classic = birth_year < 1990 ? 55 : 30;
  if (rng.chance(classic)) {
    if (female && rng.chance(25)) {
      return std::string("Thị ") + pick_weighted(rng, kMiddleFemale);
    }
    return female ? "Thị" : "Văn";
  }
  return pick_weighted(rng, female ? std::span<const Weighted>(kMiddleFemale) : std::span<const Weighted>(kMiddleMale));
}

}  // namespace

std::string VietnameseName::full() const {
  std::string out = family;
  for (const std::string* part : {&middle, &given}) {
    if (!part->empty()) {
      out += ' ';
      out += *part;
    }
  }
  return out;
}

VietnameseName vietnamese_name(Rng& rng, domain::Sex sex, int birth_year, NameOrigin origin) {
  const bool female = concrete_sex(rng, sex) == domain::Sex::kFemale;
  VietnameseName n;
  if (origin == NameOrigin::kHighland) {
    n.family = pick(rng, kHighlandFamily);
    // H'Mông men commonly carry "A", women "Thị" or "Mí"; Thái and Tày use "Văn"/"Thị".
    n.middle = female ? rng.one_of({"Thị", "Thị", "Mí"}) : rng.one_of({"A", "A", "Văn", "Seo"});
    n.given = pick(rng, female ? std::span<const char* const>(kHighlandGivenFemale)
                               : std::span<const char* const>(kHighlandGivenMale));
    return n;
  }
  n.family = pick_weighted(rng, kFamily);
  n.middle = kinh_middle(rng, female, birth_year);
  const auto given = female ? std::span<const char* const>(kGivenFemale) : std::span<const char* const>(kGivenMale);
  // "Hải Hải" does not occur: draw again while the given name repeats the last middle word.
  const std::string last_middle = n.middle.substr(n.middle.rfind(' ') + 1);
  do {
    n.given = pick_ranked(rng, given);
  } while (n.given == last_middle);
  return n;
}

std::string foreign_name(Rng& rng, domain::Sex sex, const std::string& nationality) {
  const bool female = concrete_sex(rng, sex) == domain::Sex::kFemale;
  if (nationality == "CN") {
    std::string family = pick(rng, kChineseFamily);
    return family + " " + pick(rng, female ? std::span<const char* const>(kChineseFemale)
                                           : std::span<const char* const>(kChineseMale));
  }
  if (nationality == "KH") {
    std::string family = pick(rng, kKhmerFamily);
    return family + " " + pick(rng, female ? std::span<const char* const>(kKhmerFemale)
                                           : std::span<const char* const>(kKhmerMale));
  }
  return vietnamese_name(rng, sex, 1985, NameOrigin::kKinh).full();
}

std::vector<std::string_view> name_table_entries() {
  std::vector<std::string_view> out;
  for (const auto& w : kFamily) {
    out.emplace_back(w.text);
  }
  for (const auto& w : kMiddleFemale) {
    out.emplace_back(w.text);
  }
  for (const auto& w : kMiddleMale) {
    out.emplace_back(w.text);
  }
  for (std::span<const char* const> list :
       {std::span<const char* const>(kHighlandFamily), std::span<const char* const>(kHighlandGivenFemale),
        std::span<const char* const>(kHighlandGivenMale), std::span<const char* const>(kGivenMale),
        std::span<const char* const>(kGivenFemale), std::span<const char* const>(kChineseFamily),
        std::span<const char* const>(kChineseMale), std::span<const char* const>(kChineseFemale),
        std::span<const char* const>(kKhmerFamily), std::span<const char* const>(kKhmerMale),
        std::span<const char* const>(kKhmerFemale)}) {
    for (const char* s : list) {
      out.emplace_back(s);
    }
  }
  return out;
}

}  // namespace frontline::demo
