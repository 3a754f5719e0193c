#include "util/clock.hpp"

#include <charconv>
#include <cstdio>

namespace frontline {
namespace {

constexpr auto kVietnamOffset = std::chrono::hours(7);

bool parse_int(std::string_view s, int& out) {
  if (s.empty()) {
    return false;
  }
  for (char c : s) {
    if (c < '0' || c > '9') {
      return false;
    }
  }
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && ptr == s.data() + s.size();
}

std::optional<std::chrono::year_month_day> parse_ymd(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') {
    return std::nullopt;
  }
  int y = 0;
  int m = 0;
  int d = 0;
  if (!parse_int(s.substr(0, 4), y) || !parse_int(s.substr(5, 2), m) || !parse_int(s.substr(8, 2), d)) {
    return std::nullopt;
  }
  std::chrono::year_month_day ymd{std::chrono::year(y), std::chrono::month(static_cast<unsigned>(m)),
                                  std::chrono::day(static_cast<unsigned>(d))};
  if (!ymd.ok()) {
    return std::nullopt;
  }
  return ymd;
}

}  // namespace

std::string format_utc(TimePoint tp) {
  auto secs = std::chrono::floor<std::chrono::seconds>(tp);
  auto days = std::chrono::floor<std::chrono::days>(secs);
  std::chrono::year_month_day ymd{days};
  std::chrono::hh_mm_ss hms{secs - days};
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02ld:%02ld:%02lldZ", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()),
                static_cast<long>(hms.hours().count()), static_cast<long>(hms.minutes().count()),
                static_cast<long long>(hms.seconds().count()));
  return buf;
}

std::optional<TimePoint> parse_utc(std::string_view text) {
  if (text.size() < 20 || text[10] != 'T' || text[13] != ':' || text[16] != ':') {
    return std::nullopt;
  }
  auto ymd = parse_ymd(text.substr(0, 10));
  int hh = 0;
  int mm = 0;
  int ss = 0;
  if (!ymd || !parse_int(text.substr(11, 2), hh) || !parse_int(text.substr(14, 2), mm) ||
      !parse_int(text.substr(17, 2), ss) || hh > 23 || mm > 59 || ss > 60) {
    return std::nullopt;
  }
  // Nanoseconds since 1970 in 64 bits span 1677-09-21 to 2262-04-11; a year
  // outside would wrap around (2999 became 1829 and passed "not in the future").
  if (ymd->year() < std::chrono::year(1678) || ymd->year() > std::chrono::year(2261)) {
    return std::nullopt;
  }
  std::string_view rest = text.substr(19);
  if (!rest.empty() && rest.front() == '.') {
    size_t i = 1;
    while (i < rest.size() && rest[i] >= '0' && rest[i] <= '9') {
      ++i;
    }
    if (i == 1) {
      return std::nullopt;
    }
    rest.remove_prefix(i);
  }
  std::chrono::minutes offset{0};
  if (rest == "Z") {
    // UTC
  } else if (rest.size() == 6 && (rest[0] == '+' || rest[0] == '-') && rest[3] == ':') {
    int oh = 0;
    int om = 0;
    if (!parse_int(rest.substr(1, 2), oh) || !parse_int(rest.substr(4, 2), om) || oh > 14 || om > 59) {
      return std::nullopt;
    }
    offset = std::chrono::minutes(oh * 60 + om) * (rest[0] == '-' ? -1 : 1);
  } else {
    return std::nullopt;
  }
  auto local = std::chrono::sys_days(*ymd) + std::chrono::hours(hh) + std::chrono::minutes(mm) +
               std::chrono::seconds(ss);
  return TimePoint(std::chrono::duration_cast<TimePoint::duration>((local - offset).time_since_epoch()));
}

std::string format_local_vn(TimePoint tp) {
  auto secs = std::chrono::floor<std::chrono::seconds>(tp + kVietnamOffset);
  auto days = std::chrono::floor<std::chrono::days>(secs);
  std::chrono::year_month_day ymd{days};
  std::chrono::hh_mm_ss hms{secs - days};
  char buf[32];
  std::snprintf(buf, sizeof buf, "%02u/%02u/%04d %02ld:%02ld", static_cast<unsigned>(ymd.day()),
                static_cast<unsigned>(ymd.month()), static_cast<int>(ymd.year()),
                static_cast<long>(hms.hours().count()), static_cast<long>(hms.minutes().count()));
  return buf;
}

int local_year_vn(TimePoint tp) {
  auto days = std::chrono::floor<std::chrono::days>(tp + kVietnamOffset);
  return static_cast<int>(std::chrono::year_month_day{days}.year());
}

bool is_valid_date(std::string_view text) { return parse_ymd(text).has_value(); }

}  // namespace frontline
