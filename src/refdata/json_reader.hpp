// Internal to refdata: strict reading of the reference JSON files.
//
// Every problem is reported as InvalidArgument whose message starts with the
// file name ("units.json: ..."), so a maintainer editing data/ sees at once
// which file and which entry to fix. Only the first problem is reported.
#pragma once

#include <filesystem>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "util/result.hpp"

namespace frontline::refdata::detail {

// InvalidArgument "<file>: <problem>", with fields {file: problem}.
Error file_error(std::string_view file, std::string problem);

// Reads and parses `dir / file`. Unavailable when the file cannot be read;
// InvalidArgument when it is not well-formed JSON or an object repeats a key.
Result<nlohmann::json> read_json_file(const std::filesystem::path& dir, std::string_view file);
// Parses `content` as the text of `file` (named in messages), with the same
// checks as read_json_file: InvalidArgument when it is not well-formed JSON or
// an object repeats a key. Also used by identify/ for its embedded catalog.
Result<nlohmann::json> parse_json_text(std::string_view file, std::string_view content);

// Reads the members of one JSON object strictly: a missing key, a value of the
// wrong type, text that is not NFC or holds control characters, and (on
// finish) any key that was never asked for are all errors. Getters never fail
// loudly: they remember the first problem and return an empty value, so a
// caller reads every field and then checks finish() once.
//
// `where` names the object in messages, e.g. "current[3]"; the reader does not
// own `object`, which must outlive it.
class FieldReader {
 public:
  FieldReader(const nlohmann::json& object, std::string where);

  // Adds an identifying label to later messages: current[3] ("LS").
  void set_label(const std::string& label);

  std::string text(const char* key);           // any string, may be empty
  std::string required_text(const char* key);  // a non-empty string
  bool boolean(const char* key);
  int count(const char* key);                  // an integer from 0 to 1,000,000
  std::vector<std::string> text_list(const char* key);
  // The array under `key`, or nullptr (with a problem recorded).
  const nlohmann::json* array(const char* key);
  // The object under `key`, or nullptr (with a problem recorded).
  const nlohmann::json* object(const char* key);

  // Records `problem` about this object unless an earlier one is recorded.
  void fail(const std::string& problem);
  bool failed() const { return problem_.has_value(); }

  // OK when every getter succeeded and the object has no keys beyond those
  // asked for; otherwise "<where>: <first problem>" as InvalidArgument.
  Status finish(std::string_view file) const;

 private:
  const nlohmann::json* member(const char* key);
  void check_text(const char* key, const std::string& value);

  const nlohmann::json& object_;
  std::string where_;
  std::set<std::string> asked_;
  std::optional<std::string> problem_;
};

// True when `s` has between `min` and `max` characters, all upper-case ASCII letters.
bool is_upper_ascii(std::string_view s, size_t min, size_t max);
// True when `s` has exactly `n` characters, all ASCII digits.
bool is_digits(std::string_view s, size_t n);
// True for unit codes: upper-case ASCII letters and digits in groups joined by
// single hyphens ("DBP-LS-HUUNGHI"), at most 40 characters.
bool is_unit_code(std::string_view s);

}  // namespace frontline::refdata::detail
