// Victim statistics. GET /api/v1/statistics/victims?from&to&province&
// group_by&include_historic answers counts of the victims in the caller's
// scope (service/victim_stats.hpp, docs/statistics.md):
//   {"from", "to", "province" (null when absent), "total", "total_suppressed",
//    "small_cells_suppressed", "breakdowns": {name: [{"key", "count",
//    "suppressed"}]}, "historic": {"total", "total_suppressed", "breakdowns"}
//    (only with include_historic=true)}.
// A withheld cell has "count": null and "suppressed": true.
#include <set>

#include "http/routes.hpp"
#include "http/statistics_json.hpp"
#include "service/victim_stats.hpp"
#include "util/text.hpp"

namespace frontline::http {
namespace {

using nlohmann::json;

Result<service::VictimStatsRequest> parse_request(const std::multimap<std::string, std::string>& q) {
  static const std::set<std::string> kKnown = {"from", "to", "province", "group_by", "include_historic"};
  std::map<std::string, std::string> bad;
  service::VictimStatsRequest r;
  for (const auto& [key, value] : q) {
    if (kKnown.count(key) == 0) {
      bad[key] = "unknown filter";
    } else if (!text::is_valid_utf8(value)) {
      bad[key] = "is not valid UTF-8";
    } else if (key == "from") {
      r.from = value;
    } else if (key == "to") {
      r.to = value;
    } else if (key == "province") {
      r.province = value;
    } else if (key == "group_by") {
      // Repeated or comma-separated: ?group_by=sex,age_group
      size_t start = 0;
      while (start <= value.size()) {
        size_t comma = value.find(',', start);
        r.group_by.push_back(value.substr(start, comma == std::string::npos ? std::string::npos : comma - start));
        if (comma == std::string::npos) {
          break;
        }
        start = comma + 1;
      }
    } else if (key == "include_historic") {
      if (value != "true" && value != "false") {
        bad[key] = "must be true or false";
      }
      r.include_historic = value == "true";
    }
  }
  if (!bad.empty()) {
    return Error::invalid("invalid filters", std::move(bad));
  }
  return r;
}

json or_null(const std::string& s) { return s.empty() ? json(nullptr) : json(s); }

json count_json(const service::StatCell& c) { return c.count ? json(*c.count) : json(nullptr); }

json breakdowns_json(const service::Breakdowns& breakdowns) {
  json out = json::object();
  for (const auto& [name, cells] : breakdowns) {
    json list = json::array();
    for (const auto& c : cells) {
      list.push_back({{"key", c.key}, {"count", count_json(c)}, {"suppressed", c.suppressed}});
    }
    out[name] = list;
  }
  return out;
}

}  // namespace

json victim_stats_json(const service::VictimStats& s) {
  json body = {{"from", or_null(s.from)},
               {"to", or_null(s.to)},
               {"province", or_null(s.province)},
               {"total", count_json(s.total)},
               {"total_suppressed", s.total.suppressed},
               {"small_cells_suppressed", s.small_cells_suppressed},
               {"breakdowns", breakdowns_json(s.breakdowns)}};
  if (s.historic) {
    body["historic"] = {{"total", count_json(s.historic->total)},
                        {"total_suppressed", s.historic->total.suppressed},
                        {"breakdowns", breakdowns_json(s.historic->breakdowns)}};
  }
  return body;
}

void add_statistics_routes(Router& router, Services& s) {
  router.add("GET", "/api/v1/statistics/victims", Access::kSession, [&s](const ApiRequest& req) {
    auto parsed = parse_request(req.query);
    if (!parsed.ok()) {
      return error_response(parsed.error());
    }
    return respond(service::victim_statistics(s.store, *req.principal, *parsed), 200, victim_stats_json);
  });
}

}  // namespace frontline::http
