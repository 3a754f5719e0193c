// Raising, listing and reviewing watchlist alerts (watchlist_alerts.hpp).
#include "service/watchlist_alerts.hpp"

#include <utility>
#include <vector>

#include "service/audit_helpers.hpp"
#include "service/case_service.hpp"
#include "service/case_validation.hpp"
#include "service/referral_service.hpp"
#include "util/text.hpp"

namespace frontline::service {
namespace {

// How many hits of the changed record are looked at: its own record and
// near-namesakes of the same kind come first, the other kind after them.
constexpr size_t kAlertQueryLimit = 100;
constexpr size_t kMaxNotePoints = 2000;
constexpr int64_t kMaxLimit = 200;

struct Pair {
  int64_t person_id = 0;
  int64_t entry_id = 0;
  int64_t list_id = 0;
  double score = 0.0;
};

bool expired(const match::IndexedRecord& r, const std::string& today) {
  return r.list && !r.list->expires_on.empty() && r.list->expires_on < today;
}

}  // namespace

Result<int64_t> raise_alerts(store::Store& store, const Clock& clock, const match::MatchIndex& index,
                             const match::IndexedRecord& changed) {
  const std::string today = today_vn(clock.now());
  const bool is_person = changed.key.source == match::SourceKind::kCasePerson;
  if (!is_person && expired(changed, today)) {
    return int64_t{0};
  }
  std::vector<Pair> pairs;
  for (const match::IndexHit& hit : index.query(changed.profile, kAlertQueryLimit)) {
    const match::IndexedRecord& other = hit.record;
    if (other.key.source == changed.key.source || !hit.score.alert || expired(other, today)) {
      continue;
    }
    const match::IndexedRecord& entry = is_person ? other : changed;
    pairs.push_back({is_person ? changed.key.id : other.key.id, entry.key.id, entry.list ? entry.list->list_id : 0,
                     hit.score.score});
  }
  if (pairs.empty()) {
    return int64_t{0};
  }
  int64_t raised = 0;
  const Principal system = Principal::system();
  FL_TRY(store.write([&](store::Transaction& tx) -> Status {
    raised = 0;
    for (const Pair& p : pairs) {
      domain::WatchlistAlert a;
      a.person_id = p.person_id;
      a.entry_id = p.entry_id;
      a.score = static_cast<double>(static_cast<int64_t>(p.score * 1000.0 + 0.5)) / 1000.0;
      a.raised_at = clock.now();
      FL_ASSIGN_OR_RETURN(std::optional<int64_t> id, tx.watchlists().insert_alert(a));
      if (!id) {
        continue;  // raised before (and perhaps dismissed): not again
      }
      ++raised;
      FL_TRY(store::append_audit(
          tx, audit_entry(system, clock, "watchlist.alert.raise", "watchlist_alert", std::to_string(*id),
                          audit::Outcome::kOk,
                          {{"person_id", p.person_id}, {"entry_id", p.entry_id}, {"watchlist_id", p.list_id},
                           {"score", a.score}})));
    }
    return {};
  }));
  return raised;
}

Result<domain::AlertPage> WatchlistAlertService::list(const Principal& who, const domain::AlertFilter& filter) {
  FL_TRY(require(who, domain::Permission::kWatchlistRead, "read watchlist alerts"));
  FieldErrors bad;
  if (filter.offset < 0) {
    bad["offset"] = "must not be negative";
  }
  if (filter.limit < 1 || filter.limit > kMaxLimit) {
    bad["limit"] = "must be 1 to 200";
  }
  if (!bad.empty()) {
    return Error::invalid("the alert query has invalid fields", bad);
  }
  return store::read_value<domain::AlertPage>(store_, [&](store::Transaction& tx) {
    return tx.watchlists().alerts(filter, unit_scope(who));
  });
}

Result<domain::WatchlistAlert> WatchlistAlertService::get(const Principal& who, int64_t id) {
  FL_TRY(require(who, domain::Permission::kWatchlistRead, "read watchlist alerts"));
  return store::read_value<domain::WatchlistAlert>(store_, [&](store::Transaction& tx) -> Result<domain::WatchlistAlert> {
    FL_ASSIGN_OR_RETURN(domain::WatchlistAlert a, tx.watchlists().get_alert(id));
    domain::AlertFilter f;
    f.person_id = a.person_id;
    f.limit = kMaxLimit;
    FL_ASSIGN_OR_RETURN(domain::AlertPage scoped, tx.watchlists().alerts(f, unit_scope(who)));
    for (domain::WatchlistAlert& s : scoped.items) {
      if (s.id == id) {
        return std::move(s);
      }
    }
    return Error::not_found("watchlist alert " + std::to_string(id) + " not found");
  });
}

Result<domain::WatchlistAlert> WatchlistAlertService::review(const Principal& who, int64_t id, const AlertReview& r) {
  FieldErrors bad;
  auto decision = domain::parse_alert_status(r.decision);
  if (!decision || *decision == domain::AlertStatus::kOpen) {
    bad["decision"] = "must be one of: confirmed, dismissed";
  }
  if (!text::is_valid_utf8(r.note)) {
    bad["note"] = "must be valid UTF-8";
  } else if (text::code_points(r.note) > kMaxNotePoints) {
    bad["note"] = "must be at most 2000 characters";
  }
  FL_ASSIGN_OR_RETURN(domain::WatchlistAlert a, get(who, id));
  if (!bad.empty()) {
    return Error::invalid("the review has invalid fields", bad);
  }
  if (a.status != domain::AlertStatus::kOpen) {
    return Error::conflict("watchlist alert " + std::to_string(id) + " was already reviewed");
  }
  if (r.expected_version && *r.expected_version != a.version) {
    return Error::conflict("watchlist alert " + std::to_string(id) +
                           " was changed by someone else; reload and try again");
  }
  FL_ASSIGN_OR_RETURN(std::string note, text::to_nfc(r.note));
  a.status = *decision;
  a.reviewed_by = who.user_id;
  a.reviewed_at = clock_.now();
  a.note = std::move(note);
  a.version += 1;
  FL_TRY(store_.write([&](store::Transaction& tx) -> Status {
    FL_TRY(tx.watchlists().update_alert(a));
    return store::append_audit(tx, audit_entry(who, clock_, "watchlist.alert.review", "watchlist_alert",
                                               std::to_string(id), audit::Outcome::kOk,
                                               {{"decision", r.decision}, {"person_id", a.person_id},
                                                {"entry_id", a.entry_id}}));
  }));
  return a;
}

}  // namespace frontline::service
