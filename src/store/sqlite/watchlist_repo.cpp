// Watchlists and their entries in SQLite. An entry's identifying fields are
// sealed together as one JSON document (adding a field needs no migration).
#include <nlohmann/json.hpp>

#include "store/sqlite/repos.hpp"

namespace frontline::store::sqlite {
namespace {

using nlohmann::json;

// The sealed document: {"identity": {...as persons.identity...}, "phone_raw",
// "phone_e164", "handle", "reason"}.
std::string sealed_json(const domain::WatchlistEntry& e) {
  return json{{"identity", identity_to_json(e.identity)},
              {"phone_raw", e.phone_raw},
              {"phone_e164", e.phone_e164},
              {"handle", e.handle},
              {"reason", e.reason}}
      .dump();
}

Status read_sealed_json(const std::string& text, domain::WatchlistEntry& e) {
  FL_ASSIGN_OR_RETURN(json j, sealed_object(text, "watchlist entry " + std::to_string(e.id)));
  e.identity = identity_from_json(j.value("identity", json::object()));
  e.phone_raw = j.value("phone_raw", "");
  e.phone_e164 = j.value("phone_e164", "");
  e.handle = j.value("handle", "");
  e.reason = j.value("reason", "");
  return {};
}

constexpr const char* kListSelect =
    "SELECT w.id, w.name, w.type, w.source, w.owner_unit_id, u.code, u.path, w.description, w.created_by, "
    "w.created_at, w.updated_at, w.active, w.version, "
    "(SELECT COUNT(*) FROM watchlist_entries e WHERE e.watchlist_id = w.id AND e.active = 1) "
    "FROM watchlists w JOIN units u ON u.id = w.owner_unit_id ";

Result<domain::Watchlist> read_list(const Stmt& q) {
  domain::Watchlist w;
  w.id = q.int64(0);
  w.name = q.text(1);
  auto type = domain::parse_watchlist_type(q.text(2));
  if (!type) {
    return Error::corruption("watchlist " + std::to_string(w.id) + " has an unknown type");
  }
  w.type = *type;
  w.source = q.text(3);
  w.owner_unit_id = q.int64(4);
  w.owner_unit_code = q.text(5);
  w.owner_unit_path = q.text(6);
  w.description = q.text(7);
  w.created_by = q.int64(8);
  FL_ASSIGN_OR_RETURN(w.created_at, stored_time(q.text(9)));
  FL_ASSIGN_OR_RETURN(w.updated_at, stored_time(q.text(10)));
  w.active = q.int64(11) != 0;
  w.version = q.int64(12);
  w.entry_count = q.int64(13);
  return w;
}

constexpr const char* kEntryColumns =
    "e.id, e.watchlist_id, e.sealed, e.sex, e.nationality, e.platform, e.source_ref, e.expires_on, e.added_by, "
    "e.added_at, e.updated_at, e.active, e.version";

}  // namespace

Result<domain::WatchlistEntry> SqliteWatchlistRepo::read_entry(const Stmt& q, int f) {
  domain::WatchlistEntry e;
  e.id = q.int64(f);
  e.watchlist_id = q.int64(f + 1);
  FL_ASSIGN_OR_RETURN(std::string plain, sealer_.open(q.blob(f + 2)));
  FL_TRY(read_sealed_json(plain, e));
  auto sex = domain::parse_sex(q.text(f + 3));
  if (!sex) {
    return Error::corruption("watchlist entry " + std::to_string(e.id) + " has an unknown sex value");
  }
  e.sex = *sex;
  e.nationality = q.text(f + 4);
  if (!q.is_null(f + 5)) {
    e.platform = domain::parse_account_platform(q.text(f + 5));
    if (!e.platform) {
      return Error::corruption("watchlist entry " + std::to_string(e.id) + " has an unknown platform");
    }
  }
  e.source_ref = q.text(f + 6);
  e.expires_on = q.text(f + 7);
  e.added_by = q.int64(f + 8);
  FL_ASSIGN_OR_RETURN(e.added_at, stored_time(q.text(f + 9)));
  FL_ASSIGN_OR_RETURN(e.updated_at, stored_time(q.text(f + 10)));
  e.active = q.int64(f + 11) != 0;
  e.version = q.int64(f + 12);
  return e;
}

Result<int64_t> SqliteWatchlistRepo::insert_list(const domain::Watchlist& w) {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare(
      "INSERT INTO watchlists(name, type, source, owner_unit_id, description, created_by, created_at, updated_at, "
      "active, version) VALUES (?,?,?,?,?,?,?,?,?,?)"));
  q.bind_all(w.name, domain::watchlist_type_name(w.type), w.source, w.owner_unit_id, w.description, w.created_by,
             format_utc(w.created_at), format_utc(w.updated_at), w.active, w.version);
  FL_TRY(q.run());
  return c_.last_insert_rowid();
}

Result<domain::Watchlist> SqliteWatchlistRepo::get_list(int64_t id) {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare(std::string(kListSelect) + "WHERE w.id=?"));
  q.bind(1, id);
  FL_ASSIGN_OR_RETURN(bool row, q.step());
  if (!row) {
    return Error::not_found("watchlist " + std::to_string(id) + " not found");
  }
  return read_list(q);
}

Status SqliteWatchlistRepo::update_list(const domain::Watchlist& w) {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare(
      "UPDATE watchlists SET name=?, source=?, description=?, active=?, updated_at=?, version=? "
      "WHERE id=? AND version=?"));
  q.bind_all(w.name, w.source, w.description, w.active, format_utc(w.updated_at), w.version, w.id, w.version - 1);
  FL_TRY(q.run());
  if (c_.changes() == 0) {
    return Error::conflict("watchlist " + std::to_string(w.id) + " was changed by someone else; reload and try again");
  }
  return {};
}

Result<std::vector<domain::Watchlist>> SqliteWatchlistRepo::lists() {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare(std::string(kListSelect) + "ORDER BY w.name, w.id"));
  return collect_rows<domain::Watchlist>(q, [](const Stmt& r) { return read_list(r); });
}

Result<int64_t> SqliteWatchlistRepo::insert_entry(const domain::WatchlistEntry& e) {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare(
      "INSERT INTO watchlist_entries(watchlist_id, sealed, sex, nationality, platform, source_ref, expires_on, "
      "added_by, added_at, updated_at, active, version) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"));
  q.bind(1, e.watchlist_id).bind_blob(2, sealer_.seal(sealed_json(e)));
  q.bind(3, domain::sex_name(e.sex)).bind(4, e.nationality);
  q.bind_or_null(5, e.platform ? std::string(domain::account_platform_name(*e.platform)) : std::string());
  q.bind(6, e.source_ref).bind(7, e.expires_on).bind(8, e.added_by).bind(9, format_utc(e.added_at));
  q.bind(10, format_utc(e.updated_at)).bind(11, e.active).bind(12, e.version);
  FL_TRY(q.run());
  return c_.last_insert_rowid();
}

Result<domain::WatchlistEntry> SqliteWatchlistRepo::get_entry(int64_t id) {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare(std::string("SELECT ") + kEntryColumns +
                                         " FROM watchlist_entries e WHERE e.id=?"));
  q.bind(1, id);
  FL_ASSIGN_OR_RETURN(bool row, q.step());
  if (!row) {
    return Error::not_found("watchlist entry " + std::to_string(id) + " not found");
  }
  return read_entry(q, 0);
}

Status SqliteWatchlistRepo::update_entry(const domain::WatchlistEntry& e) {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare(
      "UPDATE watchlist_entries SET sealed=?, sex=?, nationality=?, platform=?, source_ref=?, expires_on=?, "
      "updated_at=?, active=?, version=? WHERE id=? AND version=?"));
  q.bind_blob(1, sealer_.seal(sealed_json(e))).bind(2, domain::sex_name(e.sex)).bind(3, e.nationality);
  q.bind_or_null(4, e.platform ? std::string(domain::account_platform_name(*e.platform)) : std::string());
  q.bind(5, e.source_ref).bind(6, e.expires_on).bind(7, format_utc(e.updated_at)).bind(8, e.active);
  q.bind(9, e.version).bind(10, e.id).bind(11, e.version - 1);
  FL_TRY(q.run());
  if (c_.changes() == 0) {
    return Error::conflict("watchlist entry " + std::to_string(e.id) +
                           " was changed by someone else; reload and try again");
  }
  return {};
}

Result<std::vector<domain::WatchlistEntry>> SqliteWatchlistRepo::entries_of(int64_t watchlist_id) {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare(std::string("SELECT ") + kEntryColumns +
                                         " FROM watchlist_entries e WHERE e.watchlist_id=? AND e.active=1 "
                                         "ORDER BY e.id"));
  q.bind(1, watchlist_id);
  return collect_rows<domain::WatchlistEntry>(q, [this](const Stmt& r) { return read_entry(r, 0); });
}

Result<std::vector<domain::MatchableEntry>> SqliteWatchlistRepo::matchable_entries(const std::string& today,
                                                                                std::optional<int64_t> list_id) {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare(std::string("SELECT ") + kEntryColumns +
                                         ", w.type, w.name FROM watchlist_entries e JOIN watchlists w "
                                         "ON w.id = e.watchlist_id WHERE e.active=1 AND w.active=1 "
                                         "AND (e.expires_on = '' OR e.expires_on >= ?) "
                                         "AND (? IS NULL OR w.id = ?) ORDER BY e.id"));
  q.bind(1, today);
  if (list_id) {
    q.bind(2, *list_id).bind(3, *list_id);
  } else {
    q.bind(2, nullptr).bind(3, nullptr);
  }
  return collect_rows<domain::MatchableEntry>(q, [this](const Stmt& r) -> Result<domain::MatchableEntry> {
    domain::MatchableEntry m;
    FL_ASSIGN_OR_RETURN(m.entry, read_entry(r, 0));
    auto type = domain::parse_watchlist_type(r.text(13));
    if (!type) {
      return Error::corruption("watchlist of entry " + std::to_string(m.entry.id) + " has an unknown type");
    }
    m.list_type = *type;
    m.list_name = r.text(14);
    return m;
  });
}

}  // namespace frontline::store::sqlite
