#include "ctdc/anonymize.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "ctdc/regions.hpp"

namespace frontline::ctdc {
namespace {

std::map<std::string, int64_t> value_counts(const std::vector<Row>& rows, const std::string& column) {
  std::map<std::string, int64_t> counts;
  for (const auto& r : rows) {
    counts[cell(r, column)] += 1;
  }
  return counts;
}

// Replaces `from` by `to` in `column` of every row; records the step.
void replace_value(std::vector<Row>& rows, const std::string& column, const std::string& from, const std::string& to,
                   AnonymizeReport& report) {
  int64_t changed = 0;
  for (auto& r : rows) {
    auto it = r.find(column);
    if (it != r.end() && it->second == from) {
      it->second = to;
      ++changed;
    }
  }
  report.generalized.push_back({column, from, to, changed});
}

// Lifts rare values one level per pass. A value that another lift of the
// same pass moves into is left for the next pass, which counts it again with
// the rows that joined it.
void generalize_places(std::vector<Row>& rows, const std::string& column, int k, AnonymizeReport& report) {
  while (true) {
    std::vector<std::pair<std::string, std::string>> lifts;
    std::set<std::string> targets;
    for (const auto& [value, n] : value_counts(rows, column)) {
      if (n < k && !value.empty() && value != kOtherRegion) {
        lifts.emplace_back(value, generalize_place(value));
        targets.insert(lifts.back().second);
      }
    }
    bool lifted = false;
    for (const auto& [from, to] : lifts) {
      if (targets.count(from) == 0) {
        replace_value(rows, column, from, to, report);
        lifted = true;
      }
    }
    if (!lifted) {
      return;
    }
  }
}

bool is_year(const std::string& s) {
  return s.size() == 4 && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

void generalize_years(std::vector<Row>& rows, const std::string& column, int k, AnonymizeReport& report) {
  std::map<std::string, int64_t> years;  // "YYYY" sorts as the year does
  for (const auto& [value, n] : value_counts(rows, column)) {
    if (is_year(value)) {
      years.emplace(value, n);
    }
  }
  bool any_rare = std::any_of(years.begin(), years.end(), [&](const auto& y) { return y.second < k; });
  if (!any_rare) {
    return;
  }
  // Greedy ranges of consecutive (present) years, each of at least k rows.
  std::vector<std::vector<std::string>> ranges;
  std::vector<std::string> current;
  int64_t current_rows = 0;
  for (const auto& [year, n] : years) {
    current.push_back(year);
    current_rows += n;
    if (current_rows >= k) {
      ranges.push_back(std::move(current));
      current.clear();
      current_rows = 0;
    }
  }
  if (!current.empty()) {
    if (ranges.empty()) {
      ranges.push_back(std::move(current));
    } else {
      ranges.back().insert(ranges.back().end(), current.begin(), current.end());
    }
  }
  for (const auto& range : ranges) {
    if (range.size() < 2) {
      continue;
    }
    const std::string label = range.front() + "-" + range.back();
    for (const auto& year : range) {
      replace_value(rows, column, year, label, report);
    }
  }
}

bool contains(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

}  // namespace

std::string qi_key(const Row& row, const std::vector<std::string>& quasi_identifiers) {
  std::string key;
  for (const auto& column : quasi_identifiers) {
    key += cell(row, column);
    key += '\x1f';  // unit separator: never part of a cell we keep
  }
  return key;
}

Result<Anonymized> anonymize(std::vector<Row> rows, const AnonymizeOptions& options) {
  if (options.k < 1) {
    return Error::invalid_field("k", "must be 1 or more");
  }
  for (const auto& column : options.place_columns) {
    if (!contains(options.quasi_identifiers, column)) {
      return Error::invalid_field("quasi_identifiers", "must include the place column " + column);
    }
  }
  if (!options.year_column.empty() && !contains(options.quasi_identifiers, options.year_column)) {
    return Error::invalid_field("quasi_identifiers", "must include the year column " + options.year_column);
  }
  Anonymized out;
  AnonymizeReport& report = out.report;
  report.k = options.k;
  report.quasi_identifiers = options.quasi_identifiers;
  report.input_rows = static_cast<int64_t>(rows.size());

  for (const auto& column : options.place_columns) {
    generalize_places(rows, column, options.k, report);
  }
  if (!options.year_column.empty()) {
    generalize_years(rows, options.year_column, options.k, report);
  }

  std::map<std::string, int64_t> groups;
  for (const auto& r : rows) {
    groups[qi_key(r, options.quasi_identifiers)] += 1;
  }
  for (const auto& [key, n] : groups) {
    if (n < options.k) {
      report.suppressed_combinations += 1;
      report.suppressed_rows += n;
    }
  }
  out.rows.reserve(rows.size() - static_cast<size_t>(report.suppressed_rows));
  for (auto& r : rows) {
    if (groups[qi_key(r, options.quasi_identifiers)] >= options.k) {
      out.rows.push_back(std::move(r));
    }
  }
  report.output_rows = static_cast<int64_t>(out.rows.size());
  return out;
}

}  // namespace frontline::ctdc
