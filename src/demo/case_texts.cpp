// Wording drawn from the red flags in DOMAIN.md §4 and Vietnamese press and
// police reports on trafficking cases: "việc nhẹ lương cao", "bao vé, bao ăn
// ở", passports taken, "ransom" debts of 2,000-5,000 USD, brides sold inland.
#include "demo/case_texts.hpp"

#include <algorithm>
#include <vector>

#include "demo/world.hpp"

namespace frontline::demo {
namespace {

using domain::RecruitmentChannel;
using domain::TraffickingForm;

std::vector<const char*> destination_job_groups(const std::string& dest) {
  if (dest == "KH") {
    return {"Việc làm Campuchia lương cao", "Hội người Việt tại Campuchia", "Tuyển CSKH đi Cam bao vé",
            "Việc làm Sihanoukville – bao ăn ở"};
  }
  if (dest == "MM") {
    return {"Tuyển nhân viên game online Myanmar", "Việc làm Thái Lan – Myanmar thu nhập ngàn đô"};
  }
  if (dest == "LA") {
    return {"Việc làm Lào lương cao", "Tuyển gấp nhân viên đặc khu Tam giác Vàng"};
  }
  if (dest == "MY") {
    return {"Việc làm Malaysia bao ăn ở", "Lao động Malaysia không cần kinh nghiệm"};
  }
  return {"Việc làm Trung Quốc lương cao", "Tuyển công nhân nhà máy Quảng Tây"};
}

// "5.000": Vietnamese groups thousands with dots.
std::string thousands(int64_t n) {
  std::string digits = std::to_string(n);
  for (auto i = static_cast<int64_t>(digits.size()) - 3; i > 0; i -= 3) {
    digits.insert(static_cast<size_t>(i), ".");
  }
  return digits;
}

std::string salary(Rng& rng, int lo, int hi) { return std::to_string(5 * rng.between(lo / 5, hi / 5)); }

// The job or promise offered. Draws happen in separate statements: the order
// in which function arguments are evaluated is unspecified, and the draws must
// come in the same order with every compiler.
std::string offer(Rng& rng, TraffickingForm form) {
  switch (form) {
    case TraffickingForm::kForcedCriminality: {
      const std::string s = salary(rng, 15, 70);
      return fill(rng.one_of({"việc “chăm sóc khách hàng” lương {s} triệu đồng/tháng",
                              "việc gõ văn bản, nhập liệu với thu nhập {s} triệu đồng/tháng",
                              "việc “game online” lương ngàn đô", "việc telesale lương {s} triệu đồng/tháng",
                              "việc ở sòng bạc, thu nhập {s} triệu đồng/tháng"}),
                  {{"s", s}});
    }
    case TraffickingForm::kSexualExploitation: {
      const std::string s = salary(rng, 10, 30);
      return fill(rng.one_of({"việc phục vụ nhà hàng lương cao", "việc tiếp viên karaoke, thu nhập {s} triệu đồng/tháng",
                              "việc nhân viên massage, bao ăn ở", "việc bán hàng thu nhập {s} triệu đồng/tháng"}),
                  {{"s", s}});
    }
    case TraffickingForm::kForcedMarriage:
      return rng.one_of({"lấy chồng “giàu có” ở nước ngoài", "sang bên kia biên giới chơi, kết hợp làm thuê",
                         "đi làm thuê ở chợ biên giới rồi lấy chồng bên đó", "kết hôn với người nước ngoài để “đổi đời”"});
    case TraffickingForm::kForcedLabour: {
      const std::string s = salary(rng, 10, 25);
      return fill(rng.one_of({"việc công nhân nhà máy, lương {s} triệu đồng/tháng",
                              "việc ở công trường xây dựng, bao ăn ở", "việc trên tàu cá, thu nhập cao",
                              "việc ở đồn điền, trang trại, lương {s} triệu đồng/tháng",
                              "việc giúp việc nhà, bao ăn ở"}),
                  {{"s", s}});
    }
    case TraffickingForm::kOrganRemoval: {
      const std::string s = std::to_string(50 * rng.between(3, 8));
      return fill(rng.one_of({"bán thận lấy {s} triệu đồng để trả nợ", "khám sức khỏe miễn phí và việc làm lương cao"}),
                  {{"s", s}});
    }
    case TraffickingForm::kOther:
      break;
  }
  return rng.one_of({"việc thời vụ bên kia biên giới", "việc phụ hồ lương cao, được lo chi phí xuất cảnh"});
}

// "làm công nhân ..." for the offer "việc công nhân ...", other offers as they are.
std::string as_action(const std::string& what) {
  const std::string job = "việc ";
  return what.rfind(job, 0) == 0 ? "làm " + what.substr(job.size()) : what;
}

std::string platform_phrase(const domain::Recruitment& r) {
  if (r.platform == "tiktok") {
    return "tài khoản TikTok " + r.platform_name;
  }
  if (r.platform == "telegram") {
    return "kênh Telegram “" + r.platform_name + "”";
  }
  return (r.platform == "zalo" ? "nhóm Zalo “" : "nhóm Facebook “") + r.platform_name + "”";
}

std::string recruitment_sentence(Rng& rng, const CaseOutline& o, const std::string& who) {
  const std::string what = offer(rng, o.form);
  switch (o.recruitment.channel) {
    case RecruitmentChannel::kOnlinePlatform:
      if (o.form == TraffickingForm::kForcedMarriage || o.form == TraffickingForm::kSexualExploitation) {
        return "Một người lạ làm quen với " + who + " qua " + platform_phrase(o.recruitment) +
               ", sau đó rủ " + (what.rfind("việc ", 0) == 0 ? "đi " : "") + as_action(what) + ".";
      }
      return "Qua " + platform_phrase(o.recruitment) + ", " + who + " được mời " + as_action(what) +
             ", không cần kinh nghiệm, được bao vé và ăn ở.";
    case RecruitmentChannel::kBroker:
      return "Một đối tượng môi giới tiếp cận " + who + " tại địa phương, hứa hẹn " + what +
             " và lo toàn bộ chi phí đi lại.";
    case RecruitmentChannel::kAcquaintance:
      return "Một người quen cùng địa phương giới thiệu cho " + who + " " + what + ".";
    case RecruitmentChannel::kRelative:
      return "Một người họ hàng giới thiệu cho " + who + " " + what + ".";
    case RecruitmentChannel::kOther:
    case RecruitmentChannel::kUnknown:
      break;
  }
  return "Chưa rõ phương thức tuyển mộ; ban đầu " + who + " được hứa hẹn " + what + ".";
}

std::string journey_sentence(const CaseOutline& o, const std::string& subject) {
  const auto& r = o.route;
  std::string s = subject + " được đưa qua " + r.border_crossing + " sang " + country_vi(o.first_country());
  for (size_t i = 1; i < r.transit_countries.size(); ++i) {
    s += (i == 1 ? ", quá cảnh " : ", ") + country_vi(r.transit_countries[i]);
  }
  s += " rồi đến " + o.place;
  if (r.destination_country != o.first_country() && o.place.find(',') == std::string::npos) {
    s += ", " + country_vi(r.destination_country);
  }
  return s + ".";
}

std::string exploitation_sentence(Rng& rng, const CaseOutline& o, const std::string& who, const std::string& subject) {
  const std::vector<std::pair<const char*, std::string>> values = {
      {"who", who}, {"Who", subject}, {"d", thousands(500 * rng.between(4, 10))},
      {"m", std::to_string(10 * rng.between(3, 20))}};
  auto pick = [&](std::initializer_list<const char*> options) {
    std::string t = rng.one_of(options);
    for (const auto& [k, v] : values) {
      t = fill(std::move(t), {{k, v}});
    }
    return t;
  };
  switch (o.form) {
    case TraffickingForm::kForcedCriminality:
      return pick({"Tại đây {who} bị thu giữ hộ chiếu, điện thoại, bị ép làm việc 14–16 giờ mỗi ngày để lừa đảo qua "
                   "mạng; không đạt chỉ tiêu thì bị đánh đập, bỏ đói.",
                   "Tại đây {who} bị ép tham gia lừa đảo đầu tư tiền ảo, bị canh giữ và bị đòi {d} USD tiền “chuộc” "
                   "nếu muốn về nước.",
                   "{Who} bị bán qua lại giữa các công ty lừa đảo trực tuyến, bị giam giữ và bị phạt tiền, đánh đập "
                   "khi không đạt chỉ tiêu."});
    case TraffickingForm::kSexualExploitation:
      return pick({"Tại đây {who} bị giam giữ, ép bán dâm và bị khấu trừ toàn bộ tiền công để trả “nợ”.",
                   "{Who} bị ép tiếp khách tại một quán karaoke, bị thu giữ giấy tờ tùy thân và bị đe dọa nếu bỏ trốn.",
                   "{Who} bị bán cho một cơ sở massage, bị ép bán dâm và không được liên lạc với gia đình."});
    case TraffickingForm::kForcedMarriage:
      return pick({"{Who} bị bán cho một gia đình địa phương với giá khoảng {m} triệu đồng để làm vợ, bị hạn chế đi lại.",
                   "Sau khi qua biên giới, {who} bị giao cho một đường dây môi giới hôn nhân, bị ép kết hôn và bị canh "
                   "giữ.",
                   "{Who} bị ép sống chung như vợ chồng với một người đàn ông địa phương, bị thu giữ giấy tờ."});
    case TraffickingForm::kForcedLabour:
      return pick({"Tại đây {who} bị giữ giấy tờ, bị ép làm việc 12–14 giờ mỗi ngày, không được trả lương.",
                   "{Who} bị buộc làm việc để trừ “nợ” chi phí đi lại {d} USD, bị canh giữ và không được tự do đi lại.",
                   "{Who} phải làm việc trong điều kiện nặng nhọc và bị đánh đập khi đòi về nước."});
    case TraffickingForm::kOrganRemoval:
      return pick({"Tại đây {who} bị đưa đến một cơ sở y tế không phép để lấy thận, bị quỵt tiền và bị đe dọa.",
                   "{Who} bị giữ lại chờ “khám sức khỏe” để lấy thận và bị thu giữ hộ chiếu."});
    case TraffickingForm::kOther:
      break;
  }
  return pick({"{Who} bị thu giữ giấy tờ, bị ép làm việc và bị đe dọa nếu bỏ trốn."});
}

std::string report_sentence(Rng& rng, const CaseOutline& o, const std::string& who, const std::string& subject) {
  const std::string& unit = o.unit->name;
  switch (o.source) {
    case ReportSource::kFamily:
      return rng.chance(50) ? "Gia đình nhận được tin nhắn cầu cứu và trình báo với " + unit + "."
                            : "Gia đình mất liên lạc nhiều ngày và đến " + unit + " trình báo.";
    case ReportSource::kHotline:
      return "Tin báo được chuyển đến " + unit + " qua Đường dây nóng 111.";
    case ReportSource::kPatrol:
      return "Tổ công tác của " + unit + " phát hiện, ngăn chặn kịp thời.";
    case ReportSource::kHandover:
      return "Lực lượng chức năng " + country_vi(o.first_country()) + " trao trả " + who + " tại " +
             o.route.border_crossing + ".";
    case ReportSource::kSelf:
      break;
  }
  return subject + " tìm cách trốn thoát, về nước và tự đến " + unit + " trình báo.";
}

}  // namespace

std::string fill(std::string text, std::initializer_list<std::pair<const char*, std::string>> values) {
  for (const auto& [key, value] : values) {
    const std::string pattern = std::string("{") + key + "}";
    for (size_t pos = text.find(pattern); pos != std::string::npos; pos = text.find(pattern, pos + value.size())) {
      text.replace(pos, pattern.size(), value);
    }
  }
  return text;
}

std::string recruitment_group(Rng& rng, TraffickingForm form, const std::string& dest, const std::string& platform) {
  const bool intimate = form == TraffickingForm::kForcedMarriage || form == TraffickingForm::kSexualExploitation;
  if (platform == "tiktok") {
    return intimate ? rng.one_of({"@hen.ho.bon.phuong", "@tuyen.tiepvien.vip", "@lay.chong.doi.doi"})
                    : rng.one_of({"@vieclam.luongcao", "@tuyendung.cam.24h", "@viecnhe.xuatcanh",
                                  "@lamgame.luongngando", "@cskh.tuyengap"});
  }
  if (form == TraffickingForm::kForcedMarriage) {
    return rng.one_of({"Kết bạn bốn phương", "Hẹn hò – tìm bạn đời", "Lấy chồng nước ngoài – đổi đời",
                       "Giao lưu kết bạn Việt – Trung"});
  }
  if (form == TraffickingForm::kSexualExploitation && rng.chance(60)) {
    return rng.one_of({"Tuyển tiếp viên nhà hàng lương cao", "Việc làm karaoke thu nhập khủng", "Kết bạn bốn phương"});
  }
  if (form == TraffickingForm::kOrganRemoval) {
    return rng.one_of({"Hội những người cần tiền gấp", "Hỗ trợ vay vốn, giải quyết nợ xấu"});
  }
  if (rng.chance(65)) {
    return rng.one_of(destination_job_groups(dest));
  }
  return rng.one_of({"Việc nhẹ lương cao – xuất cảnh nhanh", "Tuyển gấp nhân viên gõ văn bản",
                     "Tuyển CTV nhập liệu, nhận việc ngay", "Việc làm online không cần kinh nghiệm"});
}

std::string case_title(Rng& rng, const CaseOutline& o) {
  const bool all_female = std::all_of(o.victims.begin(), o.victims.end(),
                                      [](const VictimPlan& v) { return v.sex == domain::Sex::kFemale; });
  const char* tmpl = "";
  switch (o.form) {
    case TraffickingForm::kForcedCriminality:
      tmpl = rng.one_of({"Lừa đưa {n} người sang {dest} làm việc cho cơ sở lừa đảo trực tuyến",
                         "Ép buộc làm việc tại cơ sở lừa đảo trực tuyến ở {place}",
                         "Tuyển dụng “việc nhẹ lương cao”, đưa người sang {dest} lừa đảo qua mạng",
                         "Công dân bị giam giữ, ép lừa đảo trực tuyến tại {place}"});
      break;
    case TraffickingForm::kSexualExploitation:
      tmpl = rng.one_of({"Mua bán người nhằm bóc lột tình dục tại {place}", "Lừa bán {women} sang {dest} ép bán dâm",
                         "Đưa {n} người sang {dest} làm tiếp viên, ép bán dâm"});
      break;
    case TraffickingForm::kForcedMarriage:
      tmpl = rng.one_of({"Lừa bán {women} sang {dest} ép kết hôn", "Môi giới hôn nhân trái phép, bán {women} sang {place}",
                         "Mua bán người qua hình thức “lấy chồng nước ngoài” tại {place}"});
      break;
    case TraffickingForm::kForcedLabour:
      tmpl = rng.one_of({"Cưỡng bức lao động tại {place}", "Lừa đưa {n} lao động sang {dest} làm việc không lương",
                         "Đưa người sang {dest} lao động, giữ giấy tờ tùy thân"});
      break;
    case TraffickingForm::kOrganRemoval:
      tmpl = rng.one_of({"Mua bán người nhằm lấy bộ phận cơ thể tại {dest}", "Lừa đưa người sang {dest} bán thận"});
      break;
    case TraffickingForm::kOther:
      tmpl = rng.one_of({"Nghi vấn mua bán người qua biên giới khu vực {area}",
                         "Đưa người xuất cảnh trái phép, có dấu hiệu mua bán người"});
      break;
  }
  std::string title = fill(tmpl, {{"n", count_word(static_cast<int>(o.victims.size()))},
                                  {"dest", country_vi(o.route.destination_country)},
                                  {"place", o.place},
                                  {"women", all_female ? "phụ nữ" : "người"},
                                  {"area", unit_locality(*o.unit)}});
  if (o.youngest() < 16 && rng.chance(50)) {
    title += " (có nạn nhân dưới 16 tuổi)";
  }
  return title;
}

std::string case_summary(Rng& rng, const CaseOutline& o) {
  const bool many = o.victims.size() > 1;
  const std::string who = many ? count_word(static_cast<int>(o.victims.size())) + " nạn nhân" : "nạn nhân";
  const std::string subject = many ? "Các nạn nhân" : "Nạn nhân";
  std::string s = recruitment_sentence(rng, o, who);
  if (o.source == ReportSource::kPatrol) {
    s += " " + subject + " bị đưa ra khu vực biên giới để vượt biên qua " + o.route.border_crossing + " sang " +
         country_vi(o.first_country()) + ".";
  } else {
    s += " " + journey_sentence(o, subject);
    s += " " + exploitation_sentence(rng, o, many ? "các nạn nhân" : "nạn nhân", subject);
  }
  s += " " + report_sentence(rng, o, who, subject);
  const int youngest = o.youngest();
  if (youngest < 18) {
    s += many ? " Trong số nạn nhân có người chưa đủ " : " Nạn nhân chưa đủ ";
    s += youngest < 16 ? "16 tuổi." : "18 tuổi.";
  }
  return s;
}

}  // namespace frontline::demo
