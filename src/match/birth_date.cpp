#include "match/birth_date.hpp"

#include <string>

#include "domain/person.hpp"

namespace frontline::match {

std::optional<PartialDate> parse_partial_date(std::string_view text) {
  const std::string s(text);
  if (!domain::is_valid_partial_date(s)) {
    return std::nullopt;
  }
  PartialDate d;
  d.year = std::stoi(s.substr(0, 4));
  if (s.size() >= 7) {
    d.month = std::stoi(s.substr(5, 2));
  }
  if (s.size() == 10) {
    d.day = std::stoi(s.substr(8, 2));
  }
  return d;
}

const char* date_agreement_name(DateAgreement a) {
  switch (a) {
    case DateAgreement::kUnknown: return "unknown";
    case DateAgreement::kExact: return "exact";
    case DateAgreement::kYearMonth: return "year_month";
    case DateAgreement::kYear: return "year";
    case DateAgreement::kDayMonthSwapped: return "day_month_swapped";
    case DateAgreement::kSameYearOtherDay: return "same_year_other_day";
    case DateAgreement::kConflict: return "conflict";
  }
  return "unknown";
}

DateAgreement compare_birth_dates(const std::optional<PartialDate>& a, const std::optional<PartialDate>& b) {
  if (!a || !b) {
    return DateAgreement::kUnknown;
  }
  if (a->year != b->year) {
    return DateAgreement::kConflict;
  }
  if (a->month == 0 || b->month == 0) {
    return DateAgreement::kYear;
  }
  if (a->day != 0 && b->day != 0) {
    if (a->month == b->month && a->day == b->day) {
      return DateAgreement::kExact;
    }
    if (a->day == b->month && a->month == b->day) {
      return DateAgreement::kDayMonthSwapped;
    }
    return DateAgreement::kSameYearOtherDay;
  }
  return a->month == b->month ? DateAgreement::kYearMonth : DateAgreement::kSameYearOtherDay;
}

}  // namespace frontline::match
