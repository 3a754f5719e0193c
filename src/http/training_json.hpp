// JSON of the training programme's records (docs/training.md), shared by the
// routes_training_*.cpp files and the other training parts.
#pragma once

#include <nlohmann/json.hpp>

#include "service/training_service.hpp"

namespace frontline::http {

nlohmann::json localized_json(const domain::LocalizedText& t);
nlohmann::json module_version_json(const domain::ModuleVersion& v);
nlohmann::json module_json(const service::ModuleView& m);
nlohmann::json edition_json(const service::EditionView& e);
nlohmann::json receipt_json(const domain::EditionReceipt& r);
nlohmann::json officer_json(const domain::TrainingOfficer& o);
nlohmann::json course_json(const service::CourseView& c);
nlohmann::json course_summary_json(const domain::Course& c);
nlohmann::json attendance_json(const std::vector<domain::AttendanceMark>& marks);
nlohmann::json participant_json(const service::ParticipantView& p);
nlohmann::json completion_json(const service::CompletionResult& r);
nlohmann::json certificate_json(const domain::Certificate& c);
// What GET /certificates/{code} answers without sign-in.
nlohmann::json certificate_check_json(const service::CertificateCheck& c);
nlohmann::json vocab_json();
nlohmann::json optional_number(const std::optional<double>& v);

// GET /me/training: {officer, courses, certificates, tests}. Built here from
// the core part; extend_my_training (training_me_extension.cpp) then adds
// what other parts know (the tests part: "tests" and per course "scores").
nlohmann::json my_training_json(const service::MyTraining& mine);

}  // namespace frontline::http
