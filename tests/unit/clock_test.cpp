// Tests for util/clock: UTC storage format, parsing (fractions, offsets and
// every malformed form refused), display in Asia/Ho_Chi_Minh (UTC+7, across
// midnight and the new year), calendar dates and the manual clock.
#include "util/clock.hpp"

#include <gtest/gtest.h>

#include <chrono>

namespace frontline {
namespace {

using namespace std::chrono_literals;

TimePoint at(int y, unsigned m, unsigned d, int hh, int mm, int ss) {
  return TimePoint(std::chrono::sys_days(std::chrono::year(y) / std::chrono::month(m) / std::chrono::day(d)) +
                   std::chrono::hours(hh) + std::chrono::minutes(mm) + std::chrono::seconds(ss));
}

TEST(ClockTest, FormatsUtcWithSecondsAndZ) {
  EXPECT_EQ(format_utc(at(2026, 11, 22, 8, 15, 30)), "2026-11-22T08:15:30Z");
  EXPECT_EQ(format_utc(at(1970, 1, 1, 0, 0, 0)), "1970-01-01T00:00:00Z");
  // Sub-second parts are dropped, not rounded.
  EXPECT_EQ(format_utc(at(2026, 1, 2, 3, 4, 5) + 999ms), "2026-01-02T03:04:05Z");
}

TEST(ClockTest, ParsesWhatItFormats) {
  const TimePoint t = at(2026, 2, 28, 23, 59, 59);
  auto parsed = parse_utc(format_utc(t));
  ASSERT_TRUE(parsed.has_value());
  EXPECT_EQ(*parsed, t);
}

TEST(ClockTest, ParsesFractionsAndOffsets) {
  auto frac = parse_utc("2026-11-22T08:15:30.123456Z");
  ASSERT_TRUE(frac.has_value());
  EXPECT_EQ(format_utc(*frac), "2026-11-22T08:15:30Z");

  auto plus7 = parse_utc("2026-11-22T15:15:30+07:00");
  ASSERT_TRUE(plus7.has_value());
  EXPECT_EQ(*plus7, at(2026, 11, 22, 8, 15, 30));

  auto minus = parse_utc("2026-11-22T02:45:30-05:30");
  ASSERT_TRUE(minus.has_value());
  EXPECT_EQ(*minus, at(2026, 11, 22, 8, 15, 30));

  auto next_day = parse_utc("2026-11-23T01:00:00+07:00");
  ASSERT_TRUE(next_day.has_value());
  EXPECT_EQ(format_utc(*next_day), "2026-11-22T18:00:00Z");
}

TEST(ClockTest, RefusesMalformedTimes) {
  for (const char* bad : {"", "2026-11-22", "2026-11-22T08:15:30", "2026-11-22 08:15:30Z", "2026-11-22T08:15Z",
                          "2026-13-01T00:00:00Z", "2026-02-30T00:00:00Z", "2026-11-22T24:00:00Z",
                          "2026-11-22T08:60:00Z", "2026-11-22T08:15:30ZZ", "2026-11-22T08:15:30.Z",
                          "2026-11-22T08:15:30+0700", "2026-11-22T08:15:30+15:00", "2026-11-22T08:15:30+07:60",
                          "26-11-22T08:15:30Z", "2026-11-22T08:15:30z", "2026-1a-22T08:15:30Z",
                          "2026-11-22T08:15:30 Z", "2026-11-22T-8:15:30Z"}) {
    EXPECT_FALSE(parse_utc(bad).has_value()) << bad;
  }
}

TEST(ClockTest, DisplaysInHoChiMinhTime) {
  EXPECT_EQ(format_local_vn(at(2026, 11, 22, 8, 15, 30)), "22/11/2026 15:15");
  // 17:30 UTC is already the next day in Vietnam, and the next year on 31 Dec.
  EXPECT_EQ(format_local_vn(at(2026, 12, 31, 17, 30, 0)), "01/01/2027 00:30");
  EXPECT_EQ(format_local_vn(at(2026, 12, 31, 16, 59, 0)), "31/12/2026 23:59");
}

TEST(ClockTest, LocalYearFollowsVietnamNotUtc) {
  EXPECT_EQ(local_year_vn(at(2026, 12, 31, 16, 59, 59)), 2026);
  EXPECT_EQ(local_year_vn(at(2026, 12, 31, 17, 0, 0)), 2027);
  EXPECT_EQ(local_year_vn(at(2026, 6, 1, 0, 0, 0)), 2026);
}

TEST(ClockTest, ValidDatesAreRealCalendarDates) {
  EXPECT_TRUE(is_valid_date("2024-02-29"));
  EXPECT_TRUE(is_valid_date("1990-01-01"));
  EXPECT_TRUE(is_valid_date("2026-12-31"));
  EXPECT_FALSE(is_valid_date("2023-02-29"));
  EXPECT_FALSE(is_valid_date("2026-04-31"));
  EXPECT_FALSE(is_valid_date("2026-00-10"));
  EXPECT_FALSE(is_valid_date("2026-13-10"));
  EXPECT_FALSE(is_valid_date("2026-1-10"));
  EXPECT_FALSE(is_valid_date("2026/01/10"));
  EXPECT_FALSE(is_valid_date("2026-01-10T00:00:00Z"));
  EXPECT_FALSE(is_valid_date(""));
}

TEST(ClockTest, ManualClockMovesOnlyWhenTold) {
  const TimePoint start = at(2026, 3, 15, 3, 0, 0);
  ManualClock clock(start);
  EXPECT_EQ(clock.now(), start);
  EXPECT_EQ(clock.now(), start);
  clock.advance(std::chrono::minutes(15));
  EXPECT_EQ(clock.now(), start + std::chrono::minutes(15));
  clock.advance(std::chrono::hours(8));
  EXPECT_EQ(format_utc(clock.now()), "2026-03-15T11:15:00Z");
}

TEST(ClockTest, SystemClockIsNearNow) {
  SystemClock clock;
  auto diff = clock.now() - std::chrono::system_clock::now();
  EXPECT_LT(std::chrono::abs(diff), std::chrono::seconds(5));
}

}  // namespace
}  // namespace frontline
