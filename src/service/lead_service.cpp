// Saving, reading and linking leads (lead_service.hpp).
#include "service/lead_service.hpp"

#include "domain/workflow.hpp"
#include "service/audit_helpers.hpp"
#include "service/case_service.hpp"
#include "util/text.hpp"

namespace frontline::service {
namespace {

bool lead_in_scope(const Principal& who, const domain::Lead& lead) {
  if (domain::sees_all_units(who.roles) || who.is_system()) {
    return true;
  }
  return lead.unit_path.compare(0, who.unit_path.size(), who.unit_path) == 0;
}

Result<domain::Lead> lead_of(store::Transaction& tx, const Principal& who, int64_t id) {
  auto lead = tx.leads().get(id);
  if (!lead.ok() || !lead_in_scope(who, *lead)) {
    return Error::not_found("lead " + std::to_string(id) + " not found");
  }
  return lead;
}

// The source URL and note of a draft or patch; records bad ones in `bad`.
void check_source_url(const std::string& url, FieldErrors& bad) {
  if (url.empty()) {
    return;
  }
  if (text::code_points(url) > kMaxLeadSourceUrl) {
    bad["source_url"] = "must be at most " + std::to_string(kMaxLeadSourceUrl) + " characters";
  } else if (url.rfind("http://", 0) != 0 && url.rfind("https://", 0) != 0) {
    bad["source_url"] = "must be an http:// or https:// address";
  } else if (url.find_first_of(" \t\r\n") != std::string::npos) {
    bad["source_url"] = "must not contain spaces";
  }
}

void check_note(const std::string& note, FieldErrors& bad) {
  if (text::code_points(note) > kMaxLeadNote) {
    bad["note"] = "must be at most " + std::to_string(kMaxLeadNote) + " characters";
  }
}

// The case a lead is linked to, in the caller's units; "case_id" in `bad` otherwise.
Result<std::optional<domain::Case>> linked_case(store::Transaction& tx, const Principal& who, int64_t case_id,
                                                FieldErrors& bad) {
  auto c = case_in_scope(tx, who, case_id);
  if (!c.ok()) {
    if (c.error().code != ErrorCode::kNotFound) {
      return c.error();
    }
    bad["case_id"] = "is not a case of your units";
    return std::optional<domain::Case>();
  }
  return std::optional<domain::Case>(std::move(c).value());
}

Result<LeadView> view_of(store::Transaction& tx, domain::Lead lead) {
  LeadView v;
  if (lead.case_id) {
    FL_ASSIGN_OR_RETURN(domain::Case c, tx.cases().get(*lead.case_id));
    v.case_number = c.number;
  }
  v.lead = std::move(lead);
  return v;
}

// The case identifier draft of a scanned identifier, or nullopt for kinds
// the link graph does not join cases by (URLs, e-mail addresses) and bank
// accounts without a bank.
std::optional<domain::IdentifierDraft> identifier_draft(const domain::LeadIdentifier& id, int64_t lead_id) {
  domain::IdentifierDraft d;
  d.value = id.value;
  d.note = "lead " + std::to_string(lead_id);
  if (id.kind == "phone") {
    d.kind = domain::IdentifierKind::kPhone;
  } else if (id.kind == "telegram" || id.kind == "zalo" || id.kind == "whatsapp" || id.kind == "facebook" ||
             id.kind == "tiktok") {
    d.kind = domain::IdentifierKind::kAccount;
    d.qualifier = id.kind;
  } else if (id.kind == "bank_account" && !id.qualifier.empty()) {
    d.kind = domain::IdentifierKind::kBankAccount;
    d.qualifier = id.qualifier;
  } else {
    return std::nullopt;
  }
  return d;
}

}  // namespace

Result<LeadCreated> LeadService::create(const Principal& who, const domain::LeadDraft& draft) {
  FL_TRY(require(who, domain::Permission::kLeadWrite, "save leads"));
  if (draft.add_identifiers && draft.case_id) {
    FL_TRY(require(who, domain::Permission::kPersonWrite, "add identifiers"));
  }
  FieldErrors bad;
  auto scanned = scanner_.scan_one(draft.text);
  if (!scanned.ok()) {
    if (scanned.error().code != ErrorCode::kInvalidArgument) {
      return scanned.error();
    }
    bad.insert(scanned.error().fields.begin(), scanned.error().fields.end());
  }
  check_source_url(draft.source_url, bad);
  check_note(draft.note, bad);
  if (draft.add_identifiers && !draft.case_id) {
    bad["add_identifiers"] = "needs case_id: identifiers are recorded on a case";
  }
  const TimePoint now = clock_.now();
  bool added_any = false;
  auto created = store::write_value<LeadCreated>(store_, [&](store::Transaction& tx) -> Result<LeadCreated> {
    FieldErrors errors = bad;  // a retried transaction starts again
    added_any = false;
    std::optional<domain::Case> c;
    if (draft.case_id) {
      FL_ASSIGN_OR_RETURN(c, linked_case(tx, who, *draft.case_id, errors));
    }
    if (!errors.empty()) {
      return Error::invalid("the lead has invalid fields", errors);
    }
    if (draft.add_identifiers && domain::is_final(c->status)) {
      return Error::conflict("case " + c->number + " is " + domain::case_status_name(c->status) +
                             "; identifiers can no longer change");
    }
    domain::Lead lead;
    lead.case_id = draft.case_id;
    lead.unit_id = c ? c->unit_id : who.unit_id;
    lead.text = draft.text;
    lead.source_url = draft.source_url;
    lead.note = draft.note;
    lead.risk = scanned->risk;
    lead.level = scan::risk_level_name(scanned->level);
    for (const scan::FlagHit& f : scanned->flags) {
      lead.flag_ids.emplace_back(f.id);
    }
    for (const scan::ExtractedId& i : scanned->identifiers) {
      lead.identifiers.push_back({scan::id_kind_name(i.kind), i.value, i.key, i.qualifier, i.channel});
    }
    lead.created_by = who.user_id;
    lead.created_at = now;
    lead.updated_at = now;
    FL_ASSIGN_OR_RETURN(lead.id, tx.leads().insert(lead));
    FL_ASSIGN_OR_RETURN(domain::Lead stored, tx.leads().get(lead.id));
    LeadCreated out;
    int64_t added = 0;
    if (draft.add_identifiers) {
      for (const domain::LeadIdentifier& i : stored.identifiers) {
        LeadIdentifierOutcome o{i, std::nullopt, ""};
        auto d = identifier_draft(i, stored.id);
        if (!d) {
          o.skipped = i.kind == "bank_account" ? "no_bank" : "not_linkable";
        } else {
          auto r = add_identifier_in(tx, who, clock_, *draft.case_id, *d);
          if (r.ok()) {
            o.identifier_id = r->identifier.id;
            added += 1;
          } else if (r.error().code == ErrorCode::kConflict) {
            o.skipped = "already_on_case";
          } else if (r.error().code == ErrorCode::kInvalidArgument) {
            o.skipped = "invalid";
          } else {
            return r.error();
          }
        }
        out.identifiers.push_back(std::move(o));
      }
    }
    nlohmann::json detail = {{"level", stored.level}, {"flags", stored.flag_ids.size()},
                             {"identifiers", stored.identifiers.size()}, {"identifiers_added", added}};
    if (stored.case_id) {
      detail["case"] = *stored.case_id;
    }
    FL_TRY(store::append_audit(tx, audit_entry(who, clock_, "lead.create", "lead", std::to_string(stored.id),
                                               audit::Outcome::kOk, detail)));
    FL_ASSIGN_OR_RETURN(out.view, view_of(tx, std::move(stored)));
    added_any = added > 0;
    return out;
  });
  if (created.ok() && added_any && sink_ != nullptr) {
    sink_->case_identifiers_changed(*draft.case_id);
  }
  return created;
}

Result<LeadView> LeadService::get(const Principal& who, int64_t id) {
  FL_TRY(require(who, domain::Permission::kScan, "read leads"));
  return store::write_value<LeadView>(store_, [&](store::Transaction& tx) -> Result<LeadView> {
    FL_ASSIGN_OR_RETURN(domain::Lead lead, lead_of(tx, who, id));
    FL_TRY(store::append_audit(
        tx, audit_entry(who, clock_, "lead.read", "lead", std::to_string(id), audit::Outcome::kOk)));
    return view_of(tx, std::move(lead));
  });
}

Result<LeadViewPage> LeadService::list(const Principal& who, const domain::LeadFilter& filter) {
  FL_TRY(require(who, domain::Permission::kScan, "read leads"));
  FieldErrors bad;
  if (filter.offset < 0) {
    bad["offset"] = "must be 0 or more";
  }
  if (filter.limit < 1 || filter.limit > kMaxLeadPage) {
    bad["limit"] = "must be 1 to " + std::to_string(kMaxLeadPage);
  }
  if (filter.case_id && *filter.case_id <= 0) {
    bad["case_id"] = "must be a positive integer id";
  }
  if (!bad.empty()) {
    return Error::invalid("the lead query has invalid fields", bad);
  }
  store::CaseScope scope;
  if (!domain::sees_all_units(who.roles) && !who.is_system()) {
    scope.unit_path_prefix = who.unit_path;
  }
  return store::write_value<LeadViewPage>(store_, [&](store::Transaction& tx) -> Result<LeadViewPage> {
    if (filter.case_id) {
      FL_TRY(discard_value(case_in_scope(tx, who, *filter.case_id)));
    }
    FL_ASSIGN_OR_RETURN(domain::LeadPage page, tx.leads().list(filter, scope));
    LeadViewPage out;
    out.total = page.total;
    nlohmann::json ids = nlohmann::json::array();
    for (domain::Lead& l : page.items) {
      ids.push_back(l.id);
      FL_ASSIGN_OR_RETURN(LeadView v, view_of(tx, std::move(l)));
      out.items.push_back(std::move(v));
    }
    nlohmann::json detail = {{"leads", ids}, {"total", out.total}};
    if (filter.case_id) {
      detail["case"] = *filter.case_id;
    }
    FL_TRY(store::append_audit(tx, audit_entry(who, clock_, "lead.list", "lead", "", audit::Outcome::kOk, detail)));
    return out;
  });
}

Result<LeadView> LeadService::update(const Principal& who, int64_t id, const domain::LeadPatch& patch) {
  FL_TRY(require(who, domain::Permission::kLeadWrite, "edit leads"));
  FieldErrors bad;
  if (!patch.case_id && !patch.note && !patch.source_url) {
    bad["body"] = "must set case_id, note or source_url";
  }
  if (patch.case_id && *patch.case_id <= 0) {
    bad["case_id"] = "must be a positive integer id";
  }
  if (patch.source_url) {
    check_source_url(*patch.source_url, bad);
  }
  if (patch.note) {
    check_note(*patch.note, bad);
  }
  if (!bad.empty()) {
    return Error::invalid("the lead has invalid fields", bad);
  }
  const TimePoint now = clock_.now();
  return store::write_value<LeadView>(store_, [&](store::Transaction& tx) -> Result<LeadView> {
    FieldErrors errors;
    FL_ASSIGN_OR_RETURN(domain::Lead lead, lead_of(tx, who, id));
    std::optional<domain::Case> c;
    if (patch.case_id) {
      FL_ASSIGN_OR_RETURN(c, linked_case(tx, who, *patch.case_id, errors));
    }
    if (!errors.empty()) {
      return Error::invalid("the lead has invalid fields", errors);
    }
    if (patch.expected_version && *patch.expected_version != lead.version) {
      return Error::conflict("lead " + std::to_string(id) + " has changed since version " +
                             std::to_string(*patch.expected_version) + "; reload and try again");
    }
    FieldChanges changes;
    changes.apply(patch.case_id, lead.case_id, "case_id");
    changes.apply(patch.note, lead.note, "note");
    changes.apply(patch.source_url, lead.source_url, "source_url");
    if (c) {
      lead.unit_id = c->unit_id;
    }
    lead.updated_at = now;
    lead.version += 1;
    FL_TRY(tx.leads().update(lead));
    FL_TRY(store::append_audit(tx, audit_entry(who, clock_, "lead.update", "lead", std::to_string(id),
                                               audit::Outcome::kOk, {{"fields", changes.names()}})));
    FL_ASSIGN_OR_RETURN(domain::Lead stored, tx.leads().get(id));
    return view_of(tx, std::move(stored));
  });
}

}  // namespace frontline::service
