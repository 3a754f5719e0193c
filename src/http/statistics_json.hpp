// JSON of the victim statistics (GET /api/v1/statistics/victims; schema
// VictimStatistics in openapi.json).
#pragma once

#include <nlohmann/json.hpp>

#include "service/victim_stats.hpp"

namespace frontline::http {

// {"from", "to", "province" (null when absent), "total" (null when
// withheld), "total_suppressed", "small_cells_suppressed", "breakdowns":
// {name: [{"key", "count", "suppressed"}]}, and "historic" when it was asked for}.
nlohmann::json victim_stats_json(const service::VictimStats& s);

}  // namespace frontline::http
