// Reading training request bodies (routes_training_*.cpp): lists of objects
// and of ids, with every bad element named ("citations[2].kind",
// "present[1]") in the reader's errors.
#pragma once

#include <functional>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "http/json_input.hpp"
#include "service/training_service.hpp"

namespace frontline::http {

// Field `name` of `body` as a list of objects, each read by `read` from a
// FieldReader of its `allowed` fields (errors named "name[i].field").
// nullopt when absent (and not required) or malformed.
template <typename T>
std::optional<std::vector<T>> object_list(FieldReader& r, const nlohmann::json& body, const std::string& name,
                                          Need need, size_t max_items, const std::set<std::string>& allowed,
                                          const std::function<T(FieldReader&)>& read) {
  auto it = body.find(name);
  if (it == body.end() || it->is_null()) {
    if (need == Need::kRequired) r.fail(name, "is required");
    return std::nullopt;
  }
  if (!it->is_array()) {
    r.fail(name, "must be an array of objects");
    return std::nullopt;
  }
  if (it->size() > max_items) {
    r.fail(name, "at most " + std::to_string(max_items) + " items");
    return std::nullopt;
  }
  std::vector<T> out;
  for (size_t i = 0; i < it->size(); ++i) {
    const std::string at = name + "[" + std::to_string(i) + "]";
    if (!(*it)[i].is_object()) {
      r.fail(at, "must be an object");
      continue;
    }
    FieldReader inner((*it)[i], allowed, at + ".");
    out.push_back(read(inner));
    for (const auto& [field, reason] : inner.errors()) r.fail(field, reason);
  }
  return out;
}

// Field `name` as a list of positive integer ids (errors "name[i]").
std::optional<std::vector<int64_t>> id_list(FieldReader& r, const nlohmann::json& body, const std::string& name,
                                            Need need, size_t max_items);

// InvalidArgument naming the reader's bad fields and, beside them, the
// draft's other bad fields (`checked`: what the service's check of the
// partly read draft found), so one answer names every bad field.
Error merged_error(const std::string& message, const FieldReader& r, std::map<std::string, std::string> checked);

// The fields of a module version (POST /training/modules and …/versions).
service::ModuleVersionDraft read_module_version(FieldReader& r, const nlohmann::json& body, bool with_note);
// The fields of a new officer.
service::OfficerDraft read_officer_draft(FieldReader& r);

}  // namespace frontline::http
