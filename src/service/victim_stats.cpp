#include "service/victim_stats.hpp"

#include <algorithm>
#include <map>

#include "ctdc/layout.hpp"
#include "domain/referral.hpp"
#include "domain/victim.hpp"
#include "util/clock.hpp"

namespace frontline::service {
namespace {

const std::vector<std::string> kBreakdowns = {"sex",         "age_group",          "exploitation_form",
                                              "destination_country", "citizenship", "identification_status",
                                              "referral_status",     "province",    "period"};

// The historic records have these of the breakdowns.
const std::vector<std::string> kHistoricBreakdowns = {"period",      "sex",                 "age_group",
                                                      "citizenship", "destination_country", "exploitation_form"};

using Tally = std::map<std::string, int64_t>;  // key -> count
using Tallies = std::map<std::string, Tally>;  // dimension -> keys

Tallies tally(const std::vector<store::VictimCount>& rows) {
  Tallies t;
  for (const auto& r : rows) {
    t[r.dimension][r.key] += r.count;
  }
  return t;
}

enum class Suppress { kNo, kSmallCells };

StatCell make_cell(std::string key, int64_t n, Suppress suppress) {
  if (suppress == Suppress::kSmallCells && n > 0 && n < kSmallCellLimit) {
    return StatCell{std::move(key), std::nullopt, true};
  }
  return StatCell{std::move(key), n, false};
}

// Cells for every key of a closed vocabulary, in its order, zeros included.
std::vector<StatCell> fixed_cells(const std::vector<std::string>& keys, const Tally& t, Suppress suppress) {
  std::vector<StatCell> out;
  for (const auto& k : keys) {
    auto it = t.find(k);
    out.push_back(make_cell(k, it == t.end() ? 0 : it->second, suppress));
  }
  return out;
}

enum class Order { kMostFirst, kByKey };

// Cells for the keys present, `empty_key` standing for "". Most first orders
// by count, withheld cells as if they held kSmallCellLimit - 1 (so their
// order says nothing about their true counts), then by key.
std::vector<StatCell> open_cells(const Tally& t, const std::string& empty_key, Order order, Suppress suppress) {
  std::vector<StatCell> out;
  for (const auto& [k, n] : t) {
    out.push_back(make_cell(k.empty() ? empty_key : k, n, suppress));
  }
  auto rank = [](const StatCell& c) { return c.suppressed ? kSmallCellLimit - 1 : c.count.value_or(0); };
  std::stable_sort(out.begin(), out.end(), [&](const StatCell& a, const StatCell& b) {
    if (order == Order::kMostFirst && rank(a) != rank(b)) {
      return rank(a) > rank(b);
    }
    return a.key < b.key;
  });
  return out;
}

// CTDC's bands as API keys ("0-8" for "0--8"), then "unknown".
const std::vector<std::string>& age_group_keys() {
  static const std::vector<std::string> keys = [] {
    std::vector<std::string> k;
    for (auto band : ctdc::age_bands()) {
      auto dash = band.find("--");
      if (dash != std::string::npos) {
        band.replace(dash, 2, "-");
      }
      k.push_back(band);
    }
    k.push_back("unknown");
    return k;
  }();
  return keys;
}

std::string age_group_of_band(const std::string& band) {
  const auto& bands = ctdc::age_bands();
  auto it = std::find(bands.begin(), bands.end(), band);
  return it == bands.end() ? "unknown" : age_group_keys()[static_cast<size_t>(it - bands.begin())];
}

// "age" cells (age in years, "" unknown) into age groups; negative ages are unknown.
Tally age_groups(const Tally& ages) {
  Tally out;
  for (const auto& [age, n] : ages) {
    std::string band;
    if (!age.empty()) {
      band = ctdc::age_band(std::stoi(age));
    }
    out[age_group_of_band(band)] += n;
  }
  return out;
}

const std::vector<std::string>& identification_keys() {
  static const std::vector<std::string> keys = [] {
    std::vector<std::string> k = {"none"};
    for (const auto& s : domain::legal_status_names()) {
      k.push_back(s);
    }
    return k;
  }();
  return keys;
}

const std::vector<std::string> kReferralKeys = {"none", "in_progress", "completed", "declined"};

bool wanted(const std::vector<std::string>& group_by, const std::string& name) {
  return group_by.empty() || std::find(group_by.begin(), group_by.end(), name) != group_by.end();
}

int64_t total_of(const Tallies& t) {
  auto it = t.find("total");
  if (it == t.end()) {
    return 0;
  }
  auto cell = it->second.find("");
  return cell == it->second.end() ? 0 : cell->second;
}

Breakdowns victim_breakdowns(const Tallies& t, const std::vector<std::string>& group_by, Suppress s) {
  auto dim = [&](const char* name) -> const Tally& {
    static const Tally kEmpty;
    auto it = t.find(name);
    return it == t.end() ? kEmpty : it->second;
  };
  Breakdowns out;
  for (const auto& name : kBreakdowns) {
    if (!wanted(group_by, name)) {
      continue;
    }
    std::vector<StatCell> cells;
    if (name == "sex") {
      cells = fixed_cells(domain::sex_names(), dim("sex"), s);
    } else if (name == "age_group") {
      cells = fixed_cells(age_group_keys(), age_groups(dim("age")), s);
    } else if (name == "exploitation_form") {
      cells = fixed_cells(domain::trafficking_form_names(), dim("trafficking_form"), s);
    } else if (name == "destination_country") {
      cells = open_cells(dim("destination_country"), "none", Order::kMostFirst, s);
    } else if (name == "citizenship") {
      cells = open_cells(dim("citizenship"), "unknown", Order::kMostFirst, s);
    } else if (name == "identification_status") {
      cells = fixed_cells(identification_keys(), dim("identification_status"), s);
    } else if (name == "referral_status") {
      cells = fixed_cells(kReferralKeys, dim("referral_status"), s);
    } else if (name == "province") {
      cells = open_cells(dim("province"), "unknown", Order::kMostFirst, s);
    } else if (name == "period") {
      cells = open_cells(dim("period"), "unknown", Order::kByKey, s);
    }
    out.emplace_back(name, std::move(cells));
  }
  return out;
}

// CTDC gender values as the API's sex keys.
std::string sex_of_gender(const std::string& gender) {
  if (gender == "Female") {
    return "female";
  }
  if (gender == "Male") {
    return "male";
  }
  if (gender == "Transgender/NonConforming") {
    return "transgender_nonconforming";
  }
  return "unknown";
}

HistoricStats historic_stats(const Tallies& t, const std::vector<std::string>& group_by, Suppress s) {
  auto dim = [&](const char* name) -> const Tally& {
    static const Tally kEmpty;
    auto it = t.find(name);
    return it == t.end() ? kEmpty : it->second;
  };
  HistoricStats h;
  h.total = make_cell("total", total_of(t), s);
  for (const auto& name : kHistoricBreakdowns) {
    if (!wanted(group_by, name)) {
      continue;
    }
    std::vector<StatCell> cells;
    if (name == "period") {
      cells = open_cells(dim("year"), "unknown", Order::kByKey, s);
    } else if (name == "sex") {
      Tally sexes;
      for (const auto& [g, n] : dim("gender")) {
        sexes[sex_of_gender(g)] += n;
      }
      std::vector<std::string> keys = domain::sex_names();
      keys.insert(keys.begin() + 2, "transgender_nonconforming");
      cells = fixed_cells(keys, sexes, s);
    } else if (name == "age_group") {
      Tally groups;
      for (const auto& [band, n] : dim("age_broad")) {
        groups[age_group_of_band(band)] += n;
      }
      cells = fixed_cells(age_group_keys(), groups, s);
    } else if (name == "citizenship") {
      cells = open_cells(dim("citizenship"), "unknown", Order::kMostFirst, s);
    } else if (name == "destination_country") {
      cells = open_cells(dim("country_of_exploitation"), "none", Order::kMostFirst, s);
    } else if (name == "exploitation_form") {
      cells = fixed_cells(ctdc::exploitation_flags(), dim("flag"), s);
    }
    h.breakdowns.emplace_back(name, std::move(cells));
  }
  return h;
}

Status validate(store::Store& store, const VictimStatsRequest& req) {
  std::map<std::string, std::string> bad;
  for (const auto& [field, value] : {std::pair{"from", &req.from}, std::pair{"to", &req.to}}) {
    if (!value->empty() && !is_valid_date(*value)) {
      bad[field] = "must be a date as YYYY-MM-DD";
    }
  }
  if (bad.empty() && !req.from.empty() && !req.to.empty() && req.to < req.from) {
    bad["to"] = "must not be before from";
  }
  for (const auto& g : req.group_by) {
    if (std::find(kBreakdowns.begin(), kBreakdowns.end(), g) == kBreakdowns.end()) {
      std::string known;
      for (const auto& name : kBreakdowns) {
        known += (known.empty() ? "" : ", ") + name;
      }
      bad["group_by"] = "must be one of: " + known;
    }
  }
  if (!req.province.empty()) {
    auto found = store::read_value<std::optional<store::ProvinceInfo>>(
        store, [&](store::Transaction& tx) { return tx.reference().find_province(req.province); });
    if (!found.ok()) {
      return found.error();
    }
    if (!*found) {
      bad["province"] = "unknown province code '" + req.province + "'";
    } else if (req.include_historic) {
      bad["include_historic"] = "historic records have no province; leave out province";
    }
  }
  if (!bad.empty()) {
    return Error::invalid("invalid filters", std::move(bad));
  }
  return {};
}

int year_of(const std::string& date) { return date.empty() ? 0 : std::stoi(date.substr(0, 4)); }

}  // namespace

const std::vector<std::string>& victim_breakdown_names() { return kBreakdowns; }

Result<VictimStats> victim_statistics(store::Store& store, const Principal& who, const VictimStatsRequest& req) {
  if (!who.can(domain::Permission::kStatisticsRead)) {
    return Error::denied("your role may not read victim statistics");
  }
  FL_TRY(validate(store, req));
  store::VictimCountQuery q;
  if (!domain::sees_all_units(who.roles) && !who.is_system()) {
    q.scope.unit_path_prefix = who.unit_path;
  }
  if (!req.from.empty()) {
    q.reported_from = req.from;
  }
  if (!req.to.empty()) {
    q.reported_to = req.to;
  }
  q.province_code = req.province;
  std::vector<store::VictimCount> victims;
  std::vector<store::VictimCount> historic;
  FL_TRY(store.read([&](store::Transaction& tx) -> Status {
    FL_ASSIGN_OR_RETURN(victims, tx.persons().victim_counts(q));
    if (req.include_historic) {
      FL_ASSIGN_OR_RETURN(historic, tx.ctdc_records().counts(year_of(req.from), year_of(req.to)));
    }
    return {};
  }));
  const Suppress s =
      who.can(domain::Permission::kVictimIdentityRead) ? Suppress::kNo : Suppress::kSmallCells;
  VictimStats out;
  out.from = req.from;
  out.to = req.to;
  out.province = req.province;
  out.small_cells_suppressed = s == Suppress::kSmallCells;
  const Tallies t = tally(victims);
  out.total = make_cell("total", total_of(t), s);
  out.breakdowns = victim_breakdowns(t, req.group_by, s);
  if (req.include_historic) {
    out.historic = historic_stats(tally(historic), req.group_by, s);
  }
  return out;
}

}  // namespace frontline::service
