#include "demo/victim_records.hpp"

#include <map>

#include "demo/rng.hpp"
#include "identify/assess.hpp"
#include "service/case_validation.hpp"
#include "util/clock.hpp"

namespace frontline::demo {
namespace {

using domain::CaseStatus;
using identify::Answer;

// The set that fits the person and the case's form of exploitation.
const identify::IndicatorSet* set_for(const domain::Case& c, const domain::Person& p, int year) {
  const bool child = p.birth_year && year - *p.birth_year < 18;
  const bool sexual = c.trafficking_form == domain::TraffickingForm::kSexualExploitation;
  const char* id = child ? (sexual ? "child_sexual" : "child_labour") : (sexual ? "adult_sexual" : "adult_labour");
  return identify::builtin_catalog().find_set(id);
}

// Answers as an interview yields them: in each dimension a few indicators
// present (more for a clear case), the rest mostly absent, some unknown.
identify::Answers draw_answers(Rng& rng, const identify::IndicatorSet& set, bool clear_case) {
  identify::Answers a;
  for (auto dim : identify::kAllDimensions) {
    const int present_percent = clear_case ? 35 : 12;
    for (const auto& i : set.indicators) {
      if (i.dimension != dim) {
        continue;
      }
      const auto draw = rng.uniform(100);
      a.by_indicator[i.id] = draw < static_cast<uint64_t>(present_percent) ? Answer::kPresent
                             : draw < 80                                   ? Answer::kAbsent
                                                                           : Answer::kUnknown;
    }
  }
  a.act_of_recruitment = set.children ? Answer::kPresent : Answer::kUnknown;
  return a;
}

domain::LegalStatus decision_for(identify::Verdict v, CaseStatus status) {
  if (status == CaseStatus::kUnderVerification) {
    return domain::LegalStatus::kBeingVerified;
  }
  switch (v) {
    case identify::Verdict::kTrafficked: return domain::LegalStatus::kIdentifiedVictim;
    case identify::Verdict::kPossibleVictim: return domain::LegalStatus::kBeingVerified;
    case identify::Verdict::kNotIdentified: return domain::LegalStatus::kNotIdentified;
  }
  return domain::LegalStatus::kBeingVerified;
}

// The agency across the border from a province's gates that hands returnees
// over (demo: plausible counterparts, not an official list).
std::string handing_agency(const std::string& province, const std::string& country) {
  static const std::map<std::string, std::string> kAcross = {
      {"LS", "Công an thành phố Bằng Tường (Quảng Tây)"}, {"CB", "Công an huyện Long Châu (Quảng Tây)"},
      {"QN", "Công an thành phố Đông Hưng (Quảng Tây)"},  {"LCH", "Công an huyện Hà Khẩu (Vân Nam)"},
      {"LC", "Công an huyện Kim Bình (Vân Nam)"},         {"TQ", "Công an huyện Mã Quan (Vân Nam)"},
      {"DB", "Công an tỉnh Phongsaly"},                   {"SL", "Công an tỉnh Houaphanh"},
      {"TH", "Công an tỉnh Houaphanh"},                   {"NA", "Công an tỉnh Xiengkhouang"},
      {"HT", "Công an tỉnh Bolikhamxay"},                 {"QT", "Công an tỉnh Savannakhet"},
      {"HUE", "Công an tỉnh Salavan"},                    {"DN", "Công an tỉnh Sekong"},
      {"QNG", "Công an tỉnh Attapeu"},                    {"TN", "Cảnh sát tỉnh Svay Rieng"},
      {"AG", "Cảnh sát tỉnh Takeo"},                      {"DT", "Cảnh sát tỉnh Prey Veng"},
      {"DNA", "Cảnh sát tỉnh Tbong Khmum"},               {"LD", "Cảnh sát tỉnh Mondulkiri"},
      {"DL", "Cảnh sát tỉnh Mondulkiri"},                 {"GL", "Cảnh sát tỉnh Ratanakiri"}};
  auto it = kAcross.find(province);
  if (it != kAcross.end()) {
    return it->second;
  }
  return country == "CN" ? "Cục Quản lý xuất nhập cảnh Trung Quốc"
                         : country == "LA" ? "Cục Cảnh sát xuất nhập cảnh Lào" : "Tổng cục Xuất nhập cảnh Campuchia";
}

}  // namespace

Status write_victim_records(store::Transaction& tx, const DemoAccounts& accounts, const domain::Case& c,
                            const domain::UnitInfo& unit, const std::vector<domain::Person>& victims,
                            TimePoint intake) {
  Rng rng(0x5eed0000ULL + static_cast<uint64_t>(c.id) * 0x9e3779b97f4a7c15ULL);
  const int year = local_year_vn(c.created_at);
  const bool screened = c.status != CaseStatus::kReported && c.status != CaseStatus::kMerged;
  const auto day = std::chrono::hours(24);
  for (const auto& p : victims) {
    if (!screened) {
      break;
    }
    const identify::IndicatorSet* set = set_for(c, p, year);
    if (set == nullptr) {
      return Error::internal("the indicator catalog lacks a set the demo needs");
    }
    domain::Screening s;
    s.person_id = p.id;
    s.case_id = c.id;
    s.set_id = set->id;
    s.answers = draw_answers(rng, *set, c.status != CaseStatus::kDismissed && rng.chance(75));
    s.status = domain::ScreeningStatus::kCompleted;
    s.verdict = identify::assess(*set, s.answers).overall;
    s.created_by = s.updated_by = accounts.officer_id;
    s.created_at = intake + std::chrono::hours(rng.between(2, 30));
    s.updated_at = s.created_at;
    s.completed_at = s.created_at;
    FL_ASSIGN_OR_RETURN(s.id, tx.victims().insert_screening(s));
    domain::IdentificationDecision d;
    d.person_id = p.id;
    d.case_id = c.id;
    d.status = decision_for(s.verdict, c.status);
    const TimePoint decided_at = s.created_at + day * rng.between(1, 10);
    d.decided_on = service::today_vn(std::min(decided_at, c.updated_at));
    d.agency = unit.name;
    d.grounds = "Kết quả sàng lọc theo bộ chỉ số ILO/EC và lời khai của người được sàng lọc.";
    if (d.status == domain::LegalStatus::kIdentifiedVictim) {
      d.documents = {"Giấy xác nhận nạn nhân số " + std::to_string(rng.between(1, 99)) + "/XN-BĐBP"};
    }
    d.screening_id = s.id;
    d.decided_by = accounts.investigator_id;
    d.created_at = std::min(decided_at, c.updated_at);
    FL_TRY(discard_value(tx.victims().insert_decision(d)));
  }
  if (unit.kind != "border_gate" || unit.facing_country.empty() ||
      c.route.destination_country != unit.facing_country || victims.empty() || !rng.chance(60)) {
    return {};
  }
  domain::Reception r;
  r.case_id = c.id;
  r.unit_id = c.unit_id;
  r.handover_country = unit.facing_country;
  r.handover_agency = handing_agency(unit.province_code, unit.facing_country);
  r.handed_over_at = intake - std::chrono::minutes(rng.between(30, 180));
  r.receiving_officer_id = accounts.officer_id;
  r.created_by = accounts.officer_id;
  r.created_at = intake;
  static const std::vector<domain::ImmediateNeed> kNeeds = {
      domain::ImmediateNeed::kFoodWater, domain::ImmediateNeed::kMedicalCare, domain::ImmediateNeed::kClothing,
      domain::ImmediateNeed::kPsychologicalSupport, domain::ImmediateNeed::kFamilyContact,
      domain::ImmediateNeed::kTravelHome};
  for (const auto& p : victims) {
    domain::ReceivedPerson rp;
    rp.person_id = p.id;
    for (auto n : kNeeds) {
      if (rng.chance(40)) {
        rp.needs.push_back(n);
      }
    }
    r.persons.push_back(rp);
  }
  return discard_value(tx.victims().insert_reception(r));
}

}  // namespace frontline::demo
