// Raising, reading and reviewing scan alerts (scan_alert_service.hpp).
#include "service/scan_alert_service.hpp"

#include "service/audit_helpers.hpp"
#include "service/case_service.hpp"

namespace frontline::service {
namespace {

bool alert_in_scope(const Principal& who, const domain::ScanAlert& a) {
  if (domain::sees_all_units(who.roles) || who.is_system()) {
    return true;
  }
  return a.unit_path.compare(0, who.unit_path.size(), who.unit_path) == 0;
}

Result<domain::ScanAlert> alert_of_id(store::Transaction& tx, const Principal& who, int64_t id) {
  auto a = tx.scan_alerts().get(id);
  if (!a.ok() || !alert_in_scope(who, *a)) {
    if (a.ok() || a.error().code == ErrorCode::kNotFound) {
      return Error::not_found("scan alert " + std::to_string(id) + " not found");
    }
    return a.error();
  }
  return a;
}

}  // namespace

domain::ScanAlert alert_of(const scan::ScanResult& result, const std::string& text, const std::string& source,
                           int64_t item, const std::string& post_id, const AlertReasons& reasons) {
  domain::ScanAlert a;
  a.source = source;
  a.item = item;
  a.post_id = post_id;
  a.text = text;
  a.risk = result.risk;
  a.level = scan::risk_level_name(result.level);
  for (const scan::FlagHit& f : result.flags) a.flag_ids.emplace_back(f.id);
  for (const scan::ExtractedId& id : result.identifiers) {
    a.identifiers.push_back({scan::id_kind_name(id.kind), id.value, id.key, id.qualifier, id.channel});
  }
  if (reasons.high_risk) a.reasons.push_back("high_risk");
  if (reasons.known > 0) a.reasons.push_back("known_identifier");
  a.known = reasons.known;
  return a;
}

Result<int64_t> ScanAlertService::raise(const Principal& who, const std::string& unit_code, domain::ScanAlert alert) {
  if (!who.is_system()) {
    return Error::denied("only the watcher raises scan alerts");
  }
  return store::write_value<int64_t>(store_, [&](store::Transaction& tx) -> Result<int64_t> {
    FL_ASSIGN_OR_RETURN(auto unit, tx.reference().find_unit(unit_code));
    if (!unit) {
      return Error::invalid_field("unit", "is not a known unit code");
    }
    alert.unit_id = unit->id;
    alert.status = domain::ScanAlertStatus::kOpen;
    alert.raised_at = clock_.now();
    alert.version = 1;
    FL_ASSIGN_OR_RETURN(int64_t id, tx.scan_alerts().insert(alert));
    nlohmann::json detail = {{"unit", unit_code}, {"risk", alert.risk}, {"reasons", alert.reasons},
                             {"flags", alert.flag_ids.size()}, {"identifiers", alert.identifiers.size()}};
    FL_TRY(store::append_audit(tx, audit_entry(who, clock_, "scan.alert.raise", "scan_alert", std::to_string(id),
                                               audit::Outcome::kOk, detail)));
    return id;
  });
}

Result<domain::ScanAlertPage> ScanAlertService::list(const Principal& who, const domain::ScanAlertFilter& filter) {
  FL_TRY(require(who, domain::Permission::kScan, "read scan alerts"));
  FieldErrors bad;
  if (filter.offset < 0) bad["offset"] = "must be 0 or more";
  if (filter.limit < 1 || filter.limit > kMaxScanAlertPage) bad["limit"] = "must be 1 to " + std::to_string(kMaxScanAlertPage);
  if (!bad.empty()) {
    return Error::invalid("the scan alert query has invalid fields", bad);
  }
  store::CaseScope scope;
  if (!domain::sees_all_units(who.roles) && !who.is_system()) {
    scope.unit_path_prefix = who.unit_path;
  }
  return store::write_value<domain::ScanAlertPage>(store_, [&](store::Transaction& tx) -> Result<domain::ScanAlertPage> {
    FL_ASSIGN_OR_RETURN(domain::ScanAlertPage page, tx.scan_alerts().list(filter, scope));
    nlohmann::json ids = nlohmann::json::array();
    for (const auto& a : page.items) ids.push_back(a.id);
    FL_TRY(store::append_audit(tx, audit_entry(who, clock_, "scan.alert.list", "scan_alert", "", audit::Outcome::kOk,
                                               {{"alerts", ids}, {"total", page.total}})));
    return page;
  });
}

Result<domain::ScanAlert> ScanAlertService::get(const Principal& who, int64_t id) {
  FL_TRY(require(who, domain::Permission::kScan, "read scan alerts"));
  return store::write_value<domain::ScanAlert>(store_, [&](store::Transaction& tx) -> Result<domain::ScanAlert> {
    FL_ASSIGN_OR_RETURN(domain::ScanAlert a, alert_of_id(tx, who, id));
    FL_TRY(store::append_audit(
        tx, audit_entry(who, clock_, "scan.alert.read", "scan_alert", std::to_string(id), audit::Outcome::kOk)));
    return a;
  });
}

Result<domain::ScanAlert> ScanAlertService::review(const Principal& who, int64_t id,
                                                   std::optional<int64_t> expected_version, domain::ScanAlertStatus to,
                                                   std::optional<int64_t> lead_id) {
  return store::write_value<domain::ScanAlert>(store_, [&](store::Transaction& tx) -> Result<domain::ScanAlert> {
    FL_ASSIGN_OR_RETURN(domain::ScanAlert a, alert_of_id(tx, who, id));
    if (a.status != domain::ScanAlertStatus::kOpen) {
      return Error::conflict("scan alert " + std::to_string(id) + " is already " + domain::scan_alert_status_name(a.status));
    }
    if (expected_version && *expected_version != a.version) {
      return Error::conflict("scan alert " + std::to_string(id) + " has changed since version " +
                             std::to_string(*expected_version) + "; reload and try again");
    }
    a.status = to;
    a.lead_id = lead_id;
    a.reviewed_by = who.user_id;
    a.reviewed_at = clock_.now();
    ++a.version;
    FL_TRY(tx.scan_alerts().update(a));
    nlohmann::json detail = {{"status", domain::scan_alert_status_name(to)}};
    if (lead_id) detail["lead"] = *lead_id;
    FL_TRY(store::append_audit(tx, audit_entry(who, clock_, "scan.alert.review", "scan_alert", std::to_string(id),
                                               audit::Outcome::kOk, detail)));
    return a;
  });
}

Result<domain::ScanAlert> ScanAlertService::dismiss(const Principal& who, int64_t id,
                                                    std::optional<int64_t> expected_version) {
  FL_TRY(require(who, domain::Permission::kLeadWrite, "review scan alerts"));
  return review(who, id, expected_version, domain::ScanAlertStatus::kDismissed, std::nullopt);
}

Result<std::pair<LeadCreated, domain::ScanAlert>> ScanAlertService::save_as_lead(const Principal& who, int64_t id,
                                                                                 domain::LeadDraft draft,
                                                                                 LeadService& leads) {
  FL_TRY(require(who, domain::Permission::kLeadWrite, "review scan alerts"));
  // Read first: the alert must be the caller's and still open before a lead is made of it.
  FL_ASSIGN_OR_RETURN(domain::ScanAlert alert,
                      store::read_value<domain::ScanAlert>(store_, [&](store::Transaction& tx) { return alert_of_id(tx, who, id); }));
  if (alert.status != domain::ScanAlertStatus::kOpen) {
    return Error::conflict("scan alert " + std::to_string(id) + " is already " +
                           domain::scan_alert_status_name(alert.status));
  }
  draft.text = alert.text;
  FL_ASSIGN_OR_RETURN(LeadCreated created, leads.create(who, draft));
  FL_ASSIGN_OR_RETURN(domain::ScanAlert saved,
                      review(who, id, alert.version, domain::ScanAlertStatus::kSaved, created.view.lead.id));
  return std::make_pair(std::move(created), std::move(saved));
}

}  // namespace frontline::service
