// The training manual in SQLite (migration 0015): modules, their versions
// (never updated), editions with one version per module, and receipts.
#include <nlohmann/json.hpp>

#include "store/sqlite/repos.hpp"

namespace frontline::store::sqlite {
namespace {

using nlohmann::json;

constexpr const char* kVersionColumns =
    "v.id, v.module_id, m.code, v.version, v.title_vi, v.title_en, v.content_vi, v.content_en, v.objectives, "
    "v.citations, v.effective_date, v.change_note_vi, v.change_note_en, v.created_by, v.created_at";
constexpr const char* kVersionFrom = " FROM training_module_versions v JOIN training_modules m ON m.id = v.module_id";

constexpr const char* kReceiptSelect =
    "SELECT r.id, r.edition_id, e.code, r.unit_id, u.code, r.received_on, r.copies, r.medium, r.note, "
    "r.recorded_by, r.recorded_at FROM training_edition_receipts r JOIN training_editions e ON e.id = r.edition_id "
    "JOIN units u ON u.id = r.unit_id";

Result<domain::TrainingModule> read_module(const Stmt& q) {
  domain::TrainingModule m;
  m.id = q.int64(0);
  m.code = q.text(1);
  m.position = q.int64(2);
  FL_ASSIGN_OR_RETURN(m.created_at, stored_time(q.text(3)));
  return m;
}

Result<domain::ModuleVersion> read_version(const Stmt& q) {
  domain::ModuleVersion v;
  v.id = q.int64(0);
  v.module_id = q.int64(1);
  v.module_code = q.text(2);
  v.version = q.int64(3);
  v.title_vi = q.text(4);
  v.title_en = q.text(5);
  v.content_vi = q.text(6);
  v.content_en = q.text(7);
  const std::string what = "module version " + std::to_string(v.id);
  const json objectives = json::parse(q.text(8), nullptr, false);
  const json citations = json::parse(q.text(9), nullptr, false);
  if (!objectives.is_array() || !citations.is_array()) {
    return Error::corruption(what + " has malformed objectives or citations");
  }
  for (const json& o : objectives) {
    if (!o.is_object()) return Error::corruption(what + " has malformed objectives");
    v.objectives.push_back({o.value("vi", ""), o.value("en", "")});
  }
  for (const json& c : citations) {
    if (!c.is_object()) return Error::corruption(what + " has malformed citations");
    v.citations.push_back({c.value("kind", ""), c.value("ref", ""), c.value("title", "")});
  }
  v.effective_date = q.text(10);
  v.change_note = {q.text(11), q.text(12)};
  v.created_by = q.int64(13);
  FL_ASSIGN_OR_RETURN(v.created_at, stored_time(q.text(14)));
  return v;
}

Result<domain::Edition> read_edition(const Stmt& q) {
  domain::Edition e;
  e.id = q.int64(0);
  e.code = q.text(1);
  e.title = q.text(2);
  e.effective_date = q.text(3);
  e.note = q.text(4);
  e.created_by = q.int64(5);
  FL_ASSIGN_OR_RETURN(e.created_at, stored_time(q.text(6)));
  return e;
}

Result<domain::EditionReceipt> read_receipt(const Stmt& q) {
  domain::EditionReceipt r;
  r.id = q.int64(0);
  r.edition_id = q.int64(1);
  r.edition_code = q.text(2);
  r.unit_id = q.int64(3);
  r.unit_code = q.text(4);
  r.received_on = q.text(5);
  r.copies = q.int64(6);
  r.medium = q.text(7);
  r.note = q.text(8);
  r.recorded_by = q.int64(9);
  FL_ASSIGN_OR_RETURN(r.recorded_at, stored_time(q.text(10)));
  return r;
}

constexpr const char* kEditionSelect =
    "SELECT id, code, title, effective_date, note, created_by, created_at FROM training_editions";

}  // namespace

Result<int64_t> SqliteTrainingCurriculumRepo::insert_module(const domain::TrainingModule& m) {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare("INSERT INTO training_modules(code, position, created_at) VALUES (?,?,?)"));
  q.bind_all(m.code, m.position, format_utc(m.created_at));
  FL_TRY(q.run());
  return c_.last_insert_rowid();
}

Result<domain::TrainingModule> SqliteTrainingCurriculumRepo::get_module(int64_t id) {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare("SELECT id, code, position, created_at FROM training_modules WHERE id=?"));
  q.bind(1, id);
  FL_ASSIGN_OR_RETURN(bool row, q.step());
  if (!row) {
    return Error::not_found("module " + std::to_string(id) + " not found");
  }
  return read_module(q);
}

Result<std::vector<domain::TrainingModule>> SqliteTrainingCurriculumRepo::list_modules() {
  FL_ASSIGN_OR_RETURN(Stmt q,
                      c_.prepare("SELECT id, code, position, created_at FROM training_modules ORDER BY position, code"));
  return collect_rows<domain::TrainingModule>(q, read_module);
}

Result<int64_t> SqliteTrainingCurriculumRepo::insert_version(const domain::ModuleVersion& v) {
  json objectives = json::array();
  for (const auto& o : v.objectives) objectives.push_back({{"vi", o.vi}, {"en", o.en}});
  json citations = json::array();
  for (const auto& c : v.citations) citations.push_back({{"kind", c.kind}, {"ref", c.ref}, {"title", c.title}});
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare("INSERT INTO training_module_versions(module_id, version, title_vi, "
                                         "title_en, content_vi, content_en, objectives, citations, effective_date, "
                                         "change_note_vi, change_note_en, created_by, created_at) "
                                         "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"));
  q.bind_all(v.module_id, v.version, v.title_vi, v.title_en, v.content_vi, v.content_en, objectives.dump(),
             citations.dump(), v.effective_date, v.change_note.vi, v.change_note.en, v.created_by,
             format_utc(v.created_at));
  FL_TRY(q.run());
  return c_.last_insert_rowid();
}

Result<domain::ModuleVersion> SqliteTrainingCurriculumRepo::get_version(int64_t id) {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare(std::string("SELECT ") + kVersionColumns + kVersionFrom + " WHERE v.id=?"));
  q.bind(1, id);
  FL_ASSIGN_OR_RETURN(bool row, q.step());
  if (!row) {
    return Error::not_found("module version " + std::to_string(id) + " not found");
  }
  return read_version(q);
}

Result<std::vector<domain::ModuleVersion>> SqliteTrainingCurriculumRepo::versions_of(int64_t module_id) {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare(std::string("SELECT ") + kVersionColumns + kVersionFrom +
                                         " WHERE v.module_id=? ORDER BY v.version DESC"));
  q.bind(1, module_id);
  return collect_rows<domain::ModuleVersion>(q, read_version);
}

Result<std::vector<domain::ModuleVersion>> SqliteTrainingCurriculumRepo::latest_versions() {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare(std::string("SELECT ") + kVersionColumns + kVersionFrom +
                                         " WHERE v.version = (SELECT MAX(version) FROM training_module_versions "
                                         "WHERE module_id = v.module_id) ORDER BY v.module_id"));
  return collect_rows<domain::ModuleVersion>(q, read_version);
}

Result<int64_t> SqliteTrainingCurriculumRepo::insert_edition(const domain::Edition& e) {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare("INSERT INTO training_editions(code, title, effective_date, note, "
                                         "created_by, created_at) VALUES (?,?,?,?,?,?)"));
  q.bind_all(e.code, e.title, e.effective_date, e.note, e.created_by, format_utc(e.created_at));
  FL_TRY(q.run());
  const int64_t id = c_.last_insert_rowid();
  for (int64_t v : e.module_version_ids) {
    FL_ASSIGN_OR_RETURN(Stmt m, c_.prepare("INSERT INTO training_edition_modules(edition_id, module_version_id) "
                                           "VALUES (?,?)"));
    m.bind_all(id, v);
    FL_TRY(m.run());
  }
  return id;
}

Status SqliteTrainingCurriculumRepo::fill_edition_modules(domain::Edition& e) {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare("SELECT module_version_id FROM training_edition_modules WHERE edition_id=? "
                                         "ORDER BY module_version_id"));
  q.bind(1, e.id);
  FL_ASSIGN_OR_RETURN(e.module_version_ids, collect_rows<int64_t>(q, [](const Stmt& r) { return r.int64(0); }));
  return {};
}

Result<domain::Edition> SqliteTrainingCurriculumRepo::get_edition(int64_t id) {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare(std::string(kEditionSelect) + " WHERE id=?"));
  q.bind(1, id);
  FL_ASSIGN_OR_RETURN(bool row, q.step());
  if (!row) {
    return Error::not_found("edition " + std::to_string(id) + " not found");
  }
  FL_ASSIGN_OR_RETURN(domain::Edition e, read_edition(q));
  FL_TRY(fill_edition_modules(e));
  return e;
}

Result<std::vector<domain::Edition>> SqliteTrainingCurriculumRepo::list_editions() {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare(std::string(kEditionSelect) + " ORDER BY effective_date, id"));
  FL_ASSIGN_OR_RETURN(auto editions, collect_rows<domain::Edition>(q, read_edition));
  for (auto& e : editions) {
    FL_TRY(fill_edition_modules(e));
  }
  return editions;
}

Result<int64_t> SqliteTrainingCurriculumRepo::insert_receipt(const domain::EditionReceipt& r) {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare("INSERT INTO training_edition_receipts(edition_id, unit_id, received_on, "
                                         "copies, medium, note, recorded_by, recorded_at) VALUES (?,?,?,?,?,?,?,?)"));
  q.bind_all(r.edition_id, r.unit_id, r.received_on, r.copies, r.medium, r.note, r.recorded_by,
             format_utc(r.recorded_at));
  FL_TRY(q.run());
  return c_.last_insert_rowid();
}

Result<std::vector<domain::EditionReceipt>> SqliteTrainingCurriculumRepo::receipts_of(int64_t edition_id) {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare(std::string(kReceiptSelect) + " WHERE r.edition_id=? ORDER BY u.code"));
  q.bind(1, edition_id);
  return collect_rows<domain::EditionReceipt>(q, read_receipt);
}

Result<std::vector<domain::EditionReceipt>> SqliteTrainingCurriculumRepo::all_receipts() {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare(std::string(kReceiptSelect) + " ORDER BY r.unit_id, e.effective_date, e.id"));
  return collect_rows<domain::EditionReceipt>(q, read_receipt);
}

}  // namespace frontline::store::sqlite
