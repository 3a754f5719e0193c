// The red-flag lexicon of online recruitment into scam centres (issue 6,
// point 1; data/scan/red_flags.json, compiled in). Each flag has an id, a
// category, a weight in (0, 1], phrases in Vietnamese, English and Chinese,
// a rationale in Vietnamese and English and a source. Phrases are compared
// on folded text (text::fold), so "việc nhẹ lương cao" also matches
// "viec nhe luong cao"; each flag keeps its phrases folded and de-duplicated.
//
// Officers add local terms without a rebuild: a document of the same shape
// (its "flags" only) merged over the built-in one — a known id gains the
// phrases, a new id is a new flag (its category, weight, rationale and
// source required). The scanner reloads it when the file changes.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "util/result.hpp"

namespace frontline::scan {

// API names, in the order of the data file.
const std::vector<std::string>& category_names();

struct RedFlag {
  std::string id;        // "pay.light_work_high_pay"
  std::string category;  // one of category_names()
  double weight = 0.0;   // (0, 1]
  std::map<std::string, std::vector<std::string>> phrases;  // language ("vi", "en", "zh") -> phrases as written
  std::vector<std::string> folded;  // every phrase folded, de-duplicated, in file order
  std::string rationale_vi;
  std::string rationale_en;
  std::string source;    // a key of Lexicon::sources
};

// "Pay far above the norm", judged from the amounts a text states (the
// scanner converts each pay amount to dong a month): fires at
// factor × monthly_vnd, its weight rising linearly from weight_min there to
// flag.weight (the maximum) at factor_max × monthly_vnd.
struct PayNorm {
  RedFlag flag;  // id, category, maximum weight, rationale and source; no phrases
  double monthly_vnd = 0.0;
  double factor = 0.0;
  double factor_max = 0.0;
  double weight_min = 0.0;
  double days_per_month = 26.0;
  double hours_per_day = 8.0;
  std::map<std::string, double> rates_vnd;  // ISO 4217 code -> dong per unit
};

struct Lexicon {
  int version = 0;
  std::map<std::string, std::string> sources;  // key -> citation
  PayNorm pay_norm;
  std::vector<RedFlag> flags;                  // in file order, ids unique

  const RedFlag* find(std::string_view id) const;
  // How many folded phrases all flags hold.
  size_t phrase_count() const;
};

// Parses and checks a lexicon document. InvalidArgument naming the first
// problems by JSON path ("flags[3].weight", "flags[5].patterns.vi[0]").
Result<Lexicon> parse_lexicon(std::string_view json_text);
// The compiled-in lexicon (data/scan/red_flags.json).
const Lexicon& builtin_lexicon();
// `base` with the local terms of `local_json` merged (see above); the same
// checks, paths prefixed "local.".
Result<Lexicon> merge_local_terms(const Lexicon& base, std::string_view local_json);

}  // namespace frontline::scan
