// Vietnamese wording of demo cases: recruitment group names, titles and
// summaries, from templates. No text names a person.
#pragma once

#include <string>

#include "demo/case_templates.hpp"
#include "demo/rng.hpp"

namespace frontline::demo {

// A group, channel or account name of the kind seen in recruitment for
// `form` towards `dest` on `platform` ("Việc làm Campuchia lương cao").
std::string recruitment_group(Rng& rng, domain::TraffickingForm form, const std::string& dest,
                              const std::string& platform);

// At most 200 characters.
std::string case_title(Rng& rng, const CaseOutline& o);

// Three to five sentences: recruitment, journey, exploitation, how the case
// came to the Border Guard, and a note on minors.
std::string case_summary(Rng& rng, const CaseOutline& o);

// Replaces every "{key}" in `text` with its value.
std::string fill(std::string text, std::initializer_list<std::pair<const char*, std::string>> values);

}  // namespace frontline::demo
