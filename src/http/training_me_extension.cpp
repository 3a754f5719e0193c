// EXTENSION POINT of GET /me/training (docs/training.md): the core part
// builds {officer, courses, certificates, tests: []} (my_training_json); this
// function then adds what other training parts know about the caller. The
// core part has nothing to add. The tests part (migration 0016) fills
// body["tests"] with the tests open to the caller and their attempts, here.
#include "http/routes.hpp"
#include "http/training_json.hpp"

namespace frontline::http {

Status extend_my_training(Services& /*s*/, const service::Principal& /*who*/, const service::MyTraining& /*mine*/,
                          nlohmann::json& /*body*/) {
  return {};
}

}  // namespace frontline::http
