// The dashboard's recent activity: the newest timeline events of the cases of
// the caller's own unit subtree, newest first, capped, descriptions cut.
#include "service/dashboard.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <vector>

#include "service_fixture.hpp"
#include "util/text.hpp"

namespace frontline::testing {
namespace {

using namespace std::chrono_literals;

class DashboardTest : public ServiceTest {
 protected:
  // Adds a note to `case_id` by `who` that occurred `ago` before now.
  void note(const service::Principal& who, int64_t case_id, const std::string& text, std::chrono::seconds ago) {
    domain::EventDraft ev;
    ev.kind = domain::EventKind::kNote;
    ev.description = text;
    ev.location = "Cửa khẩu Hữu Nghị";
    ev.occurred_at = env.clock.now() - ago;
    auto added = cases.add_event(who, case_id, ev);
    ASSERT_TRUE(added.ok()) << describe(added);
  }

  std::vector<service::ActivityItem> activity(const service::Principal& who) {
    auto d = service::build_dashboard(cases, *env.store, who, env.clock.now());
    EXPECT_TRUE(d.ok()) << describe(d);
    return d.ok() ? d->recent_activity : std::vector<service::ActivityItem>{};
  }
};

TEST_F(DashboardTest, RecentActivityIsTheOwnSubtreeNewestFirst) {
  domain::Case ls = make_case();
  auto qn = cases.create(officer_qn, draft("Vụ ở Quảng Ninh"));
  ASSERT_TRUE(qn.ok()) << describe(qn);
  env.clock.advance(1h);
  note(officer, ls.id, "older", 30min);
  note(officer, ls.id, "newer", 10min);
  note(officer_qn, qn->id, "sibling province", 1min);

  // The Lạng Sơn command sees its post's case, not the Quảng Ninh one.
  auto items = activity(commander);
  ASSERT_EQ(items.size(), 3u);  // "newer", "older", and the case's opening report
  EXPECT_EQ(items[0].description, "newer");
  EXPECT_EQ(items[0].case_id, ls.id);
  EXPECT_EQ(items[0].case_number, ls.number);
  EXPECT_EQ(items[0].kind, domain::EventKind::kNote);
  EXPECT_EQ(items[0].location, "Cửa khẩu Hữu Nghị");
  EXPECT_EQ(items[1].description, "older");
  EXPECT_EQ(items[2].kind, domain::EventKind::kReport);
  for (size_t i = 1; i < items.size(); ++i) {
    EXPECT_GE(items[i - 1].occurred_at, items[i].occurred_at);
  }
  for (const auto& item : items) {
    EXPECT_NE(item.case_id, qn->id);
  }

  // The Quảng Ninh officer sees only their own case.
  auto qn_items = activity(officer_qn);
  ASSERT_EQ(qn_items.size(), 2u);
  EXPECT_EQ(qn_items[0].description, "sibling province");
  EXPECT_EQ(qn_items[0].case_number, qn->number);

  // An HQ analyst may see every case, but the dashboard shows their own
  // unit's activity, and their unit has no cases.
  EXPECT_TRUE(activity(analyst).empty());

  // An investigator at the Command (the top unit) has every unit below: the
  // newest events of both provinces.
  auto command = env.add_user("investigator.hq", domain::Role::kInvestigator, "BTL-BDBP");
  auto all = activity(command);
  ASSERT_EQ(all.size(), 5u);
  EXPECT_EQ(all[0].description, "sibling province");
  EXPECT_EQ(all[1].description, "newer");
}

TEST_F(DashboardTest, RecentActivityIsCappedAndDescriptionsAreCut) {
  domain::Case c = make_case();
  env.clock.advance(1h);
  for (int i = 0; i < 12; ++i) {
    note(officer, c.id, "note " + std::to_string(i), std::chrono::minutes(50 - i));
  }
  std::string long_text;
  for (int i = 0; i < 60; ++i) {
    long_text += "Nạn nhân ";
  }
  note(officer, c.id, long_text, 1min);

  auto items = activity(officer);
  ASSERT_EQ(items.size(), static_cast<size_t>(service::kRecentActivityLimit));
  EXPECT_EQ(items[0].description, text::excerpt(long_text, service::kActivityDescriptionPoints));
  EXPECT_LE(text::code_points(items[0].description), service::kActivityDescriptionPoints);
  EXPECT_EQ(items[1].description, "note 11");
  EXPECT_EQ(items[9].description, "note 3");
}

TEST_F(DashboardTest, NeedsCaseAccess) {
  auto d = service::build_dashboard(cases, *env.store, trainer, env.clock.now());
  ASSERT_FALSE(d.ok());
  EXPECT_EQ(d.error().code, ErrorCode::kPermissionDenied);
}

}  // namespace
}  // namespace frontline::testing
