// JSON mapping of watchlists, their entries and import reports (the shapes
// are in openapi.json).
#pragma once

#include <nlohmann/json.hpp>

#include "domain/watchlist.hpp"
#include "http/json_input.hpp"
#include "service/dashboard.hpp"
#include "service/watchlist_service.hpp"

namespace frontline::http {

nlohmann::json watchlist_json(const domain::Watchlist& w);
// A masked entry has "identity": null, "reason": null, "masked": true and its label.
nlohmann::json watchlist_entry_json(const service::WatchlistEntryView& v);
nlohmann::json import_report_json(const service::ImportReport& r);
// An alert names the person and the entry by pseudonym only.
nlohmann::json alert_json(const domain::WatchlistAlert& a);
// Sets body["watchlist_alerts"]: {"count", "items"} of the open alerts, or
// null for roles that do not read watchlists.
void add_alert_digest(const service::Dashboard& d, nlohmann::json& body);

// InvalidArgument naming every bad field.
Result<domain::WatchlistDraft> parse_watchlist_draft(const nlohmann::json& body);
Result<domain::WatchlistPatch> parse_watchlist_patch(const nlohmann::json& body);
Result<domain::WatchlistEntryDraft> parse_watchlist_entry_draft(const nlohmann::json& body);
Result<domain::WatchlistEntryPatch> parse_watchlist_entry_patch(const nlohmann::json& body);

}  // namespace frontline::http
