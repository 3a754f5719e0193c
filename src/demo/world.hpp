// The slice of reference data the demo generator draws from, read once per
// run, plus calendar helpers. Everything is sorted by code so the draws do
// not depend on database ids or row order.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "domain/user.hpp"
#include "store/store.hpp"
#include "util/clock.hpp"

namespace frontline::demo {

struct World {
  std::vector<domain::UnitInfo> units;  // every unit, by code
  std::vector<domain::UnitInfo> posts;  // border posts and gates facing a neighbour, by code
  std::vector<std::string> provinces;   // current province codes, sorted
  std::map<std::string, std::string> province_name;            // current code -> "Lạng Sơn"
  std::map<std::string, std::vector<std::string>> former_gso;  // current code -> GSO codes merged into it
};

// Reads units and provinces. Conflict when no border post or gate faces a
// neighbouring country (reference data not loaded).
Result<World> load_world(store::Transaction& tx);

// "Mộc Bài" for "Đồn Biên phòng Cửa khẩu Quốc tế Mộc Bài", "Chi Ma" for
// "Đồn Biên phòng Chi Ma": the locality a post is named after.
std::string unit_locality(const domain::UnitInfo& unit);
// "Cửa khẩu Quốc tế Mộc Bài" for a border-gate post; empty for other units.
std::string gate_name(const domain::UnitInfo& unit);

// Vietnamese name of the countries demo routes use ("Campuchia"), else the code.
std::string country_vi(const std::string& alpha2);

// Days since 1970-01-01 of a civil date, and back to "YYYY-MM-DD" / year.
int64_t day_number(int year, unsigned month, unsigned day);
std::string format_day(int64_t day);
int year_of_day(int64_t day);
// Today's day number in Asia/Ho_Chi_Minh (UTC+7).
int64_t today_vn(TimePoint now);
// 00:00 Asia/Ho_Chi_Minh on `day`, as a UTC time point.
TimePoint vn_midnight(int64_t day);

}  // namespace frontline::demo
