#include "refdata/json_reader.hpp"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iterator>
#include <sstream>

#include "util/text.hpp"

namespace frontline::refdata::detail {

using nlohmann::json;

Error file_error(std::string_view file, std::string problem) {
  std::string message = std::string(file) + ": " + problem;
  return Error::invalid(std::move(message), {{std::string(file), std::move(problem)}});
}

Result<json> read_json_file(const std::filesystem::path& dir, std::string_view file) {
  const std::filesystem::path path = dir / std::string(file);
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return Error::unavailable("cannot read " + std::string(file) + " at " + path.string() + ": " +
                              std::strerror(errno));
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) {
    return Error::unavailable("cannot read " + std::string(file) + " at " + path.string());
  }
  return parse_json_text(file, buffer.str());
}

Result<json> parse_json_text(std::string_view file, std::string_view content) {
  // nlohmann keeps the last of repeated keys silently; a repeated key in
  // reference data is almost always an editing mistake, so find the first.
  std::vector<std::set<std::string>> open_objects;
  std::optional<std::string> repeated;
  auto watch_keys = [&](int /*depth*/, json::parse_event_t event, json& parsed) {
    if (event == json::parse_event_t::object_start) {
      open_objects.emplace_back();
    } else if (event == json::parse_event_t::object_end) {
      if (!open_objects.empty()) {
        open_objects.pop_back();
      }
    } else if (event == json::parse_event_t::key && !open_objects.empty()) {
      const std::string key = parsed.get<std::string>();
      if (!open_objects.back().insert(key).second && !repeated) {
        repeated = key;
      }
    }
    return true;
  };

  json parsed;
  try {
    parsed = json::parse(content, watch_keys);
  } catch (const json::exception& e) {
    return file_error(file, std::string("malformed JSON: ") + e.what());
  }
  if (repeated) {
    return file_error(file, "malformed JSON: an object repeats the key \"" + *repeated + "\"");
  }
  return parsed;
}

FieldReader::FieldReader(const json& object, std::string where) : object_(object), where_(std::move(where)) {
  if (!object_.is_object()) {
    problem_ = "must be a JSON object";
  }
}

void FieldReader::set_label(const std::string& label) { where_ += " (\"" + label + "\")"; }

void FieldReader::fail(const std::string& problem) {
  if (!problem_) {
    problem_ = problem;
  }
}

const json* FieldReader::member(const char* key) {
  asked_.insert(key);
  if (!object_.is_object()) {
    return nullptr;
  }
  auto it = object_.find(key);
  if (it == object_.end()) {
    fail(std::string("missing key \"") + key + "\"");
    return nullptr;
  }
  return &*it;
}

void FieldReader::check_text(const char* key, const std::string& value) {
  if (text::has_control_chars(value)) {
    fail(std::string("key \"") + key + "\" holds a control character");
    return;
  }
  auto normalized = text::to_nfc(value);
  if (!normalized.ok() || *normalized != value) {
    fail(std::string("key \"") + key + "\" is not in Unicode NFC");
  }
}

std::string FieldReader::text(const char* key) {
  const json* value = member(key);
  if (value == nullptr) {
    return {};
  }
  if (!value->is_string()) {
    fail(std::string("key \"") + key + "\" must be a string");
    return {};
  }
  std::string out = value->get<std::string>();
  check_text(key, out);
  return out;
}

std::string FieldReader::required_text(const char* key) {
  const bool present = object_.is_object() && object_.contains(key);
  std::string out = text(key);
  if (present && out.empty()) {
    fail(std::string("key \"") + key + "\" must not be empty");
  }
  return out;
}

bool FieldReader::boolean(const char* key) {
  const json* value = member(key);
  if (value == nullptr) {
    return false;
  }
  if (!value->is_boolean()) {
    fail(std::string("key \"") + key + "\" must be a boolean (true or false)");
    return false;
  }
  return value->get<bool>();
}

std::vector<std::string> FieldReader::text_list(const char* key) {
  const json* value = member(key);
  std::vector<std::string> out;
  if (value == nullptr) {
    return out;
  }
  if (!value->is_array()) {
    fail(std::string("key \"") + key + "\" must be an array of strings");
    return out;
  }
  for (const json& item : *value) {
    if (!item.is_string()) {
      fail(std::string("key \"") + key + "\" must be an array of strings");
      return {};
    }
    out.push_back(item.get<std::string>());
    check_text(key, out.back());
  }
  return out;
}

int FieldReader::count(const char* key) {
  const json* value = member(key);
  if (value == nullptr) {
    return 0;
  }
  if (!value->is_number_integer() || value->get<int64_t>() < 0 || value->get<int64_t>() > 1000000) {
    fail(std::string("key \"") + key + "\" must be a whole number from 0 to 1000000");
    return 0;
  }
  return static_cast<int>(value->get<int64_t>());
}

const json* FieldReader::array(const char* key) {
  const json* value = member(key);
  if (value != nullptr && !value->is_array()) {
    fail(std::string("key \"") + key + "\" must be an array");
    return nullptr;
  }
  return value;
}

const json* FieldReader::object(const char* key) {
  const json* value = member(key);
  if (value != nullptr && !value->is_object()) {
    fail(std::string("key \"") + key + "\" must be an object");
    return nullptr;
  }
  return value;
}

Status FieldReader::finish(std::string_view file) const {
  if (problem_) {
    return file_error(file, where_ + ": " + *problem_);
  }
  for (const auto& [key, value] : object_.items()) {
    if (asked_.count(key) == 0) {
      return file_error(file, where_ + ": unknown key \"" + key + "\"");
    }
  }
  return {};
}

bool is_upper_ascii(std::string_view s, size_t min, size_t max) {
  if (s.size() < min || s.size() > max) {
    return false;
  }
  for (char c : s) {
    if (c < 'A' || c > 'Z') {
      return false;
    }
  }
  return true;
}

bool is_digits(std::string_view s, size_t n) {
  if (s.size() != n) {
    return false;
  }
  for (char c : s) {
    if (c < '0' || c > '9') {
      return false;
    }
  }
  return true;
}

bool is_unit_code(std::string_view s) {
  if (s.empty() || s.size() > 40 || s.front() == '-' || s.back() == '-') {
    return false;
  }
  char previous = ' ';
  for (char c : s) {
    const bool ok = (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || (c == '-' && previous != '-');
    if (!ok) {
      return false;
    }
    previous = c;
  }
  return true;
}

}  // namespace frontline::refdata::detail
