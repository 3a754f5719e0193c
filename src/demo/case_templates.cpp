// Case outlines: the draw of form, route, recruitment and unit, and the
// Vietnamese titles and summaries (case_texts.cpp builds the wording).
#include "demo/case_templates.hpp"

#include <algorithm>
#include <array>

#include "demo/case_texts.hpp"

namespace frontline::demo {
namespace {

using domain::RecruitmentChannel;
using domain::TraffickingForm;

constexpr std::array kForms = {TraffickingForm::kSexualExploitation, TraffickingForm::kForcedLabour,
                               TraffickingForm::kForcedCriminality,  TraffickingForm::kForcedMarriage,
                               TraffickingForm::kOrganRemoval,       TraffickingForm::kOther};

// Weights of kForms by year of the report: scam-centre cases overtake the
// older patterns from 2021.
TraffickingForm draw_form(Rng& rng, int year) {
  if (year <= 2019) {
    return kForms[rng.pick({34, 22, 6, 30, 2, 6})];
  }
  if (year == 2020) {
    return kForms[rng.pick({32, 22, 12, 26, 2, 6})];
  }
  if (year == 2021) {
    return kForms[rng.pick({25, 18, 30, 20, 1, 6})];
  }
  return kForms[rng.pick({16, 14, 52, 12, 1, 5})];
}

// Destination and transit countries for a form.
domain::Route draw_route(Rng& rng, TraffickingForm form) {
  domain::Route r;
  r.origin_country = "VN";
  auto to = [&](const char* dest, std::vector<std::string> transit = {}) {
    r.destination_country = dest;
    r.transit_countries = std::move(transit);
  };
  auto to_thailand_beyond = [&](const char* dest) {
    to(dest, rng.chance(60) ? std::vector<std::string>{"KH", "TH"} : std::vector<std::string>{"LA", "TH"});
  };
  switch (form) {
    case TraffickingForm::kForcedCriminality: {
      const size_t i = rng.pick({60, 25, 15});
      if (i == 1) {
        to_thailand_beyond("MM");
      } else {
        to(i == 0 ? "KH" : "LA");
      }
      break;
    }
    case TraffickingForm::kSexualExploitation: {
      const size_t i = rng.pick({60, 12, 14, 14});
      if (i == 1) {
        to_thailand_beyond("MY");
      } else {
        to(i == 0 ? "CN" : i == 2 ? "KH" : "LA");
      }
      break;
    }
    case TraffickingForm::kForcedMarriage:
      to("CN");
      break;
    case TraffickingForm::kForcedLabour: {
      const size_t i = rng.pick({30, 30, 20, 20});
      if (i == 1) {
        to_thailand_beyond("MY");
      } else {
        to(i == 0 ? "CN" : i == 2 ? "LA" : "KH");
      }
      break;
    }
    case TraffickingForm::kOrganRemoval:
      to(rng.chance(50) ? "CN" : "KH");
      break;
    case TraffickingForm::kOther:
      to(rng.one_of({"CN", "KH", "LA"}));
      break;
  }
  return r;
}

std::string draw_place(Rng& rng, TraffickingForm form, const std::string& dest) {
  if (dest == "CN") {
    if (form == TraffickingForm::kForcedMarriage) {
      return rng.one_of({"tỉnh Hà Nam", "tỉnh Sơn Đông", "tỉnh An Huy", "tỉnh Hà Bắc", "tỉnh Giang Tô",
                         "tỉnh Phúc Kiến", "tỉnh Giang Tây", "tỉnh Hồ Nam"});
    }
    return rng.one_of({"Bằng Tường, Quảng Tây", "Đông Hưng, Quảng Tây", "Nam Ninh, Quảng Tây", "Hà Khẩu, Vân Nam",
                       "Quảng Châu, Quảng Đông", "Thâm Quyến, Quảng Đông"});
  }
  if (dest == "KH") {
    return rng.one_of({"Sihanoukville", "Sihanoukville", "Bavet", "Poipet", "Phnôm Pênh", "Kampot", "Koh Kong"});
  }
  if (dest == "MM") {
    return rng.one_of({"Myawaddy", "khu KK Park, Myawaddy", "Shwe Kokko", "Tachileik"});
  }
  if (dest == "LA") {
    if (form == TraffickingForm::kForcedCriminality) {
      return rng.one_of({"Đặc khu kinh tế Tam giác Vàng, Bokeo", "Boten"});
    }
    return rng.one_of({"Viêng Chăn", "Savannakhet", "Bokeo", "Luang Namtha"});
  }
  if (dest == "MY") {
    return rng.one_of({"Kuala Lumpur", "Johor Bahru", "Penang", "Sabah"});
  }
  return country_vi(dest);
}

domain::Recruitment draw_recruitment(Rng& rng, TraffickingForm form, const std::string& dest) {
  static constexpr std::array kChannels = {RecruitmentChannel::kOnlinePlatform, RecruitmentChannel::kBroker,
                                           RecruitmentChannel::kAcquaintance,   RecruitmentChannel::kRelative,
                                           RecruitmentChannel::kOther,          RecruitmentChannel::kUnknown};
  domain::Recruitment r;
  switch (form) {
    case TraffickingForm::kSexualExploitation: r.channel = kChannels[rng.pick({35, 25, 28, 8, 2, 2})]; break;
    case TraffickingForm::kForcedLabour: r.channel = kChannels[rng.pick({22, 42, 24, 8, 2, 2})]; break;
    case TraffickingForm::kForcedCriminality: r.channel = kChannels[rng.pick({74, 8, 14, 2, 1, 1})]; break;
    case TraffickingForm::kForcedMarriage: r.channel = kChannels[rng.pick({15, 45, 25, 13, 1, 1})]; break;
    case TraffickingForm::kOrganRemoval: r.channel = kChannels[rng.pick({50, 35, 10, 3, 1, 1})]; break;
    case TraffickingForm::kOther: r.channel = kChannels[rng.pick({25, 25, 25, 10, 10, 5})]; break;
  }
  if (r.channel == RecruitmentChannel::kOnlinePlatform) {
    static constexpr std::array<const char*, 4> kPlatforms = {"facebook", "zalo", "telegram", "tiktok"};
    r.platform = kPlatforms[form == TraffickingForm::kForcedCriminality ? rng.pick({35, 15, 35, 15})
                                                                        : rng.pick({45, 30, 5, 20})];
    r.platform_name = recruitment_group(rng, form, dest, r.platform);
  }
  return r;
}

// Busy gates and the hot-spot provinces named by the training assessment
// (An Giang, Tây Ninh, Cao Bằng, Lạng Sơn) see more cases.
const domain::UnitInfo* draw_unit(Rng& rng, const World& world, const std::string& facing) {
  std::vector<const domain::UnitInfo*> candidates;
  std::vector<int> weights;
  for (const auto& u : world.posts) {
    if (u.facing_country != facing) {
      continue;
    }
    const bool hot = u.province_code == "AG" || u.province_code == "TN" || u.province_code == "CB" ||
                     u.province_code == "LS";
    candidates.push_back(&u);
    weights.push_back((u.kind == "border_gate" ? 3 : 2) * (hot ? 3 : 1));
  }
  if (candidates.empty()) {
    return &world.posts[rng.uniform(world.posts.size())];
  }
  return candidates[rng.pick(weights)];
}

std::string draw_crossing(Rng& rng, const domain::UnitInfo& unit, ReportSource source) {
  const std::string gate = gate_name(unit);
  if (!gate.empty() && (source == ReportSource::kHandover || rng.chance(50))) {
    return gate;
  }
  return (gate.empty() ? "Đường mòn, lối mở khu vực " : "Đường mòn, lối mở gần cửa khẩu ") + unit_locality(unit);
}

struct VictimProfile {
  int female_percent;
  int minor_percent;
  int adult_max_age;
};

VictimProfile victim_profile(TraffickingForm form) {
  switch (form) {
    case TraffickingForm::kSexualExploitation: return {95, 28, 30};
    case TraffickingForm::kForcedMarriage: return {100, 22, 32};
    case TraffickingForm::kForcedCriminality: return {40, 8, 38};
    case TraffickingForm::kForcedLabour: return {35, 12, 45};
    case TraffickingForm::kOrganRemoval: return {30, 3, 45};
    case TraffickingForm::kOther: break;
  }
  return {55, 15, 40};
}

std::vector<VictimPlan> draw_victims(Rng& rng, TraffickingForm form) {
  const VictimProfile p = victim_profile(form);
  const int count = 1 + static_cast<int>(form == TraffickingForm::kForcedCriminality ? rng.pick({45, 28, 15, 12})
                                                                                       : rng.pick({55, 25, 12, 8}));
  std::vector<VictimPlan> out;
  for (int i = 0; i < count; ++i) {
    VictimPlan v;
    v.sex = rng.chance(p.female_percent) ? domain::Sex::kFemale : domain::Sex::kMale;
    // Adults cluster in their twenties: the lower of two draws.
    v.age = rng.chance(p.minor_percent) ? static_cast<int>(rng.between(13, 17))
                                        : 18 + static_cast<int>(rng.ranked(static_cast<size_t>(p.adult_max_age - 17)));
    out.push_back(v);
  }
  return out;
}

}  // namespace

int CaseOutline::youngest() const {
  int y = 200;
  for (const auto& v : victims) {
    y = std::min(y, v.age);
  }
  return y;
}

std::string count_word(int n) {
  static constexpr std::array<const char*, 10> kWords = {"không", "một", "hai", "ba", "bốn",
                                                         "năm",   "sáu", "bảy", "tám", "chín"};
  return n >= 0 && n < 10 ? kWords[static_cast<size_t>(n)] : std::to_string(n);
}

CaseOutline plan_outline(Rng& rng, const World& world, int year) {
  CaseOutline o;
  o.form = draw_form(rng, year);
  o.route = draw_route(rng, o.form);
  o.place = draw_place(rng, o.form, o.route.destination_country);
  o.recruitment = draw_recruitment(rng, o.form, o.route.destination_country);
  o.unit = draw_unit(rng, world, o.first_country());
  const bool gate = o.unit->kind == "border_gate";
  static constexpr std::array kSources = {ReportSource::kFamily, ReportSource::kHotline, ReportSource::kPatrol,
                                          ReportSource::kHandover, ReportSource::kSelf};
  o.source = kSources[gate ? rng.pick({30, 12, 15, 35, 8}) : rng.pick({38, 15, 37, 0, 10})];
  o.route.border_crossing = draw_crossing(rng, *o.unit, o.source);
  o.victims = draw_victims(rng, o.form);
  o.suspects = static_cast<int>(rng.pick({35, 45, 20}));
  o.title = case_title(rng, o);
  o.summary = case_summary(rng, o);
  return o;
}

}  // namespace frontline::demo
