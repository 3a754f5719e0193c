#include "service/case_service.hpp"

#include "domain/workflow.hpp"
#include "service/audit_helpers.hpp"
#include "service/case_validation.hpp"

namespace frontline::service {
namespace {

bool in_scope(const Principal& who, const std::string& unit_path) {
  if (domain::sees_all_units(who.roles) || who.is_system()) {
    return true;
  }
  return unit_path.compare(0, who.unit_path.size(), who.unit_path) == 0;
}

std::vector<std::string> status_names(const std::vector<domain::CaseStatus>& statuses) {
  std::vector<std::string> out;
  for (auto s : statuses) {
    out.emplace_back(domain::case_status_name(s));
  }
  return out;
}

}  // namespace

Status require(const Principal& who, domain::Permission p, const char* action) {
  if (!who.can(p)) {
    return Error::denied(std::string("your role may not ") + action);
  }
  return {};
}

Result<domain::Case> case_in_scope(store::Transaction& tx, const Principal& who, int64_t id) {
  auto c = tx.cases().get(id);
  if (!c.ok()) {
    return c;
  }
  FL_ASSIGN_OR_RETURN(domain::UnitInfo unit, tx.reference().get_unit(c->unit_id));
  if (!in_scope(who, unit.path)) {
    return Error::not_found("case " + std::to_string(id) + " not found");
  }
  return c;
}

Result<std::optional<CasePlacement>> check_new_case(store::Transaction& tx, const Principal& who,
                                                    const domain::CaseDraft& draft, TimePoint now, FieldErrors& bad,
                                                    const std::string& prefix) {
  FieldErrors own;
  check_case_text(draft.title, draft.summary, own);
  if (!draft.trafficking_form) {
    own["trafficking_form"] = "is required";
  }
  std::optional<domain::UnitInfo> unit;
  if (draft.unit_code.empty()) {
    FL_ASSIGN_OR_RETURN(unit, tx.reference().get_unit(who.unit_id));
  } else {
    FL_ASSIGN_OR_RETURN(unit, tx.reference().find_unit(draft.unit_code));
    if (!unit) {
      own["unit_code"] = "unknown unit '" + draft.unit_code + "'";
    } else if (!in_scope(who, unit->path)) {
      own["unit_code"] = "unit '" + draft.unit_code + "' is outside your units";
    }
  }
  std::string province_code = draft.province_code;
  if (province_code.empty() && unit) {
    province_code = unit->province_code;
  }
  std::optional<store::ProvinceInfo> province;
  if (province_code.empty()) {
    own["province_code"] = "is required for a unit without a province";
  } else {
    FL_ASSIGN_OR_RETURN(province, check_province(tx, province_code, "province_code", own));
  }
  std::string reported_on = draft.reported_on.empty() ? today_vn(now) : draft.reported_on;
  check_reported_on(reported_on, now, own);
  FL_TRY(check_route(tx, draft.route, own));
  FL_TRY(check_recruitment(draft.recruitment, own));
  for (auto& [field, reason] : own) {
    bad[prefix + field] = std::move(reason);
  }
  if (!own.empty()) {
    return std::optional<CasePlacement>();
  }
  return std::optional<CasePlacement>(CasePlacement{*unit, *province, reported_on});
}

Result<domain::Case> insert_new_case(store::Transaction& tx, const Principal& who, const Clock& clock,
                                     const domain::CaseDraft& draft, const CasePlacement& at, TimePoint now) {
  domain::Case c;
  c.title = draft.title;
  c.summary = draft.summary;
  c.status = domain::CaseStatus::kReported;
  c.trafficking_form = *draft.trafficking_form;
  c.unit_id = at.unit.id;
  c.unit_code = at.unit.code;
  c.province_code = at.province.code;
  c.reported_on = at.reported_on;
  c.route = draft.route;
  c.recruitment = draft.recruitment;
  c.created_by = who.user_id;
  c.created_at = now;
  c.updated_at = now;
  // Numbers use the current province a case belongs to, so a case filed
  // under a former province still gets a number in today's scheme.
  const int year = local_year_vn(now);
  FL_ASSIGN_OR_RETURN(int64_t seq, tx.cases().next_sequence(at.province.successor_code, year));
  c.number = domain::format_case_number(at.province.successor_code, year, seq);
  FL_ASSIGN_OR_RETURN(c.id, tx.cases().insert(c));
  domain::TimelineEvent opened;
  opened.case_id = c.id;
  opened.occurred_at = now;
  opened.kind = domain::EventKind::kReport;
  // No text: the kind says it, in each reader's language.
  opened.description = "";
  opened.created_by = who.user_id;
  opened.created_at = now;
  FL_TRY(discard_value(tx.events().insert(opened)));
  FL_TRY(store::append_audit(tx, audit_entry(who, clock, "case.create", "case", std::to_string(c.id),
                                             audit::Outcome::kOk, {{"number", c.number}})));
  return c;
}

Result<domain::Case> CaseService::create(const Principal& who, const domain::CaseDraft& draft) {
  FL_TRY(require(who, domain::Permission::kCaseCreate, "create cases"));
  const TimePoint now = clock_.now();
  return store::write_value<domain::Case>(store_, [&](store::Transaction& tx) -> Result<domain::Case> {
    FieldErrors bad;
    FL_ASSIGN_OR_RETURN(auto placement, check_new_case(tx, who, draft, now, bad, ""));
    if (!bad.empty()) {
      return Error::invalid("the case has invalid fields", bad);
    }
    return insert_new_case(tx, who, clock_, draft, *placement, now);
  });
}

Result<domain::Case> CaseService::get(const Principal& who, int64_t id) {
  FL_TRY(require(who, domain::Permission::kCaseRead, "read cases"));
  return store::read_value<domain::Case>(store_, [&](store::Transaction& tx) { return case_in_scope(tx, who, id); });
}

Result<domain::Case> CaseService::update(const Principal& who, int64_t id, const domain::CasePatch& patch) {
  FL_TRY(require(who, domain::Permission::kCaseUpdate, "change cases"));
  const TimePoint now = clock_.now();
  return store::write_value<domain::Case>(store_, [&](store::Transaction& tx) -> Result<domain::Case> {
    FL_ASSIGN_OR_RETURN(domain::Case c, case_in_scope(tx, who, id));
    if (patch.expected_version && *patch.expected_version != c.version) {
      return Error::conflict("case " + c.number + " has changed since version " +
                             std::to_string(*patch.expected_version) + "; reload and try again");
    }
    if (domain::is_final(c.status)) {
      return Error::conflict("case " + c.number + " is " + domain::case_status_name(c.status) +
                             " and can no longer be edited");
    }
    FieldErrors bad;
    check_case_text(patch.title, patch.summary, bad);
    if (patch.province_code) {
      FL_TRY(discard_value(check_province(tx, *patch.province_code, "province_code", bad)));
    }
    if (patch.reported_on) {
      check_reported_on(*patch.reported_on, now, bad);
    }
    if (patch.route) {
      FL_TRY(check_route(tx, *patch.route, bad));
    }
    if (patch.recruitment) {
      FL_TRY(check_recruitment(*patch.recruitment, bad));
    }
    if (!bad.empty()) {
      return Error::invalid("the change has invalid fields", bad);
    }
    FieldChanges changes;
    changes.apply(patch.title, c.title, "title");
    changes.apply(patch.summary, c.summary, "summary");
    changes.apply(patch.trafficking_form, c.trafficking_form, "trafficking_form");
    changes.apply(patch.province_code, c.province_code, "province_code");
    changes.apply(patch.reported_on, c.reported_on, "reported_on");
    changes.apply(patch.route, c.route, "route");
    changes.apply(patch.recruitment, c.recruitment, "recruitment");
    if (changes.empty()) {
      return c;
    }
    c.updated_at = now;
    c.version += 1;
    FL_TRY(tx.cases().update(c));
    FL_TRY(store::append_audit(tx, audit_entry(who, clock_, "case.update", "case", std::to_string(c.id),
                                               audit::Outcome::kOk, {{"changed", changes.names()}})));
    return c;
  });
}

Result<domain::CasePage> CaseService::list(const Principal& who, domain::CaseFilter filter) {
  FL_TRY(require(who, domain::Permission::kCaseRead, "read cases"));
  if (filter.limit <= 0 || filter.limit > limits_.max_page_size) {
    return Error::invalid_field("limit", "must be 1 to " + std::to_string(limits_.max_page_size));
  }
  if (filter.offset < 0) {
    return Error::invalid_field("offset", "must be 0 or more");
  }
  store::CaseScope scope;
  if (!domain::sees_all_units(who.roles) && !who.is_system()) {
    scope.unit_path_prefix = who.unit_path;
  }
  return store::read_value<domain::CasePage>(
      store_, [&](store::Transaction& tx) { return tx.cases().list(filter, scope); });
}

Result<domain::Case> CaseService::transition(const Principal& who, int64_t id, domain::CaseStatus to,
                                             const std::string& note, std::optional<int64_t> merged_into) {
  FL_TRY(require(who, domain::Permission::kCaseTransition, "change case status"));
  const TimePoint now = clock_.now();
  return store::write_value<domain::Case>(store_, [&](store::Transaction& tx) -> Result<domain::Case> {
    FL_ASSIGN_OR_RETURN(domain::Case c, case_in_scope(tx, who, id));
    if (!domain::is_allowed_transition(c.status, to)) {
      Error e = Error::conflict(std::string("case ") + c.number + " cannot move from " +
                                domain::case_status_name(c.status) + " to " + domain::case_status_name(to));
      e.allowed = status_names(domain::next_statuses(c.status));
      return e;
    }
    if (!domain::may_transition(who.roles, c.status, to)) {
      return Error::denied(std::string("only investigators and commanders may move a case to ") +
                           domain::case_status_name(to));
    }
    if (to == domain::CaseStatus::kMerged) {
      if (!merged_into) {
        return Error::invalid_field("merged_into", "is required when merging");
      }
      if (*merged_into == c.id) {
        return Error::invalid_field("merged_into", "a case cannot be merged into itself");
      }
      auto target = case_in_scope(tx, who, *merged_into);
      if (!target.ok()) {
        return Error::invalid_field("merged_into", "no such case in your units");
      }
      if (domain::is_final(target->status)) {
        return Error::invalid_field("merged_into", "the target case is already " +
                                                       std::string(domain::case_status_name(target->status)));
      }
      c.merged_into = *merged_into;
    } else if (merged_into) {
      return Error::invalid_field("merged_into", "only for a move to merged");
    }
    const auto from = c.status;
    c.status = to;
    c.updated_at = now;
    c.version += 1;
    FL_TRY(tx.cases().update(c));
    domain::TimelineEvent ev;
    ev.case_id = c.id;
    ev.occurred_at = now;
    ev.kind = domain::EventKind::kStatusChange;
    ev.status_from = from;
    ev.status_to = to;
    ev.description = note;
    ev.created_by = who.user_id;
    ev.created_at = now;
    FL_TRY(discard_value(tx.events().insert(ev)));
    FL_TRY(store::append_audit(tx, audit_entry(who, clock_, "case.transition", "case", std::to_string(c.id),
                                               audit::Outcome::kOk,
                                               {{"from", domain::case_status_name(from)},
                                                {"to", domain::case_status_name(to)}})));
    return c;
  });
}

}  // namespace frontline::service
