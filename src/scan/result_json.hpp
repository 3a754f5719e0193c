// A ScanResult as JSON, the one shape the API (POST /api/v1/scan), the
// command line (`frontline scan`) and saved leads share: offsets in code
// points of the text as given, rationales in the asked language.
#pragma once

#include <string_view>

#include <nlohmann/json.hpp>

#include "scan/scanner.hpp"

namespace frontline::scan {

// {"risk", "level", "lexicon_score", "model_score" (null without a model), "explanation",
//  "flags": [{"id", "category", "weight", "rationale", "spans": [{"start", "end", "text"}]}],
//  "amounts": [{"start", "end", "text", "value", "currency", "period", "use", "vnd", "monthly_vnd"}],
//  "identifiers": [{"kind", "value", "key", "qualifier", "channel", "start", "end"}]}
// `explanation` is Scanner::explain's, in `lang`.
nlohmann::json result_json(const ScanResult& result, std::string_view text, std::string_view lang,
                           const std::string& explanation);

}  // namespace frontline::scan
