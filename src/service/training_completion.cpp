// Closing a course, issuing certificates, and verifying and revoking them
// (training_service.hpp).
//
// Completion rule (docs/training.md): an enrolled participant completes when
// their attendance is at least min_attendance_pct of the course days and,
// when the course has a post-test, their post-test score is at or above
// pass_mark. The scores come from store::TrainingScoreRepo, the hook the
// tests part fills.
#include "service/training_internal.hpp"
#include "training/certificate_code.hpp"
#include "util/text.hpp"

namespace frontline::service {
namespace {

using namespace training_detail;

constexpr int kCodeAttempts = 8;

// A fresh code no certificate has.
Result<std::string> unused_code(store::Transaction& tx) {
  for (int i = 0; i < kCodeAttempts; ++i) {
    std::string code = training::random_certificate_code();
    FL_ASSIGN_OR_RETURN(auto taken, tx.training_certificates().find_by_code(code));
    if (!taken) return code;
  }
  return Error::internal("no unused certificate code after several attempts");
}

Result<CertificateCheck> check_of(store::Transaction& tx, domain::Certificate cert) {
  CertificateCheck out;
  FL_ASSIGN_OR_RETURN(out.holder, tx.training_officers().get(cert.officer_id));
  FL_ASSIGN_OR_RETURN(out.unit, tx.reference().get_unit(out.holder.unit_id));
  FL_ASSIGN_OR_RETURN(out.course, tx.training_courses().get(cert.course_id));
  out.certificate = std::move(cert);
  return out;
}

Result<domain::Certificate> certificate_named(store::Transaction& tx, const std::string& code) {
  auto canonical = training::normalize_certificate_code(code);
  if (canonical) {
    FL_ASSIGN_OR_RETURN(auto cert, tx.training_certificates().find_by_code(*canonical));
    if (cert) return *cert;
  }
  return Error::not_found("certificate not found");
}

}  // namespace

Result<CompletionResult> TrainingService::complete(const Principal& who, int64_t course_id) {
  FL_TRY(require(who, domain::Permission::kTrainingManage, "manage the training programme"));
  return store::write_value<CompletionResult>(store_, [&](store::Transaction& tx) -> Result<CompletionResult> {
    FL_ASSIGN_OR_RETURN(domain::Course c, tx.training_courses().get(course_id));
    if (c.status == "completed" || c.status == "cancelled") {
      return Error{ErrorCode::kConflict, "course " + c.code + " is already " + c.status,
                   {{"status", "the course is " + c.status}}, {}};
    }
    CompletionResult result;
    FL_ASSIGN_OR_RETURN(result.has_post_test, tx.training_scores().has_post_test(course_id));
    const TimePoint now = clock_.now();
    FL_ASSIGN_OR_RETURN(auto list, tx.training_courses().participants(course_id, store::CaseScope{}));
    int64_t completed = 0;
    int64_t not_completed = 0;
    for (auto& p : list) {
      FL_ASSIGN_OR_RETURN(ParticipantView v, participant_view(tx, c, std::move(p)));
      domain::Enrolment e = v.participant.enrolment;
      CompletionOutcome out{v.participant.officer, e.status, {}, v.attendance_pct, std::nullopt, std::nullopt};
      if (e.status == "withdrawn") {
        result.participants.push_back(std::move(out));
        continue;
      }
      if (v.attendance_pct < static_cast<double>(c.min_attendance_pct)) out.reasons.push_back("attendance");
      if (result.has_post_test) {
        FL_ASSIGN_OR_RETURN(out.post_score, tx.training_scores().post_test_score(course_id, e.officer_id));
        if (!out.post_score) {
          out.reasons.push_back("post_test_missing");
        } else if (*out.post_score < static_cast<double>(c.pass_mark)) {
          out.reasons.push_back("post_test_below_pass_mark");
        }
      }
      out.status = out.reasons.empty() ? "completed" : "not_completed";
      e.status = out.status;
      e.outcome_reasons = out.reasons;
      e.updated_at = now;
      if (out.reasons.empty()) {
        e.completed_at = now;
        ++completed;
        FL_ASSIGN_OR_RETURN(auto existing, tx.training_certificates().find(course_id, e.officer_id));
        if (existing) {
          out.certificate_code = existing->code;
        } else {
          domain::Certificate cert;
          FL_ASSIGN_OR_RETURN(cert.code, unused_code(tx));
          cert.course_id = course_id;
          cert.officer_id = e.officer_id;
          cert.issued_by = who.user_id;
          cert.issued_at = now;
          FL_TRY(discard_value(tx.training_certificates().insert(cert)));
          FL_TRY(audit(tx, who, clock_, "training.certificate.issue", "training_certificate", cert.code,
                       {{"course_id", course_id}, {"officer_id", e.officer_id}}));
          out.certificate_code = cert.code;
        }
      } else {
        ++not_completed;
      }
      FL_TRY(tx.training_courses().update_enrolment(e));
      result.participants.push_back(std::move(out));
    }
    c.status = "completed";
    c.completed_at = now;
    c.updated_at = now;
    ++c.version;
    FL_TRY(tx.training_courses().update(c));
    FL_TRY(audit(tx, who, clock_, "training.course.complete", "training_course", std::to_string(course_id),
                 {{"completed", completed}, {"not_completed", not_completed},
                  {"has_post_test", result.has_post_test}}));
    FL_ASSIGN_OR_RETURN(result.course, tx.training_courses().get(course_id));
    return result;
  });
}

Result<CertificateCheck> TrainingService::verify_certificate(const std::string& code, const std::string& remote) {
  // Looked up and audited in one transaction; an unknown code is audited too
  // (someone is checking a certificate Frontline never issued).
  auto found = store::write_value<std::optional<CertificateCheck>>(
      store_, [&](store::Transaction& tx) -> Result<std::optional<CertificateCheck>> {
        auto cert = certificate_named(tx, code);
        std::optional<CertificateCheck> out;
        if (cert.ok()) {
          FL_ASSIGN_OR_RETURN(CertificateCheck c, check_of(tx, std::move(cert).value()));
          out = std::move(c);
        } else if (cert.error().code != ErrorCode::kNotFound) {
          return cert.error();
        }
        Principal anonymous;
        auto entry = audit_entry(anonymous, clock_, "certificate.verify", "training_certificate",
                                 out ? out->certificate.code : "", out ? audit::Outcome::kOk : audit::Outcome::kFailed,
                                 {{"found", out.has_value()}, {"remote", remote}});
        FL_TRY(store::append_audit(tx, entry));
        return out;
      });
  if (!found.ok()) return found.error();
  if (!*found) return Error::not_found("certificate not found");
  return std::move(**found);
}

Result<CertificateCheck> TrainingService::certificate_for_pdf(const Principal& who, const std::string& code) {
  return store::write_value<CertificateCheck>(store_, [&](store::Transaction& tx) -> Result<CertificateCheck> {
    FL_ASSIGN_OR_RETURN(domain::Certificate cert, certificate_named(tx, code));
    FL_ASSIGN_OR_RETURN(CertificateCheck c, check_of(tx, std::move(cert)));
    const bool holder = c.holder.user_id && *c.holder.user_id == who.user_id;
    if (!holder) {
      FL_TRY(require(who, domain::Permission::kTrainingRead, "read the training programme"));
      if (!in_scope(who, c.holder.unit_path)) return Error::not_found("certificate not found");
    }
    FL_TRY(audit(tx, who, clock_, "training.certificate.pdf", "training_certificate", c.certificate.code,
                 {{"holder", holder}}));
    return c;
  });
}

Result<CertificateCheck> TrainingService::revoke_certificate(const Principal& who, const std::string& code,
                                                             const std::string& reason) {
  FL_TRY(require(who, domain::Permission::kTrainingManage, "manage the training programme"));
  FieldErrors bad;
  check_text(reason, "reason", 1, 500, bad);
  if (!bad.empty()) return Error::invalid("the revocation has invalid fields", bad);
  return store::write_value<CertificateCheck>(store_, [&](store::Transaction& tx) -> Result<CertificateCheck> {
    FL_ASSIGN_OR_RETURN(domain::Certificate cert, certificate_named(tx, code));
    if (cert.revoked_at) {
      return Error::conflict("certificate " + cert.code + " is already revoked");
    }
    cert.revoked_at = clock_.now();
    cert.revoked_by = who.user_id;
    cert.revoke_reason = reason;
    FL_TRY(tx.training_certificates().revoke(cert));
    FL_TRY(audit(tx, who, clock_, "training.certificate.revoke", "training_certificate", cert.code,
                 {{"course_id", cert.course_id}, {"officer_id", cert.officer_id}}));
    return check_of(tx, std::move(cert));
  });
}

}  // namespace frontline::service
