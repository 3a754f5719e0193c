// Training officers in SQLite (migration 0015). Officers are staff, kept in
// clear; name_folded (text::fold of the name) is what ?q= matches.
#include "store/sqlite/repos.hpp"
#include "util/text.hpp"

namespace frontline::store::sqlite {
namespace {

constexpr const char* kColumns =
    "o.id, o.full_name, o.service_number, o.unit_id, u.code, u.path, o.rank, o.sex, o.position, o.user_id, "
    "o.created_at, o.updated_at, o.version";
constexpr const char* kFrom = " FROM training_officers o JOIN units u ON u.id = o.unit_id";

Result<domain::TrainingOfficer> read_row(const Stmt& q) {
  domain::TrainingOfficer o;
  o.id = q.int64(0);
  o.full_name = q.text(1);
  o.service_number = q.text(2);
  o.unit_id = q.int64(3);
  o.unit_code = q.text(4);
  o.unit_path = q.text(5);
  o.rank = q.text(6);
  o.sex = q.text(7);
  o.position = q.text(8);
  o.user_id = q.optional_int64(9);
  FL_ASSIGN_OR_RETURN(o.created_at, stored_time(q.text(10)));
  FL_ASSIGN_OR_RETURN(o.updated_at, stored_time(q.text(11)));
  o.version = q.int64(12);
  return o;
}

}  // namespace

Result<int64_t> SqliteTrainingOfficerRepo::insert(const domain::TrainingOfficer& o) {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare("INSERT INTO training_officers(full_name, name_folded, service_number, "
                                         "unit_id, rank, sex, position, user_id, created_at, updated_at, version) "
                                         "VALUES (?,?,?,?,?,?,?,?,?,?,?)"));
  q.bind_all(o.full_name, text::fold(o.full_name), o.service_number, o.unit_id, o.rank, o.sex, o.position);
  q.bind_or_null(8, o.user_id).bind(9, format_utc(o.created_at)).bind(10, format_utc(o.updated_at));
  q.bind(11, o.version);
  FL_TRY(q.run());
  return c_.last_insert_rowid();
}

Result<domain::TrainingOfficer> SqliteTrainingOfficerRepo::get(int64_t id) {
  FL_ASSIGN_OR_RETURN(auto found, find_where("o.id", std::to_string(id)));
  if (!found) {
    return Error::not_found("officer " + std::to_string(id) + " not found");
  }
  return std::move(*found);
}

Result<std::optional<domain::TrainingOfficer>> SqliteTrainingOfficerRepo::find_by_user(int64_t user_id) {
  return find_where("o.user_id", std::to_string(user_id));
}

Result<std::optional<domain::TrainingOfficer>> SqliteTrainingOfficerRepo::find_by_service_number(
    const std::string& sn) {
  return find_where("o.service_number", sn);
}

// `column` is one of the fixed names above, never input.
Result<std::optional<domain::TrainingOfficer>> SqliteTrainingOfficerRepo::find_where(const std::string& column,
                                                                                     const std::string& value) {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare(std::string("SELECT ") + kColumns + kFrom + " WHERE " + column + "=?"));
  if (column == "o.service_number") {
    q.bind(1, value);
  } else {
    q.bind(1, static_cast<int64_t>(std::stoll(value)));
  }
  FL_ASSIGN_OR_RETURN(bool row, q.step());
  if (!row) {
    return std::optional<domain::TrainingOfficer>();
  }
  FL_ASSIGN_OR_RETURN(domain::TrainingOfficer o, read_row(q));
  return std::optional<domain::TrainingOfficer>(std::move(o));
}

Status SqliteTrainingOfficerRepo::update(const domain::TrainingOfficer& o) {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare("UPDATE training_officers SET full_name=?, name_folded=?, service_number=?, "
                                         "unit_id=?, rank=?, sex=?, position=?, user_id=?, updated_at=?, version=? "
                                         "WHERE id=? AND version=?"));
  q.bind_all(o.full_name, text::fold(o.full_name), o.service_number, o.unit_id, o.rank, o.sex, o.position);
  q.bind_or_null(8, o.user_id).bind(9, format_utc(o.updated_at)).bind(10, o.version).bind(11, o.id);
  q.bind(12, o.version - 1);
  FL_TRY(q.run());
  if (c_.changes() == 0) {
    return Error::conflict("officer " + std::to_string(o.id) + " was changed by someone else; reload and try again");
  }
  return {};
}

Result<domain::OfficerPage> SqliteTrainingOfficerRepo::list(const domain::OfficerFilter& f, const CaseScope& scope) {
  std::vector<std::string> params;
  std::string where = " WHERE 1=1";
  scope_sql(scope, "o.unit_id", where, params);
  if (f.unit_id) {
    where += " AND o.unit_id IN (SELECT id FROM units WHERE path LIKE (SELECT path FROM units WHERE id=?) || '%')";
    params.push_back(std::to_string(*f.unit_id));
  }
  if (!f.q.empty()) {
    where += " AND (instr(o.name_folded, ?) > 0 OR o.service_number LIKE ? || '%')";
    params.push_back(text::fold(f.q));
    params.push_back(f.q);
  }
  domain::OfficerPage page;
  FL_ASSIGN_OR_RETURN(page.total, count_rows(c_, kFrom + where, params));
  FL_ASSIGN_OR_RETURN(Stmt q, prepare_page(c_, std::string("SELECT ") + kColumns + kFrom + where +
                                                   " ORDER BY o.name_folded, o.id",
                                           params, f.limit, f.offset));
  FL_ASSIGN_OR_RETURN(page.items, collect_rows<domain::TrainingOfficer>(q, read_row));
  return page;
}

}  // namespace frontline::store::sqlite
