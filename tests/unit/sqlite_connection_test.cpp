// Tests for store/sqlite connections and small repositories: how connections
// are opened (WAL, foreign keys, busy timeout; readers query-only), snapshot
// isolation between the writer and readers, and users and sessions.
#include "store/sqlite/sqlite_store.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <memory>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "raw_sqlite.hpp"
#include "store/audit_append.hpp"
#include "test_support.hpp"

namespace frontline::store::sqlite {
namespace {

using frontline::testing::describe;
using frontline::testing::TestEnv;

class SqliteRepoTest : public ::testing::Test {
 protected:
  void SetUp() override { officer_ = env_.add_user("officer.ls", domain::Role::kFrontlineOfficer, "DBP-LS-HUUNGHI"); }
  TestEnv env_;
  service::Principal officer_;
};

TEST(SqliteConnectionTest, WriterAndReadersAreOpenedWithTheRightPragmas) {
  TestEnv env;
  env.store.reset();
  auto seen = std::make_shared<std::vector<std::string>>();
  Options options;
  options.path = env.db_path();
  options.sealer = env.sealer.get();
  options.fault_hook = [seen](std::string_view sql) -> Status {
    if (sql.find("PRAGMA foreign_keys") != std::string_view::npos) {  // the connection set-up
      seen->emplace_back(sql);
    }
    return {};
  };
  auto store = SqliteStore::open(std::move(options));
  ASSERT_TRUE(store.ok()) << describe(store);
  ASSERT_EQ(seen->size(), 1u);  // the writer
  const std::string writer = seen->at(0);
  EXPECT_NE(writer.find("journal_mode=WAL"), std::string::npos) << writer;
  EXPECT_NE(writer.find("foreign_keys=ON"), std::string::npos) << writer;
  EXPECT_EQ(writer.find("query_only"), std::string::npos) << writer;
  ASSERT_TRUE((*store)->read([](Transaction& tx) { return discard_value(tx.cases().count()); }).ok());
  ASSERT_EQ(seen->size(), 2u);  // a reader was opened for the snapshot
  EXPECT_NE(seen->at(1).find("foreign_keys=ON"), std::string::npos);
  EXPECT_NE(seen->at(1).find("query_only=ON"), std::string::npos) << seen->at(1);
  ASSERT_TRUE((*store)->read([](Transaction& tx) { return discard_value(tx.cases().count()); }).ok());
  EXPECT_EQ(seen->size(), 2u);  // and kept in the pool for the next one
}

TEST_F(SqliteRepoTest, ReadersSeeOnlyCommittedData) {
  auto persons = [&] {
    auto n = read_value<int64_t>(*env_.store, [](Transaction& tx) { return tx.persons().count(); });
    EXPECT_TRUE(n.ok()) << describe(n);
    return n.ok() ? *n : -1;
  };
  int64_t seen_inside = -1;
  Status s = env_.store->write([&](Transaction& tx) -> Status {
    domain::Person p;
    p.identity.full_name = "Lý Thị Sen";
    p.created_at = p.updated_at = env_.clock.now();
    FL_TRY(discard_value(tx.persons().insert(p)));
    FL_ASSIGN_OR_RETURN(int64_t own, tx.persons().count());
    EXPECT_EQ(own, 1);       // the writer sees its own change
    seen_inside = persons();  // a concurrent reader does not, yet
    return {};
  });
  ASSERT_TRUE(s.ok()) << describe(s);
  EXPECT_EQ(seen_inside, 0);
  EXPECT_EQ(persons(), 1);
}

TEST_F(SqliteRepoTest, ConcurrentWritersAndReadersKeepTheChainWhole) {
  constexpr int kWriters = 4;
  constexpr int kEach = 25;
  std::atomic<bool> writing{true};
  std::atomic<int> failures{0};
  std::atomic<int> broken_snapshots{0};
  std::vector<std::thread> threads;
  for (int w = 0; w < kWriters; ++w) {
    threads.emplace_back([&, w] {
      for (int i = 0; i < kEach; ++i) {
        audit::Entry e;
        e.at = env_.clock.now();
        e.actor = "writer" + std::to_string(w);
        e.action = "case.update";
        e.record_type = "case";
        e.record_id = std::to_string(i);
        e.detail = "{}";
        if (!env_.store->write([&](Transaction& tx) { return append_audit(tx, e); }).ok()) {
          ++failures;
        }
      }
    });
  }
  std::thread reader([&] {
    while (writing) {
      auto report = verify_audit(*env_.store);
      if (!report.ok() || report->first_broken_seq) {
        ++broken_snapshots;
      }
    }
  });
  for (auto& t : threads) {
    t.join();
  }
  writing = false;
  reader.join();
  EXPECT_EQ(failures, 0);
  EXPECT_EQ(broken_snapshots, 0);
  auto report = verify_audit(*env_.store);
  ASSERT_TRUE(report.ok());
  EXPECT_EQ(report->entries, kWriters * kEach);
  EXPECT_FALSE(report->first_broken_seq.has_value()) << report->problem;
}

TEST_F(SqliteRepoTest, UsersAndSessions) {
  auto dup = env_.store->write([&](Transaction& tx) -> Status {
    domain::User u;
    u.username = "officer.ls";
    u.unit_id = env_.unit("BCH-LS").id;
    u.roles = {domain::Role::kInvestigator};
    u.password_hash = "x";
    u.created_at = env_.clock.now();
    return discard_value(tx.users().insert(u));
  });
  ASSERT_FALSE(dup.ok());
  EXPECT_EQ(dup.error().code, ErrorCode::kConflict);

  auto found = read_value<std::optional<domain::User>>(
      *env_.store, [&](Transaction& tx) { return tx.users().find_by_username("officer.ls"); });
  ASSERT_TRUE(found.ok() && found->has_value());
  EXPECT_EQ((*found)->unit_code, "DBP-LS-HUUNGHI");
  EXPECT_EQ((*found)->roles, std::set<domain::Role>{domain::Role::kFrontlineOfficer});

  const TimePoint now = env_.clock.now();
  domain::Session live{"hash-live", officer_.user_id, "csrf", now, now + std::chrono::hours(1)};
  domain::Session old{"hash-old", officer_.user_id, "csrf", now - std::chrono::hours(9), now - std::chrono::hours(1)};
  ASSERT_TRUE(env_.store->write([&](Transaction& tx) -> Status {
    FL_TRY(tx.sessions().insert(live));
    FL_TRY(tx.sessions().insert(old));
    return tx.sessions().remove_expired(now);
  }).ok());
  auto find = [&](const std::string& h) {
    auto r = read_value<std::optional<domain::Session>>(*env_.store,
                                                        [&](Transaction& tx) { return tx.sessions().find(h); });
    EXPECT_TRUE(r.ok());
    return r.ok() && r->has_value();
  };
  EXPECT_TRUE(find("hash-live"));
  EXPECT_FALSE(find("hash-old"));
}

}  // namespace
}  // namespace frontline::store::sqlite
