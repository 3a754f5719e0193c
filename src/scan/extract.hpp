// Identifiers from the scanner's candidates (patterns.hpp): each candidate
// checked and normalized (a phone must be one libphonenumber accepts, an
// account number needs 8 to 19 digits), overlaps settled in favour of the
// more specific kind (bank account over phone, e-mail and app links over a
// bare web address), one identifier kept per (kind, key).
#pragma once

#include <cstddef>
#include <vector>

#include "scan/fold_map.hpp"
#include "scan/patterns.hpp"
#include "scan/scanner.hpp"

namespace frontline::scan {

struct Candidate {
  PatternKind kind = PatternKind::kPhone;
  size_t start = 0;  // folded text
  size_t end = 0;
};

// Maps [start, end) of the folded text to the original's bytes, whole characters.
Span original_span(const FoldedText& folded, size_t start, size_t end);

// `blocked` are folded spans already taken (amounts): no phone inside them.
std::vector<ExtractedId> extract_identifiers(const std::vector<Candidate>& candidates, const FoldedText& folded,
                                             std::string_view original, const std::vector<Span>& blocked);

}  // namespace frontline::scan
