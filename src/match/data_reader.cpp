#include "match/data_reader.hpp"

#include "refdata/json_reader.hpp"
#include "util/text.hpp"

namespace frontline::match::detail {

using refdata::detail::file_error;

Status expect_keys(const nlohmann::json& object, std::string_view file, const std::string& where,
                   std::initializer_list<std::string_view> required,
                   std::initializer_list<std::string_view> optional) {
  if (!object.is_object()) {
    return file_error(file, where + ": must be an object");
  }
  for (std::string_view key : required) {
    if (!object.contains(key)) {
      return file_error(file, where + ": missing key \"" + std::string(key) + "\"");
    }
  }
  for (const auto& [key, value] : object.items()) {
    bool known = false;
    for (std::string_view k : required) {
      known = known || k == key;
    }
    for (std::string_view k : optional) {
      known = known || k == key;
    }
    if (!known) {
      return file_error(file, where + ": unknown key \"" + key + "\"");
    }
  }
  return {};
}

Result<double> read_number(const nlohmann::json& object, const char* key, std::string_view file,
                           const std::string& where, double min, double max) {
  const nlohmann::json& v = object.at(key);
  if (!v.is_number()) {
    return file_error(file, where + "." + key + ": must be a number");
  }
  const double d = v.get<double>();
  if (!(d >= min && d <= max)) {
    return file_error(file, where + "." + key + ": must be between " + std::to_string(min) + " and " +
                                std::to_string(max));
  }
  return d;
}

Result<std::string> read_text(const nlohmann::json& object, const char* key, std::string_view file,
                              const std::string& where) {
  const nlohmann::json& v = object.at(key);
  if (!v.is_string() || v.get<std::string>().empty()) {
    return file_error(file, where + "." + key + ": must be a non-empty string");
  }
  std::string s = v.get<std::string>();
  auto nfc = text::to_nfc(s);
  if (!nfc.ok() || *nfc != s) {
    return file_error(file, where + "." + key + ": must be NFC text");
  }
  return s;
}

}  // namespace frontline::match::detail
