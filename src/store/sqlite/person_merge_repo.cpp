// Merging one person record into another, and undoing it (migration 0012).
// Rows are moved with UPDATE OR IGNORE, so a row the survivor already has
// (unique per person: a case link, a checklist item, an alert for the same
// entry) stays with the merged person; the merged person's links to cases
// the survivor is on are then removed and kept in the merge for undo.
#include <nlohmann/json.hpp>

#include "store/sqlite/repos.hpp"

namespace frontline::store::sqlite {
namespace {

using nlohmann::json;

// Every table with a person_id column that follows a person through a merge.
constexpr const char* kPersonTables[] = {"case_persons",  "screenings", "identification_decisions",
                                         "reception_persons", "referrals", "entitlements", "watchlist_alerts",
                                         "case_identifiers"};

Result<std::vector<int64_t>> rowids_of(Connection& c, const std::string& table, int64_t person_id) {
  FL_ASSIGN_OR_RETURN(Stmt q, c.prepare("SELECT rowid FROM " + table + " WHERE person_id=? ORDER BY rowid"));
  q.bind(1, person_id);
  return collect_rows<int64_t>(q, [](const Stmt& r) -> Result<int64_t> { return r.int64(0); });
}

std::string id_list(const std::vector<int64_t>& ids) {
  std::string out;
  for (int64_t id : ids) {
    out += (out.empty() ? "" : ",") + std::to_string(id);
  }
  return out;
}

Result<domain::PersonMerge> read_merge(const Stmt& q) {
  domain::PersonMerge m;
  m.id = q.int64(0);
  m.survivor_id = q.int64(1);
  m.merged_id = q.int64(2);
  m.proposal_id = q.is_null(3) ? 0 : q.int64(3);
  json moved = json::parse(q.text(4), nullptr, false);
  json dropped = json::parse(q.text(5), nullptr, false);
  if (!moved.is_object() || !dropped.is_array()) {
    return Error::corruption("person merge " + std::to_string(m.id) + " has a malformed record of what moved");
  }
  for (const auto& [table, ids] : moved.items()) {
    m.moved[table] = ids.get<std::vector<int64_t>>();
  }
  for (const json& d : dropped) {
    auto role = domain::parse_person_role(d.value("role", ""));
    auto at = parse_utc(d.value("linked_at", ""));
    if (!role || !at) {
      return Error::corruption("person merge " + std::to_string(m.id) + " has a malformed dropped link");
    }
    m.dropped.push_back({d.value("case_id", int64_t{0}), *role, *at});
  }
  m.merged_by = q.int64(6);
  FL_ASSIGN_OR_RETURN(m.merged_at, stored_time(q.text(7)));
  m.undone_by = q.is_null(8) ? 0 : q.int64(8);
  if (!q.is_null(9)) {
    FL_ASSIGN_OR_RETURN(TimePoint at, stored_time(q.text(9)));
    m.undone_at = at;
  }
  return m;
}

constexpr const char* kMergeColumns =
    "id, survivor_id, merged_id, proposal_id, moved, dropped, merged_by, merged_at, undone_by, undone_at";

}  // namespace

Result<domain::PersonMerge> SqliteLinkRepo::merge_persons(int64_t survivor_id, int64_t merged_id, int64_t proposal_id,
                                                          int64_t by, TimePoint at) {
  for (int64_t id : {survivor_id, merged_id}) {
    FL_ASSIGN_OR_RETURN(std::optional<int64_t> into, merged_into(id));
    if (into) {
      return Error::conflict("person " + std::to_string(id) + " was already merged into person " +
                             std::to_string(*into));
    }
  }
  domain::PersonMerge m;
  m.survivor_id = survivor_id;
  m.merged_id = merged_id;
  m.proposal_id = proposal_id;
  m.merged_by = by;
  m.merged_at = at;
  json moved = json::object();
  for (const char* table : kPersonTables) {
    FL_ASSIGN_OR_RETURN(std::vector<int64_t> before, rowids_of(c_, table, merged_id));
    if (before.empty()) {
      continue;
    }
    FL_ASSIGN_OR_RETURN(Stmt up, c_.prepare(std::string("UPDATE OR IGNORE ") + table + " SET person_id=? WHERE person_id=?"));
    up.bind(1, survivor_id).bind(2, merged_id);
    FL_TRY(up.run());
    FL_ASSIGN_OR_RETURN(std::vector<int64_t> left, rowids_of(c_, table, merged_id));
    std::vector<int64_t> went;
    for (int64_t id : before) {
      if (std::find(left.begin(), left.end(), id) == left.end()) {
        went.push_back(id);
      }
    }
    if (!went.empty()) {
      m.moved[table] = went;
      moved[table] = went;
    }
  }
  // Links of the merged person to cases the survivor is on: removed, kept for undo.
  {
    FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare("SELECT case_id, role, linked_at FROM case_persons WHERE person_id=?"));
    q.bind(1, merged_id);
    FL_ASSIGN_OR_RETURN(m.dropped, collect_rows<domain::DroppedCaseLink>(q, [](const Stmt& r) -> Result<domain::DroppedCaseLink> {
                          auto role = domain::parse_person_role(r.text(1));
                          FL_ASSIGN_OR_RETURN(TimePoint linked, stored_time(r.text(2)));
                          if (!role) {
                            return Error::corruption("a case link has an unknown role");
                          }
                          return domain::DroppedCaseLink{r.int64(0), *role, linked};
                        }));
    FL_ASSIGN_OR_RETURN(Stmt del, c_.prepare("DELETE FROM case_persons WHERE person_id=?"));
    del.bind(1, merged_id);
    FL_TRY(del.run());
  }
  json dropped = json::array();
  for (const auto& d : m.dropped) {
    dropped.push_back({{"case_id", d.case_id}, {"role", domain::person_role_name(d.role)}, {"linked_at", format_utc(d.linked_at)}});
  }
  FL_ASSIGN_OR_RETURN(Stmt mark, c_.prepare("UPDATE persons SET merged_into=? WHERE id=?"));
  mark.bind(1, survivor_id).bind(2, merged_id);
  FL_TRY(mark.run());
  FL_ASSIGN_OR_RETURN(Stmt ins, c_.prepare(
      "INSERT INTO person_merges(survivor_id, merged_id, proposal_id, moved, dropped, merged_by, merged_at) "
      "VALUES (?,?,?,?,?,?,?)"));
  ins.bind(1, survivor_id).bind(2, merged_id);
  if (proposal_id != 0) {
    ins.bind(3, proposal_id);
  } else {
    ins.bind(3, nullptr);
  }
  ins.bind(4, moved.dump()).bind(5, dropped.dump()).bind(6, by).bind(7, format_utc(at));
  FL_TRY(ins.run());
  m.id = c_.last_insert_rowid();
  return m;
}

Result<domain::PersonMerge> SqliteLinkRepo::get_merge(int64_t id) {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare(std::string("SELECT ") + kMergeColumns + " FROM person_merges WHERE id=?"));
  q.bind(1, id);
  FL_ASSIGN_OR_RETURN(bool row, q.step());
  if (!row) {
    return Error::not_found("person merge " + std::to_string(id) + " not found");
  }
  return read_merge(q);
}

Status SqliteLinkRepo::undo_merge(int64_t merge_id, int64_t by, TimePoint at) {
  FL_ASSIGN_OR_RETURN(domain::PersonMerge m, get_merge(merge_id));
  if (m.undone_at) {
    return Error::conflict("person merge " + std::to_string(merge_id) + " was already undone");
  }
  for (const auto& [table, ids] : m.moved) {
    if (std::find_if(std::begin(kPersonTables), std::end(kPersonTables),
                     [&](const char* t) { return table == t; }) == std::end(kPersonTables)) {
      return Error::corruption("person merge " + std::to_string(merge_id) + " names an unknown table");
    }
    FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare("UPDATE " + table + " SET person_id=? WHERE person_id=? AND rowid IN (" +
                                           id_list(ids) + ")"));
    q.bind(1, m.merged_id).bind(2, m.survivor_id);
    FL_TRY(q.run());
  }
  for (const auto& d : m.dropped) {
    FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare("INSERT INTO case_persons(case_id, person_id, role, linked_at) VALUES (?,?,?,?)"));
    q.bind(1, d.case_id).bind(2, m.merged_id).bind(3, domain::person_role_name(d.role)).bind(4, format_utc(d.linked_at));
    FL_TRY(q.run());
  }
  FL_ASSIGN_OR_RETURN(Stmt clear, c_.prepare("UPDATE persons SET merged_into=NULL WHERE id=?"));
  clear.bind(1, m.merged_id);
  FL_TRY(clear.run());
  FL_ASSIGN_OR_RETURN(Stmt done, c_.prepare("UPDATE person_merges SET undone_by=?, undone_at=? WHERE id=? AND undone_at IS NULL"));
  done.bind(1, by).bind(2, format_utc(at)).bind(3, merge_id);
  FL_TRY(done.run());
  if (c_.changes() == 0) {
    return Error::conflict("person merge " + std::to_string(merge_id) + " was already undone");
  }
  return {};
}

Result<std::optional<int64_t>> SqliteLinkRepo::merged_into(int64_t person_id) {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare("SELECT merged_into FROM persons WHERE id=?"));
  q.bind(1, person_id);
  FL_ASSIGN_OR_RETURN(bool row, q.step());
  if (!row) {
    return Error::not_found("person " + std::to_string(person_id) + " not found");
  }
  return q.is_null(0) ? std::optional<int64_t>() : std::optional<int64_t>(q.int64(0));
}

Result<std::vector<domain::PersonMerge>> SqliteLinkRepo::merges_of(int64_t person_id) {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare(std::string("SELECT ") + kMergeColumns +
                                         " FROM person_merges WHERE survivor_id=? OR merged_id=? ORDER BY id DESC"));
  q.bind(1, person_id).bind(2, person_id);
  return collect_rows<domain::PersonMerge>(q, read_merge);
}

}  // namespace frontline::store::sqlite
