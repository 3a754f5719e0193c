// Parsing a JSON body whose strings may hold text that is not valid
// Unicode — bytes that are not UTF-8, or a \u escape of an unpaired
// surrogate — without refusing the whole body, for routes that answer per
// item (POST /api/v1/scan: a batch never stops at one bad text). Other
// routes refuse such a body with parse_json_object.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "util/result.hpp"

namespace frontline::http {

struct LenientJson {
  nlohmann::json value;
  // UTF-8 of the noncharacter (U+FDD0..U+FDEF, one absent from the body)
  // that stands, in the parsed strings, for each invalid byte or unpaired
  // surrogate escape.
  std::string marker;
};

// InvalidArgument naming "body" when, invalid text inside strings aside, it
// is not JSON (invalid bytes outside strings included), or when every
// possible marker already occurs in the body.
Result<LenientJson> parse_json_lenient(const std::string& body);

// `s` with every marker made an invalid byte (0xFF) again, so that checks
// downstream (text::is_valid_utf8) refuse it.
std::string restore_invalid(const std::string& s, const std::string& marker);

}  // namespace frontline::http
