// JSON shapes of the victim routes (documented in openapi.json).
#pragma once

#include <nlohmann/json.hpp>

#include "identify/assess.hpp"
#include "identify/catalog.hpp"
#include "service/victim_service.hpp"
#include "util/result.hpp"

namespace frontline::http {

nlohmann::json catalog_json(const identify::Catalog& c);
nlohmann::json assessment_json(const identify::Assessment& a);
nlohmann::json screening_json(const service::ScreeningView& v);
nlohmann::json decision_json(const domain::IdentificationDecision& d);
// {"current": {status, decided_on} or null, "items": [decision, ...]}.
nlohmann::json identification_json(const std::vector<domain::IdentificationDecision>& history);
nlohmann::json reception_json(const domain::Reception& r);

// A new screening (POST) or a change to a draft (PATCH: no case_id or
// set_id; "version" optional).
enum class ScreeningBody { kNew, kChange };
Result<service::ScreeningInput> parse_screening_input(const nlohmann::json& body, ScreeningBody kind);

// POST /indicators/assess: answers to evaluate without storing them.
struct AssessRequest {
  std::string set_id;
  identify::Answers answers;
};
Result<AssessRequest> parse_assess_request(const nlohmann::json& body);
Result<service::DecisionInput> parse_decision_input(const nlohmann::json& body);
Result<service::ReceptionInput> parse_reception_input(const nlohmann::json& body);

}  // namespace frontline::http
