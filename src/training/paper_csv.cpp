#include "training/paper_csv.hpp"

#include <algorithm>
#include <charconv>

#include "training/answers.hpp"
#include "util/csv.hpp"

namespace frontline::training {
namespace {

std::string trim(std::string_view s) {
  const size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) {
    return "";
  }
  const size_t e = s.find_last_not_of(" \t\r\n");
  return std::string(s.substr(b, e - b + 1));
}

std::string upper(std::string s) {
  for (auto& ch : s) {
    ch = (ch >= 'a' && ch <= 'z') ? static_cast<char>(ch - 'a' + 'A') : ch;
  }
  return s;
}

std::string lower(std::string s) {
  for (auto& ch : s) {
    ch = (ch >= 'A' && ch <= 'Z') ? static_cast<char>(ch - 'A' + 'a') : ch;
  }
  return s;
}

// "Q7" -> 7 (1-based), nullopt for anything else.
std::optional<size_t> question_column(const std::string& name) {
  if (name.size() < 2 || (name[0] != 'q' && name[0] != 'Q')) {
    return std::nullopt;
  }
  size_t n = 0;
  auto [ptr, ec] = std::from_chars(name.data() + 1, name.data() + name.size(), n);
  if (ec != std::errc() || ptr != name.data() + name.size() || n == 0 || name[1] == '0') {
    return std::nullopt;
  }
  return n;
}

// 0-100 with at most one decimal ("85", "85.5", "85,5"); nullopt otherwise.
std::optional<double> parse_score(const std::string& cell) {
  std::string s = cell;
  std::replace(s.begin(), s.end(), ',', '.');
  const size_t dot = s.find('.');
  if (s.empty() || (dot != std::string::npos && (dot == 0 || s.size() - dot - 1 != 1))) {
    return std::nullopt;
  }
  int64_t whole = 0;
  int64_t tenth = 0;
  const char* end = s.data() + (dot == std::string::npos ? s.size() : dot);
  auto [ptr, ec] = std::from_chars(s.data(), end, whole);
  if (ec != std::errc() || ptr != end) {
    return std::nullopt;
  }
  if (dot != std::string::npos) {
    const char d = s[dot + 1];
    if (d < '0' || d > '9') {
      return std::nullopt;
    }
    tenth = d - '0';
  }
  const int64_t tenths = whole * 10 + tenth;
  if (whole < 0 || tenths > 1000) {
    return std::nullopt;
  }
  return static_cast<double>(tenths) / 10.0;
}

// "A; c" -> {"A", "C"}; empty parts are dropped, a repeated key kept once.
std::vector<std::string> split_keys(const std::string& cell) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= cell.size()) {
    size_t end = cell.find(';', start);
    if (end == std::string::npos) {
      end = cell.size();
    }
    std::string k = upper(trim(std::string_view(cell).substr(start, end - start)));
    if (!k.empty() && std::find(out.begin(), out.end(), k) == out.end()) {
      out.push_back(k);
    }
    start = end + 1;
  }
  return out;
}

struct Header {
  std::optional<size_t> service_number;  // column index
  std::optional<size_t> score;
  std::vector<std::optional<size_t>> questions;  // per question of the test: its column
  size_t width = 0;
};

Header read_header(const csv::Record& rec, size_t question_count, std::map<std::string, std::string>& errors) {
  Header h;
  h.width = rec.fields.size();
  h.questions.assign(question_count, std::nullopt);
  if (!rec.error.empty()) {
    errors["row 1"] = "the header row is malformed: " + rec.error;
    return h;
  }
  bool any_question = false;
  for (size_t c = 0; c < rec.fields.size(); ++c) {
    const std::string raw = trim(rec.fields[c]);
    const std::string name = lower(raw);
    if (name == "full_name") {
      continue;  // for the trainer's eyes; officers are matched by service number
    }
    if (name == "service_number" || name == "score") {
      auto& slot = name == "score" ? h.score : h.service_number;
      if (slot) {
        errors["row 1." + name] = "column '" + name + "' appears twice";
      }
      slot = c;
      continue;
    }
    auto q = question_column(raw);
    if (!q) {
      errors["row 1." + raw] = "unknown column '" + raw + "'; the columns are service_number, full_name (optional), then score or Q1 to Q" +
                               std::to_string(question_count);
      continue;
    }
    any_question = true;
    const std::string col = "Q" + std::to_string(*q);
    if (*q > question_count) {
      errors["row 1." + col] = "is not a question of this test (it has " + std::to_string(question_count) +
                               " questions)";
    } else if (h.questions[*q - 1]) {
      errors["row 1." + col] = "column '" + col + "' appears twice";
    } else {
      h.questions[*q - 1] = c;
    }
  }
  if (!h.service_number) {
    errors["row 1.service_number"] = "the header row must name the column 'service_number'";
  }
  if (h.score && any_question) {
    errors["row 1.score"] = "give either score or Q1 to Q" + std::to_string(question_count) + ", not both";
  } else if (!h.score && !any_question) {
    errors["row 1"] = "the header row must name score or Q1 to Q" + std::to_string(question_count);
  } else if (any_question) {
    for (size_t i = 0; i < question_count; ++i) {
      if (!h.questions[i]) {
        errors["row 1.Q" + std::to_string(i + 1)] = "the header row must name the column 'Q" +
                                                    std::to_string(i + 1) + "'";
      }
    }
  }
  return h;
}

}  // namespace

PaperSheet read_paper_results(std::string_view text, const std::vector<domain::Question>& test_questions) {
  PaperSheet sheet;
  auto records = csv::parse(text);
  if (records.empty()) {
    sheet.errors["csv"] = "is empty";
    return sheet;
  }
  if (records.size() - 1 > kMaxPaperRows) {
    sheet.errors["csv"] = "at most " + std::to_string(kMaxPaperRows) + " rows";
    return sheet;
  }
  if (records.size() == 1) {
    sheet.errors["csv"] = "has no result rows";
    return sheet;
  }
  const Header h = read_header(records.front(), test_questions.size(), sheet.errors);
  if (!sheet.errors.empty()) {
    return sheet;  // rows cannot be read against a broken header
  }
  sheet.layout = h.score ? PaperLayout::kScore : PaperLayout::kAnswers;
  std::map<std::string, size_t> first_row_of;  // service number -> row
  // csv::parse skips blank lines, so rows are numbered by their line.
  for (size_t i = 1; i < records.size(); ++i) {
    const auto& rec = records[i];
    const std::string at = "row " + std::to_string(rec.line);
    if (!rec.error.empty()) {
      sheet.errors[at] = rec.error;
      continue;
    }
    if (rec.fields.size() != h.width) {
      sheet.errors[at] = "has " + std::to_string(rec.fields.size()) + " fields; the header has " +
                         std::to_string(h.width);
      continue;
    }
    PaperRow row;
    row.row = rec.line;
    bool ok = true;
    row.service_number = upper(trim(rec.fields[*h.service_number]));
    if (row.service_number.empty()) {
      sheet.errors[at + ".service_number"] = "is required";
      ok = false;
    } else if (auto seen = first_row_of.find(row.service_number); seen != first_row_of.end()) {
      sheet.errors[at + ".service_number"] = "'" + row.service_number + "' appears again (first on row " +
                                             std::to_string(seen->second) + ")";
      ok = false;
    } else {
      first_row_of[row.service_number] = rec.line;
    }
    if (h.score) {
      const std::string cell = trim(rec.fields[*h.score]);
      row.score = parse_score(cell);
      if (!row.score) {
        sheet.errors[at + ".score"] =
            cell.empty() ? "is required" : "'" + cell + "' is not a score from 0 to 100 with at most one decimal";
        ok = false;
      }
    } else {
      for (size_t q = 0; q < test_questions.size(); ++q) {
        auto keys = split_keys(rec.fields[*h.questions[q]]);
        if (keys.empty()) {
          continue;
        }
        domain::Answers one{{test_questions[q].id, keys}};
        auto bad = check_answers({test_questions[q]}, one, SeveralKeysOnSingle::kScoreAsWrong);
        if (!bad.empty()) {
          sheet.errors[at + ".Q" + std::to_string(q + 1)] = bad.begin()->second;
          ok = false;
          continue;
        }
        row.answers[test_questions[q].id] = std::move(keys);
      }
    }
    if (ok) {
      sheet.rows.push_back(std::move(row));
    }
  }
  return sheet;
}

}  // namespace frontline::training
