// Amounts of money in folded text (fold_map.hpp): "15 trieu", "15tr5",
// "1000$", "$1,500", "500k/ngay", "2.000 usd mot thang", "3000 te", with
// Vietnamese and English digit grouping, and what they are for.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "scan/fold_map.hpp"
#include "scan/scanner.hpp"

namespace frontline::scan {

struct ParsedAmount {
  size_t start = 0;  // in the folded text
  size_t end = 0;
  double value = 0.0;
  std::string currency;  // ISO 4217
  Period period = Period::kNone;
};

// The amount whose number (or "$") starts at folded.text[start], reading a
// currency symbol the folding dropped (₫ € ¥ £ ฿) from `original`. Nothing
// when no currency or multiplier word follows the number, or the "m" is a
// height ("1m60").
std::optional<ParsedAmount> parse_amount(const FoldedText& folded, std::string_view original, size_t start);

// What the amount at folded[start] is for, from the nearest telling word in
// the few words before it ("luong", "thu nhap", "salary" -> pay; "phi",
// "dat coc", "fee" -> cost); a period with no telling word means pay.
AmountUse amount_use(std::string_view folded, size_t start, Period period);

}  // namespace frontline::scan
