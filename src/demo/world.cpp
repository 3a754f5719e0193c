#include "demo/world.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>

namespace frontline::demo {
namespace {

bool strip_prefix(std::string& s, const std::string& prefix) {
  if (s.rfind(prefix, 0) == 0) {
    s.erase(0, prefix.size());
    return true;
  }
  return false;
}

bool by_code(const domain::UnitInfo& a, const domain::UnitInfo& b) { return a.code < b.code; }

}  // namespace

Result<World> load_world(store::Transaction& tx) {
  World w;
  FL_ASSIGN_OR_RETURN(w.units, tx.reference().list_units());
  std::sort(w.units.begin(), w.units.end(), by_code);
  for (const auto& u : w.units) {
    if ((u.kind == "border_post" || u.kind == "border_gate") && !u.facing_country.empty() &&
        !u.province_code.empty()) {
      w.posts.push_back(u);
    }
  }
  if (w.posts.empty()) {
    return Error::conflict("no border post or gate in the reference data; load it first (frontline init)");
  }
  FL_ASSIGN_OR_RETURN(auto provinces, tx.reference().list_provinces());
  for (const auto& p : provinces) {
    if (p.current) {
      w.provinces.push_back(p.code);
      w.province_name[p.code] = p.name;
    } else {
      w.former_gso[p.successor_code].push_back(p.code);
    }
  }
  std::sort(w.provinces.begin(), w.provinces.end());
  for (auto& [code, parts] : w.former_gso) {
    std::sort(parts.begin(), parts.end());
  }
  if (w.provinces.empty()) {
    return Error::conflict("no provinces in the reference data; load it first (frontline init)");
  }
  return w;
}

std::string unit_locality(const domain::UnitInfo& unit) {
  std::string s = unit.name;
  strip_prefix(s, "Đồn Biên phòng ");
  if (!strip_prefix(s, "Cửa khẩu Quốc tế ")) {
    strip_prefix(s, "Cửa khẩu ");
  }
  return s;
}

std::string gate_name(const domain::UnitInfo& unit) {
  if (unit.kind != "border_gate") {
    return "";
  }
  std::string s = unit.name;
  strip_prefix(s, "Đồn Biên phòng ");
  if (s.rfind("Cửa khẩu", 0) != 0) {
    s = "Cửa khẩu " + s;
  }
  return s;
}

std::string country_vi(const std::string& alpha2) {
  static const std::map<std::string, std::string> kNames = {
      {"CN", "Trung Quốc"}, {"KH", "Campuchia"}, {"LA", "Lào"},       {"MM", "Myanmar"},
      {"MY", "Malaysia"},   {"TH", "Thái Lan"},  {"VN", "Việt Nam"},
  };
  auto it = kNames.find(alpha2);
  return it == kNames.end() ? alpha2 : it->second;
}

int64_t day_number(int year, unsigned month, unsigned day) {
  using namespace std::chrono;
  return sys_days(std::chrono::year(year) / std::chrono::month(month) / std::chrono::day(day))
      .time_since_epoch()
      .count();
}

std::string format_day(int64_t day) {
  using namespace std::chrono;
  const year_month_day ymd{sys_days(days(day))};
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                static_cast<unsigned>(ymd.day()));
  return buf;
}

int year_of_day(int64_t day) {
  using namespace std::chrono;
  return static_cast<int>(year_month_day{sys_days(days(day))}.year());
}

int64_t today_vn(TimePoint now) {
  using namespace std::chrono;
  return floor<days>(now + hours(7)).time_since_epoch().count();
}

TimePoint vn_midnight(int64_t day) {
  using namespace std::chrono;
  return TimePoint(sys_days(days(day))) - hours(7);
}

}  // namespace frontline::demo
