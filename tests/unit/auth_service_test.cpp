// Tests for service/AuthService over a real store and a manual clock: log-in
// and sessions, one answer for every bad credential, lock-out after the
// configured number of failures and unlock once the lock-out period has
// passed, session expiry, log-out, disabled accounts, and the audit of every
// attempt. Users get cheap Argon2id hashes (test_support) so this stays fast.
#include "service/auth_service.hpp"

#include <gtest/gtest.h>

#include "raw_sqlite.hpp"
#include "test_support.hpp"

namespace frontline::service {
namespace {

using frontline::testing::describe;
using frontline::testing::TestEnv;
using namespace std::chrono_literals;

constexpr const char* kPassword = "correct horse battery";

class AuthServiceTest : public ::testing::Test {
 protected:
  void SetUp() override { officer_ = env_.add_user("officer.ls", domain::Role::kFrontlineOfficer, "DBP-LS-HUUNGHI"); }

  domain::User user(const std::string& name) {
    auto u = store::read_value<std::optional<domain::User>>(
        *env_.store, [&](store::Transaction& tx) { return tx.users().find_by_username(name); });
    EXPECT_TRUE(u.ok() && u->has_value());
    return u.ok() && u->has_value() ? **u : domain::User{};
  }

  void set_disabled(const std::string& name, bool disabled) {
    domain::User u = user(name);
    u.disabled = disabled;
    ASSERT_TRUE(env_.store->write([&](store::Transaction& tx) { return tx.users().update(u); }).ok());
  }

  ErrorCode fail_code(const std::string& name, const std::string& password) {
    auto r = auth_.login(name, password);
    EXPECT_FALSE(r.ok()) << name;
    return r.ok() ? ErrorCode::kInternal : r.error().code;
  }

  TestEnv env_;
  AuthService auth_{*env_.store, env_.clock, AuthPolicy{}};
  Principal officer_;
};

TEST_F(AuthServiceTest, LoginCreatesASessionThatAuthenticates) {
  auto login = auth_.login("officer.ls", kPassword);
  ASSERT_TRUE(login.ok()) << describe(login);
  EXPECT_EQ(login->token.size(), 43u);
  EXPECT_FALSE(login->csrf_token.empty());
  EXPECT_NE(login->token, login->csrf_token);
  EXPECT_EQ(login->expires_at, env_.clock.now() + std::chrono::hours(8));
  EXPECT_EQ(login->user.username, "officer.ls");

  auto who = auth_.authenticate(login->token);
  ASSERT_TRUE(who.ok()) << describe(who);
  EXPECT_EQ(who->username, "officer.ls");
  EXPECT_EQ(who->user_id, officer_.user_id);
  EXPECT_EQ(who->unit_code, "DBP-LS-HUUNGHI");
  EXPECT_EQ(who->unit_path, env_.unit("DBP-LS-HUUNGHI").path);
  EXPECT_EQ(who->roles, std::set<domain::Role>{domain::Role::kFrontlineOfficer});
  EXPECT_EQ(who->csrf_token, login->csrf_token);

  auto entries = env_.audit_entries("session.login");
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0].outcome, audit::Outcome::kOk);
  EXPECT_EQ(entries[0].actor_id, officer_.user_id);
}

TEST_F(AuthServiceTest, OnlyTheTokensHashIsStored) {
  auto login = auth_.login("officer.ls", kPassword);
  ASSERT_TRUE(login.ok());
  frontline::testing::RawDb raw(env_.db_path());
  EXPECT_EQ(raw.integer("SELECT COUNT(*) FROM sessions"), 1);
  EXPECT_EQ(raw.scalar("SELECT token_hash FROM sessions"), crypto::sha256_hex(login->token));
  EXPECT_EQ(raw.integer("SELECT COUNT(*) FROM sessions WHERE token_hash='" + login->token + "'"), 0);
}

TEST_F(AuthServiceTest, BadCredentialsAllGetTheSameAnswerAndAreAudited) {
  auto wrong = auth_.login("officer.ls", "wrong password!");
  auto unknown = auth_.login("nobody.here", kPassword);
  ASSERT_FALSE(wrong.ok());
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(wrong.error().code, ErrorCode::kUnauthenticated);
  EXPECT_EQ(unknown.error().code, ErrorCode::kUnauthenticated);
  EXPECT_EQ(wrong.error().message, unknown.error().message);
  auto entries = env_.audit_entries("session.login");
  ASSERT_EQ(entries.size(), 2u);
  for (const auto& e : entries) {
    EXPECT_EQ(e.outcome, audit::Outcome::kDenied);
    EXPECT_EQ(e.detail.find("wrong password!"), std::string::npos);  // the password is never logged
  }
  EXPECT_TRUE(env_.audit_intact());
}

TEST_F(AuthServiceTest, LocksAfterFiveFailuresAndUnlocksAfterTheLockoutPeriod) {
  for (int i = 1; i <= 4; ++i) {
    EXPECT_EQ(fail_code("officer.ls", "wrong " + std::to_string(i)), ErrorCode::kUnauthenticated) << i;
    EXPECT_EQ(user("officer.ls").failed_logins, i);
  }
  EXPECT_FALSE(user("officer.ls").locked_until.has_value());
  EXPECT_EQ(fail_code("officer.ls", "wrong 5"), ErrorCode::kUnauthenticated);
  auto locked = user("officer.ls");
  ASSERT_TRUE(locked.locked_until.has_value());
  EXPECT_EQ(*locked.locked_until, env_.clock.now() + 15min);

  // While locked even the right password is refused, with its own code.
  EXPECT_EQ(fail_code("officer.ls", kPassword), ErrorCode::kLocked);
  env_.clock.advance(14min);
  EXPECT_EQ(fail_code("officer.ls", kPassword), ErrorCode::kLocked);
  env_.clock.advance(1min);
  auto after = auth_.login("officer.ls", kPassword);
  ASSERT_TRUE(after.ok()) << describe(after);
  EXPECT_FALSE(user("officer.ls").locked_until.has_value());
  EXPECT_EQ(user("officer.ls").failed_logins, 0);
}

TEST_F(AuthServiceTest, SuccessResetsTheFailureCount) {
  for (int i = 0; i < 4; ++i) {
    (void)fail_code("officer.ls", "wrong");
  }
  ASSERT_TRUE(auth_.login("officer.ls", kPassword).ok());
  for (int i = 0; i < 4; ++i) {
    (void)fail_code("officer.ls", "wrong");
  }
  EXPECT_FALSE(user("officer.ls").locked_until.has_value());
  EXPECT_TRUE(auth_.login("officer.ls", kPassword).ok());
}

TEST_F(AuthServiceTest, PolicyDecidesTheThresholdAndPeriod) {
  AuthPolicy strict;
  strict.max_failed_logins = 2;
  strict.lockout = 1h;
  AuthService auth(*env_.store, env_.clock, strict);
  EXPECT_FALSE(auth.login("officer.ls", "wrong").ok());
  EXPECT_FALSE(user("officer.ls").locked_until.has_value());
  EXPECT_FALSE(auth.login("officer.ls", "wrong").ok());
  ASSERT_TRUE(user("officer.ls").locked_until.has_value());
  env_.clock.advance(59min);
  auto still = auth.login("officer.ls", kPassword);
  ASSERT_FALSE(still.ok());
  EXPECT_EQ(still.error().code, ErrorCode::kLocked);
  env_.clock.advance(1min);
  EXPECT_TRUE(auth.login("officer.ls", kPassword).ok());
}

TEST_F(AuthServiceTest, SessionsExpire) {
  auto login = auth_.login("officer.ls", kPassword);
  ASSERT_TRUE(login.ok());
  env_.clock.advance(8h - 1s);
  EXPECT_TRUE(auth_.authenticate(login->token).ok());
  env_.clock.advance(1s);
  auto expired = auth_.authenticate(login->token);
  ASSERT_FALSE(expired.ok());
  EXPECT_EQ(expired.error().code, ErrorCode::kUnauthenticated);
}

TEST_F(AuthServiceTest, UnknownAndEmptyTokensAreUnauthenticated) {
  auto empty = auth_.authenticate("");
  ASSERT_FALSE(empty.ok());
  EXPECT_EQ(empty.error().code, ErrorCode::kUnauthenticated);
  auto made_up = auth_.authenticate(crypto::random_token());
  ASSERT_FALSE(made_up.ok());
  EXPECT_EQ(made_up.error().code, ErrorCode::kUnauthenticated);
}

TEST_F(AuthServiceTest, LogoutEndsTheSession) {
  auto login = auth_.login("officer.ls", kPassword);
  ASSERT_TRUE(login.ok());
  ASSERT_TRUE(auth_.logout(login->token).ok());
  EXPECT_FALSE(auth_.authenticate(login->token).ok());
  EXPECT_EQ(env_.audit_entries("session.logout").size(), 1u);
  EXPECT_TRUE(auth_.logout(login->token).ok());  // again: nothing to do, no error
  EXPECT_TRUE(auth_.logout("").ok());
  EXPECT_EQ(env_.audit_entries("session.logout").size(), 1u);
}

TEST_F(AuthServiceTest, DisabledUserCannotLogInAndLiveSessionsStop) {
  auto login = auth_.login("officer.ls", kPassword);
  ASSERT_TRUE(login.ok());
  set_disabled("officer.ls", true);
  auto r = auth_.login("officer.ls", kPassword);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::kUnauthenticated);
  EXPECT_EQ(r.error().message, auth_.login("nobody", "x").error().message);  // no hint that it exists
  auto session = auth_.authenticate(login->token);
  ASSERT_FALSE(session.ok());
  EXPECT_EQ(session.error().code, ErrorCode::kUnauthenticated);
  // Attempts on a disabled account do not lock it: enabling it again lets the user in.
  for (int i = 0; i < 5; ++i) {
    (void)auth_.login("officer.ls", kPassword);
  }
  set_disabled("officer.ls", false);
  EXPECT_TRUE(auth_.login("officer.ls", kPassword).ok());
}

TEST_F(AuthServiceTest, PrincipalForBuildsScopeFromTheUnit) {
  domain::User u = user("officer.ls");
  auto p = store::read_value<Principal>(*env_.store,
                                        [&](store::Transaction& tx) { return principal_for(tx, u); });
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(p->unit_path.rfind(env_.unit("BCH-LS").path, 0), 0u);  // the post lies under its command
  EXPECT_TRUE(p->can(domain::Permission::kVictimIdentityRead));
  EXPECT_FALSE(p->is_system());
  EXPECT_TRUE(Principal::system().is_system());
}

}  // namespace
}  // namespace frontline::service
