// JSON of POST /api/v1/scan and of leads (docs/scan-api.md).
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "domain/scan_alert.hpp"
#include "http/json_input.hpp"
#include "service/lead_service.hpp"
#include "service/scan_service.hpp"

namespace frontline::http {

struct ScanRequest {
  std::vector<std::string> texts;  // as submitted; a text that held invalid UTF-8 still holds some
  std::string lang = "vi";
};

// Parses a scan body: {"text": "..."} or {"texts": [...]} (1..kMaxScanTexts
// strings), optional "lang". Unlike other bodies, a text holding bytes that
// are not UTF-8 or an unpaired surrogate escape ("\ud800") does not refuse
// the body: that text alone is kept invalid, so its item gets the error
// (a batch never stops at one bad item). InvalidArgument naming "body",
// "text", "texts", "texts[3]" or "lang" for a malformed request.
Result<ScanRequest> parse_scan_request(const std::string& body);

// What is known of an identifier: {"cases": [{id, in_scope, unit_code,
// case_id?, number?}], "watchlist": [{entry_id, list: {id, name, type}}]}.
nlohmann::json known_json(const service::KnownIdentifier& k);

// {"results": [item, ...]}: one item per text, offsets in code points.
nlohmann::json scan_results_json(const std::vector<std::string>& texts, const std::vector<service::ScanItem>& items,
                                 const std::string& lang);

// A lead: {id, case_id|null, case_number|null, unit_code, text, source_url,
// note, risk, level, flags: [ids], identifiers: [{kind, value, key,
// qualifier, channel}], created_by, created_at, updated_at, version}.
nlohmann::json lead_json(const service::LeadView& v);
// 201 body of POST /leads: the lead, plus "identifiers_added" and
// "identifiers_skipped" when add_identifiers was asked for.
nlohmann::json lead_created_json(const service::LeadCreated& c);
// A scan alert without its text: {id, unit_code, source, item, post_id,
// excerpt, risk, level, flags, reasons, known, status, lead_id, raised_at,
// reviewed_at, version} (routes_scan_alerts.cpp).
nlohmann::json scan_alert_json(const domain::ScanAlert& a);
// {text, case_id?, source_url?, note?, add_identifiers?}.
Result<domain::LeadDraft> parse_lead_draft(const nlohmann::json& body);
// {case_id?, note?, source_url?, expected_version?}.
Result<domain::LeadPatch> parse_lead_patch(const nlohmann::json& body);

}  // namespace frontline::http
