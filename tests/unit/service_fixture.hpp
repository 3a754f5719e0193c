// A fixture for the service tests: a TestEnv with a CaseService and users of
// each role placed in the unit tree so that scope can be tested:
//   BTL-BDBP (HQ) ─ CUC-PCMTTP-PCMBN (analyst)
//                ├─ BCH-LS (commander, investigator, victim support)
//                │    └─ DBP-LS-HUUNGHI (frontline officer)
//                └─ BCH-QN ─ DBP-QN-MONGCAI (frontline officer of a sibling province)
#pragma once

#include <gtest/gtest.h>

#include <string>

#include "service/case_service.hpp"
#include "test_support.hpp"

namespace frontline::testing {

class ServiceTest : public ::testing::Test {
 protected:
  void SetUp() override {
    using R = domain::Role;
    officer = env.add_user("officer.ls", R::kFrontlineOfficer, "DBP-LS-HUUNGHI");
    commander = env.add_user("commander.ls", R::kCommander, "BCH-LS");
    investigator = env.add_user("investigator.ls", R::kInvestigator, "BCH-LS");
    support = env.add_user("support.ls", R::kVictimSupport, "BCH-LS");
    officer_qn = env.add_user("officer.qn", R::kFrontlineOfficer, "DBP-QN-MONGCAI");
    analyst = env.add_user("analyst.hq", R::kAnalyst, "CUC-PCMTTP-PCMBN");
    admin = env.add_user("admin", R::kAdmin, "BTL-BDBP");
    trainer = env.add_user("trainer", R::kTrainer, "BTL-BDBP");
  }

  static domain::CaseDraft draft(const std::string& title = "Nạn nhân bị lừa bán sang Trung Quốc") {
    domain::CaseDraft d;
    d.title = title;
    d.summary = "Gia đình trình báo tại đồn biên phòng.";
    d.trafficking_form = domain::TraffickingForm::kForcedMarriage;
    return d;
  }

  // A case created by the Lạng Sơn officer; fails the test if refused.
  domain::Case make_case(const std::string& title = "Nạn nhân bị lừa bán sang Trung Quốc") {
    auto c = cases.create(officer, draft(title));
    EXPECT_TRUE(c.ok()) << describe(c);
    return c.ok() ? *c : domain::Case{};
  }

  static domain::PersonDraft person(const std::string& name) {
    domain::PersonDraft d;
    d.identity.full_name = name;
    d.identity.date_of_birth = "2004-05";
    d.identity.citizen_id = "020304012345";
    d.sex = domain::Sex::kFemale;
    d.nationality = "VN";
    d.home_province = "LS";
    return d;
  }

  int64_t audits(const std::string& action_prefix) {
    return static_cast<int64_t>(env.audit_entries(action_prefix).size());
  }

  TestEnv env;
  service::CaseService cases{*env.store, *env.vault, env.clock};
  service::Principal officer, commander, investigator, support, officer_qn, analyst, admin, trainer;
};

}  // namespace frontline::testing
