// Screening a person against the index of case persons, with the scope and
// privacy rule of screening_service.hpp, and keeping that index current.
#include "service/screening_service.hpp"

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>


#include "match/document.hpp"
#include "match/phone.hpp"
#include "service/audit_helpers.hpp"
#include "service/case_service.hpp"
#include "service/case_validation.hpp"

namespace frontline::service {
namespace {

constexpr size_t kMaxNameBytes = 200;
constexpr int64_t kMaxLimit = 50;

bool in_scope(const Principal& who, const std::string& unit_path) {
  if (domain::sees_all_units(who.roles) || who.is_system()) {
    return true;
  }
  return unit_path.compare(0, who.unit_path.size(), who.unit_path) == 0;
}

bool may_see_identity(const Principal& who, bool is_victim) {
  return who.can(is_victim ? domain::Permission::kVictimIdentityRead : domain::Permission::kPersonIdentityRead);
}

double round3(double v) { return static_cast<double>(static_cast<int64_t>(v * 1000.0 + 0.5)) / 1000.0; }

ScreenCandidate present(const Principal& who, const match::IndexHit& hit) {
  const match::IndexedRecord& r = hit.record;
  ScreenCandidate c;
  c.source = r.key.source;
  c.person_id = r.key.id;
  if (r.list) {
    c.list = *r.list;
  }
  c.score = round3(hit.score.score);
  c.alert = hit.score.alert;
  c.review = hit.score.review;
  c.explanation = hit.score.fields;
  c.pseudonym = domain::pseudonym(r.key.id, r.victim);
  c.sex = r.profile.sex;
  c.birth_year = r.profile.date_of_birth ? std::optional<int>(r.profile.date_of_birth->year) : std::nullopt;
  c.nationality = r.profile.nationality;
  std::set<std::string> contact;
  for (const match::IndexedCaseLink& link : r.cases) {
    if (in_scope(who, link.unit_path)) {
      c.cases.push_back({link.case_id, link.case_number, link.role});
    } else {
      contact.insert(link.unit_code);
    }
  }
  c.contact_units.assign(contact.begin(), contact.end());
  // Watchlists are read at any gate, whatever unit owns them.
  c.in_scope = r.list ? who.can(domain::Permission::kWatchlistRead) || who.is_system() : !c.cases.empty();
  c.masked = !c.in_scope || !may_see_identity(who, r.victim);
  if (!c.masked) {
    c.full_name = r.display_name;
    c.date_of_birth = r.date_of_birth;
  } else {
    // The detail names the candidate's folded name tokens and the like.
    for (match::FieldExplanation& f : c.explanation) {
      f.detail.clear();
    }
  }
  return c;
}

}  // namespace

Result<match::MatchProfile> screen_profile(const ScreenQuery& q) {
  FieldErrors bad;
  if (q.full_name.empty() && q.citizen_id.empty() && q.passport_number.empty() && q.phone.empty()) {
    const char* why = "give a name, a document number or a phone number";
    return Error::invalid("the screening has nothing to search for",
                          {{"full_name", why}, {"citizen_id", why}, {"passport_number", why}, {"phone", why}});
  }
  if (q.full_name.size() > kMaxNameBytes) {
    bad["full_name"] = "must be at most 200 characters";
  } else if (!q.full_name.empty()) {
    auto n = match::normalize_name(q.full_name);
    if (!n.ok()) {
      bad["full_name"] = "has no letters that can be compared";
    }
  }
  if (!q.date_of_birth.empty() && !domain::is_valid_partial_date(q.date_of_birth)) {
    bad["date_of_birth"] = "must be YYYY, YYYY-MM or YYYY-MM-DD";
  }
  if (!q.nationality.empty() &&
      (q.nationality.size() != 2 || !std::all_of(q.nationality.begin(), q.nationality.end(),
                                                 [](char ch) { return ch >= 'A' && ch <= 'Z'; }))) {
    bad["nationality"] = "must be an ISO 3166 alpha-2 code";
  }
  if (!q.citizen_id.empty() && !match::normalize_identity_number(q.citizen_id).ok()) {
    bad["citizen_id"] = "must be 12 digits (or 9 for an old identity card)";
  }
  if (!q.passport_number.empty() && !match::normalize_passport(q.passport_number).ok()) {
    bad["passport_number"] = "must be 5 to 20 letters and digits";
  }
  if (!q.phone.empty() && !match::normalize_phone(q.phone).ok()) {
    bad["phone"] = "is not a valid phone number";
  }
  if (q.limit < 1 || q.limit > kMaxLimit) {
    bad["limit"] = "must be 1 to 50";
  }
  if (!bad.empty()) {
    return Error::invalid("the screening has invalid fields", bad);
  }
  match::PersonRecord rec;
  rec.full_name = q.full_name;
  rec.date_of_birth = q.date_of_birth;
  rec.sex = q.sex.value_or(domain::Sex::kUnknown);
  rec.nationality = q.nationality;
  rec.citizen_id = q.citizen_id;
  rec.passport_number = q.passport_number;
  rec.phone = q.phone;
  return match::build_profile(rec);
}

Result<ScreenResult> ScreeningService::screen(const Principal& who, const ScreenQuery& query) {
  FL_TRY(require(who, domain::Permission::kScreen, "screen persons"));
  FL_ASSIGN_OR_RETURN(match::MatchProfile profile, screen_profile(query));
  ScreenResult out;
  match::QueryCost cost;
  // A few more than asked, for entries that expired since they were indexed.
  const auto hits = index_.index().query(profile, static_cast<size_t>(query.limit) + 5, &cost);
  out.scored = cost.candidates;
  const std::string today = today_vn(clock_.now());
  for (const match::IndexHit& hit : hits) {
    const auto& list = hit.record.list;
    if (list && !list->expires_on.empty() && list->expires_on < today) {
      continue;
    }
    if (out.candidates.size() < static_cast<size_t>(query.limit)) {
      out.candidates.push_back(present(who, hit));
    }
  }
  out.query = std::move(profile);
  FL_TRY(store_.write([&](store::Transaction& tx) -> Status {
    if (!query.nationality.empty()) {
      FL_ASSIGN_OR_RETURN(bool known, tx.reference().country_exists(query.nationality));
      if (!known) {
        return Error::invalid_field("nationality", "unknown country code");
      }
    }
    // Never what was asked: only how many candidates and the top score.
    nlohmann::json detail = {{"candidates", out.candidates.size()},
                             {"top_score", out.candidates.empty() ? 0.0 : out.candidates.front().score},
                             {"alerts", std::count_if(out.candidates.begin(), out.candidates.end(),
                                                      [](const ScreenCandidate& c) { return c.alert; })}};
    FL_TRY(store::append_audit(tx, audit_entry(who, clock_, "screen.query", "screening", "", audit::Outcome::kOk,
                                               detail)));
    std::map<int64_t, nlohmann::json> entries_read;  // list id -> entry ids shown
    for (const ScreenCandidate& c : out.candidates) {
      if (c.masked) {
        continue;
      }
      if (c.list) {
        entries_read[c.list->list_id].push_back(c.person_id);
        continue;
      }
      FL_TRY(store::append_audit(tx, audit_entry(who, clock_, "person.identity.read", "person",
                                                 std::to_string(c.person_id), audit::Outcome::kOk,
                                                 {{"via", "screen"}})));
    }
    for (const auto& [list_id, ids] : entries_read) {
      FL_TRY(store::append_audit(tx, audit_entry(who, clock_, "watchlist.identity.read", "watchlist",
                                                 std::to_string(list_id), audit::Outcome::kOk,
                                                 {{"entries", ids}, {"via", "screen"}})));
    }
    return {};
  }));
  return out;
}

}  // namespace frontline::service
