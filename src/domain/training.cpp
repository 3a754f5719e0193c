#include "domain/training.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>

#include "domain/training_course.hpp"

namespace frontline::domain {
namespace {

bool one_of(const std::string& s, std::initializer_list<const char*> values) {
  return std::any_of(values.begin(), values.end(), [&](const char* v) { return s == v; });
}

}  // namespace

const std::vector<std::string>& training_rank_codes() {
  static const std::vector<std::string> codes = {
      "binh_nhi", "binh_nhat", "ha_si",    "trung_si", "thuong_si", "thieu_uy",    "trung_uy", "thuong_uy",
      "dai_uy",   "thieu_ta",  "trung_ta", "thuong_ta", "dai_ta",   "thieu_tuong", "qncn",     "civilian"};
  return codes;
}

bool is_training_rank(const std::string& code) {
  const auto& codes = training_rank_codes();
  return std::find(codes.begin(), codes.end(), code) != codes.end();
}

bool is_training_sex(const std::string& code) { return one_of(code, {"male", "female"}); }

bool is_code(const std::string& text, size_t max_size, std::string_view others) {
  if (text.empty() || text.size() > max_size) return false;
  return std::all_of(text.begin(), text.end(), [others](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || others.find(c) != std::string_view::npos;
  });
}

bool is_service_number(const std::string& text) { return is_code(text, 32, "-"); }

bool is_citation_kind(const std::string& kind) { return one_of(kind, {"law", "decree", "case", "guidance"}); }

bool is_receipt_medium(const std::string& medium) { return one_of(medium, {"print", "digital"}); }

bool is_course_status(const std::string& status) {
  return one_of(status, {"planned", "in_progress", "completed", "cancelled"});
}

// Completing goes through POST /complete only, so "completed" is never a
// plain move; a completed or cancelled course stays as it is.
bool course_status_move_allowed(const std::string& from, const std::string& to) {
  if (from == "planned") return to == "in_progress" || to == "cancelled";
  if (from == "in_progress") return to == "cancelled" || to == "planned";
  return false;
}

bool is_enrolment_status(const std::string& status) {
  return one_of(status, {"enrolled", "withdrawn", "completed", "not_completed"});
}

std::vector<std::string> course_days(const std::string& start_date, const std::string& end_date) {
  std::vector<std::string> out;
  if (!is_valid_date(start_date) || !is_valid_date(end_date) || end_date < start_date) return out;
  using namespace std::chrono;
  auto parse = [](const std::string& s) {
    return sys_days(year(std::stoi(s.substr(0, 4))) / month(static_cast<unsigned>(std::stoi(s.substr(5, 2)))) /
                    day(static_cast<unsigned>(std::stoi(s.substr(8, 2)))));
  };
  for (sys_days d = parse(start_date); d <= parse(end_date); d += days(1)) {
    const year_month_day ymd(d);
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                  static_cast<unsigned>(ymd.day()));
    out.emplace_back(buf);
  }
  return out;
}

}  // namespace frontline::domain
