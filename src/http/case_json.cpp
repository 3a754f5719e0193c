#include <cctype>
#include <charconv>

#include "http/json_mapping.hpp"
#include "util/text.hpp"

namespace frontline::http {
namespace {

using nlohmann::json;

json route_json(const domain::Route& r) {
  return {{"origin_country", r.origin_country},
          {"transit_countries", r.transit_countries},
          {"destination_country", r.destination_country},
          {"border_crossing", r.border_crossing}};
}

json recruitment_json(const domain::Recruitment& r) {
  return {{"channel", domain::recruitment_channel_name(r.channel)},
          {"platform", r.platform},
          {"platform_name", r.platform_name}};
}

const std::set<std::string> kRouteFields = {"origin_country", "transit_countries", "destination_country",
                                            "border_crossing"};
const std::set<std::string> kRecruitmentFields = {"channel", "platform", "platform_name"};

// Country codes are upper-case ISO alpha-2; existence is checked by the service.
std::string country(FieldReader& r, const std::string& name) {
  auto v = r.text(name, Need::kOptional, 2);
  if (v && !v->empty() && (v->size() != 2 || !std::isupper(static_cast<unsigned char>((*v)[0])) ||
                           !std::isupper(static_cast<unsigned char>((*v)[1])))) {
    r.fail(name, "must be an ISO 3166-1 alpha-2 code such as VN");
  }
  return v.value_or("");
}

domain::Route read_route(FieldReader& r) {
  domain::Route route;
  route.origin_country = country(r, "origin_country");
  route.destination_country = country(r, "destination_country");
  route.transit_countries = r.text_list("transit_countries", Need::kOptional, 10, 2).value_or(std::vector<std::string>{});
  route.border_crossing = r.text("border_crossing", Need::kOptional, 200).value_or("");
  return route;
}

domain::Recruitment read_recruitment(FieldReader& r) {
  domain::Recruitment rec;
  rec.channel = r.choice("channel", Need::kOptional, &domain::parse_recruitment_channel,
                         domain::recruitment_channel_names())
                    .value_or(domain::RecruitmentChannel::kUnknown);
  rec.platform = r.text("platform", Need::kOptional, 60).value_or("");
  rec.platform_name = r.text("platform_name", Need::kOptional, 200).value_or("");
  return rec;
}

}  // namespace

json case_json(const domain::Case& c) {
  json j = {{"id", c.id},
            {"number", c.number},
            {"title", c.title},
            {"summary", c.summary},
            {"status", domain::case_status_name(c.status)},
            {"trafficking_form", domain::trafficking_form_name(c.trafficking_form)},
            {"unit_code", c.unit_code},
            {"province_code", c.province_code},
            {"reported_on", c.reported_on},
            {"route", route_json(c.route)},
            {"recruitment", recruitment_json(c.recruitment)},
            {"merged_into", c.merged_into ? json(*c.merged_into) : json(nullptr)},
            {"created_by", c.created_by},
            {"created_at", format_utc(c.created_at)},
            {"updated_at", format_utc(c.updated_at)},
            {"version", c.version}};
  return j;
}

json case_list_item_json(const domain::Case& c) {
  json j = case_json(c);
  j.erase("summary");
  j["summary_excerpt"] = text::excerpt(c.summary, kSummaryExcerptPoints);
  return j;
}

json case_page_json(const domain::CasePage& page, int64_t offset, int64_t limit) {
  json items = json::array();
  for (const auto& c : page.items) {
    items.push_back(case_list_item_json(c));
  }
  return {{"items", items}, {"total", page.total}, {"offset", offset}, {"limit", limit}};
}

const std::set<std::string> kCaseDraftFields = {"title",         "summary",     "trafficking_form", "unit_code",
                                                "province_code", "reported_on", "route",            "recruitment"};

void read_case_draft(FieldReader& r, domain::CaseDraft& d) {
  d.title = r.text("title", Need::kRequired, 200).value_or("");
  d.summary = r.text("summary", Need::kOptional, 10000).value_or("");
  d.trafficking_form = r.choice("trafficking_form", Need::kRequired, &domain::parse_trafficking_form,
                                domain::trafficking_form_names());
  d.unit_code = r.text("unit_code", Need::kOptional, 64).value_or("");
  d.province_code = r.text("province_code", Need::kOptional, 8).value_or("");
  d.reported_on = r.text("reported_on", Need::kOptional, 10).value_or("");
  r.object("route", Need::kOptional, kRouteFields, [&](FieldReader& in) { d.route = read_route(in); });
  r.object("recruitment", Need::kOptional, kRecruitmentFields,
           [&](FieldReader& in) { d.recruitment = read_recruitment(in); });
}

Result<domain::CaseDraft> parse_case_draft(const json& body) {
  FieldReader r(body, kCaseDraftFields);
  domain::CaseDraft d;
  read_case_draft(r, d);
  if (!r.ok()) {
    return r.error("the case has invalid fields");
  }
  return d;
}

Result<domain::CasePatch> parse_case_patch(const json& body) {
  FieldReader r(body, {"title", "summary", "trafficking_form", "province_code", "reported_on", "route", "recruitment",
                       "version"});
  domain::CasePatch p;
  p.title = r.text("title", Need::kOptional, 200);
  p.summary = r.text("summary", Need::kOptional, 10000);
  p.trafficking_form = r.choice("trafficking_form", Need::kOptional, &domain::parse_trafficking_form,
                                domain::trafficking_form_names());
  p.province_code = r.text("province_code", Need::kOptional, 8);
  p.reported_on = r.text("reported_on", Need::kOptional, 10);
  r.object("route", Need::kOptional, kRouteFields, [&](FieldReader& in) { p.route = read_route(in); });
  r.object("recruitment", Need::kOptional, kRecruitmentFields,
           [&](FieldReader& in) { p.recruitment = read_recruitment(in); });
  p.expected_version = r.integer("version", Need::kOptional);
  if (!r.ok()) {
    return r.error("the change has invalid fields");
  }
  return p;
}

Result<domain::CaseFilter> parse_case_filter(const std::multimap<std::string, std::string>& q) {
  static const std::set<std::string> kKnown = {"status", "unit", "province", "trafficking_form", "from", "to",
                                               "q", "offset", "limit"};
  std::map<std::string, std::string> bad;
  domain::CaseFilter f;
  for (const auto& [key, value] : q) {
    if (kKnown.count(key) == 0) {
      bad[key] = "unknown filter";
      continue;
    }
    if (!text::is_valid_utf8(value)) {
      bad[key] = "is not valid UTF-8";
      continue;
    }
    if (key == "status") {
      // Repeated or comma-separated: ?status=reported,under_verification
      size_t start = 0;
      while (start <= value.size()) {
        size_t comma = value.find(',', start);
        std::string one = value.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
        auto s = domain::parse_case_status(one);
        if (!s) {
          bad["status"] = "unknown status '" + one + "'";
        } else {
          f.statuses.push_back(*s);
        }
        if (comma == std::string::npos) {
          break;
        }
        start = comma + 1;
      }
    } else if (key == "unit") {
      f.unit_code = value;
    } else if (key == "province") {
      f.province_code = value;
    } else if (key == "trafficking_form") {
      f.trafficking_form = domain::parse_trafficking_form(value);
      if (!f.trafficking_form) {
        bad[key] = "unknown trafficking form '" + value + "'";
      }
    } else if (key == "from" || key == "to") {
      if (!is_valid_date(value)) {
        bad[key] = "must be a date as YYYY-MM-DD";
      }
      (key == "from" ? f.reported_from : f.reported_to) = value;
    } else if (key == "q") {
      if (text::code_points(value) > 200) {
        bad[key] = "at most 200 characters";
      }
      f.text = value;
    }
  }
  auto offset = query_int(q, "offset", 0);
  auto limit = query_int(q, "limit", 20);
  if (!offset.ok()) {
    bad["offset"] = "must be an integer";
  } else {
    f.offset = *offset;
  }
  if (!limit.ok()) {
    bad["limit"] = "must be an integer";
  } else {
    f.limit = *limit;
  }
  if (!bad.empty()) {
    return Error::invalid("invalid filters", bad);
  }
  return f;
}

}  // namespace frontline::http
