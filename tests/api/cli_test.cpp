// The `frontline` command: help for every sub-command, one-line errors,
// account management against a running server, deterministic demo data and
// `audit verify` catching an entry edited behind the application's back.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include "audit/audit.hpp"
#include "harness.hpp"
#include "util/clock.hpp"

namespace frontline::api_test {
namespace {

class Cli : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    world_ = ApiWorld::start({{"admin", "admin", "BTL-BDBP"},
                              {"to.disable", "frontline_officer", "DBP-LS-HUUNGHI"},
                              {"forgetful", "investigator", "BCH-LS"}});
  }
  static void TearDownTestSuite() { world_.reset(); }
  void SetUp() override {
    if (!world_) {
      GTEST_FAIL() << "the server did not start";
    }
  }
  static std::string data() { return world_->data_dir().string(); }
  static inline std::unique_ptr<ApiWorld> world_;
};

// Rows of `sql` over the database in `dir`, each row's columns joined by '|'.
std::vector<std::string> query_rows(const std::filesystem::path& dir, const std::string& sql) {
  std::vector<std::string> rows;
  sqlite3* db = nullptr;
  if (sqlite3_open_v2((dir / "frontline.db").c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
    ADD_FAILURE() << "cannot open " << dir;
    sqlite3_close(db);
    return rows;
  }
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr) != SQLITE_OK) {
    ADD_FAILURE() << sqlite3_errmsg(db) << " in " << sql;
  } else {
    while (sqlite3_step(stmt) == SQLITE_ROW) {
      std::string row;
      for (int i = 0; i < sqlite3_column_count(stmt); ++i) {
        const unsigned char* text = sqlite3_column_text(stmt, i);
        row += (i == 0 ? "" : "|") + std::string(text ? reinterpret_cast<const char*>(text) : "NULL");
      }
      rows.push_back(std::move(row));
    }
  }
  sqlite3_finalize(stmt);
  sqlite3_close(db);
  return rows;
}

// Runs `sql` on the database in `dir` read-write; the SQLite result code.
int exec_sql(const std::filesystem::path& dir, const std::string& sql, std::string* error = nullptr) {
  sqlite3* db = nullptr;
  int rc = sqlite3_open((dir / "frontline.db").c_str(), &db);
  char* message = nullptr;
  if (rc == SQLITE_OK) {
    rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &message);
  }
  if (error != nullptr) {
    *error = message ? message : "";
  }
  sqlite3_free(message);
  sqlite3_close(db);
  return rc;
}

// Audit entry `seq` as stored in the database in `dir`.
audit::Entry read_entry(const std::filesystem::path& dir, int64_t seq) {
  audit::Entry e;
  sqlite3* db = nullptr;
  sqlite3_stmt* stmt = nullptr;
  sqlite3_open_v2((dir / "frontline.db").c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
  sqlite3_prepare_v2(db,
                     "SELECT seq, at, actor_id, actor, action, record_type, record_id, outcome, detail, prev_hash, "
                     "hash FROM audit_log WHERE seq = ?",
                     -1, &stmt, nullptr);
  sqlite3_bind_int64(stmt, 1, seq);
  if (sqlite3_step(stmt) == SQLITE_ROW) {
    auto text = [&](int i) { return std::string(reinterpret_cast<const char*>(sqlite3_column_text(stmt, i))); };
    e.seq = sqlite3_column_int64(stmt, 0);
    e.at = parse_utc(text(1)).value_or(TimePoint{});
    e.actor_id = sqlite3_column_int64(stmt, 2);
    e.actor = text(3);
    e.action = text(4);
    e.record_type = text(5);
    e.record_id = text(6);
    e.outcome = text(7) == "ok" ? audit::Outcome::kOk : text(7) == "denied" ? audit::Outcome::kDenied
                                                                          : audit::Outcome::kFailed;
    e.detail = text(8);
    e.prev_hash = text(9);
    e.hash = text(10);
  } else {
    ADD_FAILURE() << "no audit entry " << seq;
  }
  sqlite3_finalize(stmt);
  sqlite3_close(db);
  return e;
}

TEST_F(Cli, EverySubcommandHasHelpThatExitsZero) {
  const std::vector<std::vector<std::string>> commands = {
      {"--help"},          {"init", "--help"},          {"serve", "--help"},
      {"user", "--help"},  {"user", "add", "--help"},   {"user", "disable", "--help"},
      {"user", "reset-password", "--help"},             {"user", "list", "--help"},
      {"demo-data", "--help"}, {"audit", "--help"},     {"audit", "verify", "--help"}};
  for (const auto& args : commands) {
    const std::string what = args.size() > 1 ? args[0] + " " + args[1] : args[0];
    CommandResult r = run_cli(args);
    EXPECT_EQ(r.exit_code, 0) << what << ": " << r.err;
    EXPECT_NE(r.out.find("Usage"), std::string::npos) << what << ": " << r.out;
    EXPECT_TRUE(r.err.empty()) << what << ": " << r.err;
    const bool leaf = args.size() == 3 || (args.size() == 2 && args[0] != "user" && args[0] != "audit");
    if (leaf) {
      EXPECT_NE(r.out.find("--data"), std::string::npos) << what << ": " << r.out;
    }
  }
  CommandResult top = run_cli({"--help"});
  for (const std::string sub : {"init", "serve", "user", "demo-data", "audit"}) {
    EXPECT_NE(top.out.find(sub), std::string::npos) << sub;
  }
}

TEST_F(Cli, ErrorsPrintOneLineOnStderrAndExitNonZero) {
  TempDir empty;
  const std::string missing = (empty.path() / "never-initialized").string();
  struct Failure {
    std::vector<std::string> args;
    std::string input;
    std::string says;  // part of the error line
  };
  const std::vector<Failure> failures = {
      {{"user", "add", "--data", data(), "--username", "wizard.one", "--role", "wizard", "--unit", "BCH-LS",
        "--password-stdin"},
       std::string(kPassword) + "\n",
       "unknown role 'wizard'"},
      {{"user", "add", "--data", data(), "--username", "lost.one", "--role", "analyst", "--unit", "NOPE",
        "--password-stdin"},
       std::string(kPassword) + "\n",
       "unknown unit 'NOPE'"},
      {{"user", "add", "--data", data(), "--username", "quiet.one", "--role", "analyst", "--unit", "BCH-LS",
        "--password-stdin"},
       "",
       "no password on standard input"},
      {{"user", "add", "--data", data(), "--username", "admin", "--role", "analyst", "--unit", "BCH-LS",
        "--password-stdin"},
       std::string(kPassword) + "\n",
       "admin"},
      {{"user", "list", "--data", missing}, "", "no Frontline data in"},
      {{"audit", "verify", "--data", missing}, "", "no Frontline data in"},
      {{"demo-data", "--data", missing, "--cases", "1"}, "", "no Frontline data in"},
      {{"serve", "--data", missing}, "", "no Frontline data in"},
      {{"serve", "--data", data(), "--listen", "localhost"}, "", "--listen must be HOST:PORT"},
      {{"user", "disable", "--data", data(), "--username", "nobody.here"}, "", "nobody.here"},
      {{"user", "add", "--data", data(), "--role", "analyst", "--unit", "BCH-LS", "--password-stdin"}, "", "--username"},
      {{"demo-data", "--data", data(), "--cases", "-1"}, "", "--cases"},
      {{"frobnicate"}, "", "subcommand"},
      {{}, "", "subcommand"},
  };
  for (const auto& f : failures) {
    std::string what;
    for (const auto& a : f.args) {
      what += a + " ";
    }
    CommandResult r = run_cli(f.args, f.input);
    EXPECT_NE(r.exit_code, 0) << what;
    EXPECT_EQ(r.err_lines(), 1u) << what << ": " << r.err;
    EXPECT_EQ(r.err.rfind("frontline: error: ", 0), 0u) << what << ": " << r.err;
    EXPECT_NE(r.err.find(f.says), std::string::npos) << what << ": " << r.err;
    EXPECT_EQ(r.out.find("error"), std::string::npos) << what << ": errors go to stderr, not " << r.out;
  }
  // None of the refused accounts exists.
  CommandResult list = run_cli({"user", "list", "--data", data()});
  ASSERT_EQ(list.exit_code, 0) << list.err;
  EXPECT_EQ(list.out.find("wizard.one"), std::string::npos);
  EXPECT_EQ(list.out.find("lost.one"), std::string::npos);
  EXPECT_EQ(list.out.find("quiet.one"), std::string::npos);
}

TEST_F(Cli, UserListShowsEveryAccount) {
  CommandResult r = run_cli({"user", "list", "--data", data()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.rfind("username\tunit\troles\tstatus\n", 0), 0u) << r.out;
  EXPECT_NE(r.out.find("admin\tBTL-BDBP\tadmin\t"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("forgetful\tBCH-LS\tinvestigator\t"), std::string::npos) << r.out;
}

TEST_F(Cli, DisabledUserCannotLogInAndLosesSessions) {
  HttpReply before = world_->login("to.disable");
  ASSERT_EQ(before.status, 200) << before.body;
  const std::string token = before.json_body()["token"];

  CommandResult r = run_cli({"user", "disable", "--data", data(), "--username", "to.disable"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("disabled to.disable"), std::string::npos) << r.out;
  HttpReply refused = world_->login("to.disable");
  EXPECT_EQ(refused.status, 401) << refused.body;
  HttpReply old = world_->http().send("GET", "/api/v1/me", "", "", {{"Authorization", "Bearer " + token}});
  EXPECT_EQ(old.status, 401);
  EXPECT_NE(run_cli({"user", "list", "--data", data()}).out.find("to.disable\tDBP-LS-HUUNGHI\tfrontline_officer\tdisabled"),
            std::string::npos);

  CommandResult enable = run_cli({"user", "disable", "--data", data(), "--username", "to.disable", "--enable"});
  ASSERT_EQ(enable.exit_code, 0) << enable.err;
  EXPECT_EQ(world_->login("to.disable").status, 200);
}

TEST_F(Cli, ResetPasswordReplacesItAndClearsTheLock) {
  for (int i = 0; i < 5; ++i) {
    world_->login("forgetful", "guess-number-" + std::to_string(i));
  }
  ASSERT_EQ(world_->login("forgetful").status, 423);
  EXPECT_NE(run_cli({"user", "list", "--data", data()}).out.find("forgetful\tBCH-LS\tinvestigator\tactive (locked until"),
            std::string::npos);

  const std::string fresh = "a-brand-new-passphrase";
  CommandResult r = run_cli({"user", "reset-password", "--data", data(), "--username", "forgetful", "--password-stdin"},
                            fresh + "\n");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("password reset for forgetful"), std::string::npos) << r.out;
  EXPECT_EQ(world_->login("forgetful", kPassword).status, 401);
  EXPECT_EQ(world_->login("forgetful", fresh).status, 200);

  CommandResult too_short = run_cli(
      {"user", "reset-password", "--data", data(), "--username", "forgetful", "--password-stdin"}, "short\n");
  EXPECT_NE(too_short.exit_code, 0);
  EXPECT_EQ(too_short.err_lines(), 1u) << too_short.err;
  EXPECT_EQ(world_->login("forgetful", fresh).status, 200);
}

// Everything demo-data writes except database-assigned times, in a stable order.
std::vector<std::string> demo_dump(const std::filesystem::path& dir) {
  std::vector<std::string> rows = query_rows(
      dir,
      "SELECT c.number, c.title, c.summary, c.status, c.trafficking_form, u.code, c.province_code, c.reported_on, "
      "c.origin_country, c.transit_countries, c.destination_country, c.border_crossing, c.recruitment_channel, "
      "c.recruitment_platform, c.recruitment_platform_name, c.version FROM cases c JOIN units u ON u.id = c.unit_id "
      "ORDER BY c.number");
  for (auto& r : query_rows(dir, "SELECT c.number, e.kind, e.description, e.location, e.occurred_at FROM events e "
                                 "JOIN cases c ON c.id = e.case_id ORDER BY c.number, e.occurred_at, e.kind, e.description")) {
    rows.push_back("event " + r);
  }
  for (auto& r : query_rows(dir, "SELECT c.number, cp.role, p.sex, p.birth_year, p.nationality, p.home_province "
                                 "FROM case_persons cp JOIN cases c ON c.id = cp.case_id JOIN persons p ON p.id = "
                                 "cp.person_id ORDER BY c.number, cp.role, p.sex, p.birth_year, p.home_province")) {
    rows.push_back("person " + r);
  }
  for (auto& r : query_rows(dir, "SELECT u.username, u.roles, n.code FROM users u JOIN units n ON n.id = u.unit_id "
                                 "ORDER BY u.username")) {
    rows.push_back("user " + r);
  }
  return rows;
}

TEST_F(Cli, DemoDataIsTheSameForTheSameSeed) {
  TempDir root;
  std::vector<std::vector<std::string>> dumps;
  std::vector<std::string> outputs;
  for (const auto& [name, seed] : std::vector<std::pair<std::string, std::string>>{{"a", "7"}, {"b", "7"}, {"c", "8"}}) {
    const auto dir = root.path() / name;
    ASSERT_TRUE(init_data_dir(dir));
    CommandResult r = run_cli({"demo-data", "--data", dir.string(), "--cases", "40", "--seed", seed});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.out.find("generated 40 cases"), std::string::npos) << r.out;
    outputs.push_back(r.out);
    dumps.push_back(demo_dump(dir));
  }
  ASSERT_GT(dumps[0].size(), 40u);
  EXPECT_EQ(outputs[0], outputs[1]);
  ASSERT_EQ(dumps[0].size(), dumps[1].size());
  for (size_t i = 0; i < dumps[0].size(); ++i) {
    ASSERT_EQ(dumps[0][i], dumps[1][i]) << "row " << i;
  }
  EXPECT_NE(dumps[0], dumps[2]) << "another seed should give other data";
  // Demo data keeps the audit chain intact.
  CommandResult verify = run_cli({"audit", "verify", "--data", (root.path() / "a").string()});
  EXPECT_EQ(verify.exit_code, 0) << verify.err;
}

TEST_F(Cli, AuditVerifyNamesTheFirstEditedEntry) {
  TempDir root;
  const auto dir = root.path() / "data";
  ASSERT_TRUE(init_data_dir(dir));
  ASSERT_TRUE(add_user(dir, {"first.user", "analyst", "BTL-BDBP"}));
  ASSERT_TRUE(add_user(dir, {"second.user", "analyst", "BCH-LS"}));
  CommandResult intact = run_cli({"audit", "verify", "--data", dir.string()});
  ASSERT_EQ(intact.exit_code, 0) << intact.err;
  EXPECT_NE(intact.out.find("audit chain intact: 3 entries"), std::string::npos) << intact.out;
  ASSERT_EQ(query_rows(dir, "SELECT action FROM audit_log WHERE seq = 2"), std::vector<std::string>{"user.create"});

  // The append-only trigger stops a plain UPDATE.
  std::string error;
  EXPECT_NE(exec_sql(dir, "UPDATE audit_log SET actor = 'mallory' WHERE seq = 2", &error), SQLITE_OK);
  EXPECT_NE(error.find("append-only"), std::string::npos) << error;
  EXPECT_EQ(run_cli({"audit", "verify", "--data", dir.string()}).exit_code, 0);

  // An attacker with the file drops the trigger first; the chain still tells.
  ASSERT_EQ(exec_sql(dir, "DROP TRIGGER audit_log_no_update; "
                          "UPDATE audit_log SET detail = '{\"username\":\"mallory\"}' WHERE seq = 2",
                     &error),
            SQLITE_OK)
      << error;
  CommandResult broken = run_cli({"audit", "verify", "--data", dir.string()});
  EXPECT_NE(broken.exit_code, 0);
  EXPECT_EQ(broken.err_lines(), 1u) << broken.err;
  EXPECT_NE(broken.err.find("audit chain broken at entry 2"), std::string::npos) << broken.err;
  EXPECT_TRUE(broken.out.empty()) << broken.out;

  // Re-hashing the edited entry (the hash function is public) moves the
  // break to the next entry, whose link no longer fits; it never disappears.
  audit::Entry edited = read_entry(dir, 2);
  ASSERT_EQ(edited.detail, "{\"username\":\"mallory\"}");
  ASSERT_NE(audit::compute_hash(edited), edited.hash);
  ASSERT_EQ(exec_sql(dir, "UPDATE audit_log SET hash = '" + audit::compute_hash(edited) + "' WHERE seq = 2", &error),
            SQLITE_OK)
      << error;
  CommandResult rehashed = run_cli({"audit", "verify", "--data", dir.string()});
  EXPECT_NE(rehashed.exit_code, 0);
  EXPECT_NE(rehashed.err.find("audit chain broken at entry 3"), std::string::npos) << rehashed.err;
}

}  // namespace
}  // namespace frontline::api_test
