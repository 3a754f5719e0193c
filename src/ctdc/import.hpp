// Reading a CSV file in the CTDC layout for import as historic, anonymized
// records. The header row is required and must name every column of
// layout.hpp exactly once, in any order, and nothing else. Each data row is
// checked cell by cell (column_kind); a bad row is reported with its line
// number and the fields at fault and left out, and never stops the rows
// after it. "-99" (the older CTDC releases' "not recorded") is read as an
// empty cell; cells are trimmed of surrounding spaces.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "ctdc/layout.hpp"
#include "util/result.hpp"

namespace frontline::ctdc {

struct RowProblem {
  size_t line = 0;
  std::string field;   // a column name, or "row" for the record as a whole
  std::string reason;
};

// A good data row and the key that makes re-importing idempotent: the
// SHA-256 of its cells (canonical form, see row_hash) and which occurrence
// of that content it is within the file (1 for the first). Identical rows
// are legitimate in an anonymized file (that is what k-anonymity makes), so
// the content hash alone would merge different victims.
struct ImportRow {
  size_t line = 0;
  Row row;
  std::string hash;
  int64_t occurrence = 1;
};

struct ParsedImport {
  std::vector<ImportRow> rows;
  std::vector<RowProblem> problems;  // in line order
  int64_t bad_rows = 0;              // distinct lines among problems
};

// InvalidArgument naming "header" when the file is empty or its header is
// not the layout's columns; otherwise the good rows and the problems.
Result<ParsedImport> parse_import(std::string_view text);

// SHA-256 (hex) of the cells of `row` in columns() order, each followed by
// the byte 0x1f.
std::string row_hash(const Row& row);

}  // namespace frontline::ctdc
