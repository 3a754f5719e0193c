// The API's error texts in the caller's language.
//
// Services write messages and field reasons in English where they arise
// ("at most 200 characters"); API clients that name no language keep getting
// them so. A client whose Accept-Language prefers Vietnamese gets them
// translated here, at the edge, by a table of templates: "{}" in an English
// template captures a variable part (a number, a code the user typed) that the
// Vietnamese template places with {0}, {1}, ...; "{t}" captures a part that is
// itself translated (an action, a status). Text the table does not know
// stays English, so a missing entry degrades, never breaks.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace frontline::http {

enum class Language { kEnglish, kVietnamese };

// The language an Accept-Language header prefers among the two Frontline
// speaks: Vietnamese when "vi" comes before any "en" (quality values are
// honoured), English otherwise and for an empty header.
Language preferred_language(std::string_view accept_language);

// `text` in `to`, or nullopt when the table has no template for it.
// English is returned unchanged.
std::optional<std::string> translate(std::string_view text, Language to);

// An error body ({"error":{"message","fields",...}}) with its message and
// field reasons in `to`; a body that is not such JSON is returned as it is.
std::string localize_error_body(const std::string& body, Language to);

}  // namespace frontline::http
