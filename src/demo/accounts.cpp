#include "demo/accounts.hpp"

#include <array>
#include <optional>

#include "domain/roles.hpp"
#include "service/audit_helpers.hpp"
#include "util/crypto.hpp"

namespace frontline::demo {
namespace {

using domain::Role;

struct AccountSpec {
  const char* username;
  Role role;
  const char* display_name;
  std::array<const char*, 2> unit_kinds;  // in order of preference, nullptr for none; none: the root
  const char* province;                           // wanted province of the unit, "" for any
};

const std::array<AccountSpec, 9>& specs() {
  static const std::array<AccountSpec, 9> kSpecs = {{
      {"officer.ls", Role::kFrontlineOfficer, "Cán bộ đồn biên phòng (demo)", {"border_post", "border_gate"}, "LS"},
      {"officer.qn", Role::kFrontlineOfficer, "Cán bộ đồn biên phòng Quảng Ninh (demo)", {"border_post", "border_gate"}, "QN"},
      {"investigator.ls", Role::kInvestigator, "Điều tra viên (demo)", {"provincial_command", nullptr}, "LS"},
      {"support.tn", Role::kVictimSupport, "Cán bộ hỗ trợ nạn nhân (demo)", {"provincial_command", nullptr}, "TN"},
      {"commander.ls", Role::kCommander, "Chỉ huy (demo)", {"provincial_command", nullptr}, "LS"},
      {"analyst.hq", Role::kAnalyst, "Chuyên viên phân tích (demo)", {nullptr, nullptr}, ""},
      {"trainer.hq", Role::kTrainer, "Giảng viên (demo)", {nullptr, nullptr}, ""},
      {"liaison.hq", Role::kPartnerLiaison, "Cán bộ phối hợp đối tác (demo)", {nullptr, nullptr}, ""},
      {"admin", Role::kAdmin, "Quản trị hệ thống (demo)", {nullptr, nullptr}, ""},
  }};
  return kSpecs;
}

const domain::UnitInfo* root_unit(const World& world) {
  for (const auto& u : world.units) {
    if (u.kind == "command_hq" || u.parent_id == 0) {
      return &u;
    }
  }
  return world.units.empty() ? nullptr : &world.units.front();
}

// The first unit (by code) of the most preferred kind in the wanted
// province; then of those kinds anywhere; then the root.
const domain::UnitInfo* unit_for(const World& world, const AccountSpec& spec) {
  for (const char* province : {spec.province, static_cast<const char*>(nullptr)}) {
    for (const char* kind : spec.unit_kinds) {
      if (kind == nullptr) {
        continue;
      }
      for (const auto& u : world.units) {
        if (u.kind == kind && (province == nullptr || u.province_code == province)) {
          return &u;
        }
      }
    }
  }
  return root_unit(world);
}

Result<DemoAccounts> find_creators(store::Store& store) {
  return store::read_value<DemoAccounts>(store, [](store::Transaction& tx) -> Result<DemoAccounts> {
    DemoAccounts out;
    FL_ASSIGN_OR_RETURN(auto officer, tx.users().find_by_username("officer.ls"));
    FL_ASSIGN_OR_RETURN(auto investigator, tx.users().find_by_username("investigator.ls"));
    if (officer) {
      out.officer_id = officer->id;
    }
    if (investigator) {
      out.investigator_id = investigator->id;
    }
    if (out.officer_id == 0 && out.investigator_id == 0) {
      FL_ASSIGN_OR_RETURN(auto users, tx.users().list());
      if (users.empty()) {
        return Error::conflict("demo cases need an account to record as their creator; create one or add demo users");
      }
      const domain::User* first = &users.front();
      for (const auto& u : users) {
        first = u.id < first->id ? &u : first;
      }
      out.officer_id = first->id;
    }
    out.officer_id = out.officer_id == 0 ? out.investigator_id : out.officer_id;
    out.investigator_id = out.investigator_id == 0 ? out.officer_id : out.investigator_id;
    return out;
  });
}

}  // namespace

Result<DemoAccounts> prepare_accounts(store::Store& store, const Clock& clock, const World& world, bool create) {
  if (!create) {
    return find_creators(store);
  }
  std::vector<DemoUser> users;
  for (const auto& spec : specs()) {
    const domain::UnitInfo* unit = unit_for(world, spec);
    if (unit == nullptr) {
      return Error::conflict("no units in the reference data; load it first (frontline init)");
    }
    users.push_back({spec.username, kDemoPassword, domain::role_name(spec.role), unit->code, false});
  }
  FL_ASSIGN_OR_RETURN(bool any_missing, store::read_value<bool>(store, [&](store::Transaction& tx) -> Result<bool> {
    for (const auto& u : users) {
      FL_ASSIGN_OR_RETURN(auto found, tx.users().find_by_username(u.username));
      if (!found) {
        return true;
      }
    }
    return false;
  }));
  // Argon2id is deliberately slow: hash once and share it.
  std::string hash;
  if (any_missing) {
    FL_ASSIGN_OR_RETURN(hash, crypto::hash_password(kDemoPassword));
  }
  const service::Principal system = service::Principal::system();
  FL_TRY(store.write([&](store::Transaction& tx) -> Status {
    for (size_t i = 0; i < users.size(); ++i) {
      DemoUser& demo = users[i];
      FL_ASSIGN_OR_RETURN(auto found, tx.users().find_by_username(demo.username));
      if (found || hash.empty()) {
        demo.existed = true;
        continue;
      }
      FL_ASSIGN_OR_RETURN(auto unit, tx.reference().find_unit(demo.unit_code));
      if (!unit) {
        return Error::conflict("unit " + demo.unit_code + " vanished while adding demo accounts");
      }
      domain::User user;
      user.username = demo.username;
      user.display_name = specs()[i].display_name;
      user.unit_id = unit->id;
      user.unit_code = unit->code;
      user.roles = {specs()[i].role};
      user.password_hash = hash;
      user.language = "vi";
      user.created_at = clock.now();
      FL_ASSIGN_OR_RETURN(user.id, tx.users().insert(user));
      nlohmann::json detail = {{"username", user.username}, {"unit", unit->code}, {"roles", nlohmann::json::array({demo.role})},
                               {"demo", true}};
      FL_TRY(store::append_audit(tx, service::audit_entry(system, clock, "user.create", "user",
                                                          std::to_string(user.id), audit::Outcome::kOk, detail)));
    }
    return {};
  }));
  FL_ASSIGN_OR_RETURN(DemoAccounts out, find_creators(store));
  out.users = std::move(users);
  return out;
}

}  // namespace frontline::demo
