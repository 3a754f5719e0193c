// JSON of scanning and leads (scan_json.hpp).
#include "http/scan_json.hpp"

#include <cstdint>
#include <map>

#include "http/error_text.hpp"
#include "http/lenient_json.hpp"
#include "scan/result_json.hpp"

namespace frontline::http {
namespace {

using nlohmann::json;

// For fields whose length the service checks (the body limit bounds them).
constexpr size_t kNoLimit = SIZE_MAX;

}  // namespace

json known_json(const service::KnownIdentifier& k) {
  json cases = json::array();
  for (const service::KnownCase& c : k.cases) {
    json j = {{"id", c.id}, {"in_scope", c.in_scope}, {"unit_code", c.unit_code}};
    if (c.case_id) {
      j["case_id"] = *c.case_id;
      j["number"] = c.number;
    }
    cases.push_back(std::move(j));
  }
  json lists = json::array();
  for (const service::WatchlistHit& h : k.watchlist) {
    lists.push_back({{"entry_id", h.entry_id},
                     {"list", {{"id", h.list_id}, {"name", h.list_name}, {"type", domain::watchlist_type_name(h.list_type)}}}});
  }
  return {{"cases", cases}, {"watchlist", lists}};
}

namespace {

std::string in_lang(const std::string& english, const std::string& lang) {
  if (lang == "vi") {
    return translate(english, Language::kVietnamese).value_or(english);
  }
  return english;
}

json error_item(size_t index, const Error& e, const std::string& lang) {
  json fields = json::array();
  for (const auto& [field, reason] : e.fields) {
    fields.push_back({{"field", field}, {"reason", in_lang(reason, lang)}});
  }
  return {{"index", index},
          {"ok", false},
          {"error", {{"code", error_code_name(e.code)}, {"message", in_lang(e.message, lang)}, {"fields", fields}}}};
}

json item_json(size_t index, const std::string& text, const service::ScanItem& item, const std::string& lang) {
  if (!item.result) {
    return error_item(index, item.error.value_or(Error::internal("the text was not scanned")), lang);
  }
  json j = scan::result_json(*item.result, text, lang, item.explanation);
  j["index"] = index;
  j["ok"] = true;
  json& ids = j["identifiers"];
  for (size_t i = 0; i < ids.size(); ++i) {
    ids[i]["known"] = i < item.known.size() ? known_json(item.known[i]) : known_json({});
  }
  return j;
}

// Reads an optional string field that must be plain valid text.
std::optional<std::string> plain_text(FieldReader& r, const std::string& name, size_t max_chars) {
  return r.text(name, Need::kOptional, max_chars);
}

}  // namespace

Result<ScanRequest> parse_scan_request(const std::string& body) {
  FL_ASSIGN_OR_RETURN(LenientJson parsed, parse_json_lenient(body));
  const json& j = parsed.value;
  FieldReader r(j, {"text", "texts", "lang"});
  ScanRequest req;
  if (auto lang = plain_text(r, "lang", 10)) {
    if (*lang != "vi" && *lang != "en") {
      r.fail("lang", "must be 'vi' or 'en'");
    }
    req.lang = *lang;
  }
  const bool has_text = j.contains("text") && !j["text"].is_null();
  const bool has_texts = j.contains("texts") && !j["texts"].is_null();
  if (has_text && has_texts) {
    r.fail("texts", "give either text or texts, not both");
  } else if (!has_text && !has_texts) {
    r.fail("text", "is required (or texts)");
  } else if (has_text) {
    if (!j["text"].is_string()) {
      r.fail("text", "must be a string");
    } else {
      req.texts.push_back(restore_invalid(j["text"].get<std::string>(), parsed.marker));
    }
  } else if (!j["texts"].is_array()) {
    r.fail("texts", "must be an array of strings");
  } else if (j["texts"].empty() || j["texts"].size() > service::kMaxScanTexts) {
    r.fail("texts", "must hold 1 to " + std::to_string(service::kMaxScanTexts) + " texts");
  } else {
    for (size_t i = 0; i < j["texts"].size(); ++i) {
      const json& t = j["texts"][i];
      if (!t.is_string()) {
        r.fail("texts[" + std::to_string(i) + "]", "must be a string");
      } else {
        req.texts.push_back(restore_invalid(t.get<std::string>(), parsed.marker));
      }
    }
  }
  if (!r.ok()) {
    return r.error("the scan request has invalid fields");
  }
  return req;
}

json scan_results_json(const std::vector<std::string>& texts, const std::vector<service::ScanItem>& items,
                       const std::string& lang) {
  json results = json::array();
  for (size_t i = 0; i < items.size(); ++i) {
    results.push_back(item_json(i, texts[i], items[i], lang));
  }
  return {{"results", results}};
}

json lead_json(const service::LeadView& v) {
  const domain::Lead& l = v.lead;
  json ids = json::array();
  for (const domain::LeadIdentifier& i : l.identifiers) {
    ids.push_back({{"kind", i.kind}, {"value", i.value}, {"key", i.key}, {"qualifier", i.qualifier},
                   {"channel", i.channel}});
  }
  return {{"id", l.id},
          {"case_id", l.case_id ? json(*l.case_id) : json(nullptr)},
          {"case_number", l.case_id ? json(v.case_number) : json(nullptr)},
          {"unit_code", l.unit_code},
          {"text", l.text},
          {"source_url", l.source_url},
          {"note", l.note},
          {"risk", l.risk},
          {"level", l.level},
          {"flags", l.flag_ids},
          {"identifiers", ids},
          {"created_by", l.created_by},
          {"created_at", format_utc(l.created_at)},
          {"updated_at", format_utc(l.updated_at)},
          {"version", l.version}};
}

json lead_created_json(const service::LeadCreated& c) {
  json out = lead_json(c.view);
  if (!c.identifiers.empty()) {
    json added = json::array();
    json skipped = json::array();
    for (const service::LeadIdentifierOutcome& o : c.identifiers) {
      json j = {{"kind", o.identifier.kind}, {"value", o.identifier.value}};
      if (o.identifier_id) {
        j["identifier_id"] = *o.identifier_id;
        added.push_back(std::move(j));
      } else {
        j["reason"] = o.skipped;
        skipped.push_back(std::move(j));
      }
    }
    out["identifiers_added"] = added;
    out["identifiers_skipped"] = skipped;
  }
  return out;
}

Result<domain::LeadDraft> parse_lead_draft(const json& body) {
  FieldReader r(body, {"text", "case_id", "source_url", "note", "add_identifiers"});
  domain::LeadDraft d;
  // The text is checked by the scanner's rules (blank, size) in the service;
  // here only its type and encoding, with the byte limit as characters.
  if (!body.contains("text") || body["text"].is_null()) {
    r.fail("text", "is required");
  } else if (auto t = r.text("text", Need::kOptional, scan::kMaxTextBytes)) {
    d.text = *t;
  }
  d.case_id = r.integer("case_id", Need::kOptional);
  if (d.case_id && *d.case_id <= 0) {
    r.fail("case_id", "must be a positive integer id");
  }
  // Lengths are the service's to check, with the other fields.
  d.source_url = r.text("source_url", Need::kOptional, kNoLimit).value_or("");
  d.note = r.text("note", Need::kOptional, kNoLimit).value_or("");
  d.add_identifiers = r.boolean("add_identifiers", Need::kOptional).value_or(false);
  if (!r.ok()) {
    return r.error("the lead has invalid fields");
  }
  return d;
}

Result<domain::LeadPatch> parse_lead_patch(const json& body) {
  FieldReader r(body, {"case_id", "note", "source_url", "expected_version"});
  domain::LeadPatch p;
  p.case_id = r.integer("case_id", Need::kOptional);
  p.note = r.text("note", Need::kOptional, kNoLimit);
  p.source_url = r.text("source_url", Need::kOptional, kNoLimit);
  p.expected_version = r.integer("expected_version", Need::kOptional);
  if (!r.ok()) {
    return r.error("the lead has invalid fields");
  }
  return p;
}

}  // namespace frontline::http
