// The labelled posts the learned model is trained and judged on (issue 6,
// point 4; docs/scan-model.md): JSON Lines, one post a line,
//   {"id": "...", "label": 1|0, "lang": "vi"|"en", "kind": "...", "text": "..."}
// label 1 = a recruitment post leading to trafficking or a scam centre, by
// the author's intent (never by the lexicon's output). The compiled-in set
// is data/scan/labelled/*.jsonl.
//
// Each post belongs to one split, decided by a stable hash of its id alone
// (split_of), so adding posts never moves an existing one between splits.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "util/result.hpp"

namespace frontline::scan {

struct LabelledText {
  std::string id;
  int label = 0;       // 1 trafficking/scam recruitment, 0 anything else
  std::string text;    // valid UTF-8, not blank
  std::string lang;    // "vi", "en" or "" when not given
  std::string kind;    // the author's kind ("scam_recruit", "news_warning", ...) or ""
};

// Parses JSON Lines; blank lines are skipped. InvalidArgument when any line
// is bad, its fields naming up to 20 of them by line ("line 12": "label must
// be 0 or 1"); ids must be unique across the whole input.
Result<std::vector<LabelledText>> parse_labelled(std::string_view jsonl);

// The compiled-in labelled set (data/scan/labelled/*.jsonl concatenated),
// parsed; checked by the tests, so never empty in a correct build.
const std::vector<LabelledText>& builtin_labelled();

enum class Split { kTrain, kValidation, kTest };
const char* split_name(Split s);  // "train", "validation", "test"

// 64-bit FNV-1a of `bytes`: fixed across platforms and runs (unlike std::hash).
uint64_t fnv1a64(std::string_view bytes, uint64_t seed = 0xcbf29ce484222325ULL);

// 70 / 15 / 15 by fnv1a64(id) % 100: [0, 70) train, [70, 85) validation,
// [85, 100) test.
Split split_of(std::string_view id);

}  // namespace frontline::scan
