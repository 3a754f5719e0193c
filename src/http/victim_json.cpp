// JSON of the victim routes (routes_victims.cpp): the indicator catalog,
// screenings with their assessment, identification decisions, receptions.
#include "http/victim_json.hpp"

#include "http/json_mapping.hpp"

namespace frontline::http {
namespace {

using nlohmann::json;

json ids(const std::vector<std::string>& v) { return json(v); }

// "answers": {indicator id: "present" | "absent" | "unknown"}; each bad entry
// is named "answers.<id>".
void read_answers(const json& body, FieldReader& r, identify::Answers& out) {
  if (!body.contains("answers")) {
    return;
  }
  const json& a = body["answers"];
  if (!a.is_object()) {
    r.fail("answers", "must be an object");
    return;
  }
  if (a.size() > 500) {
    r.fail("answers", "at most 500 items");
    return;
  }
  for (const auto& [id, value] : a.items()) {
    auto answer = value.is_string() ? identify::parse_answer(value.get<std::string>()) : std::nullopt;
    if (id.empty() || id.size() > 40) {
      r.fail("answers", "indicator ids are 1 to 40 characters");
    } else if (!answer) {
      r.fail("answers." + id, "must be one of: present, absent, unknown");
    } else {
      out.by_indicator[id] = *answer;
    }
  }
}

json decision_summary(const std::optional<domain::IdentificationDecision>& d) {
  if (!d) {
    return nullptr;
  }
  return {{"status", domain::legal_status_name(d->status)}, {"decided_on", d->decided_on}};
}

}  // namespace

json catalog_json(const identify::Catalog& c) {
  json sets = json::array();
  for (const auto& s : c.sets) {
    json indicators = json::array();
    for (const auto& i : s.indicators) {
      indicators.push_back({{"id", i.id},
                            {"dimension", identify::dimension_name(i.dimension)},
                            {"strength", identify::strength_name(i.strength)},
                            {"text_en", i.text_en},
                            {"text_vi", i.text_vi}});
    }
    sets.push_back({{"id", s.id},
                    {"children", s.children},
                    {"exploitation", identify::exploitation_name(s.exploitation)},
                    {"title_en", s.title_en},
                    {"title_vi", s.title_vi},
                    {"verification_status", identify::verification_name(s.verification_status)},
                    {"verification", s.verification},
                    {"indicators", indicators}});
  }
  return {{"source", c.source}, {"dimensions", identify::dimension_names()}, {"sets", sets}};
}

json assessment_json(const identify::Assessment& a) {
  json dims = json::array();
  for (const auto& d : a.dimensions) {
    dims.push_back({{"dimension", identify::dimension_name(d.dimension)},
                    {"verdict", identify::dimension_verdict_name(d.verdict)},
                    {"reasons", ids(d.reasons)},
                    {"open", ids(d.open)}});
  }
  return {{"set_id", a.set_id},
          {"child", a.child},
          {"overall", identify::verdict_name(a.overall)},
          {"dimensions", dims},
          {"decisive_unknowns", ids(a.decisive_unknowns)},
          {"explanation_en", a.explanation_en},
          {"explanation_vi", a.explanation_vi}};
}

json screening_json(const service::ScreeningView& v) {
  const auto& s = v.screening;
  json answers = json::object();
  for (const auto& [id, answer] : s.answers.by_indicator) {
    answers[id] = identify::answer_name(answer);
  }
  return {{"id", s.id},
          {"person_id", s.person_id},
          {"case_id", s.case_id},
          {"set_id", s.set_id},
          {"status", domain::screening_status_name(s.status)},
          {"answers", answers},
          {"act_of_recruitment", identify::answer_name(s.answers.act_of_recruitment)},
          {"notes", s.notes},
          {"verdict", identify::verdict_name(s.verdict)},
          {"assessment", assessment_json(v.assessment)},
          {"created_by", s.created_by},
          {"updated_by", s.updated_by},
          {"created_at", format_utc(s.created_at)},
          {"updated_at", format_utc(s.updated_at)},
          {"completed_at", s.completed_at ? json(format_utc(*s.completed_at)) : json(nullptr)},
          {"version", s.version}};
}

json decision_json(const domain::IdentificationDecision& d) {
  return {{"id", d.id},
          {"person_id", d.person_id},
          {"case_id", d.case_id},
          {"status", domain::legal_status_name(d.status)},
          {"decided_on", d.decided_on},
          {"agency", d.agency},
          {"grounds", d.grounds},
          {"documents", d.documents},
          {"screening_id", d.screening_id ? json(*d.screening_id) : json(nullptr)},
          {"decided_by", d.decided_by},
          {"created_at", format_utc(d.created_at)}};
}

json identification_json(const std::vector<domain::IdentificationDecision>& history) {
  json items = json::array();
  for (const auto& d : history) {
    items.push_back(decision_json(d));
  }
  std::optional<domain::IdentificationDecision> current;
  if (!history.empty()) {
    current = history.back();
  }
  return {{"current", decision_summary(current)}, {"items", items}};
}

json reception_json(const domain::Reception& r) {
  json persons = json::array();
  for (const auto& p : r.persons) {
    std::vector<std::string> needs;
    for (auto n : p.needs) {
      needs.emplace_back(domain::immediate_need_name(n));
    }
    persons.push_back({{"person_id", p.person_id}, {"needs", needs}, {"needs_note", p.needs_note}});
  }
  return {{"id", r.id},
          {"case_id", r.case_id},
          {"case_number", r.case_number},
          {"unit_code", r.unit_code},
          {"handover_country", r.handover_country},
          {"handover_agency", r.handover_agency},
          {"handed_over_at", format_utc(r.handed_over_at)},
          {"receiving_officer_id", r.receiving_officer_id},
          {"notes", r.notes},
          {"persons", persons},
          {"created_by", r.created_by},
          {"created_at", format_utc(r.created_at)}};
}

Result<service::ScreeningInput> parse_screening_input(const json& body, ScreeningBody kind) {
  const bool is_new = kind == ScreeningBody::kNew;
  std::set<std::string> allowed = {"answers", "act_of_recruitment", "notes", "status"};
  allowed.insert(is_new ? "case_id" : "version");
  if (is_new) {
    allowed.insert("set_id");
  }
  FieldReader r(body, allowed);
  service::ScreeningInput in;
  if (is_new) {
    in.case_id = r.integer("case_id", Need::kOptional);
    in.set_id = r.text("set_id", Need::kRequired, 40).value_or("");
  } else {
    in.expected_version = r.integer("version", Need::kOptional);
  }
  read_answers(body, r, in.answers);
  auto act = r.choice("act_of_recruitment", Need::kOptional, +[](const std::string& s) { return identify::parse_answer(s); },
                      identify::answer_names());
  in.act_of_recruitment_given = act.has_value();
  in.answers.act_of_recruitment = act.value_or(identify::Answer::kUnknown);
  in.notes = r.text("notes", Need::kOptional, 5000);
  in.status = r.choice("status", Need::kOptional, &domain::parse_screening_status, domain::screening_status_names());
  if (!r.ok()) {
    return r.error("the screening has invalid fields");
  }
  return in;
}

Result<AssessRequest> parse_assess_request(const json& body) {
  FieldReader r(body, {"set_id", "answers", "act_of_recruitment"});
  AssessRequest out;
  out.set_id = r.text("set_id", Need::kRequired, 40).value_or("");
  read_answers(body, r, out.answers);
  out.answers.act_of_recruitment =
      r.choice("act_of_recruitment", Need::kOptional, +[](const std::string& s) { return identify::parse_answer(s); },
               identify::answer_names())
          .value_or(identify::Answer::kUnknown);
  if (!r.ok()) {
    return r.error("the request has invalid fields");
  }
  return out;
}

Result<service::DecisionInput> parse_decision_input(const json& body) {
  FieldReader r(body, {"case_id", "status", "decided_on", "agency", "grounds", "documents", "screening_id"});
  service::DecisionInput in;
  in.case_id = r.integer("case_id", Need::kOptional);
  in.status = r.choice("status", Need::kRequired, &domain::parse_legal_status, domain::legal_status_names());
  in.decided_on = r.text("decided_on", Need::kRequired, 10).value_or("");
  in.agency = r.text("agency", Need::kRequired, 200).value_or("");
  in.grounds = r.text("grounds", Need::kOptional, 5000).value_or("");
  in.documents = r.text_list("documents", Need::kOptional, 20, 300).value_or(std::vector<std::string>{});
  in.screening_id = r.integer("screening_id", Need::kOptional);
  if (!r.ok()) {
    return r.error("the decision has invalid fields");
  }
  return in;
}

Result<service::ReceptionInput> parse_reception_input(const json& body) {
  FieldReader r(body, {"case_id", "case", "unit_code", "handover_country", "handover_agency", "handed_over_at",
                       "receiving_officer_id", "notes", "persons"});
  service::ReceptionInput in;
  in.case_id = r.integer("case_id", Need::kOptional);
  r.object("case", Need::kOptional, kCaseDraftFields, [&](FieldReader& c) {
    in.new_case.emplace();
    read_case_draft(c, *in.new_case);
  });
  in.unit_code = r.text("unit_code", Need::kRequired, 64).value_or("");
  in.handover_country = r.text("handover_country", Need::kRequired, 2).value_or("");
  in.handover_agency = r.text("handover_agency", Need::kRequired, 200).value_or("");
  if (auto when = r.text("handed_over_at", Need::kOptional, 40)) {
    in.handed_over_at = parse_utc(*when);
    if (!in.handed_over_at) {
      r.fail("handed_over_at", "must be an ISO 8601 time such as 2026-11-22T08:30:00Z");
    }
  }
  in.receiving_officer_id = r.integer("receiving_officer_id", Need::kOptional);
  in.notes = r.text("notes", Need::kOptional, 5000).value_or("");
  if (!body.contains("persons") || !body["persons"].is_array()) {
    r.fail("persons", body.contains("persons") ? "must be an array of objects" : "is required");
  } else if (body["persons"].size() > 50) {
    r.fail("persons", "at most 50 items");
  } else {
    size_t i = 0;
    for (const auto& item : body["persons"]) {
      const std::string prefix = "persons[" + std::to_string(i++) + "]";
      if (!item.is_object()) {
        r.fail(prefix, "must be an object");
        continue;
      }
      std::set<std::string> allowed = kPersonDraftFields;
      allowed.insert({"needs", "needs_note"});
      FieldReader p(item, allowed, prefix + ".");
      service::ReceivedPersonInput person;
      read_person_draft(p, person.person);
      for (const auto& name : p.text_list("needs", Need::kOptional, 10, 40).value_or(std::vector<std::string>{})) {
        auto need = domain::parse_immediate_need(name);
        if (!need) {
          p.fail("needs", "unknown need '" + name + "'");
        } else {
          person.needs.push_back(*need);
        }
      }
      person.needs_note = p.text("needs_note", Need::kOptional, 2000).value_or("");
      for (const auto& [field, reason] : p.errors()) {
        r.fail(field, reason);
      }
      in.persons.push_back(std::move(person));
    }
  }
  if (!r.ok()) {
    return r.error("the reception has invalid fields");
  }
  return in;
}

}  // namespace frontline::http
