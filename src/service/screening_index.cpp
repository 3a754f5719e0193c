// Keeping the screening index current: built from the store at start, told
// of committed changes to persons (PersonIndexSink) and to watchlists
// (WatchlistIndexSink), and raising watchlist alerts after each refresh.
#include <spdlog/spdlog.h>

#include "service/case_validation.hpp"
#include "service/link_service.hpp"
#include "service/screening_service.hpp"
#include "service/watchlist_alerts.hpp"

namespace frontline::service {

match::IndexedRecord indexed_record(const store::LinkedPerson& lp) {
  match::IndexedRecord r;
  r.key = {match::SourceKind::kCasePerson, lp.person.id};
  match::PersonRecord rec = match::person_record(lp.person);
  r.profile = match::build_profile(rec);
  r.display_name = lp.person.identity.full_name;
  r.date_of_birth = lp.person.identity.date_of_birth;
  for (const store::PersonCaseLink& link : lp.links) {
    r.victim = r.victim || link.role == domain::PersonRole::kVictim;
    r.cases.push_back({link.case_id, link.case_number, link.role, link.unit_code, link.unit_path});
  }
  return r;
}

std::optional<match::IndexedRecord> indexed_record(const domain::MatchableEntry& m) {
  const domain::WatchlistEntry& e = m.entry;
  match::PersonRecord rec;
  if (domain::is_person_list(m.list_type)) {
    rec.full_name = e.identity.full_name;
    rec.aliases = e.identity.aliases;
    rec.date_of_birth = e.identity.date_of_birth;
    rec.sex = e.sex;
    rec.nationality = e.nationality;
    rec.citizen_id = e.identity.citizen_id;
    rec.passport_number = e.identity.passport_number;
    rec.phone = e.identity.phone;
  } else if (m.list_type == domain::WatchlistType::kFlaggedPhones) {
    rec.phone = e.phone_e164.empty() ? e.phone_raw : e.phone_e164;
  } else {
    return std::nullopt;
  }
  match::IndexedRecord r;
  r.key = {match::SourceKind::kWatchlistEntry, e.id};
  r.profile = match::build_profile(rec);
  r.display_name = domain::is_person_list(m.list_type) ? e.identity.full_name : e.phone_raw;
  r.date_of_birth = e.identity.date_of_birth;
  r.victim = domain::holds_potential_victims(m.list_type);
  r.list = std::make_shared<const match::IndexedListRef>(match::IndexedListRef{
      e.watchlist_id, m.list_name, domain::watchlist_type_name(m.list_type), r.victim, e.expires_on});
  return r;
}

ScreeningIndex::ScreeningIndex(store::Store& store, const Clock& clock, match::IndexOptions options)
    : store_(store), clock_(clock), index_(options) {}

Result<int64_t> ScreeningIndex::rebuild() {
  std::vector<match::IndexedRecord> records;
  std::unordered_map<int64_t, std::unordered_map<int64_t, int64_t>> versions;  // list -> entry -> version
  const std::string today = today_vn(clock_.now());
  FL_TRY(store_.read([&](store::Transaction& tx) -> Status {
    FL_TRY(tx.persons().scan_linked([&](const store::LinkedPerson& lp) {
      records.push_back(indexed_record(lp));
      return true;
    }));
    FL_ASSIGN_OR_RETURN(auto entries, tx.watchlists().matchable_entries(today, std::nullopt));
    for (const domain::MatchableEntry& m : entries) {
      if (auto r = indexed_record(m)) {
        versions[m.entry.watchlist_id][m.entry.id] = m.entry.version;
        records.push_back(std::move(*r));
      }
    }
    return {};
  }));
  index_.clear();
  {
    std::lock_guard lock(lists_mutex_);
    entries_of_list_ = std::move(versions);
  }
  for (match::IndexedRecord& r : records) {
    index_.upsert(std::move(r));
  }
  return static_cast<int64_t>(records.size());
}

Result<int64_t> ScreeningIndex::raise_all_alerts() {
  std::vector<int64_t> lists;
  {
    std::lock_guard lock(lists_mutex_);
    for (const auto& [list_id, ids] : entries_of_list_) {
      lists.push_back(list_id);
    }
  }
  int64_t raised = 0;
  const std::string today = today_vn(clock_.now());
  for (int64_t list_id : lists) {
    FL_ASSIGN_OR_RETURN(auto entries, store::read_value<std::vector<domain::MatchableEntry>>(
                                          store_, [&](store::Transaction& tx) {
                                            return tx.watchlists().matchable_entries(today, list_id);
                                          }));
    for (const domain::MatchableEntry& m : entries) {
      if (auto r = indexed_record(m)) {
        FL_ASSIGN_OR_RETURN(int64_t n, raise_alerts(store_, clock_, index_, *r));
        raised += n;
      }
    }
  }
  return raised;
}

void ScreeningIndex::raise_for(const match::IndexedRecord& record) {
  if (!alerts_) {
    return;
  }
  auto raised = raise_alerts(store_, clock_, index_, record);
  if (!raised.ok()) {
    spdlog::error("watchlist alerts: could not raise the alerts of {} {}: {}",
                  match::source_kind_name(record.key.source), record.key.id, raised.error().message);
  }
  auto proposed = propose_links(store_, clock_, index_, record);
  if (!proposed.ok()) {
    spdlog::error("cross-case links: could not propose the links of {} {}: {}",
                  match::source_kind_name(record.key.source), record.key.id, proposed.error().message);
  }
}

Status ScreeningIndex::refresh(int64_t person_id) {
  std::optional<match::IndexedRecord> record;
  FL_TRY(store_.read([&](store::Transaction& tx) -> Status {
    return tx.persons().scan_linked(
        [&](const store::LinkedPerson& lp) {
          record = indexed_record(lp);
          return false;
        },
        person_id);
  }));
  if (!record) {
    index_.remove({match::SourceKind::kCasePerson, person_id});
    return {};
  }
  index_.upsert(*record);
  raise_for(*record);
  return {};
}

Status ScreeningIndex::refresh_list(int64_t list_id) {
  const std::string today = today_vn(clock_.now());
  FL_ASSIGN_OR_RETURN(auto entries, store::read_value<std::vector<domain::MatchableEntry>>(
                                        store_, [&](store::Transaction& tx) {
                                          return tx.watchlists().matchable_entries(today, list_id);
                                        }));
  std::vector<match::IndexedRecord> changed;  // new or edited since the last refresh
  {
    // One writer per list at a time, so two refreshes of a list never
    // interleave their removals and insertions.
    std::lock_guard lock(lists_mutex_);
    std::unordered_map<int64_t, int64_t>& known = entries_of_list_[list_id];
    std::unordered_map<int64_t, int64_t> now;
    for (const domain::MatchableEntry& m : entries) {
      auto r = indexed_record(m);
      if (!r) {
        continue;
      }
      now[m.entry.id] = m.entry.version;
      auto was = known.find(m.entry.id);
      if (was == known.end() || was->second != m.entry.version) {
        changed.push_back(*r);
      }
      index_.upsert(std::move(*r));
    }
    for (const auto& [id, version] : known) {
      if (!now.count(id)) {
        index_.remove({match::SourceKind::kWatchlistEntry, id});
      }
    }
    known = std::move(now);
  }
  // Renaming the list changes no entry: the records are replaced above, and
  // no alert is raised again.
  for (const match::IndexedRecord& r : changed) {
    raise_for(r);
  }
  return {};
}

void ScreeningIndex::person_changed(int64_t person_id) {
  Status s = refresh(person_id);
  if (!s.ok()) {
    spdlog::error("screening index: could not refresh person {}: {}", person_id, s.error().message);
  }
}

void ScreeningIndex::list_changed(int64_t list_id) {
  Status s = refresh_list(list_id);
  if (!s.ok()) {
    spdlog::error("screening index: could not refresh watchlist {}: {}", list_id, s.error().message);
  }
}

}  // namespace frontline::service
