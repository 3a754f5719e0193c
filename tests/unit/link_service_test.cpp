// Cross-case links: proposals raised on writes and by the batch scan
// (duplicates, shared identifiers), review in scope, merge with undo, audit.
#include "service/link_service.hpp"

#include "raw_sqlite.hpp"
#include "service_fixture.hpp"

namespace frontline::testing {
namespace {

class LinkServiceTest : public ServiceTest {
 protected:
  void SetUp() override {
    ServiceTest::SetUp();
    ASSERT_TRUE(index.rebuild().ok());
    index.set_alerts(true);
    cases.set_index_sink(&index);
    first = make_case("Vụ thứ nhất: lừa bán sang Campuchia");
    second = make_case("Vụ thứ hai: môi giới việc làm giả");
  }

  int64_t add(const domain::Case& c, const std::string& name, const std::string& dob, const std::string& phone,
              domain::PersonRole role = domain::PersonRole::kSuspect) {
    domain::PersonDraft d = person(name);
    d.identity.date_of_birth = dob;
    d.identity.citizen_id = "";
    d.identity.phone = phone;
    d.sex = domain::Sex::kMale;
    auto p = cases.add_person(officer, c.id, d, role);
    EXPECT_TRUE(p.ok()) << describe(p);
    return p.ok() ? p->person.id : 0;
  }

  std::vector<service::LinkView> open_links(const service::Principal& who) {
    domain::LinkFilter f;
    f.status = domain::LinkStatus::kOpen;
    auto page = links.list(who, f);
    EXPECT_TRUE(page.ok()) << describe(page);
    return page.ok() ? page->items : std::vector<service::LinkView>{};
  }

  int64_t case_links(int64_t person_id) {
    return RawDb(env.db_path()).integer("SELECT COUNT(*) FROM case_persons WHERE person_id=" + std::to_string(person_id));
  }

  service::ScreeningIndex index{*env.store, env.clock};
  service::LinkService links{*env.store, env.clock, &index};
  domain::Case first, second;
};

TEST_F(LinkServiceTest, ATwiceEnteredPersonIsProposedAsADuplicate) {
  int64_t a = add(first, "Lý Văn Quyết", "1979-08-15", "");
  int64_t b = add(second, "Ly Van Quyet", "1979-08-15", "");
  auto open = open_links(investigator);
  ASSERT_EQ(open.size(), 1u);
  const auto& v = open[0];
  EXPECT_EQ(v.proposal.kind, domain::LinkKind::kDuplicatePerson);
  EXPECT_EQ(v.proposal.person_a, std::min(a, b));
  EXPECT_EQ(v.proposal.person_b, std::max(a, b));
  EXPECT_GE(v.proposal.score, 0.7);
  EXPECT_EQ(v.proposal.outcomes.at("name"), "match");
  EXPECT_TRUE(v.actionable);
  EXPECT_FALSE(v.a.masked);
  EXPECT_EQ(env.audit_entries("link.propose").size(), 1u);
  // Showing the two names is audited per person.
  EXPECT_EQ(env.audit_entries("person.identity.read").size(), 2u);
}

TEST_F(LinkServiceTest, APhoneSharedAcrossCasesIsProposedButNotWithinOneCase) {
  add(first, "Phạm Văn Lực", "1990", "0912 000 111");
  add(first, "Đinh Thị Nga", "2001", "0912000111", domain::PersonRole::kVictim);  // same case: no news
  EXPECT_TRUE(open_links(investigator).empty());
  add(second, "Hà Văn Bình", "1985", "+84912000111");
  auto open = open_links(investigator);
  ASSERT_EQ(open.size(), 2u);  // the new person with each of the two
  for (const auto& v : open) {
    EXPECT_EQ(v.proposal.kind, domain::LinkKind::kSharedIdentifier);
    EXPECT_EQ(v.proposal.identifier_kind, "phone");
  }
  // Shared identifiers are reviewed, never merged.
  auto merged = links.merge(investigator, open[0].proposal.id, open[0].proposal.person_a);
  EXPECT_EQ(merged.error().code, ErrorCode::kConflict);
  auto confirmed = links.review(investigator, open[0].proposal.id, "confirmed", std::nullopt);
  ASSERT_TRUE(confirmed.ok()) << describe(confirmed);
  EXPECT_EQ(confirmed->proposal.status, domain::LinkStatus::kConfirmed);
  EXPECT_EQ(links.review(investigator, open[0].proposal.id, "rejected", std::nullopt).error().code, ErrorCode::kConflict);
}

TEST_F(LinkServiceTest, ReviewNeedsThePermissionAndBothPersonsInScope) {
  add(first, "Lý Văn Quyết", "1979-08-15", "");
  add(second, "Ly Van Quyet", "1979-08-15", "");
  const int64_t id = open_links(investigator)[0].proposal.id;
  EXPECT_EQ(links.list(officer, {}).error().code, ErrorCode::kPermissionDenied);
  EXPECT_EQ(links.list(analyst, {}).error().code, ErrorCode::kPermissionDenied);
  auto bad = links.review(investigator, id, "maybe", std::nullopt);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().fields.count("decision"), 1u);
  auto other = env.add_user("investigator.qn", domain::Role::kInvestigator, "BCH-QN");
  EXPECT_TRUE(open_links(other).empty());
  EXPECT_EQ(links.get(other, id).error().code, ErrorCode::kNotFound);
  EXPECT_EQ(links.review(other, id, "rejected", std::nullopt).error().code, ErrorCode::kNotFound);
  auto wrong = links.merge(investigator, id, 999999);
  ASSERT_FALSE(wrong.ok());
  EXPECT_EQ(wrong.error().fields.count("survivor_id"), 1u);
}

TEST_F(LinkServiceTest, MergeMovesEverythingAndUndoPutsItBack) {
  int64_t a = add(first, "Lý Văn Quyết", "1979-08-15", "");
  int64_t b = add(second, "Ly Van Quyet", "1979-08-15", "");
  // b is also on the first case, where a already is.
  ASSERT_TRUE(cases.link_person(officer, first.id, b, domain::PersonRole::kWitness).ok());
  const int64_t id = open_links(investigator)[0].proposal.id;
  auto m = links.merge(investigator, id, a);
  ASSERT_TRUE(m.ok()) << describe(m);
  EXPECT_EQ(m->survivor_id, a);
  EXPECT_EQ(m->merged_id, b);
  EXPECT_EQ(case_links(a), 2);  // first (its own) and second (moved)
  EXPECT_EQ(case_links(b), 0);  // its link to the first case was dropped
  ASSERT_EQ(m->dropped.size(), 1u);
  EXPECT_EQ(m->dropped[0].case_id, first.id);
  EXPECT_EQ(links.get(investigator, id)->proposal.status, domain::LinkStatus::kMerged);
  EXPECT_EQ(env.audit_entries("person.merge").size(), 1u);
  // The screening index follows: only the survivor is found.
  service::ScreeningService screening(*env.store, env.clock, index);
  service::ScreenQuery q;
  q.full_name = "Ly Van Quyet";
  auto r = screening.screen(investigator, q);
  ASSERT_TRUE(r.ok());
  ASSERT_FALSE(r->candidates.empty());
  EXPECT_EQ(r->candidates[0].person_id, a);
  for (const auto& c : r->candidates) {
    EXPECT_NE(c.person_id, b);
  }
  EXPECT_EQ(links.merge(investigator, id, a).error().code, ErrorCode::kConflict);

  auto undone = links.undo(investigator, m->id);
  ASSERT_TRUE(undone.ok()) << describe(undone);
  EXPECT_TRUE(undone->undone_at.has_value());
  EXPECT_EQ(case_links(a), 1);
  EXPECT_EQ(case_links(b), 2);
  EXPECT_EQ(RawDb(env.db_path()).integer("SELECT COUNT(*) FROM persons WHERE merged_into IS NOT NULL"), 0);
  EXPECT_EQ(links.get(investigator, id)->proposal.status, domain::LinkStatus::kRejected);
  EXPECT_EQ(links.undo(investigator, m->id).error().code, ErrorCode::kConflict);
  EXPECT_EQ(env.audit_entries("person.merge.undo").size(), 1u);
  auto history = links.merges_of(investigator, b);
  ASSERT_TRUE(history.ok());
  EXPECT_EQ(history->size(), 1u);
}

TEST_F(LinkServiceTest, TheBatchScanFindsWhatWasWrittenWithoutTheIndex) {
  cases.set_index_sink(nullptr);  // as the demo generator writes
  add(first, "Lý Văn Quyết", "1979-08-15", "");
  add(second, "Ly Van Quyet", "1979-08-15", "");
  EXPECT_TRUE(open_links(investigator).empty());
  service::ScreeningIndex fresh(*env.store, env.clock);
  ASSERT_TRUE(fresh.rebuild().ok());
  auto report = service::scan_links(*env.store, env.clock, fresh.index(), 2);
  ASSERT_TRUE(report.ok()) << describe(report);
  EXPECT_EQ(report->persons, 2);
  EXPECT_EQ(report->proposed, 1);
  EXPECT_EQ(open_links(investigator).size(), 1u);
  auto again = service::scan_links(*env.store, env.clock, fresh.index(), 1);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->proposed, 0);
}

}  // namespace
}  // namespace frontline::testing
