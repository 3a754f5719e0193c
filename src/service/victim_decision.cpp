// Identification decisions (victim_service.hpp): the officer's decision on a
// person's legal status, separate from the engine's advice.
#include "service/audit_helpers.hpp"
#include "service/case_service.hpp"
#include "service/victim_service.hpp"
#include "util/text.hpp"

namespace frontline::service {
namespace {

constexpr size_t kMaxDocuments = 20;

void check_decision(const DecisionInput& in, TimePoint now, FieldErrors& bad) {
  if (!in.status) {
    bad["status"] = "is required";
  }
  check_past_date("decided_on", in.decided_on, now, bad);
  if (text::is_blank(in.agency) || text::code_points(in.agency) > 200) {
    bad["agency"] = "must be 1 to 200 characters";
  }
  const bool final_status = in.status && (*in.status == domain::LegalStatus::kIdentifiedVictim ||
                                          *in.status == domain::LegalStatus::kNotIdentified);
  if (final_status && text::is_blank(in.grounds)) {
    bad["grounds"] = "is required for a decision to identify or not";
  } else if (text::code_points(in.grounds) > 5000) {
    bad["grounds"] = "at most 5,000 characters";
  }
  if (in.documents.size() > kMaxDocuments) {
    bad["documents"] = "at most 20 items";
  }
  for (const auto& d : in.documents) {
    if (text::is_blank(d) || text::code_points(d) > 300) {
      bad["documents"] = "each item must be text of at most 300 characters";
    }
  }
}

}  // namespace

Result<domain::IdentificationDecision> VictimService::decide(const Principal& who, int64_t person_id,
                                                             const DecisionInput& in) {
  FL_TRY(require(who, domain::Permission::kVictimIdentify, "record identification decisions"));
  const TimePoint now = clock_.now();
  return store::write_value<domain::IdentificationDecision>(
      store_, [&](store::Transaction& tx) -> Result<domain::IdentificationDecision> {
        FL_ASSIGN_OR_RETURN(domain::Case c, case_of_person(tx, who, person_id, in.case_id));
        FieldErrors bad;
        check_decision(in, now, bad);
        if (in.screening_id) {
          auto s = tx.victims().get_screening(*in.screening_id);
          if (!s.ok() || s->person_id != person_id) {
            bad["screening_id"] = "no such screening of this person";
          }
        }
        if (!bad.empty()) {
          return Error::invalid("the decision has invalid fields", bad);
        }
        domain::IdentificationDecision d;
        d.person_id = person_id;
        d.case_id = c.id;
        d.status = *in.status;
        d.decided_on = in.decided_on;
        d.agency = in.agency;
        d.grounds = in.grounds;
        d.documents = in.documents;
        d.screening_id = in.screening_id;
        d.decided_by = who.user_id;
        d.created_at = now;
        FL_ASSIGN_OR_RETURN(d.id, tx.victims().insert_decision(d));
        FL_TRY(store::append_audit(
            tx, audit_entry(who, clock_, "victim.identification", "person", std::to_string(person_id),
                            audit::Outcome::kOk,
                            {{"case", c.id}, {"decision", d.id}, {"status", domain::legal_status_name(d.status)}})));
        return d;
      });
}

Result<std::vector<domain::IdentificationDecision>> VictimService::decisions(const Principal& who,
                                                                             int64_t person_id) {
  FL_TRY(require(who, domain::Permission::kVictimScreen, "read identification decisions"));
  return store::read_value<std::vector<domain::IdentificationDecision>>(
      store_, [&](store::Transaction& tx) -> Result<std::vector<domain::IdentificationDecision>> {
        // The person must be visible; a decision made through a case the
        // caller cannot see still counts for the person's current status.
        auto visible = case_of_person(tx, who, person_id, std::nullopt);
        if (!visible.ok() && visible.error().code == ErrorCode::kNotFound) {
          return std::move(visible).error();
        }
        return tx.victims().decisions_of(person_id);
      });
}

}  // namespace frontline::service
