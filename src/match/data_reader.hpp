// Internal to match/: strict reading of the matcher's JSON data files
// (data/names/family_names.json, data/match/scoring.json). refdata's
// FieldReader has no numbers with fractions and no optional keys, which these
// files need; messages follow refdata's form "<file>: <where>: <problem>".
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "util/result.hpp"

namespace frontline::match::detail {

// OK when `object` is a JSON object holding every key of `required`, and no
// key outside `required` and `optional`; otherwise InvalidArgument
// "<file>: <where>: ..." naming the first missing or unknown key.
Status expect_keys(const nlohmann::json& object, std::string_view file, const std::string& where,
                   std::initializer_list<std::string_view> required,
                   std::initializer_list<std::string_view> optional = {});

// The number under `key` of `object` when it lies in [min, max]; otherwise
// InvalidArgument "<file>: <where>.<key>: ...". `key` must be present.
Result<double> read_number(const nlohmann::json& object, const char* key, std::string_view file,
                           const std::string& where, double min, double max);

// The string under `key` of `object` when it is non-empty NFC text;
// otherwise InvalidArgument "<file>: <where>.<key>: ...". `key` must be present.
Result<std::string> read_text(const nlohmann::json& object, const char* key, std::string_view file,
                              const std::string& where);

}  // namespace frontline::match::detail
