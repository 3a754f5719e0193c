// Watchlists and their entries: permissions, the owner-unit rule, masking
// and auditing (the CSV import is in watchlist_import.cpp).
#include "service/watchlist_service.hpp"

#include <algorithm>

#include "service/audit_helpers.hpp"
#include "service/watchlist_internal.hpp"
#include "service/watchlist_validation.hpp"
#include "util/text.hpp"

namespace frontline::service {
namespace {

using domain::Permission;

bool contains_q(const std::string& haystack, const std::string& q) { return haystack.find(q) != std::string::npos; }


// True when `v` (after masking) matches the folded query.
bool matches(const WatchlistEntryView& v, const std::string& folded_q, const std::string& q_digits) {
  if (folded_q.empty()) {
    return true;
  }
  const auto& e = v.entry;
  std::string names = text::fold(e.identity.full_name);
  for (const auto& a : e.identity.aliases) {
    names += " | " + text::fold(a);
  }
  if (contains_q(names, folded_q) || contains_q(text::fold(e.handle), folded_q)) {
    return true;
  }
  if (q_digits.size() >= 3) {
    for (const auto* phone : {&e.phone_raw, &e.phone_e164, &e.identity.phone}) {
      if (contains_q(text::digits_only(*phone), q_digits)) {
        return true;
      }
    }
  }
  return false;
}

}  // namespace

bool may_see_entry_identity(const Principal& who, domain::WatchlistType type) {
  if (!domain::is_person_list(type)) {
    return true;
  }
  return who.can(domain::holds_potential_victims(type) ? Permission::kVictimIdentityRead
                                                       : Permission::kPersonIdentityRead);
}

WatchlistEntryView entry_view(const Principal& who, domain::WatchlistType type, domain::WatchlistEntry e,
                              const std::string& today) {
  WatchlistEntryView v;
  v.expired = domain::entry_expired(e, today);
  if (!may_see_entry_identity(who, type)) {
    e.identity = domain::PersonIdentity{};
    e.reason.clear();
    v.masked = true;
    v.label = domain::pseudonym(e.id, domain::holds_potential_victims(type));
  }
  v.entry = std::move(e);
  return v;
}

Status audit_identity_views(store::Transaction& tx, const Principal& who, const Clock& clock,
                            const domain::Watchlist& list, const std::vector<WatchlistEntryView>& views) {
  nlohmann::json ids = nlohmann::json::array();
  for (const auto& v : views) {
    if (!v.masked) {
      ids.push_back(v.entry.id);
    }
  }
  if (ids.empty()) {
    return {};
  }
  return store::append_audit(tx, audit_entry(who, clock, "watchlist.identity.read", "watchlist",
                                             std::to_string(list.id), audit::Outcome::kOk, {{"entries", ids}}));
}

Status require_watchlist_read(const Principal& who) {
  if (!who.can(Permission::kWatchlistRead) && !who.is_system()) {
    return Error::denied("your role may not read watchlists");
  }
  return {};
}

Status require_watchlist_manage(const Principal& who, const domain::Watchlist& list) {
  if (who.is_system()) {
    return {};
  }
  if (!who.can(Permission::kWatchlistManage)) {
    return Error::denied("your role may not change watchlists");
  }
  if (list.owner_unit_path.rfind(who.unit_path, 0) != 0) {
    return Error::denied("only the owning unit and the units above it may change this watchlist");
  }
  return {};
}

Result<std::optional<int64_t>> find_duplicate(const std::vector<domain::WatchlistEntry>& existing,
                                              const domain::WatchlistEntry& e, std::string* key_out) {
  auto keys = entry_keys(e);
  for (const auto& other : existing) {
    if (other.id == e.id) {
      continue;
    }
    for (const auto& k : entry_keys(other)) {
      if (std::find(keys.begin(), keys.end(), k) != keys.end()) {
        if (key_out != nullptr) {
          *key_out = k.substr(0, k.find(':'));
        }
        return std::optional<int64_t>(other.id);
      }
    }
  }
  return std::optional<int64_t>();
}

Result<std::vector<domain::Watchlist>> WatchlistService::list(const Principal& who) {
  FL_TRY(require_watchlist_read(who));
  return store::read_value<std::vector<domain::Watchlist>>(
      store_, [](store::Transaction& tx) { return tx.watchlists().lists(); });
}

Result<domain::Watchlist> WatchlistService::get(const Principal& who, int64_t id) {
  FL_TRY(require_watchlist_read(who));
  return store::read_value<domain::Watchlist>(store_,
                                              [id](store::Transaction& tx) { return tx.watchlists().get_list(id); });
}

Result<domain::Watchlist> WatchlistService::create(const Principal& who, const domain::WatchlistDraft& draft) {
  if (!who.can(Permission::kWatchlistManage) && !who.is_system()) {
    return Error::denied("your role may not change watchlists");
  }
  return store::write_value<domain::Watchlist>(store_, [&](store::Transaction& tx) -> Result<domain::Watchlist> {
    FieldErrors bad;
    check_watchlist_text(draft.name, draft.source, draft.description, bad);
    if (!draft.type) {
      bad["type"] = "is required";
    }
    domain::Watchlist w;
    w.owner_unit_id = who.unit_id;
    if (!draft.owner_unit_code.empty()) {
      FL_ASSIGN_OR_RETURN(auto unit, tx.reference().find_unit(draft.owner_unit_code));
      if (!unit) {
        bad["owner_unit_code"] = "unknown unit code '" + draft.owner_unit_code + "'";
      } else if (!who.is_system() && unit->path.rfind(who.unit_path, 0) != 0) {
        bad["owner_unit_code"] = "must be your unit or a unit below it";
      } else {
        w.owner_unit_id = unit->id;
      }
    } else if (who.unit_id == 0) {
      bad["owner_unit_code"] = "is required";
    }
    if (!bad.empty()) {
      return Error::invalid("the watchlist has invalid fields", bad);
    }
    TimePoint now = clock_.now();
    w.name = draft.name;
    w.type = *draft.type;
    w.source = draft.source;
    w.description = draft.description;
    w.created_by = who.user_id;
    w.created_at = now;
    w.updated_at = now;
    FL_ASSIGN_OR_RETURN(w.id, tx.watchlists().insert_list(w));
    FL_TRY(store::append_audit(tx, audit_entry(who, clock_, "watchlist.create", "watchlist", std::to_string(w.id),
                                               audit::Outcome::kOk, {{"type", domain::watchlist_type_name(w.type)}})));
    return tx.watchlists().get_list(w.id);
  });
}

Result<domain::Watchlist> WatchlistService::update(const Principal& who, int64_t id,
                                                   const domain::WatchlistPatch& patch) {
  FL_TRY(require_watchlist_read(who));
  auto out = store::write_value<domain::Watchlist>(store_, [&](store::Transaction& tx) -> Result<domain::Watchlist> {
    FL_ASSIGN_OR_RETURN(domain::Watchlist w, tx.watchlists().get_list(id));
    FL_TRY(require_watchlist_manage(who, w));
    if (patch.expected_version && *patch.expected_version != w.version) {
      return Error::conflict("watchlist " + std::to_string(id) + " was changed by someone else; reload and try again");
    }
    FieldChanges changes;
    changes.apply(patch.name, w.name, "name");
    changes.apply(patch.source, w.source, "source");
    changes.apply(patch.description, w.description, "description");
    changes.apply(patch.active, w.active, "active");
    FieldErrors bad;
    check_watchlist_text(w.name, w.source, w.description, bad);
    if (!bad.empty()) {
      return Error::invalid("the watchlist has invalid fields", bad);
    }
    if (changes.empty()) {
      return w;
    }
    w.updated_at = clock_.now();
    w.version += 1;
    FL_TRY(tx.watchlists().update_list(w));
    FL_TRY(store::append_audit(tx, audit_entry(who, clock_, "watchlist.update", "watchlist", std::to_string(w.id),
                                               audit::Outcome::kOk, {{"fields", changes.names()}})));
    return tx.watchlists().get_list(w.id);
  });
  if (out.ok()) {
    notify(id);
  }
  return out;
}

Result<WatchlistEntryPage> WatchlistService::entries(const Principal& who, int64_t list_id,
                                                     const WatchlistEntryQuery& query) {
  FL_TRY(require_watchlist_read(who));
  FieldErrors bad;
  check_paging(query.offset, query.limit, 200, bad);
  if (text::code_points(query.q) > 200) {
    bad["q"] = "at most 200 characters";
  }
  if (!bad.empty()) {
    return Error::invalid("invalid filters", bad);
  }
  std::string folded_q = text::fold(query.q);
  std::string q_digits = text::digits_only(query.q);
  std::string today = today_vn(clock_.now());
  // A write transaction: showing identities appends an audit entry.
  return store::write_value<WatchlistEntryPage>(store_, [&](store::Transaction& tx) -> Result<WatchlistEntryPage> {
    FL_ASSIGN_OR_RETURN(domain::Watchlist w, tx.watchlists().get_list(list_id));
    FL_ASSIGN_OR_RETURN(auto all, tx.watchlists().entries_of(list_id));
    std::vector<WatchlistEntryView> hits;
    for (auto& e : all) {
      auto v = entry_view(who, w.type, std::move(e), today);
      if ((query.include_expired || !v.expired) && matches(v, folded_q, q_digits)) {
        hits.push_back(std::move(v));
      }
    }
    WatchlistEntryPage page;
    page.total = static_cast<int64_t>(hits.size());
    for (int64_t i = query.offset; i < page.total && i < query.offset + query.limit; ++i) {
      page.items.push_back(std::move(hits[static_cast<size_t>(i)]));
    }
    FL_TRY(audit_identity_views(tx, who, clock_, w, page.items));
    return page;
  });
}

Result<WatchlistEntryView> WatchlistService::add_entry(const Principal& who, int64_t list_id,
                                                       const domain::WatchlistEntryDraft& d) {
  FL_TRY(require_watchlist_read(who));
  std::string today = today_vn(clock_.now());
  auto out = store::write_value<WatchlistEntryView>(store_, [&](store::Transaction& tx) -> Result<WatchlistEntryView> {
    FL_ASSIGN_OR_RETURN(domain::Watchlist w, tx.watchlists().get_list(list_id));
    FL_TRY(require_watchlist_manage(who, w));
    if (!w.active) {
      return Error::conflict("watchlist " + std::to_string(w.id) + " is inactive; reactivate it first");
    }
    TimePoint now = clock_.now();
    domain::WatchlistEntry e;
    FieldErrors bad;
    FL_TRY(build_entry(tx, w.type, d, now, e, bad));
    if (!bad.empty()) {
      return Error::invalid("the entry has invalid fields", bad);
    }
    FL_ASSIGN_OR_RETURN(auto existing, tx.watchlists().entries_of(w.id));
    std::string key;
    FL_ASSIGN_OR_RETURN(auto dup, find_duplicate(existing, e, &key));
    if (dup) {
      return Error::conflict("an entry with the same " + key + " is already on this list (entry " +
                             std::to_string(*dup) + ")");
    }
    e.watchlist_id = w.id;
    e.added_by = who.user_id;
    e.added_at = now;
    e.updated_at = now;
    FL_ASSIGN_OR_RETURN(e.id, tx.watchlists().insert_entry(e));
    FL_TRY(store::append_audit(tx, audit_entry(who, clock_, "watchlist.entry.add", "watchlist_entry",
                                               std::to_string(e.id), audit::Outcome::kOk, {{"watchlist", w.id}})));
    return entry_view(who, w.type, e, today);
  });
  if (out.ok()) {
    notify(out->entry.watchlist_id);
  }
  return out;
}

Result<WatchlistEntryView> WatchlistService::get_entry(const Principal& who, int64_t entry_id) {
  FL_TRY(require_watchlist_read(who));
  std::string today = today_vn(clock_.now());
  return store::write_value<WatchlistEntryView>(store_, [&](store::Transaction& tx) -> Result<WatchlistEntryView> {
    FL_ASSIGN_OR_RETURN(domain::WatchlistEntry e, tx.watchlists().get_entry(entry_id));
    FL_ASSIGN_OR_RETURN(domain::Watchlist w, tx.watchlists().get_list(e.watchlist_id));
    auto v = entry_view(who, w.type, std::move(e), today);
    FL_TRY(audit_identity_views(tx, who, clock_, w, {v}));
    return v;
  });
}

Result<WatchlistEntryView> WatchlistService::update_entry(const Principal& who, int64_t entry_id,
                                                          const domain::WatchlistEntryPatch& p) {
  FL_TRY(require_watchlist_read(who));
  std::string today = today_vn(clock_.now());
  auto out = store::write_value<WatchlistEntryView>(store_, [&](store::Transaction& tx) -> Result<WatchlistEntryView> {
    FL_ASSIGN_OR_RETURN(domain::WatchlistEntry e, tx.watchlists().get_entry(entry_id));
    FL_ASSIGN_OR_RETURN(domain::Watchlist w, tx.watchlists().get_list(e.watchlist_id));
    FL_TRY(require_watchlist_manage(who, w));
    if (!e.active) {
      return Error::not_found("watchlist entry " + std::to_string(entry_id) + " not found");
    }
    if (p.expected_version && *p.expected_version != e.version) {
      return Error::conflict("watchlist entry " + std::to_string(entry_id) +
                             " was changed by someone else; reload and try again");
    }
    domain::WatchlistEntryDraft d = entry_draft(e);
    FieldChanges changes;
    changes.apply_identity(p, &domain::WatchlistEntryPatch::identity_phone, d.identity, "identity.");
    changes.apply(p.sex, d.sex, "sex");
    changes.apply(p.nationality, d.nationality, "nationality");
    changes.apply(p.phone, d.phone, "phone");
    changes.apply(p.platform, d.platform, "platform");
    changes.apply(p.handle, d.handle, "handle");
    changes.apply(p.reason, d.reason, "reason");
    changes.apply(p.source_ref, d.source_ref, "source_ref");
    changes.apply(p.expires_on, d.expires_on, "expires_on");
    FieldErrors bad;
    FL_TRY(build_entry(tx, w.type, d, clock_.now(), e, bad));
    if (!bad.empty()) {
      return Error::invalid("the entry has invalid fields", bad);
    }
    if (changes.empty()) {
      auto v = entry_view(who, w.type, e, today);
      FL_TRY(audit_identity_views(tx, who, clock_, w, {v}));
      return v;
    }
    FL_ASSIGN_OR_RETURN(auto existing, tx.watchlists().entries_of(w.id));
    std::string key;
    FL_ASSIGN_OR_RETURN(auto dup, find_duplicate(existing, e, &key));
    if (dup) {
      return Error::conflict("an entry with the same " + key + " is already on this list (entry " +
                             std::to_string(*dup) + ")");
    }
    e.updated_at = clock_.now();
    e.version += 1;
    FL_TRY(tx.watchlists().update_entry(e));
    FL_TRY(store::append_audit(tx, audit_entry(who, clock_, "watchlist.entry.update", "watchlist_entry",
                                               std::to_string(e.id), audit::Outcome::kOk,
                                               {{"watchlist", w.id}, {"fields", changes.names()}})));
    return entry_view(who, w.type, e, today);
  });
  if (out.ok()) {
    notify(out->entry.watchlist_id);
  }
  return out;
}

Status WatchlistService::remove_entry(const Principal& who, int64_t entry_id, std::optional<int64_t> expected_version) {
  FL_TRY(require_watchlist_read(who));
  int64_t list_id = 0;
  Status out = store_.write([&](store::Transaction& tx) -> Status {
    FL_ASSIGN_OR_RETURN(domain::WatchlistEntry e, tx.watchlists().get_entry(entry_id));
    list_id = e.watchlist_id;
    FL_ASSIGN_OR_RETURN(domain::Watchlist w, tx.watchlists().get_list(e.watchlist_id));
    FL_TRY(require_watchlist_manage(who, w));
    if (!e.active) {
      return Error::not_found("watchlist entry " + std::to_string(entry_id) + " not found");
    }
    if (expected_version && *expected_version != e.version) {
      return Error::conflict("watchlist entry " + std::to_string(entry_id) +
                             " was changed by someone else; reload and try again");
    }
    e.active = false;
    e.updated_at = clock_.now();
    e.version += 1;
    FL_TRY(tx.watchlists().update_entry(e));
    return store::append_audit(tx, audit_entry(who, clock_, "watchlist.entry.deactivate", "watchlist_entry",
                                               std::to_string(e.id), audit::Outcome::kOk, {{"watchlist", w.id}}));
  });
  if (out.ok()) {
    notify(list_id);
  }
  return out;
}

}  // namespace frontline::service
