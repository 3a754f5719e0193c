// Timeline events and evidence on cases.
#include "domain/workflow.hpp"
#include "service/audit_helpers.hpp"
#include "service/case_service.hpp"
#include "service/case_validation.hpp"
#include "util/text.hpp"

namespace frontline::service {

Result<domain::TimelineEvent> CaseService::add_event(const Principal& who, int64_t case_id,
                                                     const domain::EventDraft& draft) {
  FL_TRY(require(who, domain::Permission::kEventWrite, "add timeline events"));
  const TimePoint now = clock_.now();
  FieldErrors bad;
  if (!draft.kind) {
    bad["kind"] = "is required";
  } else if (*draft.kind == domain::EventKind::kStatusChange) {
    bad["kind"] = "status changes are recorded by transitions";
  }
  size_t len = text::code_points(draft.description);
  if (len == 0 || len > 5000) {
    bad["description"] = "must be 1 to 5,000 characters";
  }
  if (text::code_points(draft.location) > 200) {
    bad["location"] = "at most 200 characters";
  }
  if (draft.occurred_at && *draft.occurred_at > now + std::chrono::minutes(5)) {
    bad["occurred_at"] = "cannot be in the future";
  }
  if (!bad.empty()) {
    return Error::invalid("the event has invalid fields", bad);
  }
  return store::write_value<domain::TimelineEvent>(
      store_, [&](store::Transaction& tx) -> Result<domain::TimelineEvent> {
        FL_TRY(discard_value(case_in_scope(tx, who, case_id)));
        domain::TimelineEvent e;
        e.case_id = case_id;
        e.occurred_at = draft.occurred_at.value_or(now);
        e.kind = *draft.kind;
        e.description = draft.description;
        e.location = draft.location;
        e.created_by = who.user_id;
        e.created_at = now;
        FL_ASSIGN_OR_RETURN(e.id, tx.events().insert(e));
        FL_TRY(store::append_audit(tx, audit_entry(who, clock_, "event.create", "case", std::to_string(case_id),
                                                   audit::Outcome::kOk, {{"event", e.id}})));
        return e;
      });
}

Result<std::vector<domain::TimelineEvent>> CaseService::list_events(const Principal& who, int64_t case_id) {
  FL_TRY(require(who, domain::Permission::kCaseRead, "read cases"));
  return store::read_value<std::vector<domain::TimelineEvent>>(
      store_, [&](store::Transaction& tx) -> Result<std::vector<domain::TimelineEvent>> {
        FL_TRY(discard_value(case_in_scope(tx, who, case_id)));
        return tx.events().list_for_case(case_id);
      });
}

Result<domain::EvidenceItem> CaseService::add_evidence(const Principal& who, int64_t case_id,
                                                       const domain::EvidenceDraft& draft, std::string_view bytes) {
  FL_TRY(require(who, domain::Permission::kEvidenceWrite, "add evidence"));
  if (static_cast<int64_t>(bytes.size()) > limits_.max_evidence_bytes) {
    return Error::too_large("evidence files are limited to " + std::to_string(limits_.max_evidence_bytes) + " bytes");
  }
  FieldErrors bad;
  size_t title_len = text::code_points(draft.title);
  if (title_len == 0 || title_len > 200) {
    bad["title"] = "must be 1 to 200 characters";
  }
  if (!draft.kind) {
    bad["kind"] = "is required";
  }
  if (text::code_points(draft.description) > 5000) {
    bad["description"] = "at most 5,000 characters";
  }
  if (!draft.collected_on.empty() && !is_valid_date(draft.collected_on)) {
    bad["collected_on"] = "must be a date as YYYY-MM-DD";
  }
  if (draft.file_name.empty() || draft.file_name.size() > 255 || draft.file_name.find('/') != std::string::npos) {
    bad["file"] = "needs a file name of at most 255 bytes without '/'";
  }
  if (bytes.empty()) {
    bad["file"] = "is empty";
  }
  if (!bad.empty()) {
    return Error::invalid("the evidence has invalid fields", bad);
  }
  // Check scope before touching the disk, then store the bytes outside the
  // write lock (sealing a large file takes time).
  FL_TRY(store_.read([&](store::Transaction& tx) -> Status {
    FL_ASSIGN_OR_RETURN(domain::Case c, case_in_scope(tx, who, case_id));
    if (domain::is_final(c.status)) {
      return Error::conflict("case " + c.number + " is " + domain::case_status_name(c.status) +
                             "; evidence can no longer be added");
    }
    return {};
  }));
  FL_ASSIGN_OR_RETURN(std::string sha, vault_.put(bytes));
  const TimePoint now = clock_.now();
  auto stored = store::write_value<domain::EvidenceItem>(
      store_, [&](store::Transaction& tx) -> Result<domain::EvidenceItem> {
        FL_TRY(discard_value(case_in_scope(tx, who, case_id)));
        domain::EvidenceItem e;
        e.case_id = case_id;
        e.title = draft.title;
        e.kind = *draft.kind;
        e.description = draft.description;
        e.file_name = draft.file_name;
        e.media_type = draft.media_type.empty() ? "application/octet-stream" : draft.media_type;
        e.size_bytes = static_cast<int64_t>(bytes.size());
        e.sha256 = sha;
        e.collected_on = draft.collected_on;
        e.created_by = who.user_id;
        e.created_at = now;
        FL_ASSIGN_OR_RETURN(e.id, tx.evidence().insert(e));
        FL_TRY(store::append_audit(tx, audit_entry(who, clock_, "evidence.create", "evidence", std::to_string(e.id),
                                                   audit::Outcome::kOk,
                                                   {{"case", case_id}, {"sha256", sha}, {"size", e.size_bytes}})));
        return e;
      });
  if (!stored.ok()) {
    auto users = store::read_value<int64_t>(
        store_, [&](store::Transaction& tx) { return tx.evidence().count_with_sha256(sha); });
    if (users.ok() && *users == 0) {
      vault_.remove(sha);
    }
  }
  return stored;
}

Result<std::vector<domain::EvidenceItem>> CaseService::list_evidence(const Principal& who, int64_t case_id) {
  FL_TRY(require(who, domain::Permission::kEvidenceRead, "read evidence"));
  return store::read_value<std::vector<domain::EvidenceItem>>(
      store_, [&](store::Transaction& tx) -> Result<std::vector<domain::EvidenceItem>> {
        FL_TRY(discard_value(case_in_scope(tx, who, case_id)));
        return tx.evidence().list_for_case(case_id);
      });
}

Result<domain::EvidenceItem> CaseService::get_evidence(const Principal& who, int64_t evidence_id) {
  FL_TRY(require(who, domain::Permission::kEvidenceRead, "read evidence"));
  return store::read_value<domain::EvidenceItem>(store_, [&](store::Transaction& tx) -> Result<domain::EvidenceItem> {
    FL_ASSIGN_OR_RETURN(domain::EvidenceItem e, tx.evidence().get(evidence_id));
    if (!case_in_scope(tx, who, e.case_id).ok()) {
      return Error::not_found("evidence " + std::to_string(evidence_id) + " not found");
    }
    return e;
  });
}

Result<std::pair<domain::EvidenceItem, std::string>> CaseService::download_evidence(const Principal& who,
                                                                                     int64_t evidence_id) {
  FL_ASSIGN_OR_RETURN(domain::EvidenceItem item, get_evidence(who, evidence_id));
  FL_ASSIGN_OR_RETURN(std::string bytes, vault_.get(item.sha256));
  FL_TRY(store_.write([&](store::Transaction& tx) {
    return store::append_audit(tx, audit_entry(who, clock_, "evidence.download", "evidence",
                                               std::to_string(evidence_id), audit::Outcome::kOk,
                                               {{"case", item.case_id}}));
  }));
  return std::make_pair(std::move(item), std::move(bytes));
}

}  // namespace frontline::service
