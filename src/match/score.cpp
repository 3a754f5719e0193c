#include "match/score.hpp"

#include <algorithm>
#include <cstdio>

#include "match/name_score.hpp"
#include "match/phone.hpp"

namespace frontline::match {
namespace {

std::string fixed2(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", v);
  return buf;
}

std::string upper_ascii(std::string s) {
  for (char& c : s) {
    if (c >= 'a' && c <= 'z') {
      c = static_cast<char>(c - 'a' + 'A');
    }
  }
  return s;
}

// "full name", or "alias N" counted from 1 as the record lists them.
std::string name_label(const MatchProfile& p, size_t index) {
  if (p.has_full_name && index == 0) {
    return "full name";
  }
  return "alias " + std::to_string(p.has_full_name ? index : index + 1);
}

std::string describe(const NameComparison& c, const MatchProfile& left, size_t left_index, const MatchProfile& right,
                     size_t right_index) {
  std::string out;
  for (const AlignedTokens& a : c.aligned) {
    if (!out.empty()) {
      out += ", ";
    }
    out += a.left + (a.left == a.right ? "=" : "~") + a.right + " " + fixed2(a.similarity);
  }
  for (const UnalignedToken& u : c.unaligned) {
    out += out.empty() ? "" : "; ";
    out += std::string(u.conflict                   ? "other middle: "
                       : u.role == TokenRole::kMiddle ? "missing middle: "
                                                      : "unmatched ") +
           (u.role == TokenRole::kMiddle ? "" : std::string(token_role_name(u.role)) + ": ") + u.token;
  }
  if (!(left.has_full_name && left_index == 0 && right.has_full_name && right_index == 0)) {
    out += " (" + name_label(left, left_index) + " vs " + name_label(right, right_index) + ")";
  }
  return out;
}

FieldExplanation name_field(const MatchProfile& left, const MatchProfile& right, const TokenStats& stats,
                            const ScoringConfig& config) {
  FieldExplanation f{"name", FieldOutcome::kUnknown, 0.0, "no name on one side"};
  double best = -1.0;
  for (size_t i = 0; i < left.names.size(); ++i) {
    for (size_t j = 0; j < right.names.size(); ++j) {
      NameComparison c = compare_names(left.names[i], right.names[j], stats, config.name);
      if (c.score > best) {
        best = c.score;
        f.contribution = c.score * config.name.weight;
        f.detail = describe(c, left, i, right, j);
        // Match: every token aligned with an equal one; mismatch: none aligned.
        f.outcome = c.score >= 1.0 - 1e-9 ? FieldOutcome::kMatch
                    : c.aligned.empty()   ? FieldOutcome::kMismatch
                                          : FieldOutcome::kPartial;
      }
    }
  }
  return f;
}

// The bonus (>= 0) or penalty (<= 0) of the dates of birth, before capping.
FieldExplanation birth_date_field(const MatchProfile& left, const MatchProfile& right, const BirthDateScoring& c) {
  const DateAgreement a = compare_birth_dates(left.date_of_birth, right.date_of_birth);
  FieldExplanation f{"date_of_birth", FieldOutcome::kUnknown, 0.0, date_agreement_name(a)};
  switch (a) {
    case DateAgreement::kUnknown: break;
    case DateAgreement::kExact: f = {f.field, FieldOutcome::kMatch, c.exact, f.detail}; break;
    case DateAgreement::kYearMonth: f = {f.field, FieldOutcome::kPartial, c.year_month, f.detail}; break;
    case DateAgreement::kYear: f = {f.field, FieldOutcome::kPartial, c.year, f.detail}; break;
    case DateAgreement::kDayMonthSwapped: f = {f.field, FieldOutcome::kPartial, c.day_month_swapped, f.detail}; break;
    case DateAgreement::kSameYearOtherDay:
      f = {f.field, FieldOutcome::kMismatch, -c.same_year_other_day_penalty, f.detail};
      break;
    case DateAgreement::kConflict: f = {f.field, FieldOutcome::kMismatch, -c.conflict_penalty, f.detail}; break;
  }
  return f;
}

// The sex entered, else the one the middle names mark; with a note when inferred.
std::pair<domain::Sex, std::string> sex_of(const MatchProfile& p) {
  if (p.sex != domain::Sex::kUnknown) {
    return {p.sex, domain::sex_name(p.sex)};
  }
  return {p.inferred_sex, std::string(domain::sex_name(p.inferred_sex)) + " (by the middle name)"};
}

FieldExplanation sex_field(const MatchProfile& left, const MatchProfile& right, const ScoringConfig& config) {
  const auto [ls, lnote] = sex_of(left);
  const auto [rs, rnote] = sex_of(right);
  if (ls == domain::Sex::kUnknown || rs == domain::Sex::kUnknown) {
    return {"sex", FieldOutcome::kUnknown, 0.0, "unknown on one side"};
  }
  if (ls == rs) {
    return {"sex", FieldOutcome::kMatch, 0.0, std::string("both ") + domain::sex_name(ls)};
  }
  const bool inferred = left.sex == domain::Sex::kUnknown || right.sex == domain::Sex::kUnknown;
  return {"sex", FieldOutcome::kMismatch,
          -(inferred ? config.inferred_sex_mismatch_penalty : config.sex_mismatch_penalty), lnote + " vs " + rnote};
}

// Văn marks a man and Thị a woman when they stand as middle names. Written
// without diacritics "van" may be Vân (a woman's middle name as well), so
// only "thi" counts then.
domain::Sex sex_by_middle_names(const NormalizedName& name) {
  bool male = false;
  bool female = false;
  for (const NameToken& t : name.tokens) {
    if (t.role == TokenRole::kMiddle) {
      male = male || (name.marked && t.text == "van" && t.marks == "a(");
      female = female || (t.text == "thi" && (!name.marked || t.marks == "."));
    }
  }
  return male == female ? domain::Sex::kUnknown : male ? domain::Sex::kMale : domain::Sex::kFemale;
}

FieldExplanation nationality_field(const MatchProfile& left, const MatchProfile& right, const ScoringConfig& config) {
  if (left.nationality.empty() || right.nationality.empty()) {
    return {"nationality", FieldOutcome::kUnknown, 0.0, "unknown on one side"};
  }
  if (left.nationality == right.nationality) {
    return {"nationality", FieldOutcome::kMatch, 0.0, "both " + left.nationality};
  }
  return {"nationality", FieldOutcome::kMismatch, -config.nationality_mismatch_penalty,
          left.nationality + " vs " + right.nationality};
}

// `evidence` is the score so far (name and date of birth); an equal document
// raises it to 1 - (1 - evidence)(1 - document_match).
FieldExplanation document_field(const MatchProfile& left, const MatchProfile& right, const ScoringConfig& config,
                                double evidence) {
  bool same_type_seen = false;
  bool passports_only = true;
  for (const Document& a : left.documents) {
    for (const Document& b : right.documents) {
      if (a == b) {
        const double raised = 1.0 - (1.0 - evidence) * (1.0 - config.document_match);
        return {"document", FieldOutcome::kMatch, raised - evidence,
                std::string(document_type_name(a.type)) + " equal"};
      }
      if (a.type == b.type) {
        same_type_seen = true;
        passports_only = passports_only && a.type == DocumentType::kPassport;
      }
    }
  }
  if (!same_type_seen) {
    return {"document", FieldOutcome::kUnknown, 0.0, "no document of the same type on both sides"};
  }
  if (passports_only) {
    // A renewed passport has a new number: different numbers prove nothing.
    return {"document", FieldOutcome::kUnknown, 0.0, "passport numbers differ (not penalized)"};
  }
  return {"document", FieldOutcome::kMismatch, -config.citizen_id_mismatch_penalty, "identity numbers differ"};
}

FieldExplanation phone_field(const MatchProfile& left, const MatchProfile& right, const ScoringConfig& config,
                             double evidence) {
  if (left.phone.empty() || right.phone.empty()) {
    return {"phone", FieldOutcome::kUnknown, 0.0, "no phone on one side"};
  }
  if (left.phone != right.phone) {
    // People change numbers and share phones: a difference proves nothing.
    return {"phone", FieldOutcome::kUnknown, 0.0, "numbers differ (not penalized)"};
  }
  const double raised = 1.0 - (1.0 - evidence) * (1.0 - config.phone_match);
  return {"phone", FieldOutcome::kMatch, raised - evidence, "equal " + left.phone};
}

}  // namespace

PersonRecord person_record(const domain::Person& person) {
  PersonRecord r;
  r.full_name = person.identity.full_name;
  r.aliases = person.identity.aliases;
  r.date_of_birth = person.identity.date_of_birth;
  r.sex = person.sex;
  r.nationality = person.nationality;
  r.citizen_id = person.identity.citizen_id;
  r.passport_number = person.identity.passport_number;
  r.phone = person.identity.phone;
  return r;
}

MatchProfile build_profile(const PersonRecord& record) {
  MatchProfile p;
  auto add_name = [&p](const std::string& raw, const char* field) {
    if (raw.empty()) {
      return;
    }
    if (auto n = normalize_name(raw); n.ok()) {
      p.names.push_back(std::move(n).value());
    } else {
      p.problems.push_back(std::string(field) + ": " + n.error().fields.begin()->second);
    }
  };
  add_name(record.full_name, "full_name");
  p.has_full_name = !p.names.empty();
  for (const std::string& alias : record.aliases) {
    add_name(alias, "aliases");
  }
  if (!record.date_of_birth.empty()) {
    p.date_of_birth = parse_partial_date(record.date_of_birth);
    if (!p.date_of_birth) {
      p.problems.push_back("date_of_birth: not YYYY, YYYY-MM or YYYY-MM-DD");
    }
  }
  p.sex = record.sex;
  if (p.sex == domain::Sex::kUnknown && p.has_full_name) {
    p.inferred_sex = sex_by_middle_names(p.names.front());
  }
  p.nationality = upper_ascii(record.nationality);
  if (!record.citizen_id.empty()) {
    if (auto d = normalize_identity_number(record.citizen_id); d.ok()) {
      p.documents.push_back(std::move(d).value());
    } else {
      p.problems.push_back("citizen_id: " + d.error().fields.begin()->second);
    }
  }
  if (!record.passport_number.empty()) {
    if (auto d = normalize_passport(record.passport_number); d.ok()) {
      p.documents.push_back(std::move(d).value());
    } else {
      p.problems.push_back("passport_number: " + d.error().fields.begin()->second);
    }
  }
  if (!record.phone.empty()) {
    if (auto phone = normalize_phone(record.phone); phone.ok()) {
      p.phone = std::move(phone).value();
    } else {
      p.problems.push_back("phone: " + phone.error().fields.begin()->second);
    }
  }
  return p;
}

const char* field_outcome_name(FieldOutcome outcome) {
  switch (outcome) {
    case FieldOutcome::kMatch: return "match";
    case FieldOutcome::kPartial: return "partial";
    case FieldOutcome::kMismatch: return "mismatch";
    case FieldOutcome::kUnknown: return "unknown";
  }
  return "unknown";
}

MatchScore score_pair(const MatchProfile& left, const MatchProfile& right, const TokenStats& stats,
                      const ScoringConfig& config) {
  FieldExplanation name = name_field(left, right, stats, config);
  FieldExplanation dob = birth_date_field(left, right, config.date_of_birth);
  double penalties = 0.0;
  double evidence = name.contribution;
  if (dob.contribution > 0.0) {
    // Evidence is capped at 1; the date's contribution is what it really added.
    dob.contribution = std::min(1.0, evidence + dob.contribution) - evidence;
    evidence += dob.contribution;
  } else {
    penalties -= dob.contribution;
  }
  FieldExplanation document = document_field(left, right, config, evidence);
  if (document.contribution > 0.0) {
    evidence += document.contribution;
  } else {
    penalties -= document.contribution;
  }
  FieldExplanation phone = phone_field(left, right, config, evidence);
  evidence += phone.contribution;
  FieldExplanation sex = sex_field(left, right, config);
  FieldExplanation nationality = nationality_field(left, right, config);
  penalties -= sex.contribution + nationality.contribution;

  MatchScore out;
  out.score = std::clamp(evidence - penalties, 0.0, 1.0);
  out.alert = out.score >= config.alert;
  out.review = out.score >= config.review;
  out.fields = {std::move(name), std::move(dob), std::move(sex), std::move(nationality), std::move(document),
                std::move(phone)};
  return out;
}

}  // namespace frontline::match
