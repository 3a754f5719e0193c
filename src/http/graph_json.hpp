// JSON of case identifiers and of link-graph answers (docs/graph.md).
#pragma once

#include <nlohmann/json.hpp>

#include "http/json_input.hpp"
#include "service/graph_service.hpp"
#include "service/identifier_service.hpp"

namespace frontline::http {

// {id, case_id, kind, value, qualifier, key, note, person_id|null, masked,
// victim, created_at}; value, qualifier, key and note "" when masked.
nlohmann::json identifier_json(const service::IdentifierView& v);
// A new identifier: {kind, value, qualifier?, note?, person_id?}.
Result<domain::IdentifierDraft> parse_identifier_draft(const nlohmann::json& body);

// {start, truncated, nodes: [...], edges: [{source, target, kind}]}.
nlohmann::json graph_view_json(const service::GraphView& v);
// {items: [...], total, offset, limit}.
nlohmann::json network_page_json(const service::NetworkPage& page, int64_t offset, int64_t limit);

}  // namespace frontline::http
