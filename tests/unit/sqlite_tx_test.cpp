// Tests for store/sqlite transactions: a write commits all or nothing (the
// FaultHook fails each statement of a multi-row write in turn, and a failed
// COMMIT), read transactions refuse writes, persons' identities are sealed
// at rest, and the audit log is append-only with a chain that tells.
#include "store/sqlite/sqlite_store.hpp"

#include <gtest/gtest.h>

#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "raw_sqlite.hpp"
#include "store/audit_append.hpp"
#include "test_support.hpp"

namespace frontline::store::sqlite {
namespace {

using frontline::testing::describe;
using frontline::testing::RawDb;
using frontline::testing::TestEnv;

bool is_transaction_control(std::string_view sql) {
  return sql.rfind("BEGIN", 0) == 0 || sql == "COMMIT" || sql == "ROLLBACK";
}

class SqliteTxTest : public ::testing::Test {
 protected:
  void SetUp() override { officer_ = env_.add_user("officer.ls", domain::Role::kFrontlineOfficer, "DBP-LS-HUUNGHI"); }

  // What CaseService::create plus add_person do: a numbered case, its first
  // event, a victim linked to it and an audit entry, in one transaction.
  Status write_case_with_victim() {
    return env_.store->write([&](Transaction& tx) -> Status {
      FL_ASSIGN_OR_RETURN(int64_t seq, tx.cases().next_sequence("LS", 2026));
      domain::Case c;
      c.number = domain::format_case_number("LS", 2026, seq);
      c.title = "Đặng Thị Hồng bị bán sang Trung Quốc";
      c.unit_id = officer_.unit_id;
      c.province_code = "LS";
      c.reported_on = "2026-03-01";
      c.created_by = officer_.user_id;
      c.created_at = c.updated_at = env_.clock.now();
      FL_ASSIGN_OR_RETURN(c.id, tx.cases().insert(c));
      domain::TimelineEvent ev;
      ev.case_id = c.id;
      ev.occurred_at = ev.created_at = env_.clock.now();
      ev.kind = domain::EventKind::kReport;
      ev.description = "case opened";
      ev.created_by = officer_.user_id;
      FL_TRY(discard_value(tx.events().insert(ev)));
      domain::Person p;
      p.identity.full_name = "Đặng Thị Hồng";
      p.created_at = p.updated_at = env_.clock.now();
      FL_ASSIGN_OR_RETURN(p.id, tx.persons().insert(p));
      FL_TRY(tx.persons().link(c.id, p.id, domain::PersonRole::kVictim, env_.clock.now()));
      audit::Entry e;
      e.at = env_.clock.now();
      e.actor_id = officer_.user_id;
      e.actor = officer_.username;
      e.action = "case.create";
      e.record_type = "case";
      e.record_id = std::to_string(c.id);
      e.detail = "{}";
      return append_audit(tx, e);
    });
  }

  // Appends one audit entry in its own transaction.
  void audit(const std::string& action, const std::string& record_id) {
    audit::Entry e;
    e.at = env_.clock.now();
    e.actor = "system";
    e.action = action;
    e.record_type = "case";
    e.record_id = record_id;
    e.detail = R"({"n":)" + record_id + "}";
    Status s = env_.store->write([&](Transaction& tx) { return append_audit(tx, e); });
    ASSERT_TRUE(s.ok()) << describe(s);
  }

  int64_t count(const char* table) {
    RawDb raw(env_.db_path());
    return raw.integer(std::string("SELECT COUNT(*) FROM ") + table);
  }

  TestEnv env_;
  service::Principal officer_;
};

// Installs a hook failing the n-th statement (BEGIN/COMMIT/ROLLBACK not counted).
void fail_statement(SqliteStore& store, int n) {
  auto seen = std::make_shared<int>(0);
  store.set_fault_hook([seen, n](std::string_view sql) -> Status {
    if (is_transaction_control(sql)) {
      return {};
    }
    if (++*seen == n) {
      return Error::unavailable("injected fault at statement " + std::to_string(n));
    }
    return {};
  });
}

TEST_F(SqliteTxTest, SecondStatementFailingLeavesNothingOfTheWrite) {
  const int64_t audit_before = env_.audit_count();
  fail_statement(*env_.store, 2);
  Status s = write_case_with_victim();
  env_.store->set_fault_hook({});
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().code, ErrorCode::kUnavailable);
  EXPECT_NE(s.error().message.find("injected"), std::string::npos);
  EXPECT_EQ(count("cases"), 0);
  EXPECT_EQ(count("persons"), 0);
  EXPECT_EQ(count("case_sequences"), 0);
  EXPECT_EQ(env_.audit_count(), audit_before);
  EXPECT_TRUE(env_.audit_intact());
}

TEST_F(SqliteTxTest, EveryStatementOfAMultiRowWriteFailingLeavesNothing) {
  const int64_t audit_before = env_.audit_count();
  // Fail statement n = 1, 2, ... until n is past the last one and the write succeeds.
  int n = 1;
  for (; n < 100; ++n) {
    fail_statement(*env_.store, n);
    Status s = write_case_with_victim();
    env_.store->set_fault_hook({});
    if (s.ok()) {
      break;
    }
    EXPECT_EQ(s.error().code, ErrorCode::kUnavailable) << "statement " << n << ": " << describe(s);
    EXPECT_EQ(count("cases"), 0) << "statement " << n;
    EXPECT_EQ(count("cases_fts"), 0) << "statement " << n;
    EXPECT_EQ(count("events"), 0) << "statement " << n;
    EXPECT_EQ(count("persons"), 0) << "statement " << n;
    EXPECT_EQ(count("case_persons"), 0) << "statement " << n;
    EXPECT_EQ(count("case_sequences"), 0) << "statement " << n;
    EXPECT_EQ(env_.audit_count(), audit_before) << "statement " << n;
    EXPECT_TRUE(env_.audit_intact()) << "statement " << n;
  }
  EXPECT_GE(n, 9) << "sequence, case, text index, event, person, link and audit are at least 8 statements";
  EXPECT_LT(n, 100);
  // The run that got through is numbered 0001: failed attempts consumed no sequence number.
  RawDb raw(env_.db_path());
  EXPECT_EQ(raw.scalar("SELECT number FROM cases"), "LS-2026-0001");
  EXPECT_EQ(count("persons"), 1);
  EXPECT_EQ(count("case_persons"), 1);
  EXPECT_EQ(env_.audit_count(), audit_before + 1);
  EXPECT_TRUE(env_.audit_intact());
}

TEST_F(SqliteTxTest, FailedCommitRollsBackAndTheStoreStaysUsable) {
  env_.store->set_fault_hook([](std::string_view sql) -> Status {
    if (sql == "COMMIT") {
      return Error::unavailable("disk full at commit");
    }
    return {};
  });
  Status s = write_case_with_victim();
  env_.store->set_fault_hook({});
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().code, ErrorCode::kUnavailable);
  EXPECT_EQ(count("cases"), 0);
  EXPECT_EQ(count("persons"), 0);
  Status again = write_case_with_victim();
  ASSERT_TRUE(again.ok()) << describe(again);
  EXPECT_EQ(count("cases"), 1);
}

TEST_F(SqliteTxTest, CallbackErrorRollsBackEverything) {
  Status s = env_.store->write([&](Transaction& tx) -> Status {
    FL_TRY(discard_value(tx.cases().next_sequence("LS", 2026)));
    domain::Person p;
    p.identity.full_name = "Lê Văn Tám";
    p.created_at = p.updated_at = env_.clock.now();
    FL_TRY(discard_value(tx.persons().insert(p)));
    return Error::invalid_field("title", "too short");
  });
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(count("persons"), 0);
  EXPECT_EQ(count("case_sequences"), 0);
}

TEST_F(SqliteTxTest, ExceptionInCallbackRollsBackAndPropagates) {
  EXPECT_THROW((void)env_.store->write([&](Transaction& tx) -> Status {
                 FL_TRY(discard_value(tx.cases().next_sequence("LS", 2026)));
                 throw std::runtime_error("boom");
               }),
               std::runtime_error);
  EXPECT_EQ(count("case_sequences"), 0);
  EXPECT_TRUE(write_case_with_victim().ok());
}

TEST_F(SqliteTxTest, ReadTransactionRefusesWrites) {
  Status s = env_.store->read([&](Transaction& tx) -> Status {
    domain::Person p;
    p.identity.full_name = "Hoàng Thị Mai";
    p.created_at = p.updated_at = env_.clock.now();
    return discard_value(tx.persons().insert(p));
  });
  EXPECT_FALSE(s.ok());
  Status seq = env_.store->read([&](Transaction& tx) { return discard_value(tx.cases().next_sequence("LS", 2026)); });
  EXPECT_FALSE(seq.ok());
  const int64_t before = env_.audit_count();
  audit::Entry e;
  e.at = env_.clock.now();
  e.action = "case.read";
  Status a = env_.store->read([&](Transaction& tx) { return append_audit(tx, e); });
  EXPECT_FALSE(a.ok());
  EXPECT_EQ(count("persons"), 0);
  EXPECT_EQ(count("case_sequences"), 0);
  EXPECT_EQ(env_.audit_count(), before);
}

TEST_F(SqliteTxTest, ReadersSeeCommittedWrites) {
  ASSERT_TRUE(write_case_with_victim().ok());
  auto n = read_value<int64_t>(*env_.store, [](Transaction& tx) { return tx.cases().count(); });
  ASSERT_TRUE(n.ok());
  EXPECT_EQ(*n, 1);
}

TEST_F(SqliteTxTest, IdentityIsSealedAtRest) {
  domain::Person p;
  p.identity.full_name = "Nguyễn Thị Hồng";
  p.identity.aliases = {"Hồng Nhung"};
  p.identity.date_of_birth = "1999-04";
  p.identity.citizen_id = "001199012345";
  p.identity.phone = "+84 912 345 678";
  p.identity.address = "Bản Vược, Lào Cai";
  p.birth_year = 1999;
  p.sex = domain::Sex::kFemale;
  p.nationality = "VN";
  p.created_at = p.updated_at = env_.clock.now();
  auto id = write_value<int64_t>(*env_.store, [&](Transaction& tx) { return tx.persons().insert(p); });
  ASSERT_TRUE(id.ok()) << describe(id);

  RawDb raw(env_.db_path());
  const std::string blob = raw.scalar("SELECT identity FROM persons WHERE id=" + std::to_string(*id));
  EXPECT_GT(blob.size(), 40u);
  for (const std::string& secret : {std::string("Nguyễn"), std::string("Hồng"), std::string("Hong"),
                                    std::string("001199012345"), std::string("912 345"), std::string("Vược"),
                                    std::string("full_name")}) {
    EXPECT_EQ(blob.find(secret), std::string::npos) << secret;
  }
  // Statistics fields stay in clear.
  EXPECT_EQ(raw.scalar("SELECT birth_year FROM persons"), "1999");
  EXPECT_EQ(raw.scalar("SELECT sex FROM persons"), "female");

  auto got = read_value<domain::Person>(*env_.store, [&](Transaction& tx) { return tx.persons().get(*id); });
  ASSERT_TRUE(got.ok()) << describe(got);
  EXPECT_EQ(got->identity.full_name, "Nguyễn Thị Hồng");
  EXPECT_EQ(got->identity.aliases, std::vector<std::string>{"Hồng Nhung"});
  EXPECT_EQ(got->identity.citizen_id, "001199012345");
  EXPECT_EQ(got->identity.address, "Bản Vược, Lào Cai");
  EXPECT_EQ(got->birth_year, 1999);
}

TEST_F(SqliteTxTest, IdentitySealedWithAnotherKeyIsCorruption) {
  domain::Person p;
  p.identity.full_name = "Trần Văn Nam";
  p.created_at = p.updated_at = env_.clock.now();
  auto id = write_value<int64_t>(*env_.store, [&](Transaction& tx) { return tx.persons().insert(p); });
  ASSERT_TRUE(id.ok());
  env_.store.reset();
  crypto::SecretBox other(frontline::testing::fixed_key(99));
  Options options;
  options.path = env_.db_path();
  options.sealer = &other;
  auto reopened = SqliteStore::open(std::move(options));
  ASSERT_TRUE(reopened.ok());
  auto got = read_value<domain::Person>(**reopened, [&](Transaction& tx) { return tx.persons().get(*id); });
  ASSERT_FALSE(got.ok());
  EXPECT_EQ(got.error().code, ErrorCode::kCorruption);
}

TEST_F(SqliteTxTest, PersonLinksAndVersions) {
  ASSERT_TRUE(write_case_with_victim().ok());
  RawDb raw(env_.db_path());
  const int64_t case_id = raw.integer("SELECT id FROM cases");
  const int64_t person_id = raw.integer("SELECT id FROM persons");
  Status twice = env_.store->write(
      [&](Transaction& tx) { return tx.persons().link(case_id, person_id, domain::PersonRole::kWitness, {}); });
  ASSERT_FALSE(twice.ok());
  EXPECT_EQ(twice.error().code, ErrorCode::kConflict);

  auto p = read_value<domain::Person>(*env_.store, [&](Transaction& tx) { return tx.persons().get(person_id); });
  ASSERT_TRUE(p.ok());
  domain::Person stale = *p;
  domain::Person next = *p;
  next.identity.full_name = "Đặng Thị Hồng Nhung";
  next.version = 2;
  ASSERT_TRUE(env_.store->write([&](Transaction& tx) { return tx.persons().update(next); }).ok());
  stale.version = 2;
  Status lost = env_.store->write([&](Transaction& tx) { return tx.persons().update(stale); });
  ASSERT_FALSE(lost.ok());
  EXPECT_EQ(lost.error().code, ErrorCode::kConflict);

  ASSERT_TRUE(env_.store->write([&](Transaction& tx) { return tx.persons().unlink(case_id, person_id); }).ok());
  Status gone = env_.store->write([&](Transaction& tx) { return tx.persons().unlink(case_id, person_id); });
  ASSERT_FALSE(gone.ok());
  EXPECT_EQ(gone.error().code, ErrorCode::kNotFound);
}

TEST_F(SqliteTxTest, AuditLogIsAppendOnly) {
  audit("case.create", "1");
  audit("case.update", "1");
  RawDb raw(env_.db_path());
  EXPECT_NE(raw.exec("UPDATE audit_log SET detail='{}' WHERE seq=1"), SQLITE_OK);
  EXPECT_NE(raw.last_error().find("append-only"), std::string::npos) << raw.last_error();
  EXPECT_NE(raw.exec("DELETE FROM audit_log WHERE seq=2"), SQLITE_OK);
  EXPECT_EQ(env_.audit_count(), 2);
  EXPECT_TRUE(env_.audit_intact());
}

TEST_F(SqliteTxTest, VerifierFindsEntriesEditedOnDisk) {
  for (int i = 1; i <= 4; ++i) {
    audit("case.update", std::to_string(i));
  }
  ASSERT_TRUE(env_.audit_intact());
  RawDb raw(env_.db_path());
  ASSERT_EQ(raw.exec("DROP TRIGGER audit_log_no_update"), SQLITE_OK);
  ASSERT_EQ(raw.exec("UPDATE audit_log SET record_id='99' WHERE seq=3"), SQLITE_OK);
  auto report = verify_audit(*env_.store);
  ASSERT_TRUE(report.ok());
  EXPECT_EQ(report->first_broken_seq, 3);
}

TEST_F(SqliteTxTest, VerifierFindsATamperedOutcomeOrTime) {
  for (int i = 1; i <= 3; ++i) {
    audit("session.login", std::to_string(i));
  }
  RawDb raw(env_.db_path());
  ASSERT_EQ(raw.exec("DROP TRIGGER audit_log_no_update"), SQLITE_OK);
  ASSERT_EQ(raw.exec("UPDATE audit_log SET outcome='granted' WHERE seq=2"), SQLITE_OK);
  auto report = verify_audit(*env_.store);
  ASSERT_TRUE(report.ok());
  EXPECT_EQ(report->first_broken_seq, 2);
  ASSERT_EQ(raw.exec("UPDATE audit_log SET outcome='ok', at='not a time' WHERE seq=2"), SQLITE_OK);
  report = verify_audit(*env_.store);
  ASSERT_TRUE(report.ok());
  EXPECT_EQ(report->first_broken_seq, 2);
}

TEST_F(SqliteTxTest, VerifierFindsADeletedEntry) {
  for (int i = 1; i <= 4; ++i) {
    audit("case.update", std::to_string(i));
  }
  RawDb raw(env_.db_path());
  ASSERT_EQ(raw.exec("DROP TRIGGER audit_log_no_delete"), SQLITE_OK);
  ASSERT_EQ(raw.exec("DELETE FROM audit_log WHERE seq=2"), SQLITE_OK);
  auto report = verify_audit(*env_.store);
  ASSERT_TRUE(report.ok());
  EXPECT_EQ(report->first_broken_seq, 3);
}

TEST_F(SqliteTxTest, AuditQueryNewestFirstWithFilters) {
  audit("case.create", "1");
  audit("person.identity.read", "2");
  audit("case.update", "1");
  auto all = env_.audit_entries();
  ASSERT_EQ(all.size(), 3u);
  EXPECT_EQ(all[0].seq, 3);
  EXPECT_EQ(all[2].seq, 1);
  auto cases = env_.audit_entries("case.");
  ASSERT_EQ(cases.size(), 2u);
  EXPECT_EQ(cases[0].action, "case.update");
  EXPECT_EQ(cases[1].action, "case.create");
  EXPECT_TRUE(env_.audit_entries("user.").empty());
}

}  // namespace
}  // namespace frontline::store::sqlite
