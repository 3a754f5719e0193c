#include "service/principal.hpp"

namespace frontline::service {

Principal Principal::system() {
  Principal p;
  p.username = "system";
  p.unit_path = "/";
  p.roles = {domain::Role::kAdmin, domain::Role::kInvestigator, domain::Role::kAnalyst};
  return p;
}

}  // namespace frontline::service
