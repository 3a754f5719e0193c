// Comparing dates of birth that may be partial ("YYYY", "YYYY-MM",
// "YYYY-MM-DD", as domain::is_valid_partial_date accepts them). Pure.
#pragma once

#include <optional>
#include <string_view>

namespace frontline::match {

struct PartialDate {
  int year = 0;
  int month = 0;  // 1..12, or 0 when unknown
  int day = 0;    // 1..31, or 0 when unknown (then month may still be known)
};

// The parts of a valid partial date, or nullopt when `text` is empty or not
// a valid partial date (domain::is_valid_partial_date).
std::optional<PartialDate> parse_partial_date(std::string_view text);

// How two dates of birth agree, judged on what both know.
// API names: "unknown", "exact", "year_month", "year", "day_month_swapped",
// "same_year_other_day", "conflict".
enum class DateAgreement {
  kUnknown,           // either date is missing
  kExact,             // both full and equal
  kYearMonth,         // year and month equal, a day missing on one side
  kYear,              // year equal, a month missing on one side (or both "YYYY")
  kDayMonthSwapped,   // both full, same year, day and month exchanged (3/4 vs 4/3)
  kSameYearOtherDay,  // same year, but the known months or days differ
  kConflict,          // the years differ
};
const char* date_agreement_name(DateAgreement a);

DateAgreement compare_birth_dates(const std::optional<PartialDate>& a, const std::optional<PartialDate>& b);

}  // namespace frontline::match
