// Case identifiers in SQLite. Value, qualifier, key and note are sealed
// together as one JSON document; kind, case and person stay in clear.
#include <nlohmann/json.hpp>

#include "store/sqlite/repos.hpp"

namespace frontline::store::sqlite {
namespace {

using nlohmann::json;

constexpr const char* kColumns = "i.id, i.case_id, i.person_id, i.kind, i.sealed, i.created_by, i.created_at";

}  // namespace

Result<domain::CaseIdentifier> SqliteIdentifierRepo::read_row(const Stmt& q) {
  domain::CaseIdentifier i;
  i.id = q.int64(0);
  i.case_id = q.int64(1);
  i.person_id = q.optional_int64(2);
  auto kind = domain::parse_identifier_kind(q.text(3));
  if (!kind) {
    return Error::corruption("case identifier " + std::to_string(i.id) + " has an unknown kind");
  }
  i.kind = *kind;
  FL_ASSIGN_OR_RETURN(std::string plain, sealer_.open(q.blob(4)));
  FL_ASSIGN_OR_RETURN(json j, sealed_object(plain, "case identifier " + std::to_string(i.id)));
  i.value = j.value("value", "");
  i.qualifier = j.value("qualifier", "");
  i.key = j.value("key", "");
  i.note = j.value("note", "");
  i.created_by = q.int64(5);
  FL_ASSIGN_OR_RETURN(i.created_at, stored_time(q.text(6)));
  return i;
}

Result<int64_t> SqliteIdentifierRepo::insert(const domain::CaseIdentifier& i) {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare("INSERT INTO case_identifiers(case_id, person_id, kind, sealed, created_by, "
                                         "created_at) VALUES (?,?,?,?,?,?)"));
  const std::string plain =
      json{{"value", i.value}, {"qualifier", i.qualifier}, {"key", i.key}, {"note", i.note}}.dump();
  q.bind(1, i.case_id).bind_or_null(2, i.person_id).bind(3, domain::identifier_kind_name(i.kind));
  q.bind_blob(4, sealer_.seal(plain)).bind(5, i.created_by).bind(6, format_utc(i.created_at));
  FL_TRY(q.run());
  return c_.last_insert_rowid();
}

Result<domain::CaseIdentifier> SqliteIdentifierRepo::get(int64_t id) {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare(std::string("SELECT ") + kColumns + " FROM case_identifiers i WHERE i.id=?"));
  q.bind(1, id);
  FL_ASSIGN_OR_RETURN(bool row, q.step());
  if (!row) {
    return Error::not_found("identifier " + std::to_string(id) + " not found");
  }
  return read_row(q);
}

Status SqliteIdentifierRepo::remove(int64_t id) {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare("DELETE FROM case_identifiers WHERE id=?"));
  q.bind(1, id);
  FL_TRY(q.run());
  if (c_.changes() == 0) {
    return Error::not_found("identifier " + std::to_string(id) + " not found");
  }
  return {};
}

Result<std::vector<domain::CaseIdentifier>> SqliteIdentifierRepo::list_for_case(int64_t case_id) {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare(std::string("SELECT ") + kColumns +
                                         " FROM case_identifiers i WHERE i.case_id=? ORDER BY i.id"));
  q.bind(1, case_id);
  return collect_rows<domain::CaseIdentifier>(q, [this](const Stmt& r) { return read_row(r); });
}

Status SqliteIdentifierRepo::scan(const std::function<bool(const ScopedIdentifier&)>& visit,
                                  std::optional<int64_t> only_case) {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare(std::string("SELECT ") + kColumns +
                                         ", u.code, u.path FROM case_identifiers i JOIN cases c ON c.id = i.case_id "
                                         "JOIN units u ON u.id = c.unit_id" +
                                         (only_case ? " WHERE i.case_id = ?" : "") + " ORDER BY i.id"));
  if (only_case) {
    q.bind(1, *only_case);
  }
  while (true) {
    FL_ASSIGN_OR_RETURN(bool row, q.step());
    if (!row) {
      return {};
    }
    ScopedIdentifier s;
    FL_ASSIGN_OR_RETURN(s.identifier, read_row(q));
    s.unit_code = q.text(7);
    s.unit_path = q.text(8);
    if (!visit(s)) {
      return {};
    }
  }
}

}  // namespace frontline::store::sqlite
