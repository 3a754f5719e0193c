#include "service/ctdc_service.hpp"

#include <algorithm>
#include <set>

#include "ctdc/victim_row.hpp"
#include "service/audit_helpers.hpp"
#include "util/crypto.hpp"

namespace frontline::service {
namespace {

bool counts_for_statistics(domain::CaseStatus s) {
  return s != domain::CaseStatus::kDismissed && s != domain::CaseStatus::kMerged;
}

int year_of(const std::string& date) {
  if (date.size() < 4 || !std::all_of(date.begin(), date.begin() + 4, [](char c) { return c >= '0' && c <= '9'; })) {
    return 0;
  }
  return std::stoi(date.substr(0, 4));
}

// One row per person: `victims` is ordered by person, then reported_on.
std::vector<ctdc::Row> victim_rows(const std::vector<store::VictimOfCase>& victims) {
  std::vector<ctdc::Row> rows;
  std::set<int64_t> done;
  for (const auto& v : victims) {
    if (!counts_for_statistics(v.case_status) || !done.insert(v.person_id).second) {
      continue;
    }
    ctdc::VictimFacts f;
    f.sex = v.sex;
    f.birth_year = v.birth_year;
    f.nationality = v.nationality;
    f.registration_year = year_of(v.reported_on);
    f.trafficking_form = v.trafficking_form;
    f.destination_country = v.destination_country;
    rows.push_back(ctdc::victim_row(f));
  }
  return rows;
}

// Orders rows by their cells in column order.
bool row_less(const ctdc::Row& a, const ctdc::Row& b) {
  for (const auto& c : ctdc::columns()) {
    int cmp = ctdc::cell(a, c).compare(ctdc::cell(b, c));
    if (cmp != 0) {
      return cmp < 0;
    }
  }
  return false;
}

}  // namespace

Result<CtdcExport> CtdcService::export_victims(const Principal& who, int k) {
  if (!who.can(domain::Permission::kStatisticsExport)) {
    return Error::denied("your role may not export statistics");
  }
  if (k < kMinExportK || k > kMaxExportK) {
    return Error::invalid_field("k", "must be " + std::to_string(kMinExportK) + " to " + std::to_string(kMaxExportK));
  }
  store::CaseScope scope;
  if (!domain::sees_all_units(who.roles) && !who.is_system()) {
    scope.unit_path_prefix = who.unit_path;
  }
  FL_ASSIGN_OR_RETURN(auto victims, store::read_value<std::vector<store::VictimOfCase>>(
                                        store_, [&](store::Transaction& tx) {
                                          return tx.persons().victims_in_scope(scope);
                                        }));
  ctdc::AnonymizeOptions options;
  options.k = k;
  FL_ASSIGN_OR_RETURN(ctdc::Anonymized anon, ctdc::anonymize(victim_rows(victims), options));
  std::sort(anon.rows.begin(), anon.rows.end(), row_less);
  const auto& r = anon.report;
  FL_TRY(store_.write([&](store::Transaction& tx) {
    return store::append_audit(
        tx, audit_entry(who, clock_, "export.ctdc", "ctdc_export", "", audit::Outcome::kOk,
                        {{"k", r.k},
                         {"victims", r.input_rows},
                         {"rows", r.output_rows},
                         {"suppressed_rows", r.suppressed_rows},
                         {"generalizations", r.generalized.size()},
                         {"scope", scope.unit_path_prefix.value_or("all")}}));
  }));
  return CtdcExport{std::move(anon.rows), std::move(anon.report)};
}

Result<CtdcImportSummary> CtdcService::import_csv(const Principal& who, std::string_view text) {
  if (!who.is_system()) {
    return Error::denied("CTDC files are imported from the command line only");
  }
  FL_ASSIGN_OR_RETURN(ctdc::ParsedImport parsed, ctdc::parse_import(text));
  CtdcImportSummary summary;
  summary.source_sha256 = crypto::sha256_hex(text);
  summary.rows_read = static_cast<int64_t>(parsed.rows.size()) + parsed.bad_rows;
  summary.bad_rows = parsed.bad_rows;
  summary.problems = std::move(parsed.problems);
  const TimePoint now = clock_.now();
  FL_TRY(store_.write([&](store::Transaction& tx) -> Status {
    summary.imported = 0;
    summary.already_present = 0;
    for (const auto& row : parsed.rows) {
      store::CtdcRecord rec;
      rec.row_hash = row.hash;
      rec.occurrence = row.occurrence;
      rec.source_sha256 = summary.source_sha256;
      rec.source_line = static_cast<int64_t>(row.line);
      rec.cells = row.row;
      rec.imported_at = now;
      rec.imported_by = who.user_id;
      FL_ASSIGN_OR_RETURN(bool added, tx.ctdc_records().insert_if_new(rec));
      (added ? summary.imported : summary.already_present) += 1;
    }
    return store::append_audit(tx, audit_entry(who, clock_, "import.ctdc", "ctdc_import", summary.source_sha256,
                                               audit::Outcome::kOk,
                                               {{"rows_read", summary.rows_read},
                                                {"imported", summary.imported},
                                                {"already_present", summary.already_present},
                                                {"bad_rows", summary.bad_rows}}));
  }));
  return summary;
}

}  // namespace frontline::service
