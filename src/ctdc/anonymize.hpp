// k-anonymity for rows in the CTDC layout (or any rows of named cells).
//
// A set of rows is k-anonymous over its quasi-identifiers (QIs) when every
// combination of QI values that occurs at all occurs in at least k rows, so no
// published row can be narrowed to fewer than k people by what an outsider
// may know about them. anonymize() gets there in two steps:
//   1. generalization: rare values are replaced by coarser ones, one column
//      at a time, judged on that column's own counts:
//        - place columns (citizenship, CountryOfExploitation): a value held by
//          fewer than k rows moves one level up the hierarchy of regions.hpp
//          (country -> sub-region -> region -> "Other"), repeatedly, until
//          every value is held by at least k rows or is "Other";
//        - the year column: when some year is held by fewer than k rows,
//          consecutive years are merged, oldest first, into ranges
//          ("2019-2021") of at least k rows each; a short tail joins the
//          last range;
//   2. suppression: every row whose QI combination is still held by fewer
//      than k rows is removed.
// Empty cells (not recorded) are values like any other and are never
// generalized. The report says what was generalized and how many rows were
// suppressed; it never names a suppressed combination.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "ctdc/layout.hpp"
#include "util/result.hpp"

namespace frontline::ctdc {

inline constexpr int kDefaultK = 11;  // as the CTDC public dataset

struct AnonymizeOptions {
  int k = kDefaultK;
  std::vector<std::string> quasi_identifiers = default_quasi_identifiers();
  // QI columns generalized along regions.hpp.
  std::vector<std::string> place_columns = {kCitizenship, kCountryOfExploitation};
  // QI column of "YYYY" years merged into ranges when needed; "" for none.
  std::string year_column = kYear;
};

// One generalization step applied to every row holding `from` in `column`.
struct Generalization {
  std::string column;
  std::string from;
  std::string to;
  int64_t rows = 0;
};

struct AnonymizeReport {
  int k = kDefaultK;
  std::vector<std::string> quasi_identifiers;
  int64_t input_rows = 0;
  int64_t output_rows = 0;
  std::vector<Generalization> generalized;  // in the order applied
  int64_t suppressed_rows = 0;
  int64_t suppressed_combinations = 0;      // distinct QI combinations removed
  // Why rows were suppressed (constant text; see above).
  static constexpr const char* kSuppressionReason =
      "quasi-identifier combination held by fewer than k rows after generalization";
};

struct Anonymized {
  std::vector<Row> rows;  // the kept rows, generalized, in input order
  AnonymizeReport report;
};

// Anonymizes `rows`. InvalidArgument naming "k" when k < 1, or naming
// "quasi_identifiers" when a place or year column is not among them. With
// k = 1 nothing is generalized or suppressed. Pure; thread-safe.
Result<Anonymized> anonymize(std::vector<Row> rows, const AnonymizeOptions& options);

// The QI combination of `row` as one comparable key.
std::string qi_key(const Row& row, const std::vector<std::string>& quasi_identifiers);

}  // namespace frontline::ctdc
