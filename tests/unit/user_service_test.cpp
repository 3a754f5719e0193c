// Tests for service/UserService: only admins manage accounts, and only within
// their own units; bad input names every field before any password is hashed;
// every change is audited; disabling and resetting a password end sessions
// and a reset clears a lock-out. Real Argon2id hashing is slow, so few
// accounts are created through the service here.
#include "service/user_service.hpp"

#include <gtest/gtest.h>

#include "service/auth_service.hpp"
#include "test_support.hpp"

namespace frontline::service {
namespace {

using frontline::testing::describe;
using frontline::testing::TestEnv;

class UserServiceTest : public ::testing::Test {
 protected:
  void SetUp() override {
    admin_ = env_.add_user("admin", domain::Role::kAdmin, "BTL-BDBP");
    admin_ls_ = env_.add_user("admin.ls", domain::Role::kAdmin, "BCH-LS");
    commander_ = env_.add_user("commander.ls", domain::Role::kCommander, "BCH-LS");
    officer_ = env_.add_user("officer.ls", domain::Role::kFrontlineOfficer, "DBP-LS-HUUNGHI");
    officer_qn_ = env_.add_user("officer.qn", domain::Role::kFrontlineOfficer, "DBP-QN-MONGCAI");
  }

  TestEnv env_;
  UserService users_{*env_.store, env_.clock};
  AuthService auth_{*env_.store, env_.clock, AuthPolicy{}};
  Principal admin_, admin_ls_, commander_, officer_, officer_qn_;
};

TEST_F(UserServiceTest, BadInputNamesEveryField) {
  NewUser u;
  u.username = "Bad Name";
  u.password = "short";
  u.language = "fr";
  u.roles = {"frontline_officer", "wizard"};
  u.unit_code = "BCH-LS";
  auto r = users_.add_user(admin_, u);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument);
  for (const char* field : {"username", "password", "language", "roles"}) {
    EXPECT_EQ(r.error().fields.count(field), 1u) << field << " in " << describe(r);
  }
  u.roles = {};
  EXPECT_EQ(users_.add_user(admin_, u).error().fields.count("roles"), 1u);
  EXPECT_EQ(check_username("ab"), "must be 3 to 32 characters");
  EXPECT_FALSE(check_username("nguyen.van_a-1").has_value());
  EXPECT_TRUE(check_password("mật khẩu!").has_value());         // 9 code points
  EXPECT_FALSE(check_password("mật khẩu!!").has_value());       // 10 code points
}

TEST_F(UserServiceTest, OnlyAdminsManageAccounts) {
  NewUser u{"new.user", "", "BCH-LS", {"investigator"}, "a long enough password", "vi"};
  for (const Principal* who : {&commander_, &officer_}) {
    auto r = users_.add_user(*who, u);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::kPermissionDenied) << who->username;
  }
  EXPECT_EQ(users_.list_users(commander_).error().code, ErrorCode::kPermissionDenied);
  EXPECT_EQ(users_.set_disabled(officer_, "officer.qn", true).error().code, ErrorCode::kPermissionDenied);
}

TEST_F(UserServiceTest, AddedUserCanLogInAndTheChangeIsAudited) {
  NewUser u{"investigator.ls", "Trần Văn Nam", "BCH-LS", {"investigator", "victim_support"}, "mật khẩu đủ dài", "en"};
  auto added = users_.add_user(admin_ls_, u);
  ASSERT_TRUE(added.ok()) << describe(added);
  EXPECT_EQ(added->unit_code, "BCH-LS");
  EXPECT_EQ(added->roles, (std::set<domain::Role>{domain::Role::kInvestigator, domain::Role::kVictimSupport}));
  EXPECT_EQ(added->password_hash.rfind("$argon2id$", 0), 0u);
  auto entries = env_.audit_entries("user.create");
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0].record_id, std::to_string(added->id));
  EXPECT_EQ(entries[0].detail.find("mật khẩu"), std::string::npos);
  auto again = users_.add_user(admin_ls_, u);
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code, ErrorCode::kConflict);
  EXPECT_TRUE(auth_.login("investigator.ls", "mật khẩu đủ dài").ok());
}

TEST_F(UserServiceTest, ProvincialAdminsStayInsideTheirUnits) {
  NewUser u{"officer.qn2", "", "DBP-QN-MONGCAI", {"frontline_officer"}, "a long enough password", "vi"};
  auto r = users_.add_user(admin_ls_, u);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::kPermissionDenied);
  auto other = users_.get_user(admin_ls_, "officer.qn");
  ASSERT_FALSE(other.ok());
  EXPECT_EQ(other.error().code, ErrorCode::kNotFound);
  EXPECT_FALSE(users_.set_disabled(admin_ls_, "officer.qn", true).ok());
  auto listed = users_.list_users(admin_ls_);
  ASSERT_TRUE(listed.ok());
  std::set<std::string> names;
  for (const auto& x : *listed) {
    names.insert(x.username);
  }
  EXPECT_EQ(names, (std::set<std::string>{"admin.ls", "commander.ls", "officer.ls"}));
  EXPECT_EQ(users_.list_users(admin_)->size(), 5u);
  UserPatch move;
  move.unit_code = "BCH-QN";
  auto moved = users_.update_user(admin_ls_, "officer.ls", move);
  ASSERT_FALSE(moved.ok());
  EXPECT_EQ(moved.error().code, ErrorCode::kPermissionDenied);
}

TEST_F(UserServiceTest, OnlyAnAdminAtTheCommandGrantsNationwideRoles) {
  // analyst sees every unit's cases: a provincial admin must not hand it out.
  NewUser u{"analyst.ls", "", "BCH-LS", {"analyst"}, "a long enough password", "vi"};
  auto r = users_.add_user(admin_ls_, u);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::kPermissionDenied);
  UserPatch promote;
  promote.roles = std::vector<std::string>{"frontline_officer", "analyst"};
  auto promoted = users_.update_user(admin_ls_, "officer.ls", promote);
  ASSERT_FALSE(promoted.ok());
  EXPECT_EQ(promoted.error().code, ErrorCode::kPermissionDenied);
  auto still = users_.get_user(admin_, "officer.ls");
  ASSERT_TRUE(still.ok());
  EXPECT_EQ(still->roles, std::set<domain::Role>{domain::Role::kFrontlineOfficer});
  // The Command's admin may.
  EXPECT_TRUE(users_.add_user(admin_, u).ok());
  EXPECT_TRUE(users_.update_user(admin_, "officer.ls", promote).ok());
}

TEST_F(UserServiceTest, DisablingEndsSessionsAndIsAudited) {
  auto login = auth_.login("officer.ls", "correct horse battery");
  ASSERT_TRUE(login.ok());
  ASSERT_TRUE(users_.set_disabled(admin_ls_, "officer.ls", true).ok());
  EXPECT_FALSE(auth_.authenticate(login->token).ok());
  EXPECT_TRUE(users_.get_user(admin_, "officer.ls")->disabled);
  EXPECT_EQ(env_.audit_entries("user.update").size(), 1u);
  ASSERT_TRUE(users_.set_disabled(admin_ls_, "officer.ls", false).ok());
  EXPECT_TRUE(auth_.login("officer.ls", "correct horse battery").ok());
}

TEST_F(UserServiceTest, ResetPasswordClearsLockoutAndEndsSessions) {
  auto login = auth_.login("officer.ls", "correct horse battery");
  ASSERT_TRUE(login.ok());
  for (int i = 0; i < 5; ++i) {
    (void)auth_.login("officer.ls", "wrong");
  }
  ASSERT_EQ(auth_.login("officer.ls", "correct horse battery").error().code, ErrorCode::kLocked);
  EXPECT_EQ(users_.reset_password(admin_, "officer.ls", "short").error().fields.count("password"), 1u);
  ASSERT_TRUE(users_.reset_password(admin_, "officer.ls", "một mật khẩu mới").ok());
  EXPECT_FALSE(auth_.authenticate(login->token).ok());
  EXPECT_FALSE(auth_.login("officer.ls", "correct horse battery").ok());
  EXPECT_TRUE(auth_.login("officer.ls", "một mật khẩu mới").ok());
  EXPECT_EQ(env_.audit_entries("user.reset_password").size(), 1u);
  EXPECT_TRUE(env_.audit_intact());
}

}  // namespace
}  // namespace frontline::service
