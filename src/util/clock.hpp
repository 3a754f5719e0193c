// Time in Frontline: stored and exchanged in UTC (ISO 8601 with a trailing
// "Z"), shown to people in Asia/Ho_Chi_Minh (UTC+7, no daylight saving since
// 1975). A Clock is passed in wherever "now" matters, so tests can move time.
#pragma once

#include <atomic>
#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace frontline {

using TimePoint = std::chrono::system_clock::time_point;

class Clock {
 public:
  virtual ~Clock() = default;
  virtual TimePoint now() const = 0;
};

class SystemClock final : public Clock {
 public:
  TimePoint now() const override { return std::chrono::system_clock::now(); }
};

// A clock that only moves when told to. Thread-safe.
class ManualClock final : public Clock {
 public:
  explicit ManualClock(TimePoint start) : ns_(start.time_since_epoch().count()) {}
  TimePoint now() const override { return TimePoint(TimePoint::duration(ns_.load())); }
  void advance(std::chrono::seconds by) {
    ns_ += std::chrono::duration_cast<TimePoint::duration>(by).count();
  }

 private:
  std::atomic<TimePoint::rep> ns_;
};

// "2026-11-22T08:15:30Z" (seconds precision, UTC).
std::string format_utc(TimePoint tp);
// Accepts "YYYY-MM-DDTHH:MM:SSZ", optional fractional seconds, and a numeric
// offset ("+07:00") instead of "Z". Returns nullopt for anything else,
// including years TimePoint (nanoseconds) cannot hold: before 1678 or after 2261.
std::optional<TimePoint> parse_utc(std::string_view text);
// "22/11/2026 15:15" in Asia/Ho_Chi_Minh, for people reading CLI output.
std::string format_local_vn(TimePoint tp);
// The calendar year of `tp` in Asia/Ho_Chi_Minh (case numbers use the local year).
int local_year_vn(TimePoint tp);
// Checks "YYYY-MM-DD" is a real calendar date.
bool is_valid_date(std::string_view text);

}  // namespace frontline
