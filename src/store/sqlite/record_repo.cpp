#include "store/sqlite/repos.hpp"

namespace frontline::store::sqlite {
namespace {

Result<domain::TimelineEvent> read_event(const Stmt& q) {
  domain::TimelineEvent e;
  e.id = q.int64(0);
  e.case_id = q.int64(1);
  FL_ASSIGN_OR_RETURN(e.occurred_at, stored_time(q.text(2)));
  auto kind = domain::parse_event_kind(q.text(3));
  if (!kind) {
    return Error::corruption("event " + std::to_string(e.id) + " has an unknown kind");
  }
  e.kind = *kind;
  e.description = q.text(4);
  e.location = q.text(5);
  e.created_by = q.int64(6);
  FL_ASSIGN_OR_RETURN(e.created_at, stored_time(q.text(7)));
  for (auto [column, out] : {std::pair{8, &e.status_from}, std::pair{9, &e.status_to}}) {
    if (q.is_null(column)) {
      continue;
    }
    *out = domain::parse_case_status(q.text(column));
    if (!*out) {
      return Error::corruption("event " + std::to_string(e.id) + " has an unknown status");
    }
  }
  return e;
}

// The columns read_event expects, in its order; `e` names the events table.
constexpr const char* kEventColumns =
    "e.id, e.case_id, e.occurred_at, e.kind, e.description, e.location, e.created_by, e.created_at, "
    "e.status_from, e.status_to";

// The stored name of `s`, or "" (stored as NULL) when absent.
std::string status_or_empty(const std::optional<domain::CaseStatus>& s) {
  return s ? domain::case_status_name(*s) : "";
}

constexpr const char* kEvidenceColumns =
    "SELECT id, case_id, title, kind, description, file_name, media_type, size_bytes, sha256, "
    "COALESCE(collected_on, ''), created_by, created_at FROM evidence ";

Result<domain::EvidenceItem> read_evidence(const Stmt& q) {
  domain::EvidenceItem e;
  e.id = q.int64(0);
  e.case_id = q.int64(1);
  e.title = q.text(2);
  auto kind = domain::parse_evidence_kind(q.text(3));
  if (!kind) {
    return Error::corruption("evidence " + std::to_string(e.id) + " has an unknown kind");
  }
  e.kind = *kind;
  e.description = q.text(4);
  e.file_name = q.text(5);
  e.media_type = q.text(6);
  e.size_bytes = q.int64(7);
  e.sha256 = q.text(8);
  e.collected_on = q.text(9);
  e.created_by = q.int64(10);
  FL_ASSIGN_OR_RETURN(e.created_at, stored_time(q.text(11)));
  return e;
}

}  // namespace

Result<int64_t> SqliteEventRepo::insert(const domain::TimelineEvent& e) {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare(
      "INSERT INTO events(case_id, occurred_at, kind, description, location, created_by, created_at, "
      "status_from, status_to) VALUES (?,?,?,?,?,?,?,?,?)"));
  q.bind_all(e.case_id, format_utc(e.occurred_at), domain::event_kind_name(e.kind), e.description, e.location,
             e.created_by, format_utc(e.created_at));
  q.bind_or_null(8, status_or_empty(e.status_from)).bind_or_null(9, status_or_empty(e.status_to));
  FL_TRY(q.run());
  return c_.last_insert_rowid();
}

Result<std::vector<domain::TimelineEvent>> SqliteEventRepo::list_for_case(int64_t case_id) {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare(std::string("SELECT ") + kEventColumns +
                                         " FROM events e WHERE e.case_id=? ORDER BY e.occurred_at, e.id"));
  q.bind(1, case_id);
  return collect_rows<domain::TimelineEvent>(q, read_event);
}

Result<std::vector<ScopedEvent>> SqliteEventRepo::newest_in_scope(const CaseScope& scope, int64_t limit) {
  std::string sql =
      std::string("SELECT ") + kEventColumns + ", c.number FROM events e JOIN cases c ON c.id = e.case_id";
  if (scope.unit_path_prefix) {
    sql += " WHERE c.unit_id IN (SELECT id FROM units WHERE path >= ? AND path < ?)";
  }
  sql += " ORDER BY e.occurred_at DESC, e.id DESC LIMIT ?";
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare(sql));
  int next = 1;
  if (scope.unit_path_prefix) {
    q.bind(next++, *scope.unit_path_prefix);
    q.bind(next++, *scope.unit_path_prefix + "\x7f");
  }
  q.bind(next, limit);
  return collect_rows<ScopedEvent>(q, [](const Stmt& row) -> Result<ScopedEvent> {
    ScopedEvent out;
    FL_ASSIGN_OR_RETURN(out.event, read_event(row));
    out.case_number = row.text(10);
    return out;
  });
}

Result<int64_t> SqliteEvidenceRepo::insert(const domain::EvidenceItem& e) {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare(
      "INSERT INTO evidence(case_id, title, kind, description, file_name, media_type, size_bytes, sha256, "
      "collected_on, created_by, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)"));
  q.bind_all(e.case_id, e.title, domain::evidence_kind_name(e.kind), e.description, e.file_name, e.media_type,
             e.size_bytes, e.sha256);
  q.bind_or_null(9, e.collected_on).bind(10, e.created_by).bind(11, format_utc(e.created_at));
  FL_TRY(q.run());
  return c_.last_insert_rowid();
}

Result<domain::EvidenceItem> SqliteEvidenceRepo::get(int64_t id) {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare(std::string(kEvidenceColumns) + "WHERE id=?"));
  q.bind(1, id);
  FL_ASSIGN_OR_RETURN(bool row, q.step());
  if (!row) {
    return Error::not_found("evidence " + std::to_string(id) + " not found");
  }
  return read_evidence(q);
}

Result<std::vector<domain::EvidenceItem>> SqliteEvidenceRepo::list_for_case(int64_t case_id) {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare(std::string(kEvidenceColumns) + "WHERE case_id=? ORDER BY id"));
  q.bind(1, case_id);
  return collect_rows<domain::EvidenceItem>(q, read_evidence);
}

Result<int64_t> SqliteEvidenceRepo::count_with_sha256(const std::string& sha256) {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare("SELECT COUNT(*) FROM evidence WHERE sha256=?"));
  q.bind(1, sha256);
  FL_ASSIGN_OR_RETURN(bool row, q.step());
  return row ? q.int64(0) : 0;
}

}  // namespace frontline::store::sqlite
