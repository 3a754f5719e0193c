#include "service/case_validation.hpp"

#include "util/text.hpp"

namespace frontline::service {

std::string today_vn(TimePoint now) { return format_utc(now + std::chrono::hours(7)).substr(0, 10); }

Status check_route(store::Transaction& tx, const domain::Route& route, FieldErrors& bad) {
  auto check_country = [&](const std::string& code, const std::string& field) -> Status {
    if (code.empty()) {
      return {};
    }
    FL_ASSIGN_OR_RETURN(bool known, tx.reference().country_exists(code));
    if (!known) {
      bad[field] = "unknown country code '" + code + "' (ISO 3166-1 alpha-2 expected)";
    }
    return {};
  };
  FL_TRY(check_country(route.origin_country, "route.origin_country"));
  FL_TRY(check_country(route.destination_country, "route.destination_country"));
  if (route.transit_countries.size() > 10) {
    bad["route.transit_countries"] = "at most 10 countries";
  }
  for (const auto& c : route.transit_countries) {
    FL_TRY(check_country(c, "route.transit_countries"));
  }
  if (text::code_points(route.border_crossing) > 200) {
    bad["route.border_crossing"] = "at most 200 characters";
  }
  return {};
}

Status check_recruitment(const domain::Recruitment& r, FieldErrors& bad) {
  if (text::code_points(r.platform) > 60) {
    bad["recruitment.platform"] = "at most 60 characters";
  }
  if (text::code_points(r.platform_name) > 200) {
    bad["recruitment.platform_name"] = "at most 200 characters";
  }
  if (!r.platform.empty() && r.channel != domain::RecruitmentChannel::kOnlinePlatform) {
    bad["recruitment.platform"] = "only for the online_platform channel";
  }
  return {};
}

void check_case_text(const std::optional<std::string>& title, const std::optional<std::string>& summary,
                     FieldErrors& bad) {
  if (title) {
    size_t n = text::code_points(*title);
    if (n < 3 || n > 200) {
      bad["title"] = "must be 3 to 200 characters";
    } else if (text::is_blank(*title)) {
      bad["title"] = "must not be blank";
    }
  }
  if (summary && text::code_points(*summary) > 10000) {
    bad["summary"] = "at most 10,000 characters";
  }
}

void check_past_date(const std::string& field, const std::string& date, TimePoint now, FieldErrors& bad) {
  if (!is_valid_date(date)) {
    bad[field] = "must be a date as YYYY-MM-DD";
  } else if (date > today_vn(now)) {
    bad[field] = "cannot be in the future";
  } else if (date < "1990-01-01") {
    bad[field] = "must be 1990 or later";
  }
}

void check_reported_on(const std::string& date, TimePoint now, FieldErrors& bad) {
  check_past_date("reported_on", date, now, bad);
}

Result<std::optional<store::ProvinceInfo>> check_province(store::Transaction& tx, const std::string& code,
                                                          const std::string& field, FieldErrors& bad) {
  FL_ASSIGN_OR_RETURN(auto province, tx.reference().find_province(code));
  if (!province) {
    bad[field] = "unknown province code '" + code + "'";
  }
  return province;
}

void check_paging(int64_t offset, int64_t limit, int64_t max_limit, FieldErrors& bad) {
  if (offset < 0) {
    bad["offset"] = "must be 0 or more";
  }
  if (limit < 1 || limit > max_limit) {
    bad["limit"] = "must be 1 to " + std::to_string(max_limit);
  }
}

}  // namespace frontline::service
