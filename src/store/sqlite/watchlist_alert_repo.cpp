// Watchlist alerts in SQLite (migration 0010). The review note is sealed.
// An alert is in a scope when its person is linked to a case in that scope;
// the case shown with it is the person's newest such case.
#include "store/sqlite/repos.hpp"

namespace frontline::store::sqlite {
namespace {

// Columns 0..13; the case (14, 15) is appended by each query.
constexpr const char* kAlertColumns =
    "a.id, a.person_id, a.entry_id, a.score, a.status, a.raised_at, a.reviewed_by, a.reviewed_at, a.note, "
    "a.version, e.watchlist_id, w.name, w.type, "
    "EXISTS (SELECT 1 FROM case_persons v WHERE v.person_id = a.person_id AND v.role = 'victim')";

constexpr const char* kAlertFrom =
    " FROM watchlist_alerts a JOIN watchlist_entries e ON e.id = a.entry_id JOIN watchlists w ON w.id = e.watchlist_id";

// The newest case of the alert's person, within `scope_where` (" AND ..." over c).
std::string newest_case_sql(const std::string& scope_where, const char* column) {
  return std::string("(SELECT c.") + column +
         " FROM case_persons cp JOIN cases c ON c.id = cp.case_id WHERE cp.person_id = a.person_id" + scope_where +
         " ORDER BY c.id DESC LIMIT 1)";
}

}  // namespace

Result<std::optional<int64_t>> SqliteWatchlistRepo::insert_alert(const domain::WatchlistAlert& a) {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare(
      "INSERT INTO watchlist_alerts(person_id, entry_id, score, status, raised_at, note, version) "
      "VALUES (?,?,?,?,?,?,?) ON CONFLICT(person_id, entry_id) DO NOTHING"));
  q.bind(1, a.person_id).bind(2, a.entry_id).bind(3, a.score).bind(4, domain::alert_status_name(a.status));
  q.bind(5, format_utc(a.raised_at)).bind_blob(6, sealer_.seal(a.note)).bind(7, a.version);
  FL_TRY(q.run());
  if (c_.changes() == 0) {
    return std::optional<int64_t>();
  }
  return std::optional<int64_t>(c_.last_insert_rowid());
}

Result<domain::WatchlistAlert> SqliteWatchlistRepo::read_alert(const Stmt& q) {
  domain::WatchlistAlert a;
  a.id = q.int64(0);
  a.person_id = q.int64(1);
  a.entry_id = q.int64(2);
  a.score = q.real(3);
  auto status = domain::parse_alert_status(q.text(4));
  auto type = domain::parse_watchlist_type(q.text(12));
  if (!status || !type) {
    return Error::corruption("watchlist alert " + std::to_string(a.id) + " has an unknown status or list type");
  }
  a.status = *status;
  FL_ASSIGN_OR_RETURN(a.raised_at, stored_time(q.text(5)));
  a.reviewed_by = q.is_null(6) ? 0 : q.int64(6);
  if (!q.is_null(7)) {
    FL_ASSIGN_OR_RETURN(TimePoint at, stored_time(q.text(7)));
    a.reviewed_at = at;
  }
  if (!q.is_null(8)) {
    FL_ASSIGN_OR_RETURN(a.note, sealer_.open(q.blob(8)));
  }
  a.version = q.int64(9);
  a.watchlist_id = q.int64(10);
  a.list_name = q.text(11);
  a.list_type = *type;
  a.person_is_victim = q.int64(13) != 0;
  a.case_id = q.is_null(14) ? 0 : q.int64(14);
  a.case_number = q.is_null(15) ? std::string() : q.text(15);
  return a;
}

Result<domain::WatchlistAlert> SqliteWatchlistRepo::get_alert(int64_t id) {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare(std::string("SELECT ") + kAlertColumns + ", " + newest_case_sql("", "id") +
                                         ", " + newest_case_sql("", "number") + kAlertFrom + " WHERE a.id=?"));
  q.bind(1, id);
  FL_ASSIGN_OR_RETURN(bool row, q.step());
  if (!row) {
    return Error::not_found("watchlist alert " + std::to_string(id) + " not found");
  }
  return read_alert(q);
}

Status SqliteWatchlistRepo::update_alert(const domain::WatchlistAlert& a) {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare(
      "UPDATE watchlist_alerts SET status=?, reviewed_by=?, reviewed_at=?, note=?, version=? WHERE id=? AND version=?"));
  q.bind(1, domain::alert_status_name(a.status));
  if (a.reviewed_by != 0) {
    q.bind(2, a.reviewed_by);
  } else {
    q.bind(2, nullptr);
  }
  q.bind_or_null(3, a.reviewed_at ? format_utc(*a.reviewed_at) : std::string());
  q.bind_blob(4, sealer_.seal(a.note)).bind(5, a.version).bind(6, a.id).bind(7, a.version - 1);
  FL_TRY(q.run());
  if (c_.changes() == 0) {
    return Error::conflict("watchlist alert " + std::to_string(a.id) +
                           " was changed by someone else; reload and try again");
  }
  return {};
}

Result<domain::AlertPage> SqliteWatchlistRepo::alerts(const domain::AlertFilter& f, const CaseScope& scope) {
  std::string scope_where;
  std::vector<std::string> scope_params;
  scope_sql(scope, "c.unit_id", scope_where, scope_params);
  // In scope: the person's newest case in scope exists.
  std::string where = " WHERE " + newest_case_sql(scope_where, "id") + " IS NOT NULL";
  std::vector<std::string> params = scope_params;
  if (f.status) {
    where += " AND a.status=?";
    params.emplace_back(domain::alert_status_name(*f.status));
  }
  if (f.person_id != 0) {
    where += " AND a.person_id=?";
    params.push_back(std::to_string(f.person_id));
  }
  domain::AlertPage page;
  {
    FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare(std::string("SELECT COUNT(*)") + kAlertFrom + where));
    for (size_t i = 0; i < params.size(); ++i) {
      q.bind(static_cast<int>(i + 1), params[i]);
    }
    FL_ASSIGN_OR_RETURN(bool row, q.step());
    page.total = row ? q.int64(0) : 0;
  }
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare(std::string("SELECT ") + kAlertColumns + ", " +
                                         newest_case_sql(scope_where, "id") + ", " +
                                         newest_case_sql(scope_where, "number") + kAlertFrom + where +
                                         " ORDER BY a.id DESC LIMIT ? OFFSET ?"));
  int next = 1;
  for (int copy = 0; copy < 2; ++copy) {  // the two case columns
    for (const auto& p : scope_params) {
      q.bind(next++, p);
    }
  }
  for (const auto& p : params) {
    q.bind(next++, p);
  }
  q.bind(next, f.limit).bind(next + 1, f.offset);
  FL_ASSIGN_OR_RETURN(page.items, collect_rows<domain::WatchlistAlert>(q, [this](const Stmt& r) { return read_alert(r); }));
  return page;
}

}  // namespace frontline::store::sqlite
