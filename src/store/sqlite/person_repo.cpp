#include <nlohmann/json.hpp>

#include "store/sqlite/repos.hpp"

namespace frontline::store::sqlite {
namespace {

using nlohmann::json;

constexpr const char* kPersonColumns =
    "p.id, p.identity, p.sex, p.birth_year, COALESCE(p.nationality, ''), COALESCE(p.home_province, ''), "
    "p.created_at, p.updated_at, p.version";

}  // namespace

Result<domain::Person> SqlitePersonRepo::read_row(const Stmt& q, int first) {
  domain::Person p;
  p.id = q.int64(first);
  FL_ASSIGN_OR_RETURN(std::string plain, sealer_.open(q.blob(first + 1)));
  FL_ASSIGN_OR_RETURN(nlohmann::json sealed, sealed_object(plain, "person " + std::to_string(p.id)));
  p.identity = identity_from_json(sealed);
  auto sex = domain::parse_sex(q.text(first + 2));
  if (!sex) {
    return Error::corruption("person " + std::to_string(p.id) + " has an unknown sex value");
  }
  p.sex = *sex;
  if (!q.is_null(first + 3)) {
    p.birth_year = static_cast<int>(q.int64(first + 3));
  }
  p.nationality = q.text(first + 4);
  p.home_province = q.text(first + 5);
  FL_ASSIGN_OR_RETURN(p.created_at, stored_time(q.text(first + 6)));
  FL_ASSIGN_OR_RETURN(p.updated_at, stored_time(q.text(first + 7)));
  p.version = q.int64(first + 8);
  return p;
}

Result<int64_t> SqlitePersonRepo::insert(const domain::Person& p) {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare(
      "INSERT INTO persons(identity, sex, birth_year, nationality, home_province, created_at, updated_at, version) "
      "VALUES (?,?,?,?,?,?,?,?)"));
  q.bind_blob(1, sealer_.seal(identity_to_json(p.identity).dump())).bind(2, domain::sex_name(p.sex));
  q.bind_or_null(3, p.birth_year ? std::optional<int64_t>(*p.birth_year) : std::nullopt);
  q.bind_or_null(4, p.nationality).bind_or_null(5, p.home_province);
  q.bind(6, format_utc(p.created_at)).bind(7, format_utc(p.updated_at)).bind(8, p.version);
  FL_TRY(q.run());
  return c_.last_insert_rowid();
}

Result<domain::Person> SqlitePersonRepo::get(int64_t id) {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare(std::string("SELECT ") + kPersonColumns + " FROM persons p WHERE p.id=?"));
  q.bind(1, id);
  FL_ASSIGN_OR_RETURN(bool row, q.step());
  if (!row) {
    return Error::not_found("person " + std::to_string(id) + " not found");
  }
  return read_row(q, 0);
}

Status SqlitePersonRepo::update(const domain::Person& p) {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare(
      "UPDATE persons SET identity=?, sex=?, birth_year=?, nationality=?, home_province=?, updated_at=?, version=? "
      "WHERE id=? AND version=?"));
  q.bind_blob(1, sealer_.seal(identity_to_json(p.identity).dump())).bind(2, domain::sex_name(p.sex));
  q.bind_or_null(3, p.birth_year ? std::optional<int64_t>(*p.birth_year) : std::nullopt);
  q.bind_or_null(4, p.nationality).bind_or_null(5, p.home_province);
  q.bind(6, format_utc(p.updated_at)).bind(7, p.version).bind(8, p.id).bind(9, p.version - 1);
  FL_TRY(q.run());
  if (c_.changes() == 0) {
    return Error::conflict("person " + std::to_string(p.id) + " was changed by someone else; reload and try again");
  }
  return {};
}

Status SqlitePersonRepo::link(int64_t case_id, int64_t person_id, domain::PersonRole role, TimePoint at) {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare(
      "INSERT INTO case_persons(case_id, person_id, role, linked_at) VALUES (?,?,?,?)"));
  q.bind_all(case_id, person_id, domain::person_role_name(role), format_utc(at));
  Status s = q.run();
  if (!s.ok() && s.error().code == ErrorCode::kConflict) {
    return Error::conflict("person " + std::to_string(person_id) + " is already linked to this case");
  }
  return s;
}

Status SqlitePersonRepo::unlink(int64_t case_id, int64_t person_id) {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare("DELETE FROM case_persons WHERE case_id=? AND person_id=?"));
  q.bind_all(case_id, person_id);
  FL_TRY(q.run());
  if (c_.changes() == 0) {
    return Error::not_found("person " + std::to_string(person_id) + " is not linked to this case");
  }
  return {};
}

Result<std::vector<domain::CasePerson>> SqlitePersonRepo::list_for_case(int64_t case_id) {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare(std::string("SELECT ") + kPersonColumns +
                                         ", cp.role, cp.linked_at FROM case_persons cp JOIN persons p "
                                         "ON p.id = cp.person_id WHERE cp.case_id=? ORDER BY cp.linked_at, p.id"));
  q.bind(1, case_id);
  return collect_rows<domain::CasePerson>(q, [this](const Stmt& r) -> Result<domain::CasePerson> {
    domain::CasePerson cp;
    FL_ASSIGN_OR_RETURN(cp.person, read_row(r, 0));
    auto role = domain::parse_person_role(r.text(9));
    if (!role) {
      return Error::corruption("case person link has an unknown role");
    }
    cp.role = *role;
    FL_ASSIGN_OR_RETURN(cp.linked_at, stored_time(r.text(10)));
    return cp;
  });
}

Result<std::vector<std::pair<int64_t, domain::PersonRole>>> SqlitePersonRepo::links_of(int64_t person_id) {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare("SELECT case_id, role FROM case_persons WHERE person_id=? ORDER BY case_id"));
  q.bind(1, person_id);
  using Link = std::pair<int64_t, domain::PersonRole>;
  return collect_rows<Link>(q, [](const Stmt& r) -> Result<Link> {
    auto role = domain::parse_person_role(r.text(1));
    if (!role) {
      return Error::corruption("case person link has an unknown role");
    }
    return Link{r.int64(0), *role};
  });
}

Result<int64_t> SqlitePersonRepo::count() {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare("SELECT COUNT(*) FROM persons"));
  FL_ASSIGN_OR_RETURN(bool row, q.step());
  return row ? q.int64(0) : 0;
}

}  // namespace frontline::store::sqlite
