// Tests for store/sqlite: migrations and schema version, WAL and foreign
// keys, cases (round trip, optimistic versions, numbers), the case list with
// every filter, the caller's scope and folded free text, and users/sessions.
// Transactions, fault injection and sealing are in sqlite_tx_test.cpp.
#include "store/sqlite/sqlite_store.hpp"

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

#include "raw_sqlite.hpp"
#include "store/sqlite/migrations.hpp"
#include "test_support.hpp"

namespace frontline::store::sqlite {
namespace {

using frontline::testing::describe;
using frontline::testing::RawDb;
using frontline::testing::TestEnv;
using domain::CaseStatus;
using domain::TraffickingForm;

class SqliteStoreTest : public ::testing::Test {
 protected:
  void SetUp() override { officer_ = env_.add_user("officer.ls", domain::Role::kFrontlineOfficer, "DBP-LS-HUUNGHI"); }

  domain::Case draft(const std::string& number, const std::string& unit_code, const std::string& province,
                     CaseStatus status = CaseStatus::kReported,
                     TraffickingForm form = TraffickingForm::kForcedMarriage,
                     const std::string& reported_on = "2026-03-01", const std::string& title = "Vụ việc mẫu") {
    domain::Case c;
    c.number = number;
    c.title = title;
    c.summary = "Tóm tắt";
    c.status = status;
    c.trafficking_form = form;
    c.unit_id = env_.unit(unit_code).id;
    c.province_code = province;
    c.reported_on = reported_on;
    c.created_by = officer_.user_id;
    c.created_at = env_.clock.now();
    c.updated_at = env_.clock.now();
    return c;
  }

  Result<int64_t> insert(const domain::Case& c) {
    return write_value<int64_t>(*env_.store, [&](Transaction& tx) { return tx.cases().insert(c); });
  }
  Result<domain::Case> get(int64_t id) {
    return read_value<domain::Case>(*env_.store, [&](Transaction& tx) { return tx.cases().get(id); });
  }
  // Numbers of the cases a list returns, in order.
  std::vector<std::string> list(const domain::CaseFilter& f, const CaseScope& scope = {}) {
    auto page = read_value<domain::CasePage>(*env_.store, [&](Transaction& tx) { return tx.cases().list(f, scope); });
    EXPECT_TRUE(page.ok()) << describe(page);
    std::vector<std::string> out;
    if (page.ok()) {
      for (const auto& c : page->items) {
        out.push_back(c.number);
      }
      EXPECT_GE(page->total, static_cast<int64_t>(out.size()));
    }
    return out;
  }

  TestEnv env_;
  service::Principal officer_;
};

TEST_F(SqliteStoreTest, MigrationsAppliedAndVersionRecorded) {
  const auto& all = all_migrations();
  ASSERT_FALSE(all.empty());
  EXPECT_EQ(all.front().version, 1);
  for (size_t i = 1; i < all.size(); ++i) {
    EXPECT_LT(all[i - 1].version, all[i].version);
  }
  EXPECT_EQ(env_.store->schema_version(), all.back().version);
  RawDb raw(env_.db_path());
  ASSERT_TRUE(raw.is_open());
  EXPECT_EQ(raw.integer("SELECT MAX(version) FROM schema_migrations"), all.back().version);
  EXPECT_EQ(raw.integer("SELECT COUNT(*) FROM schema_migrations"), static_cast<long long>(all.size()));
  for (const char* table : {"cases", "persons", "case_persons", "audit_log", "users", "sessions", "cases_fts"}) {
    EXPECT_EQ(raw.integer(std::string("SELECT COUNT(*) FROM sqlite_master WHERE name='") + table + "'"), 1) << table;
  }
}

TEST_F(SqliteStoreTest, ReopeningKeepsDataAndDoesNotReapplyMigrations) {
  auto id = insert(draft("LS-2026-0001", "DBP-LS-HUUNGHI", "LS"));
  ASSERT_TRUE(id.ok()) << describe(id);
  const int version = env_.store->schema_version();
  env_.reopen();
  EXPECT_EQ(env_.store->schema_version(), version);
  RawDb raw(env_.db_path());
  EXPECT_EQ(raw.integer("SELECT COUNT(*) FROM schema_migrations"), static_cast<long long>(all_migrations().size()));
  auto c = get(*id);
  ASSERT_TRUE(c.ok()) << describe(c);
  EXPECT_EQ(c->number, "LS-2026-0001");
}

// A migration that landed after a newer one (branches merged out of order)
// still runs when the store opens.
TEST_F(SqliteStoreTest, MissingOlderMigrationIsAppliedOnOpen) {
  env_.store.reset();
  {
    RawDb raw(env_.db_path());
    ASSERT_EQ(raw.exec("DROP INDEX events_newest; DELETE FROM schema_migrations WHERE version=4"), SQLITE_OK)
        << raw.last_error();
  }
  env_.reopen();
  RawDb raw(env_.db_path());
  EXPECT_EQ(raw.integer("SELECT COUNT(*) FROM schema_migrations WHERE version=4"), 1);
  EXPECT_EQ(raw.integer("SELECT COUNT(*) FROM sqlite_master WHERE name='events_newest'"), 1);
  EXPECT_EQ(env_.store->schema_version(), all_migrations().back().version);
}

TEST_F(SqliteStoreTest, NewerSchemaThanTheProgramIsCorruption) {
  env_.store.reset();
  {
    RawDb raw(env_.db_path());
    ASSERT_EQ(raw.exec("INSERT INTO schema_migrations(version, name, applied_at) "
                       "VALUES (9999, 'future', '2030-01-01T00:00:00Z')"),
              SQLITE_OK)
        << raw.last_error();
  }
  Options options;
  options.path = env_.db_path();
  options.sealer = env_.sealer.get();
  auto opened = SqliteStore::open(std::move(options));
  ASSERT_FALSE(opened.ok());
  EXPECT_EQ(opened.error().code, ErrorCode::kCorruption);
}

TEST_F(SqliteStoreTest, OpenWithoutSealerOrInUnreachablePlaceFails) {
  Options no_sealer;
  no_sealer.path = env_.dir.path() / "other.db";
  EXPECT_FALSE(SqliteStore::open(std::move(no_sealer)).ok());
  Options bad_path;
  bad_path.path = env_.dir.path() / "no" / "such" / "dir" / "x.db";
  bad_path.sealer = env_.sealer.get();
  auto r = SqliteStore::open(std::move(bad_path));
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::kUnavailable);
}

TEST_F(SqliteStoreTest, DatabaseUsesWriteAheadLog) {
  RawDb raw(env_.db_path());
  EXPECT_EQ(raw.scalar("PRAGMA journal_mode"), "wal");
}

TEST_F(SqliteStoreTest, ForeignKeysAreEnforced) {
  domain::Case c = draft("LS-2026-0001", "DBP-LS-HUUNGHI", "LS");
  c.unit_id = 999999;
  auto r = insert(c);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument) << describe(r);

  domain::Case bad_province = draft("LS-2026-0002", "DBP-LS-HUUNGHI", "ZZ");
  EXPECT_FALSE(insert(bad_province).ok());

  auto link = env_.store->write(
      [&](Transaction& tx) { return tx.persons().link(424242, 434343, domain::PersonRole::kVictim, env_.clock.now()); });
  EXPECT_FALSE(link.ok());
  auto count = read_value<int64_t>(*env_.store, [](Transaction& tx) { return tx.cases().count(); });
  ASSERT_TRUE(count.ok());
  EXPECT_EQ(*count, 0);
}

TEST_F(SqliteStoreTest, CaseRoundTripsEveryField) {
  domain::Case c = draft("LS-2026-0007", "DBP-LS-TANTHANH", "LS", CaseStatus::kUnderVerification,
                         TraffickingForm::kForcedCriminality, "2026-02-10", "Lừa đảo trực tuyến ở Myanmar");
  c.route.origin_country = "VN";
  c.route.transit_countries = {"LA", "TH"};
  c.route.destination_country = "MM";
  c.route.border_crossing = "Cửa khẩu Tân Thanh";
  c.recruitment.channel = domain::RecruitmentChannel::kOnlinePlatform;
  c.recruitment.platform = "facebook";
  c.recruitment.platform_name = "Việc nhẹ lương cao";
  auto id = insert(c);
  ASSERT_TRUE(id.ok()) << describe(id);
  auto got = get(*id);
  ASSERT_TRUE(got.ok()) << describe(got);
  EXPECT_EQ(got->id, *id);
  EXPECT_EQ(got->number, c.number);
  EXPECT_EQ(got->title, c.title);
  EXPECT_EQ(got->summary, c.summary);
  EXPECT_EQ(got->status, CaseStatus::kUnderVerification);
  EXPECT_EQ(got->trafficking_form, TraffickingForm::kForcedCriminality);
  EXPECT_EQ(got->unit_id, c.unit_id);
  EXPECT_EQ(got->unit_code, "DBP-LS-TANTHANH");
  EXPECT_EQ(got->province_code, "LS");
  EXPECT_EQ(got->reported_on, "2026-02-10");
  EXPECT_EQ(got->route.origin_country, "VN");
  EXPECT_EQ(got->route.transit_countries, (std::vector<std::string>{"LA", "TH"}));
  EXPECT_EQ(got->route.destination_country, "MM");
  EXPECT_EQ(got->route.border_crossing, "Cửa khẩu Tân Thanh");
  EXPECT_EQ(got->recruitment.channel, domain::RecruitmentChannel::kOnlinePlatform);
  EXPECT_EQ(got->recruitment.platform, "facebook");
  EXPECT_EQ(got->recruitment.platform_name, "Việc nhẹ lương cao");
  EXPECT_FALSE(got->merged_into.has_value());
  EXPECT_EQ(got->created_by, officer_.user_id);
  EXPECT_EQ(got->created_at, env_.clock.now());
  EXPECT_EQ(got->version, 1);
}

TEST_F(SqliteStoreTest, MissingCaseIsNotFound) {
  auto r = get(12345);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::kNotFound);
}

TEST_F(SqliteStoreTest, DuplicateNumberIsConflict) {
  ASSERT_TRUE(insert(draft("LS-2026-0001", "DBP-LS-HUUNGHI", "LS")).ok());
  auto again = insert(draft("LS-2026-0001", "DBP-LS-CHIMA", "LS"));
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code, ErrorCode::kConflict);
}

TEST_F(SqliteStoreTest, UpdateNeedsTheNextVersion) {
  auto id = insert(draft("LS-2026-0001", "DBP-LS-HUUNGHI", "LS"));
  ASSERT_TRUE(id.ok());
  auto c = get(*id);
  ASSERT_TRUE(c.ok());
  domain::Case changed = *c;
  changed.title = "Tiêu đề mới";
  changed.status = CaseStatus::kDismissed;
  changed.version = 2;
  ASSERT_TRUE(env_.store->write([&](Transaction& tx) { return tx.cases().update(changed); }).ok());
  auto reread = get(*id);
  ASSERT_TRUE(reread.ok());
  EXPECT_EQ(reread->title, "Tiêu đề mới");
  EXPECT_EQ(reread->status, CaseStatus::kDismissed);
  EXPECT_EQ(reread->version, 2);

  // A writer still holding version 1 loses.
  domain::Case stale = *c;
  stale.title = "Ghi đè";
  stale.version = 2;
  Status s = env_.store->write([&](Transaction& tx) { return tx.cases().update(stale); });
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().code, ErrorCode::kConflict);
  EXPECT_EQ(get(*id)->title, "Tiêu đề mới");
}

TEST_F(SqliteStoreTest, SequencesCountPerPrefixAndYear) {
  auto next = [&](const std::string& prefix, int year) {
    auto r = write_value<int64_t>(*env_.store, [&](Transaction& tx) { return tx.cases().next_sequence(prefix, year); });
    EXPECT_TRUE(r.ok()) << describe(r);
    return r.ok() ? *r : -1;
  };
  EXPECT_EQ(next("LS", 2026), 1);
  EXPECT_EQ(next("LS", 2026), 2);
  EXPECT_EQ(next("QN", 2026), 1);
  EXPECT_EQ(next("LS", 2027), 1);
  EXPECT_EQ(next("LS", 2026), 3);
}

class CaseListTest : public SqliteStoreTest {
 protected:
  void SetUp() override {
    SqliteStoreTest::SetUp();
    // Lạng Sơn: two posts; Quảng Ninh: one; Tuyên Quang filed under former Hà Giang ("02").
    add(draft("LS-2026-0001", "DBP-LS-HUUNGHI", "LS", CaseStatus::kReported, TraffickingForm::kForcedMarriage,
              "2026-01-05", "Đặng Thị Hồng bị bán sang Trung Quốc"));
    add(draft("LS-2026-0002", "DBP-LS-CHIMA", "LS", CaseStatus::kUnderVerification,
              TraffickingForm::kForcedLabour, "2026-02-10", "Lao động cưỡng bức tại xưởng may"));
    add(draft("LS-2026-0003", "BCH-LS", "LS", CaseStatus::kDismissed, TraffickingForm::kForcedMarriage,
              "2026-03-01", "Môi giới hôn nhân trái phép"));
    add(draft("QN-2026-0001", "DBP-QN-MONGCAI", "QN", CaseStatus::kReported,
              TraffickingForm::kSexualExploitation, "2026-02-20", "Nguyễn Văn Đức dụ dỗ qua Móng Cái"));
    add(draft("TQ-2026-0001", "DBP-TQ-THANHTHUY", "02", CaseStatus::kUnderInvestigation,
              TraffickingForm::kForcedCriminality, "2025-12-30", "Lừa sang Campuchia làm việc online"));
  }
  void add(const domain::Case& c) {
    auto id = insert(c);
    ASSERT_TRUE(id.ok()) << c.number << ": " << describe(id);
  }
};

TEST_F(CaseListTest, NoFilterListsAllNewestFirst) {
  EXPECT_EQ(list({}), (std::vector<std::string>{"TQ-2026-0001", "QN-2026-0001", "LS-2026-0003", "LS-2026-0002",
                                                "LS-2026-0001"}));
}

TEST_F(CaseListTest, FiltersByStatus) {
  domain::CaseFilter f;
  f.statuses = {CaseStatus::kReported};
  EXPECT_EQ(list(f), (std::vector<std::string>{"QN-2026-0001", "LS-2026-0001"}));
  f.statuses = {CaseStatus::kDismissed, CaseStatus::kUnderInvestigation};
  EXPECT_EQ(list(f), (std::vector<std::string>{"TQ-2026-0001", "LS-2026-0003"}));
}

TEST_F(CaseListTest, UnitFilterIncludesTheUnitsBelow) {
  domain::CaseFilter f;
  f.unit_code = "BCH-LS";
  EXPECT_EQ(list(f), (std::vector<std::string>{"LS-2026-0003", "LS-2026-0002", "LS-2026-0001"}));
  f.unit_code = "DBP-LS-CHIMA";
  EXPECT_EQ(list(f), (std::vector<std::string>{"LS-2026-0002"}));
  f.unit_code = "BTL-BDBP";
  EXPECT_EQ(list(f).size(), 5u);
}

TEST_F(CaseListTest, CurrentProvinceMatchesItsFormerParts) {
  domain::CaseFilter f;
  f.province_code = "TQ";
  EXPECT_EQ(list(f), (std::vector<std::string>{"TQ-2026-0001"}));
  f.province_code = "02";
  EXPECT_EQ(list(f), (std::vector<std::string>{"TQ-2026-0001"}));
  f.province_code = "QN";
  EXPECT_EQ(list(f), (std::vector<std::string>{"QN-2026-0001"}));
}

TEST_F(CaseListTest, FiltersByFormAndReportedRange) {
  domain::CaseFilter f;
  f.trafficking_form = TraffickingForm::kForcedMarriage;
  EXPECT_EQ(list(f), (std::vector<std::string>{"LS-2026-0003", "LS-2026-0001"}));
  domain::CaseFilter range;
  range.reported_from = "2026-02-10";
  range.reported_to = "2026-02-20";
  EXPECT_EQ(list(range), (std::vector<std::string>{"QN-2026-0001", "LS-2026-0002"}));  // both ends inclusive
}

TEST_F(CaseListTest, ScopePrefixHidesSiblingProvinces) {
  CaseScope ls{env_.unit("BCH-LS").path};
  EXPECT_EQ(list({}, ls), (std::vector<std::string>{"LS-2026-0003", "LS-2026-0002", "LS-2026-0001"}));
  CaseScope post{env_.unit("DBP-LS-HUUNGHI").path};
  EXPECT_EQ(list({}, post), (std::vector<std::string>{"LS-2026-0001"}));
  CaseScope qn{env_.unit("BCH-QN").path};
  domain::CaseFilter f;
  f.unit_code = "BCH-LS";  // asking for another province's unit inside one's own scope finds nothing
  EXPECT_TRUE(list(f, qn).empty());
}

TEST_F(CaseListTest, FreeTextIsFoldedAndPrefixed) {
  domain::CaseFilter f;
  f.text = "dang thi hong";
  EXPECT_EQ(list(f), (std::vector<std::string>{"LS-2026-0001"}));
  f.text = "ĐẶNG";
  EXPECT_EQ(list(f), (std::vector<std::string>{"LS-2026-0001"}));
  f.text = "Nguye\xCC\x82\xCC\x83n";  // decomposed
  EXPECT_EQ(list(f), (std::vector<std::string>{"QN-2026-0001"}));
  f.text = "campu";  // prefix of "campuchia"
  EXPECT_EQ(list(f), (std::vector<std::string>{"TQ-2026-0001"}));
  f.text = "LS-2026-0002";  // the number is searchable
  EXPECT_EQ(list(f), (std::vector<std::string>{"LS-2026-0002"}));
  f.text = "hong kong";
  EXPECT_TRUE(list(f).empty());
  f.text = "?!";
  EXPECT_TRUE(list(f).empty());
}

TEST_F(CaseListTest, TextCombinesWithScope) {
  domain::CaseFilter f;
  f.text = "nguyen van duc";
  EXPECT_TRUE(list(f, CaseScope{env_.unit("BCH-LS").path}).empty());
  EXPECT_EQ(list(f, CaseScope{env_.unit("BCH-QN").path}).size(), 1u);
}

TEST_F(CaseListTest, PagesReportTheTotal) {
  domain::CaseFilter f;
  f.limit = 2;
  f.offset = 1;
  auto page = read_value<domain::CasePage>(*env_.store, [&](Transaction& tx) { return tx.cases().list(f, {}); });
  ASSERT_TRUE(page.ok()) << describe(page);
  EXPECT_EQ(page->total, 5);
  ASSERT_EQ(page->items.size(), 2u);
  EXPECT_EQ(page->items[0].number, "QN-2026-0001");
  EXPECT_EQ(page->items[1].number, "LS-2026-0003");
  f.offset = 5;
  auto past = read_value<domain::CasePage>(*env_.store, [&](Transaction& tx) { return tx.cases().list(f, {}); });
  ASSERT_TRUE(past.ok());
  EXPECT_TRUE(past->items.empty());
  EXPECT_EQ(past->total, 5);
}

TEST_F(CaseListTest, UpdatedTextIsReindexed) {
  domain::CaseFilter f;
  f.text = "xuong may";
  auto ids = list(f);
  ASSERT_EQ(ids.size(), 1u);
  auto page = read_value<domain::CasePage>(*env_.store, [&](Transaction& tx) { return tx.cases().list(f, {}); });
  ASSERT_TRUE(page.ok());
  domain::Case c = page->items.at(0);
  c.title = "Lao động cưỡng bức tại công trường";
  c.version += 1;
  ASSERT_TRUE(env_.store->write([&](Transaction& tx) { return tx.cases().update(c); }).ok());
  EXPECT_TRUE(list(f).empty());
  f.text = "cong truong";
  EXPECT_EQ(list(f), (std::vector<std::string>{"LS-2026-0002"}));
}

// Migration 5 splits the move out of the text of status changes written
// before it: "from → to" and "from → to: note".
TEST(EventStatusMigration, SplitsOldStatusChangeTexts) {
  frontline::testing::TempDir dir;
  const auto path = dir.path() / "old.db";
  sqlite3* db = nullptr;  // RawDb opens existing files only
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  sqlite3_close(db);
  RawDb raw(path);
  ASSERT_TRUE(raw.is_open());
  ASSERT_EQ(raw.exec("CREATE TABLE events(id INTEGER PRIMARY KEY, kind TEXT, description TEXT);"
                     "INSERT INTO events VALUES (1, 'status_change', 'reported → under_verification'),"
                     " (2, 'status_change', 'under_verification → dismissed: nguồn tin sai: không có thật'),"
                     " (3, 'note', 'a → b: ghi chú'),"
                     " (4, 'status_change', 'không theo mẫu');"),
            SQLITE_OK)
      << raw.last_error();
  const Migration* m5 = nullptr;
  for (const auto& m : all_migrations()) {
    m5 = m.version == 5 ? &m : m5;
  }
  ASSERT_NE(m5, nullptr);
  ASSERT_EQ(raw.exec(m5->sql), SQLITE_OK) << raw.last_error();
  auto row = [&](int id) {
    const std::string where = " FROM events WHERE id=" + std::to_string(id);
    return raw.scalar("SELECT status_from" + where) + "|" + raw.scalar("SELECT status_to" + where) + "|" +
           raw.scalar("SELECT description" + where);
  };
  EXPECT_EQ(row(1), "reported|under_verification|");
  EXPECT_EQ(row(2), "under_verification|dismissed|nguồn tin sai: không có thật");
  EXPECT_EQ(row(3), "<null>|<null>|a → b: ghi chú");
  EXPECT_EQ(row(4), "<null>|<null>|không theo mẫu");
}

}  // namespace
}  // namespace frontline::store::sqlite
