// Link proposals in SQLite (migration 0012). A proposal is in a scope when
// either of its persons is linked to a case in that scope.
#include <nlohmann/json.hpp>

#include "store/sqlite/repos.hpp"

namespace frontline::store::sqlite {
namespace {

using nlohmann::json;

constexpr const char* kProposalColumns =
    "l.id, l.kind, l.person_a, l.person_b, l.identifier_kind, l.score, l.outcomes, l.status, l.created_at, "
    "l.reviewed_by, l.reviewed_at, l.merge_id, l.version";

Result<domain::LinkProposal> read_proposal(const Stmt& q) {
  domain::LinkProposal p;
  p.id = q.int64(0);
  auto kind = domain::parse_link_kind(q.text(1));
  auto status = domain::parse_link_status(q.text(7));
  if (!kind || !status) {
    return Error::corruption("link proposal " + std::to_string(p.id) + " has an unknown kind or status");
  }
  p.kind = *kind;
  p.person_a = q.int64(2);
  p.person_b = q.int64(3);
  p.identifier_kind = q.text(4);
  p.score = q.real(5);
  json outcomes = json::parse(q.text(6), nullptr, false);
  if (outcomes.is_object()) {
    for (const auto& [field, outcome] : outcomes.items()) {
      if (outcome.is_string()) {
        p.outcomes[field] = outcome.get<std::string>();
      }
    }
  }
  p.status = *status;
  FL_ASSIGN_OR_RETURN(p.created_at, stored_time(q.text(8)));
  p.reviewed_by = q.is_null(9) ? 0 : q.int64(9);
  if (!q.is_null(10)) {
    FL_ASSIGN_OR_RETURN(TimePoint at, stored_time(q.text(10)));
    p.reviewed_at = at;
  }
  p.merge_id = q.is_null(11) ? 0 : q.int64(11);
  p.version = q.int64(12);
  return p;
}

// " EXISTS (a link of PERSON to a case in scope)" with its parameters.
std::string in_scope_sql(const std::string& person, const CaseScope& scope, std::vector<std::string>& params) {
  std::string where;
  scope_sql(scope, "c.unit_id", where, params);
  return "EXISTS (SELECT 1 FROM case_persons cp JOIN cases c ON c.id = cp.case_id WHERE cp.person_id = " + person +
         where + ")";
}

}  // namespace

Result<std::optional<int64_t>> SqliteLinkRepo::insert_proposal(const domain::LinkProposal& p) {
  json outcomes(p.outcomes);
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare(
      "INSERT INTO link_proposals(kind, person_a, person_b, identifier_kind, score, outcomes, status, created_at, "
      "version) VALUES (?,?,?,?,?,?,?,?,?) ON CONFLICT(kind, person_a, person_b, identifier_kind) DO NOTHING"));
  q.bind_all(domain::link_kind_name(p.kind), p.person_a, p.person_b, p.identifier_kind, p.score, outcomes.dump(),
             domain::link_status_name(p.status), format_utc(p.created_at), p.version);
  FL_TRY(q.run());
  if (c_.changes() == 0) {
    return std::optional<int64_t>();
  }
  return std::optional<int64_t>(c_.last_insert_rowid());
}

Result<domain::LinkProposal> SqliteLinkRepo::get_proposal(int64_t id) {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare(std::string("SELECT ") + kProposalColumns + " FROM link_proposals l WHERE l.id=?"));
  q.bind(1, id);
  FL_ASSIGN_OR_RETURN(bool row, q.step());
  if (!row) {
    return Error::not_found("link proposal " + std::to_string(id) + " not found");
  }
  return read_proposal(q);
}

Status SqliteLinkRepo::update_proposal(const domain::LinkProposal& p) {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare(
      "UPDATE link_proposals SET status=?, reviewed_by=?, reviewed_at=?, merge_id=?, version=? WHERE id=? AND version=?"));
  q.bind(1, domain::link_status_name(p.status));
  if (p.reviewed_by != 0) {
    q.bind(2, p.reviewed_by);
  } else {
    q.bind(2, nullptr);
  }
  q.bind_or_null(3, p.reviewed_at ? format_utc(*p.reviewed_at) : std::string());
  if (p.merge_id != 0) {
    q.bind(4, p.merge_id);
  } else {
    q.bind(4, nullptr);
  }
  q.bind(5, p.version).bind(6, p.id).bind(7, p.version - 1);
  FL_TRY(q.run());
  if (c_.changes() == 0) {
    return Error::conflict("link proposal " + std::to_string(p.id) + " was changed by someone else; reload and try again");
  }
  return {};
}

Result<domain::LinkPage> SqliteLinkRepo::proposals(const domain::LinkFilter& f, const CaseScope& scope) {
  std::vector<std::string> params;
  std::string where = " WHERE (" + in_scope_sql("l.person_a", scope, params) + " OR " +
                      in_scope_sql("l.person_b", scope, params) + ")";
  if (f.status) {
    where += " AND l.status=?";
    params.emplace_back(domain::link_status_name(*f.status));
  }
  if (f.kind) {
    where += " AND l.kind=?";
    params.emplace_back(domain::link_kind_name(*f.kind));
  }
  if (f.person_id != 0) {
    where += " AND (l.person_a=? OR l.person_b=?)";
    params.push_back(std::to_string(f.person_id));
    params.push_back(std::to_string(f.person_id));
  }
  domain::LinkPage page;
  {
    FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare("SELECT COUNT(*) FROM link_proposals l" + where));
    for (size_t i = 0; i < params.size(); ++i) {
      q.bind(static_cast<int>(i + 1), params[i]);
    }
    FL_ASSIGN_OR_RETURN(bool row, q.step());
    page.total = row ? q.int64(0) : 0;
  }
  // Strongest first among the open ones; newest first otherwise.
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare(std::string("SELECT ") + kProposalColumns + " FROM link_proposals l" + where +
                                         " ORDER BY l.status = 'open' DESC, l.score DESC, l.id DESC LIMIT ? OFFSET ?"));
  int next = 1;
  for (const auto& p : params) {
    q.bind(next++, p);
  }
  q.bind(next, f.limit).bind(next + 1, f.offset);
  FL_ASSIGN_OR_RETURN(page.items, collect_rows<domain::LinkProposal>(q, read_proposal));
  return page;
}

Result<bool> SqliteLinkRepo::person_in_scope(int64_t person_id, const CaseScope& scope) {
  std::vector<std::string> params;
  std::string sql = "SELECT " + in_scope_sql("?", scope, params);
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare(sql));
  q.bind(1, person_id);
  for (size_t i = 0; i < params.size(); ++i) {
    q.bind(static_cast<int>(i + 2), params[i]);
  }
  FL_ASSIGN_OR_RETURN(bool row, q.step());
  return row && q.int64(0) != 0;
}

}  // namespace frontline::store::sqlite
