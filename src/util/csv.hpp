// Comma-separated values as RFC 4180 writes them: fields separated by commas,
// records by line breaks, a field quoted with '"' when it holds a comma, a
// quote, a line break or leading/trailing spaces, quotes inside doubled.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace frontline::csv {

// `field` as it goes in a CSV record (quoted when needed).
std::string field(const std::string& value);
// One record: the fields joined by commas, ended by "\r\n".
std::string record(const std::vector<std::string>& fields);

// A record as read, with the line its first character is on (1-based).
struct Record {
  size_t line = 0;
  std::vector<std::string> fields;
  std::string error;  // non-empty when the record is malformed; fields then undefined
};

// Splits `text` into records. Accepts "\n" and "\r\n" line breaks, a UTF-8
// byte-order mark at the start, quoted fields spanning lines. Blank lines
// are skipped. A malformed record (a quote inside an unquoted field,
// characters after a closing quote, a quote left open at the end of the
// text) is returned with `error` set, and reading resumes at the next line
// break; so one bad record never hides the ones after it (except an open
// quote, which runs to the end of the text).
std::vector<Record> parse(std::string_view text);

// `s` without leading and trailing spaces, tabs and line breaks.
std::string trim(std::string_view s);

// A list kept in one cell, "a; b;;c" -> {"a", "b", "c"}: split at `sep`,
// each part trimmed, empty parts dropped (aliases, answer keys).
std::vector<std::string> split_list(std::string_view cell, char sep = ';');

}  // namespace frontline::csv
