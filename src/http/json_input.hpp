// Strict reading of JSON request bodies: every unknown field, wrong type,
// unknown enum value, invalid or non-NFC-able text is collected against its
// field name, so one 400 response names every problem at once. Text is
// returned in NFC; control characters other than tab and newline are refused.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "util/result.hpp"

namespace frontline::http {

enum class Need { kOptional, kRequired };

// Parses `body` as a JSON object; InvalidArgument with field "body" otherwise.
Result<nlohmann::json> parse_json_object(const std::string& body);

// Query parameter `name` of `query` as an integer, `fallback` when absent;
// InvalidArgument naming it when it is not an integer.
Result<int64_t> query_int(const std::multimap<std::string, std::string>& query, const std::string& name,
                          int64_t fallback);

class FieldReader {
 public:
  // `prefix` is prepended to field names in errors ("route." for a nested object).
  FieldReader(const nlohmann::json& object, std::set<std::string> allowed, std::string prefix = "");

  std::optional<std::string> text(const std::string& name, Need need, size_t max_chars = 10000);
  std::optional<int64_t> integer(const std::string& name, Need need);
  std::optional<bool> boolean(const std::string& name, Need need);
  std::optional<std::vector<std::string>> text_list(const std::string& name, Need need, size_t max_items,
                                                    size_t max_chars);
  // A nested object with its own allowed fields, read by `read`; its errors
  // merge here as "name.field". Returns true when the object was present.
  bool object(const std::string& name, Need need, std::set<std::string> allowed,
              const std::function<void(FieldReader&)>& read);
  // A string that must be one of `names`; `parse` maps it to the enum.
  template <typename E>
  std::optional<E> choice(const std::string& name, Need need, std::optional<E> (*parse)(const std::string&),
                          const std::vector<std::string>& names) {
    auto s = text(name, need, 100);
    if (!s) {
      return std::nullopt;
    }
    auto v = parse(*s);
    if (!v) {
      fail(name, "must be one of: " + join(names));
    }
    return v;
  }
  // True when the field is present (even if null).
  bool has(const std::string& name) const { return obj_.contains(name); }

  void fail(const std::string& name, const std::string& reason);
  bool ok() const { return errors_.empty(); }
  const std::map<std::string, std::string>& errors() const { return errors_; }
  Error error(const std::string& message = "the request has invalid fields") const;

 private:
  static std::string join(const std::vector<std::string>& names);
  const nlohmann::json* field(const std::string& name, Need need);

  const nlohmann::json& obj_;
  std::string prefix_;
  std::map<std::string, std::string> errors_;
};

}  // namespace frontline::http
