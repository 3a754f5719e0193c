#include "store/sqlite/repos.hpp"

namespace frontline::store::sqlite {
namespace {

constexpr const char* kAuditColumns =
    "SELECT seq, at, actor_id, actor, action, record_type, record_id, outcome, detail, prev_hash, hash "
    "FROM audit_log ";

// Reads an entry as stored, without judging it: verification is audit's job,
// so a tampered outcome or timestamp is kept in a form that fails the hash.
audit::Entry read_entry(const Stmt& q) {
  audit::Entry e;
  e.seq = q.int64(0);
  e.at = parse_utc(q.text(1)).value_or(TimePoint{});
  e.actor_id = q.int64(2);
  e.actor = q.text(3);
  e.action = q.text(4);
  e.record_type = q.text(5);
  e.record_id = q.text(6);
  std::string outcome = q.text(7);
  e.outcome = outcome == "ok" ? audit::Outcome::kOk
                              : (outcome == "denied" ? audit::Outcome::kDenied : audit::Outcome::kFailed);
  if (outcome != audit::outcome_name(e.outcome) || format_utc(e.at) != q.text(1)) {
    e.detail = "\x01unreadable";  // forces a hash mismatch
  } else {
    e.detail = q.text(8);
  }
  e.prev_hash = q.text(9);
  e.hash = q.text(10);
  return e;
}

}  // namespace

Result<std::optional<std::pair<int64_t, std::string>>> SqliteAuditRepo::head() {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"));
  FL_ASSIGN_OR_RETURN(bool row, q.step());
  if (!row) {
    return std::optional<std::pair<int64_t, std::string>>();
  }
  return std::optional<std::pair<int64_t, std::string>>(std::make_pair(q.int64(0), q.text(1)));
}

Status SqliteAuditRepo::insert(const audit::Entry& e) {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare(
      "INSERT INTO audit_log(seq, at, actor_id, actor, action, record_type, record_id, outcome, detail, prev_hash, "
      "hash) VALUES (?,?,?,?,?,?,?,?,?,?,?)"));
  q.bind_all(e.seq, format_utc(e.at), e.actor_id, e.actor, e.action, e.record_type, e.record_id,
             audit::outcome_name(e.outcome), e.detail, e.prev_hash, e.hash);
  return q.run();
}

Status SqliteAuditRepo::scan(const std::function<bool(const audit::Entry&)>& visit) {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare(std::string(kAuditColumns) + "ORDER BY seq"));
  while (true) {
    FL_ASSIGN_OR_RETURN(bool row, q.step());
    if (!row || !visit(read_entry(q))) {
      return {};
    }
  }
}

Result<std::vector<audit::Entry>> SqliteAuditRepo::query(const AuditQuery& aq) {
  std::string where = "WHERE 1=1";
  std::vector<std::string> params;
  if (!aq.action_prefix.empty()) {
    where += " AND substr(action, 1, length(?)) = ?";
    params.push_back(aq.action_prefix);
    params.push_back(aq.action_prefix);
  }
  if (!aq.record_type.empty()) {
    where += " AND record_type = ?";
    params.push_back(aq.record_type);
  }
  if (!aq.record_id.empty()) {
    where += " AND record_id = ?";
    params.push_back(aq.record_id);
  }
  if (aq.actor_id != 0) {
    where += " AND actor_id = ?";
    params.push_back(std::to_string(aq.actor_id));
  }
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare(std::string(kAuditColumns) + where + " ORDER BY seq DESC LIMIT ? OFFSET ?"));
  int i = 0;
  for (const auto& p : params) {
    q.bind(++i, p);
  }
  q.bind(i + 1, aq.limit).bind(i + 2, aq.offset);
  return collect_rows<audit::Entry>(q, read_entry);
}

}  // namespace frontline::store::sqlite
