#include "http/json_input.hpp"

#include <charconv>

#include "util/text.hpp"

namespace frontline::http {

Result<int64_t> query_int(const std::multimap<std::string, std::string>& q, const std::string& name,
                          int64_t fallback) {
  auto it = q.find(name);
  if (it == q.end()) {
    return fallback;
  }
  int64_t v = 0;
  const auto& s = it->second;
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || ptr != s.data() + s.size()) {
    return Error::invalid_field(name, "must be an integer");
  }
  return v;
}

Result<nlohmann::json> parse_json_object(const std::string& body) {
  if (!text::is_valid_utf8(body)) {
    return Error::invalid_field("body", "is not valid UTF-8");
  }
  nlohmann::json j = nlohmann::json::parse(body, nullptr, false);
  if (j.is_discarded()) {
    return Error::invalid_field("body", "is not valid JSON");
  }
  if (!j.is_object()) {
    return Error::invalid_field("body", "must be a JSON object");
  }
  return j;
}

FieldReader::FieldReader(const nlohmann::json& object, std::set<std::string> allowed, std::string prefix)
    : obj_(object), prefix_(std::move(prefix)) {
  for (const auto& [key, value] : obj_.items()) {
    if (allowed.count(key) == 0) {
      errors_[prefix_ + key] = "unknown field";
    }
  }
}

void FieldReader::fail(const std::string& name, const std::string& reason) {
  errors_.emplace(prefix_ + name, reason);
}

Error FieldReader::error(const std::string& message) const { return Error::invalid(message, errors_); }

std::string FieldReader::join(const std::vector<std::string>& names) {
  std::string out;
  for (const auto& n : names) {
    out += (out.empty() ? "" : ", ") + n;
  }
  return out;
}

const nlohmann::json* FieldReader::field(const std::string& name, Need need) {
  auto it = obj_.find(name);
  if (it == obj_.end() || it->is_null()) {
    if (need == Need::kRequired) {
      fail(name, "is required");
    }
    return nullptr;
  }
  return &*it;
}

std::optional<std::string> FieldReader::text(const std::string& name, Need need, size_t max_chars) {
  const auto* v = field(name, need);
  if (v == nullptr) {
    return std::nullopt;
  }
  if (!v->is_string()) {
    fail(name, "must be a string");
    return std::nullopt;
  }
  auto nfc = text::to_nfc(v->get_ref<const std::string&>());
  if (!nfc.ok()) {
    fail(name, "is not valid UTF-8");
    return std::nullopt;
  }
  if (text::has_control_chars(*nfc)) {
    fail(name, "contains control characters");
    return std::nullopt;
  }
  if (text::code_points(*nfc) > max_chars) {
    fail(name, "at most " + std::to_string(max_chars) + " characters");
    return std::nullopt;
  }
  if (need == Need::kRequired && nfc->find_first_not_of(" \t\r\n") == std::string::npos) {
    fail(name, "must not be blank");
    return std::nullopt;
  }
  return std::move(nfc).value();
}

std::optional<int64_t> FieldReader::integer(const std::string& name, Need need) {
  const auto* v = field(name, need);
  if (v == nullptr) {
    return std::nullopt;
  }
  if (!v->is_number_integer()) {
    fail(name, "must be an integer");
    return std::nullopt;
  }
  return v->get<int64_t>();
}

std::optional<bool> FieldReader::boolean(const std::string& name, Need need) {
  const auto* v = field(name, need);
  if (v == nullptr) {
    return std::nullopt;
  }
  if (!v->is_boolean()) {
    fail(name, "must be true or false");
    return std::nullopt;
  }
  return v->get<bool>();
}

std::optional<std::vector<std::string>> FieldReader::text_list(const std::string& name, Need need, size_t max_items,
                                                               size_t max_chars) {
  const auto* v = field(name, need);
  if (v == nullptr) {
    return std::nullopt;
  }
  if (!v->is_array()) {
    fail(name, "must be an array of strings");
    return std::nullopt;
  }
  if (v->size() > max_items) {
    fail(name, "at most " + std::to_string(max_items) + " items");
    return std::nullopt;
  }
  std::vector<std::string> out;
  for (const auto& item : *v) {
    if (!item.is_string()) {
      fail(name, "must be an array of strings");
      return std::nullopt;
    }
    auto nfc = text::to_nfc(item.get_ref<const std::string&>());
    if (!nfc.ok() || text::has_control_chars(*nfc) || text::code_points(*nfc) > max_chars) {
      fail(name, "each item must be text of at most " + std::to_string(max_chars) + " characters");
      return std::nullopt;
    }
    out.push_back(std::move(nfc).value());
  }
  return out;
}

bool FieldReader::object(const std::string& name, Need need, std::set<std::string> allowed,
                         const std::function<void(FieldReader&)>& read) {
  const auto* v = field(name, need);
  if (v == nullptr) {
    return false;
  }
  if (!v->is_object()) {
    fail(name, "must be an object");
    return false;
  }
  FieldReader inner(*v, std::move(allowed), prefix_ + name + ".");
  read(inner);
  errors_.insert(inner.errors_.begin(), inner.errors_.end());
  return true;
}

}  // namespace frontline::http
