#include <nlohmann/json.hpp>

#include "store/sqlite/repos.hpp"

namespace frontline::store::sqlite {
namespace {

std::string cell(const std::map<std::string, std::string>& cells, const char* column) {
  auto it = cells.find(column);
  return it == cells.end() ? std::string() : it->second;
}

}  // namespace

Result<bool> SqliteCtdcRecordRepo::insert_if_new(const CtdcRecord& r) {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare(
      "INSERT INTO ctdc_records(row_hash, occurrence, source_sha256, source_line, year_of_registration, gender, "
      "age_broad, citizenship, country_of_exploitation, cells, imported_at, imported_by) "
      "VALUES (?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(row_hash, occurrence) DO NOTHING"));
  q.bind_all(r.row_hash, r.occurrence, r.source_sha256, r.source_line, cell(r.cells, "yearOfRegistration"),
             cell(r.cells, "gender"), cell(r.cells, "ageBroad"), cell(r.cells, "citizenship"),
             cell(r.cells, "CountryOfExploitation"), nlohmann::json(r.cells).dump(), format_utc(r.imported_at),
             r.imported_by);
  FL_TRY(q.run());
  return c_.changes() > 0;
}

Result<int64_t> SqliteCtdcRecordRepo::count() {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare("SELECT COUNT(*) FROM ctdc_records"));
  FL_ASSIGN_OR_RETURN(bool row, q.step());
  return row ? q.int64(0) : 0;
}

}  // namespace frontline::store::sqlite
