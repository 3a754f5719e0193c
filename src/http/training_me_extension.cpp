// EXTENSION POINT of GET /me/training (docs/training.md): the core part
// builds {officer, courses, certificates, tests: []} (my_training_json); this
// function then adds what other training parts know about the caller. The
// tests part fills body["tests"] with the tests of the caller's courses (not
// drafts), how far they got, their deadline, score and whether they may
// start now (TrainingTestService::my_tests).
#include "http/routes.hpp"
#include "http/training_json.hpp"
#include "http/training_test_json.hpp"
#include "service/training_tests.hpp"

namespace frontline::http {

Status extend_my_training(Services& s, const service::Principal& who, const service::MyTraining& /*mine*/,
                          nlohmann::json& body) {
  service::TrainingTestService tests(s.store, s.clock);
  FL_ASSIGN_OR_RETURN(auto mine, tests.my_tests(who));
  body["tests"] = my_tests_json(mine);
  return {};
}

}  // namespace frontline::http
