// Certificates (verification without sign-in, PDF, revocation) and the
// caller's own training, GET /me/training (docs/training.md).
#include <chrono>
#include <memory>

#include "domain/training_vocab.hpp"
#include "http/routes.hpp"
#include "http/training_json.hpp"
#include "training/certificate_pdf.hpp"

namespace frontline::http {
namespace {

using nlohmann::json;

// The calendar day of `tp` in Asia/Ho_Chi_Minh (UTC+7), "YYYY-MM-DD".
std::string local_day_vn(TimePoint tp) { return format_utc(tp + std::chrono::hours(7)).substr(0, 10); }

training::CertificateContent pdf_content(const service::CertificateCheck& c) {
  training::CertificateContent out;
  out.code = c.certificate.code;
  out.holder_name = c.holder.full_name;
  if (const auto* rank = domain::vocab_find(domain::training_ranks(), c.holder.rank)) out.holder_rank_vi = rank->vi;
  out.unit_name = c.unit.name;
  out.course_code = c.course.code;
  out.course_title_vi = c.course.title_vi;
  out.course_title_en = c.course.title_en;
  out.start_date = c.course.start_date;
  out.end_date = c.course.end_date;
  out.issued_on = local_day_vn(c.certificate.issued_at);
  out.verify_path = "/api/v1/certificates/" + c.certificate.code;
  out.revoked = c.certificate.revoked_at.has_value();
  return out;
}

}  // namespace

void add_training_certificate_routes(Router& router, Services& s) {
  auto training = std::make_shared<service::TrainingService>(s.store, s.clock);

  router.add("GET", "/api/v1/certificates/{code}", Access::kPublic, [training](const ApiRequest& req) {
    return respond(training->verify_certificate(req.path_params.at("code"), req.remote_addr), 200,
                   certificate_check_json);
  });

  router.add("GET", "/api/v1/certificates/{code}/pdf", Access::kSession, [training](const ApiRequest& req) {
    auto c = training->certificate_for_pdf(*req.principal, req.path_params.at("code"));
    if (!c.ok()) return error_response(c.error());
    auto pdf = training::render_certificate_pdf(pdf_content(*c), training::default_certificate_fonts());
    if (!pdf.ok()) return error_response(pdf.error());
    ApiResponse res;
    res.content_type = "application/pdf";
    res.body = std::move(pdf).value();
    res.headers.emplace_back("Content-Disposition", "inline; filename=\"" + c->certificate.code + ".pdf\"");
    return res;
  });

  router.add("POST", "/api/v1/certificates/{code}/revoke", Access::kSession, [training](const ApiRequest& req) {
    return with_body(req, [&](const json& body) {
      FieldReader r(body, {"reason"});
      auto reason = r.text("reason", Need::kRequired, 500);
      if (!r.ok()) return error_response(r.error("the revocation has invalid fields"));
      return respond(training->revoke_certificate(*req.principal, req.path_params.at("code"), *reason), 200,
                     certificate_check_json);
    });
  });

  router.add("GET", "/api/v1/me/training", Access::kSession, [training, &s](const ApiRequest& req) {
    auto mine = training->my_training(*req.principal);
    if (!mine.ok()) return error_response(mine.error());
    json body = my_training_json(*mine);
    Status extended = extend_my_training(s, *req.principal, *mine, body);
    if (!extended.ok()) return error_response(extended.error());
    return ApiResponse::json(200, body);
  });
}

}  // namespace frontline::http
