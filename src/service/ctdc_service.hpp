// CTDC-layout statistics: the anonymized, k-anonymous export of the victims
// the caller may see, and the import of historic anonymized records.
//
// Export: one row per victim person (a person linked as victim to a case in
// the caller's scope; analysts see every unit, everyone else their unit's
// subtree). Cases that were dismissed or merged into another are left out; a
// person who is a victim in several cases counts once, with their earliest
// reported case. Rows come from ctdc::victim_row (no identifying data can go
// in), pass ctdc::anonymize, and are returned sorted by their cells, so the
// order says nothing about case ids or dates. Every export is audited
// (`export.ctdc`, with its counts).
//
// Import: see ctdc/import.hpp for the file; the good rows go in in one write
// transaction with the audit entry (`import.ctdc`), skipping rows already
// stored. Thread-safe as the store is.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "ctdc/anonymize.hpp"
#include "ctdc/import.hpp"
#include "service/principal.hpp"
#include "store/store.hpp"
#include "util/clock.hpp"

namespace frontline::service {

inline constexpr int kMinExportK = 2;
inline constexpr int kMaxExportK = 100;

struct CtdcExport {
  std::vector<ctdc::Row> rows;
  ctdc::AnonymizeReport report;
};

struct CtdcImportSummary {
  std::string source_sha256;
  int64_t rows_read = 0;        // data rows in the file, good and bad
  int64_t imported = 0;         // good rows stored now
  int64_t already_present = 0;  // good rows stored by an earlier import
  int64_t bad_rows = 0;
  std::vector<ctdc::RowProblem> problems;
};

class CtdcService {
 public:
  CtdcService(store::Store& store, const Clock& clock) : store_(store), clock_(clock) {}

  // PermissionDenied without kStatisticsExport; InvalidArgument naming "k"
  // unless kMinExportK <= k <= kMaxExportK.
  Result<CtdcExport> export_victims(const Principal& who, int k);

  // PermissionDenied unless `who` is the system (the command line);
  // InvalidArgument naming "header" for a file whose header is not the CTDC
  // layout (nothing stored). Bad rows are reported in the summary, never
  // fatal.
  Result<CtdcImportSummary> import_csv(const Principal& who, std::string_view text);

 private:
  store::Store& store_;
  const Clock& clock_;
};

}  // namespace frontline::service
