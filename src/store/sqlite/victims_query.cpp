// SqlitePersonRepo::victims_in_scope: the victims of the cases in a scope,
// for statistics. Reads no sealed column, so no identity is ever opened.
#include "store/sqlite/repos.hpp"

namespace frontline::store::sqlite {

Result<std::vector<VictimOfCase>> SqlitePersonRepo::victims_in_scope(const CaseScope& scope) {
  std::string sql =
      "SELECT p.id, p.sex, p.birth_year, COALESCE(p.nationality, ''), c.id, c.status, c.trafficking_form, "
      "c.reported_on, COALESCE(c.destination_country, '') "
      "FROM case_persons cp JOIN persons p ON p.id = cp.person_id JOIN cases c ON c.id = cp.case_id "
      "WHERE cp.role = 'victim'";
  if (scope.unit_path_prefix) {
    sql += " AND c.unit_id IN (SELECT id FROM units WHERE path >= ? AND path < ?)";
  }
  sql += " ORDER BY p.id, c.reported_on, c.id";
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare(sql));
  if (scope.unit_path_prefix) {
    q.bind_all(*scope.unit_path_prefix, *scope.unit_path_prefix + "\x7f");
  }
  return collect_rows<VictimOfCase>(q, [](const Stmt& r) -> Result<VictimOfCase> {
    VictimOfCase v;
    v.person_id = r.int64(0);
    auto sex = domain::parse_sex(r.text(1));
    auto status = domain::parse_case_status(r.text(5));
    auto form = domain::parse_trafficking_form(r.text(6));
    if (!sex || !status || !form) {
      return Error::corruption("victim " + std::to_string(v.person_id) + " or their case has an unknown value");
    }
    v.sex = *sex;
    if (!r.is_null(2)) {
      v.birth_year = static_cast<int>(r.int64(2));
    }
    v.nationality = r.text(3);
    v.case_id = r.int64(4);
    v.case_status = *status;
    v.trafficking_form = *form;
    v.reported_on = r.text(7);
    v.destination_country = r.text(8);
    return v;
  });
}

}  // namespace frontline::store::sqlite
