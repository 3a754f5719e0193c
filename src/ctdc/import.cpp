#include "ctdc/import.hpp"

#include <algorithm>
#include <cstdint>
#include <map>
#include <set>

#include "ctdc/regions.hpp"
#include "util/crypto.hpp"
#include "util/csv.hpp"
#include "util/text.hpp"

namespace frontline::ctdc {
namespace {

constexpr size_t kMaxTextBytes = 1000;

std::string trim(const std::string& s) {
  size_t b = s.find_first_not_of(' ');
  if (b == std::string::npos) {
    return "";
  }
  size_t e = s.find_last_not_of(' ');
  return s.substr(b, e - b + 1);
}

bool digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool is_year(std::string_view s) {
  if (s.size() != 4 || !digits(s)) {
    return false;
  }
  int y = std::stoi(std::string(s));
  return y >= 1900 && y <= 2100;
}

bool one_of(const std::string& v, std::initializer_list<const char*> allowed) {
  return std::any_of(allowed.begin(), allowed.end(), [&](const char* a) { return v == a; });
}

// Why `value` does not fit a column of `kind`, or "" when it does.
std::string check_cell(ColumnKind kind, const std::string& value) {
  if (value.empty()) {
    return "";
  }
  switch (kind) {
    case ColumnKind::kYear:
      if (is_year(value)) {
        return "";
      }
      if (value.size() == 9 && value[4] == '-' && is_year(value.substr(0, 4)) && is_year(value.substr(5)) &&
          value.substr(0, 4) <= value.substr(5)) {
        return "";
      }
      return "must be a year (YYYY) or a range of years (YYYY-YYYY)";
    case ColumnKind::kGender:
      return one_of(value, {"Female", "Male", "Transgender/NonConforming", "Unknown"})
                 ? ""
                 : "must be Female, Male, Transgender/NonConforming or Unknown";
    case ColumnKind::kAgeBand: {
      const auto& bands = age_bands();
      return std::find(bands.begin(), bands.end(), value) != bands.end() || value == "Unknown"
                 ? ""
                 : "must be a CTDC age band (0--8, 9--17, 18--20, 21--23, 24--26, 27--29, 30--38, 39--47, 48+)";
    }
    case ColumnKind::kMajority:
      return one_of(value, {"Adult", "Minor", "Unknown"}) ? "" : "must be Adult, Minor or Unknown";
    case ColumnKind::kCountry: {
      bool alpha2 = value.size() == 2 && std::all_of(value.begin(), value.end(), [](char c) {
                      return c >= 'A' && c <= 'Z';
                    });
      return alpha2 || is_place_group(value) ? "" : "must be an ISO 3166-1 alpha-2 code or a region";
    }
    case ColumnKind::kFlag:
      return value == "0" || value == "1" ? "" : "must be 0 or 1";
    case ColumnKind::kText:
      if (!text::is_valid_utf8(value)) {
        return "must be UTF-8 text";
      }
      return value.size() <= kMaxTextBytes ? "" : "must be at most 1000 bytes";
  }
  return "unexpected column";
}

// The position in the file of each layout column; InvalidArgument on "header".
Result<std::vector<size_t>> header_positions(const csv::Record& header) {
  if (!header.error.empty()) {
    return Error::invalid_field("header", header.error);
  }
  const size_t n = columns().size();
  std::vector<size_t> position(n, SIZE_MAX);
  for (size_t i = 0; i < header.fields.size(); ++i) {
    const std::string name = trim(header.fields[i]);
    auto index = column_index(name);
    if (!index) {
      return Error::invalid_field("header", "unknown column \"" + name + "\"");
    }
    if (position[*index] != SIZE_MAX) {
      return Error::invalid_field("header", "column \"" + name + "\" appears twice");
    }
    position[*index] = i;
  }
  for (size_t c = 0; c < n; ++c) {
    if (position[c] == SIZE_MAX) {
      return Error::invalid_field("header", "missing column \"" + columns()[c] + "\"");
    }
  }
  return position;
}

}  // namespace

std::string row_hash(const Row& row) {
  std::string canonical;
  for (const auto& c : columns()) {
    canonical += cell(row, c);
    canonical += '\x1f';
  }
  return crypto::sha256_hex(canonical);
}

Result<ParsedImport> parse_import(std::string_view text) {
  const auto records = csv::parse(text);
  if (records.empty()) {
    return Error::invalid_field("header", "the file is empty; a header row naming the CTDC columns is required");
  }
  FL_ASSIGN_OR_RETURN(std::vector<size_t> position, header_positions(records.front()));
  ParsedImport out;
  std::map<std::string, int64_t> seen;  // hash -> occurrences so far
  for (size_t r = 1; r < records.size(); ++r) {
    const csv::Record& rec = records[r];
    const size_t problems_before = out.problems.size();
    if (!rec.error.empty()) {
      out.problems.push_back({rec.line, "row", rec.error});
    } else if (rec.fields.size() != position.size()) {
      out.problems.push_back({rec.line, "row",
                              "has " + std::to_string(rec.fields.size()) + " fields; the header has " +
                                  std::to_string(position.size())});
    } else {
      ImportRow good;
      good.line = rec.line;
      for (size_t c = 0; c < position.size(); ++c) {
        std::string value = trim(rec.fields[position[c]]);
        if (value == "-99") {
          value.clear();
        }
        std::string why = check_cell(column_kind(c), value);
        if (!why.empty()) {
          out.problems.push_back({rec.line, columns()[c], why});
        }
        good.row[columns()[c]] = std::move(value);
      }
      if (out.problems.size() == problems_before) {
        good.hash = row_hash(good.row);
        good.occurrence = ++seen[good.hash];
        out.rows.push_back(std::move(good));
      }
    }
    if (out.problems.size() != problems_before) {
      out.bad_rows += 1;
    }
  }
  return out;
}

}  // namespace frontline::ctdc
