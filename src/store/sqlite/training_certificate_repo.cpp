// Training certificates in SQLite (migration 0015). A certificate is never
// deleted; revoking records when, by whom and why.
#include "store/sqlite/repos.hpp"

namespace frontline::store::sqlite {
namespace {

constexpr const char* kSelect =
    "SELECT id, code, course_id, officer_id, issued_by, issued_at, revoked_at, revoke_reason, revoked_by "
    "FROM training_certificates";

Result<domain::Certificate> read_row(const Stmt& q) {
  domain::Certificate c;
  c.id = q.int64(0);
  c.code = q.text(1);
  c.course_id = q.int64(2);
  c.officer_id = q.int64(3);
  c.issued_by = q.int64(4);
  FL_ASSIGN_OR_RETURN(c.issued_at, stored_time(q.text(5)));
  if (!q.is_null(6)) {
    FL_ASSIGN_OR_RETURN(TimePoint t, stored_time(q.text(6)));
    c.revoked_at = t;
  }
  c.revoke_reason = q.text(7);
  c.revoked_by = q.optional_int64(8);
  return c;
}

Result<std::optional<domain::Certificate>> first(Stmt& q) {
  FL_ASSIGN_OR_RETURN(bool row, q.step());
  if (!row) return std::optional<domain::Certificate>();
  FL_ASSIGN_OR_RETURN(domain::Certificate c, read_row(q));
  return std::optional<domain::Certificate>(std::move(c));
}

}  // namespace

Result<int64_t> SqliteTrainingCertificateRepo::insert(const domain::Certificate& c) {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare("INSERT INTO training_certificates(code, course_id, officer_id, issued_by, "
                                         "issued_at) VALUES (?,?,?,?,?)"));
  q.bind_all(c.code, c.course_id, c.officer_id, c.issued_by, format_utc(c.issued_at));
  FL_TRY(q.run());
  return c_.last_insert_rowid();
}

Result<std::optional<domain::Certificate>> SqliteTrainingCertificateRepo::find_by_code(const std::string& code) {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare(std::string(kSelect) + " WHERE code=?"));
  q.bind(1, code);
  return first(q);
}

Result<std::optional<domain::Certificate>> SqliteTrainingCertificateRepo::find(int64_t course_id,
                                                                               int64_t officer_id) {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare(std::string(kSelect) + " WHERE course_id=? AND officer_id=?"));
  q.bind_all(course_id, officer_id);
  return first(q);
}

Result<std::vector<domain::Certificate>> SqliteTrainingCertificateRepo::of_course(int64_t course_id) {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare(std::string(kSelect) + " WHERE course_id=? ORDER BY id"));
  q.bind(1, course_id);
  return collect_rows<domain::Certificate>(q, read_row);
}

Result<std::vector<domain::Certificate>> SqliteTrainingCertificateRepo::of_officer(int64_t officer_id) {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare(std::string(kSelect) + " WHERE officer_id=? ORDER BY issued_at DESC, id DESC"));
  q.bind(1, officer_id);
  return collect_rows<domain::Certificate>(q, read_row);
}

Status SqliteTrainingCertificateRepo::revoke(const domain::Certificate& c) {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare("UPDATE training_certificates SET revoked_at=?, revoked_by=?, "
                                         "revoke_reason=? WHERE id=?"));
  q.bind(1, c.revoked_at ? format_utc(*c.revoked_at) : std::string()).bind_or_null(2, c.revoked_by);
  q.bind(3, c.revoke_reason).bind(4, c.id);
  FL_TRY(q.run());
  if (c_.changes() == 0) {
    return Error::not_found("certificate " + c.code + " not found");
  }
  return {};
}

}  // namespace frontline::store::sqlite
