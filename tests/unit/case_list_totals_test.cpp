// Case list totals are cached per data generation (store/sqlite/count_cache):
// these tests check that a cached total is never stale — after a new case, a
// changed case, a rolled-back write, a change to the unit tree, or a change
// made by another connection — and that free-text pages come newest first.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include "service/case_service.hpp"
#include "store/sqlite/count_cache.hpp"
#include "test_support.hpp"

namespace frontline::store::sqlite {
namespace {

using testing::TestEnv;

TEST(CountCache, AnswersOnlyForTheSameGeneration) {
  CountCache cache(4);
  cache.put("a", 1, 10);
  EXPECT_EQ(cache.find("a", 1), 10);
  EXPECT_FALSE(cache.find("a", 2).has_value());
  EXPECT_FALSE(cache.find("b", 1).has_value());
  cache.put("a", 2, 11);
  EXPECT_EQ(cache.find("a", 2), 11);
  EXPECT_FALSE(cache.find("a", 1).has_value());
}

TEST(CountCache, StaysWithinCapacity) {
  CountCache cache(3);
  cache.put("old", 1, 1);
  cache.put("a", 2, 1);
  cache.put("b", 2, 2);
  cache.put("c", 2, 3);  // full: the entry of generation 1 goes first
  EXPECT_FALSE(cache.find("old", 1).has_value());
  EXPECT_EQ(cache.find("a", 2), 1);
  EXPECT_EQ(cache.find("c", 2), 3);
  cache.put("d", 2, 4);  // full of one generation: starts again
  EXPECT_EQ(cache.find("d", 2), 4);
}

class CaseListTotals : public ::testing::Test {
 protected:
  CaseListTotals()
      : cases(*env.store, *env.vault, env.clock),
        hq(env.add_user("hq.analyst", domain::Role::kAnalyst, "BTL-BDBP")),
        officer(env.add_user("ls.officer", domain::Role::kInvestigator, "BCH-LS")) {}

  domain::Case create(const std::string& title, domain::TraffickingForm form) {
    domain::CaseDraft d;
    d.title = title;
    d.summary = "Tin báo về việc đưa người sang Campuchia";
    d.trafficking_form = form;
    auto c = cases.create(officer, d);
    EXPECT_TRUE(c.ok()) << testing::describe(c);
    return c.ok() ? *c : domain::Case{};
  }

  int64_t total(const service::Principal& who, domain::CaseFilter f = {}) {
    auto page = cases.list(who, f);
    EXPECT_TRUE(page.ok()) << testing::describe(page);
    return page.ok() ? page->total : -1;
  }

  TestEnv env;
  service::CaseService cases;
  service::Principal hq;
  service::Principal officer;
};

TEST_F(CaseListTotals, FollowNewAndChangedCases) {
  domain::CaseFilter labour;
  labour.trafficking_form = domain::TraffickingForm::kForcedLabour;
  EXPECT_EQ(total(hq), 0);
  create("Một", domain::TraffickingForm::kForcedLabour);
  EXPECT_EQ(total(hq), 1);
  EXPECT_EQ(total(hq, labour), 1);
  EXPECT_EQ(total(hq, labour), 1);  // answered from the cache
  auto second = create("Hai", domain::TraffickingForm::kSexualExploitation);
  EXPECT_EQ(total(hq), 2);
  EXPECT_EQ(total(hq, labour), 1);
  domain::CasePatch patch;
  patch.trafficking_form = domain::TraffickingForm::kForcedLabour;
  ASSERT_TRUE(cases.update(officer, second.id, patch).ok());
  EXPECT_EQ(total(hq, labour), 2);
}

TEST_F(CaseListTotals, IgnoreRolledBackWrites) {
  create("Một", domain::TraffickingForm::kOther);
  EXPECT_EQ(total(hq), 1);
  // A write that inserts a case and then fails leaves nothing, and the total
  // read afterwards (at the same generation as before) is still right.
  Status failed = env.store->write([&](store::Transaction& tx) -> Status {
    auto c = tx.cases().get(1);
    EXPECT_TRUE(c.ok());
    domain::Case copy = *c;
    copy.number = "LS-2026-9999";
    FL_TRY(discard_value(tx.cases().insert(copy)));
    auto inside = tx.cases().list(domain::CaseFilter{}, store::CaseScope{});
    EXPECT_TRUE(inside.ok() && inside->total == 2);
    return Error::internal("abandon");
  });
  EXPECT_FALSE(failed.ok());
  EXPECT_EQ(total(hq), 1);
  create("Hai", domain::TraffickingForm::kOther);
  EXPECT_EQ(total(hq), 2);
}

TEST_F(CaseListTotals, FollowChangesMadeByAnotherConnection) {
  create("Một", domain::TraffickingForm::kOther);
  create("Hai", domain::TraffickingForm::kOther);
  EXPECT_EQ(total(hq), 2);
  domain::CaseFilter organ;
  organ.trafficking_form = domain::TraffickingForm::kOrganRemoval;
  EXPECT_EQ(total(hq, organ), 0);  // now cached
  sqlite3* other = nullptr;
  ASSERT_EQ(sqlite3_open(env.db_path().c_str(), &other), SQLITE_OK);
  char* err = nullptr;
  int rc = sqlite3_exec(other, "UPDATE cases SET trafficking_form = 'organ_removal' WHERE id = 1", nullptr, nullptr, &err);
  EXPECT_EQ(rc, SQLITE_OK) << (err ? err : "");
  sqlite3_free(err);
  sqlite3_close(other);
  EXPECT_EQ(total(hq, organ), 1);
}

TEST_F(CaseListTotals, FollowTheUnitTree) {
  create("Một", domain::TraffickingForm::kOther);
  EXPECT_EQ(total(officer), 1);
  // Moving the officer's command under another branch changes what the
  // scope prefix matches; the cached total must not survive it.
  sqlite3* other = nullptr;
  ASSERT_EQ(sqlite3_open(env.db_path().c_str(), &other), SQLITE_OK);
  char* err = nullptr;
  int rc = sqlite3_exec(other, "UPDATE units SET path = '/moved' || path WHERE code = 'BCH-LS'", nullptr, nullptr,
                        &err);
  EXPECT_EQ(rc, SQLITE_OK) << (err ? err : "");
  sqlite3_free(err);
  sqlite3_close(other);
  EXPECT_EQ(total(officer), 0);
}

TEST_F(CaseListTotals, FreeTextPagesComeNewestFirst) {
  for (int i = 0; i < 5; ++i) {
    create("Đường dây số " + std::to_string(i), domain::TraffickingForm::kForcedCriminality);
  }
  domain::CaseFilter f;
  f.text = "CAMPUCHIA \"quoted";  // accent- and case-insensitive; a stray quote is not an error
  f.limit = 2;
  f.offset = 1;
  auto page = cases.list(hq, f);
  ASSERT_TRUE(page.ok()) << testing::describe(page);
  f.text = "campuchia";
  auto plain = cases.list(hq, f);
  ASSERT_TRUE(plain.ok());
  EXPECT_EQ(plain->total, 5);
  ASSERT_EQ(plain->items.size(), 2u);
  EXPECT_GT(plain->items[0].id, plain->items[1].id);
  EXPECT_EQ(plain->items[0].title, "Đường dây số 3");
}

}  // namespace
}  // namespace frontline::store::sqlite
