// Text rules shared by every module: UTF-8 in, NFC stored, one folding for
// search and comparison. fold() is the only one: the case search and the
// person matcher (match/name.hpp, which splits fold()'s output into tokens)
// both use it, so they cannot disagree.
#pragma once

#include <string>
#include <string_view>

#include "util/result.hpp"

namespace frontline::text {

// True when `s` is well-formed UTF-8 (no overlongs, surrogates or values past U+10FFFF).
bool is_valid_utf8(std::string_view s);

// NFC form of `s`, with U+00D0 (Ð, Icelandic eth, a common mistype) mapped to
// U+0110 (Đ). `s` must be valid UTF-8; returns InvalidArgument otherwise.
Result<std::string> to_nfc(std::string_view s);

// Search key: "Any-Latin; Latin-ASCII; Lower" with Đ/Ð/đ to d, runs of
// non-alphanumerics collapsed to one space, trimmed. Decomposed (NFD) input
// folds like NFC; the output is ASCII, where Lower equals Unicode case
// folding; characters ICU cannot transliterate (Khmer, Lao) are dropped.
// Safe from any thread: each thread builds its own ICU transliterator on its
// first call (about 0.5 ms) and keeps it.
// fold("Nguyễn Thị  Như-Quỳnh") == "nguyen thi nhu quynh". `s` must be valid UTF-8.
std::string fold(std::string_view s);

// Number of Unicode code points in valid UTF-8 `s` (used for length limits).
size_t code_points(std::string_view s);

// True when `s` is empty or holds only spaces, tabs and line breaks.
bool is_blank(std::string_view s);

// At most `max_points` code points of valid UTF-8 `s`: `s` itself when it fits,
// otherwise cut at the last space within the limit (at the limit when there is
// none), trailing spaces dropped, with "…" appended (counted in the limit).
std::string excerpt(std::string_view s, size_t max_points);

// True when `s` has a C0/C1 control character other than tab, CR and LF.
bool has_control_chars(std::string_view s);

// The ASCII digits of `s`, in order ("0912 345-678" -> "0912345678").
std::string digits_only(std::string_view s);

}  // namespace frontline::text
