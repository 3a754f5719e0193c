// The text the scanner searches: every character folded as text::fold folds
// it (lower-case ASCII, no diacritics, đ -> d, Chinese as pinyin), but ASCII
// punctuation kept and whitespace not collapsed, so that phrases match as
// they do on folded names while "@", "/", "$" and "+" remain for links,
// handles, amounts and phone numbers. Each byte remembers where in the
// original its character began, so a match maps back to the text as written.
//
// Folding is per character, through text::fold itself: a table of folded
// characters filled lazily, 256 code points at a time, the first time a
// character of that block is seen (thread-safe; ASCII never needs it).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace frontline::scan {

struct FoldedText {
  std::string text;              // ASCII only
  std::vector<uint32_t> origin;  // text.size() + 1 entries: byte offset in the original of each byte's character; the last is the original's size
};

// Folds `original` into `out` (its buffers reused). False, leaving `out`
// unspecified, when `original` is not well-formed UTF-8.
bool fold_with_map(std::string_view original, FoldedText& out);

// True for the bytes text::fold keeps as letters or digits.
inline bool is_alnum_ascii(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

}  // namespace frontline::scan
