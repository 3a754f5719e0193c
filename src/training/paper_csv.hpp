// Paper test results entered in bulk (docs/training.md, paper-results
// route): a UTF-8 CSV with a header row naming `service_number`, then either
// `score` (0-100, at most one decimal, "." or "," as the decimal mark) or one
// column per question of the test, `Q1` ... `Qn` in test order (every one of
// them; keys like `A` or `A;C`, case and spaces ignored, empty = no answer).
// An optional `full_name` column is ignored (it helps the trainer read the
// sheet; officers are matched by service number alone).
// Column names are matched without regard to case or surrounding spaces.
//
// Rows are numbered as a spreadsheet numbers them: the header is row 1, the
// first result row 2. Every problem is collected, none stops the reading,
// under a field name "row N.<column>" (or "row N" for the whole row, "csv"
// for the file): the import is all or nothing, so the trainer should see
// every mistake at once. Reading checks the file alone; the service adds
// what needs the store (unknown officers, not enrolled, already tested).
// Pure: no store.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/training_tests.hpp"

namespace frontline::training {

inline constexpr size_t kMaxPaperRows = 1000;

enum class PaperLayout { kScore, kAnswers };

struct PaperRow {
  size_t row = 0;              // spreadsheet row number (header = 1)
  std::string service_number;  // trimmed, ASCII upper-cased
  std::optional<double> score;  // kScore
  domain::Answers answers;      // kAnswers: every question with a non-empty cell
};

struct PaperSheet {
  PaperLayout layout = PaperLayout::kAnswers;
  std::vector<PaperRow> rows;  // only rows without problems
  std::map<std::string, std::string> errors;
};

// Reads `text` against the test's questions (in test order). A service
// number given on two rows is an error on the second ("row N.service_number").
// Several keys on a single-choice question are kept (they score 0), as the
// officer ticked them.
PaperSheet read_paper_results(std::string_view text, const std::vector<domain::Question>& test_questions);

}  // namespace frontline::training
