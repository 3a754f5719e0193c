// Leads in SQLite (migration 0013). Text, source URL, note and the
// identifiers are sealed together as one JSON document; case, unit, risk,
// level and flag ids stay in clear for lists.
#include <nlohmann/json.hpp>

#include "store/sqlite/repos.hpp"

namespace frontline::store::sqlite {
namespace {

using nlohmann::json;

constexpr const char* kColumns =
    "l.id, l.case_id, l.unit_id, u.code, u.path, l.sealed, l.risk, l.level, l.flag_ids, l.created_by, "
    "l.created_at, l.updated_at, l.version";
constexpr const char* kFrom = " FROM leads l JOIN units u ON u.id = l.unit_id";

}  // namespace

std::string SqliteLeadRepo::seal(const domain::Lead& lead) const {
  json ids = json::array();
  for (const domain::LeadIdentifier& i : lead.identifiers) {
    ids.push_back({{"kind", i.kind},
                   {"value", i.value},
                   {"key", i.key},
                   {"qualifier", i.qualifier},
                   {"channel", i.channel}});
  }
  return sealer_.seal(
      json{{"text", lead.text}, {"source_url", lead.source_url}, {"note", lead.note}, {"identifiers", ids}}.dump());
}

Result<domain::Lead> SqliteLeadRepo::read_row(const Stmt& q) {
  domain::Lead l;
  l.id = q.int64(0);
  l.case_id = q.optional_int64(1);
  l.unit_id = q.int64(2);
  l.unit_code = q.text(3);
  l.unit_path = q.text(4);
  const std::string what = "lead " + std::to_string(l.id);
  FL_ASSIGN_OR_RETURN(std::string plain, sealer_.open(q.blob(5)));
  FL_ASSIGN_OR_RETURN(json j, sealed_object(plain, what));
  l.text = j.value("text", "");
  l.source_url = j.value("source_url", "");
  l.note = j.value("note", "");
  const json ids = j.value("identifiers", json::array());
  if (!ids.is_array()) {
    return Error::corruption(what + " has malformed identifiers");
  }
  for (const json& i : ids) {
    if (!i.is_object()) {
      return Error::corruption(what + " has malformed identifiers");
    }
    l.identifiers.push_back({i.value("kind", ""), i.value("value", ""), i.value("key", ""), i.value("qualifier", ""),
                             i.value("channel", "")});
  }
  l.risk = q.real(6);
  l.level = q.text(7);
  FL_ASSIGN_OR_RETURN(l.flag_ids, stored_strings(q.text(8), what + " has malformed flag ids"));
  l.created_by = q.int64(9);
  FL_ASSIGN_OR_RETURN(l.created_at, stored_time(q.text(10)));
  FL_ASSIGN_OR_RETURN(l.updated_at, stored_time(q.text(11)));
  l.version = q.int64(12);
  return l;
}

Result<int64_t> SqliteLeadRepo::insert(const domain::Lead& l) {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare("INSERT INTO leads(case_id, unit_id, sealed, risk, level, flag_ids, "
                                         "created_by, created_at, updated_at, version) VALUES (?,?,?,?,?,?,?,?,?,?)"));
  q.bind_or_null(1, l.case_id).bind(2, l.unit_id).bind_blob(3, seal(l)).bind(4, l.risk).bind(5, l.level);
  q.bind(6, json(l.flag_ids).dump()).bind(7, l.created_by).bind(8, format_utc(l.created_at));
  q.bind(9, format_utc(l.updated_at)).bind(10, l.version);
  FL_TRY(q.run());
  return c_.last_insert_rowid();
}

Result<domain::Lead> SqliteLeadRepo::get(int64_t id) {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare(std::string("SELECT ") + kColumns + kFrom + " WHERE l.id=?"));
  q.bind(1, id);
  FL_ASSIGN_OR_RETURN(bool row, q.step());
  if (!row) {
    return Error::not_found("lead " + std::to_string(id) + " not found");
  }
  return read_row(q);
}

Status SqliteLeadRepo::update(const domain::Lead& l) {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare("UPDATE leads SET case_id=?, unit_id=?, sealed=?, updated_at=?, version=? "
                                         "WHERE id=? AND version=?"));
  q.bind_or_null(1, l.case_id).bind(2, l.unit_id).bind_blob(3, seal(l)).bind(4, format_utc(l.updated_at));
  q.bind(5, l.version).bind(6, l.id).bind(7, l.version - 1);
  FL_TRY(q.run());
  if (c_.changes() == 0) {
    return Error::conflict("lead " + std::to_string(l.id) + " was changed by someone else; reload and try again");
  }
  return {};
}

Result<domain::LeadPage> SqliteLeadRepo::list(const domain::LeadFilter& f, const CaseScope& scope) {
  std::vector<std::string> params;
  std::string where = " WHERE 1=1";
  scope_sql(scope, "l.unit_id", where, params);
  if (f.case_id) {
    where += " AND l.case_id=?";
    params.push_back(std::to_string(*f.case_id));
  }
  domain::LeadPage page;
  FL_ASSIGN_OR_RETURN(page.total, count_rows(c_, kFrom + where, params));
  FL_ASSIGN_OR_RETURN(Stmt q, prepare_page(c_, std::string("SELECT ") + kColumns + kFrom + where + " ORDER BY l.id DESC",
                                           params, f.limit, f.offset));
  FL_ASSIGN_OR_RETURN(page.items, collect_rows<domain::Lead>(q, [this](const Stmt& r) { return read_row(r); }));
  return page;
}

}  // namespace frontline::store::sqlite
