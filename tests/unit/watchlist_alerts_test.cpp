// Watchlist entries in the screening index and the alerts raised when a
// person on a case matches a list: both directions, flagged phones, expiry,
// deactivation, scope, review, audit.
#include "service/watchlist_alerts.hpp"

#include "service/case_validation.hpp"
#include "service/dashboard.hpp"
#include "service/screening_service.hpp"
#include "service/watchlist_service.hpp"

#include "service_fixture.hpp"

namespace frontline::testing {
namespace {

using domain::WatchlistType;

class WatchlistAlertsTest : public ServiceTest {
 protected:
  void SetUp() override {
    ServiceTest::SetUp();
    ASSERT_TRUE(index.rebuild().ok());
    index.set_alerts(true);
    cases.set_index_sink(&index);
    lists.set_index_sink(&index);
    the_case = make_case();
  }

  domain::Watchlist make_list(WatchlistType type) {
    domain::WatchlistDraft d;
    d.name = std::string("Danh sách ") + domain::watchlist_type_name(type);
    d.type = type;
    d.source = "Cục Cảnh sát hình sự (thử nghiệm)";
    auto w = lists.create(investigator, d);
    EXPECT_TRUE(w.ok()) << describe(w);
    return w.ok() ? *w : domain::Watchlist{};
  }

  int64_t add_entry(const domain::Watchlist& w, const std::string& name, const std::string& dob = "1985",
                    const std::string& expires_on = "") {
    domain::WatchlistEntryDraft d;
    d.identity.full_name = name;
    d.identity.date_of_birth = dob;
    d.sex = domain::Sex::kMale;
    d.nationality = "VN";
    d.reason = "môi giới (dữ liệu thử)";
    d.expires_on = expires_on;
    auto e = lists.add_entry(investigator, w.id, d);
    EXPECT_TRUE(e.ok()) << describe(e);
    return e.ok() ? e->entry.id : 0;
  }

  int64_t add_suspect(const std::string& name, const std::string& dob = "1985", const std::string& phone = "") {
    domain::PersonDraft d = person(name);
    d.identity.date_of_birth = dob;
    d.identity.citizen_id = "";
    d.identity.phone = phone;
    d.sex = domain::Sex::kMale;
    auto p = cases.add_person(officer, the_case.id, d, domain::PersonRole::kSuspect);
    EXPECT_TRUE(p.ok()) << describe(p);
    return p.ok() ? p->person.id : 0;
  }

  domain::AlertPage open_alerts(const service::Principal& who) {
    domain::AlertFilter f;
    f.status = domain::AlertStatus::kOpen;
    auto page = alerts.list(who, f);
    EXPECT_TRUE(page.ok()) << describe(page);
    return page.ok() ? *page : domain::AlertPage{};
  }

  service::ScreeningIndex index{*env.store, env.clock};
  service::ScreeningService screening{*env.store, env.clock, index};
  service::WatchlistService lists{*env.store, env.clock};
  service::WatchlistAlertService alerts{*env.store, env.clock};
  domain::Case the_case;
};

TEST_F(WatchlistAlertsTest, EntriesAreScreenedWithTheirList) {
  auto list = make_list(WatchlistType::kSuspectedTraffickers);
  int64_t entry = add_entry(list, "Hoàng Văn Thụ", "1979-04-02");
  service::ScreenQuery q;
  q.full_name = "Thu Van Hoang";
  q.date_of_birth = "1979-04-02";
  auto r = screening.screen(officer, q);
  ASSERT_TRUE(r.ok()) << describe(r);
  ASSERT_FALSE(r->candidates.empty());
  const auto& top = r->candidates[0];
  EXPECT_EQ(top.source, match::SourceKind::kWatchlistEntry);
  EXPECT_EQ(top.person_id, entry);
  ASSERT_TRUE(top.list.has_value());
  EXPECT_EQ(top.list->list_id, list.id);
  EXPECT_EQ(top.list->list_type, "suspected_traffickers");
  EXPECT_TRUE(top.alert);
  EXPECT_TRUE(top.in_scope);
  EXPECT_FALSE(top.masked);
  EXPECT_EQ(top.full_name, "Hoàng Văn Thụ");
  // The view of the entry's identity is audited as the watchlist pages audit it.
  auto reads = env.audit_entries("watchlist.identity.read");
  ASSERT_EQ(reads.size(), 1u);
  EXPECT_NE(reads[0].detail.find(std::to_string(entry)), std::string::npos);
}

TEST_F(WatchlistAlertsTest, MissingPersonsAreMaskedForRolesWithoutVictimIdentities) {
  auto list = make_list(WatchlistType::kMissingPersons);
  add_entry(list, "Lò Thị Mai", "2007");
  service::ScreenQuery q;
  q.full_name = "Lo Thi Mai";
  q.date_of_birth = "2007";
  auto r = screening.screen(commander, q);  // commanders read persons, not victims
  ASSERT_TRUE(r.ok()) << describe(r);
  ASSERT_FALSE(r->candidates.empty());
  EXPECT_TRUE(r->candidates[0].masked);
  EXPECT_TRUE(r->candidates[0].full_name.empty());
  EXPECT_EQ(r->candidates[0].pseudonym.rfind("V-", 0), 0u);
  EXPECT_EQ(env.audit_entries("watchlist.identity.read").size(), 0u);
}

TEST_F(WatchlistAlertsTest, AnEntryAddedForAKnownSuspectRaisesAnAlert) {
  int64_t suspect = add_suspect("Vi Văn Toàn", "1985-07-09");
  auto list = make_list(WatchlistType::kWantedPersons);
  EXPECT_EQ(open_alerts(officer).total, 0);
  int64_t entry = add_entry(list, "Vi Van Toan", "1985-07-09");
  auto page = open_alerts(officer);
  ASSERT_EQ(page.total, 1);
  EXPECT_EQ(page.items[0].person_id, suspect);
  EXPECT_EQ(page.items[0].entry_id, entry);
  EXPECT_EQ(page.items[0].watchlist_id, list.id);
  EXPECT_EQ(page.items[0].case_id, the_case.id);
  EXPECT_GE(page.items[0].score, 0.7);
  EXPECT_EQ(env.audit_entries("watchlist.alert.raise").size(), 1u);
}

TEST_F(WatchlistAlertsTest, APersonAddedToACaseRaisesAnAlertOnceAndOnlyInScope) {
  auto list = make_list(WatchlistType::kSuspectedTraffickers);
  add_entry(list, "Nông Văn Dền", "1980");
  add_entry(list, "Hà Văn Chín", "1990");
  int64_t suspect = add_suspect("Nong Van Den", "1980");
  auto page = open_alerts(officer);
  ASSERT_EQ(page.total, 1);
  EXPECT_EQ(page.items[0].person_id, suspect);
  // Editing the person again raises nothing new.
  domain::PersonPatch patch;
  patch.address = "Cao Lộc, Lạng Sơn";
  ASSERT_TRUE(cases.update_person(officer, suspect, patch).ok());
  EXPECT_EQ(open_alerts(officer).total, 1);
  // A person who matches nobody raises nothing.
  add_suspect("Đặng Thị Hoa", "1999");
  EXPECT_EQ(open_alerts(officer).total, 1);
  // Another province's officer does not see the alert of a Lạng Sơn case.
  EXPECT_EQ(open_alerts(officer_qn).total, 0);
  // The dashboard carries it for roles that read watchlists, not for others.
  auto d = service::build_dashboard(cases, *env.store, officer, env.clock.now());
  ASSERT_TRUE(d.ok()) << describe(d);
  ASSERT_TRUE(d->watchlist_alerts.has_value());
  EXPECT_EQ(d->watchlist_alerts->count, 1);
  auto hq = service::build_dashboard(cases, *env.store, analyst, env.clock.now());
  ASSERT_TRUE(hq.ok());
  EXPECT_FALSE(hq->watchlist_alerts.has_value());
}

TEST_F(WatchlistAlertsTest, AFlaggedPhoneOnACasePersonRaisesAnAlert) {
  auto list = make_list(WatchlistType::kFlaggedPhones);
  domain::WatchlistEntryDraft d;
  d.phone = "+84 983 111 222";
  d.reason = "số tuyển dụng giả (dữ liệu thử)";
  ASSERT_TRUE(lists.add_entry(investigator, list.id, d).ok());
  int64_t suspect = add_suspect("Trần Văn Khải", "1988", "0983111222");
  auto page = open_alerts(officer);
  ASSERT_EQ(page.total, 1);
  EXPECT_EQ(page.items[0].person_id, suspect);
  EXPECT_EQ(page.items[0].list_type, WatchlistType::kFlaggedPhones);
}

TEST_F(WatchlistAlertsTest, ExpiredAndDeactivatedEntriesNoLongerMatch) {
  auto list = make_list(WatchlistType::kWantedPersons);
  const std::string today = service::today_vn(env.clock.now());
  int64_t expiring = add_entry(list, "Lục Văn Sáng", "1975", today);
  int64_t removed = add_entry(list, "Ma Văn Kháng", "1982");
  auto found = [&](const std::string& name, int64_t entry) {
    service::ScreenQuery q;
    q.full_name = name;
    auto r = screening.screen(officer, q);
    EXPECT_TRUE(r.ok()) << describe(r);
    for (const auto& c : r->candidates) {
      if (c.list && c.person_id == entry) {
        return true;
      }
    }
    return false;
  };
  EXPECT_TRUE(found("Luc Van Sang", expiring));
  EXPECT_TRUE(found("Ma Van Khang", removed));
  ASSERT_TRUE(lists.remove_entry(investigator, removed, std::nullopt).ok());
  EXPECT_FALSE(found("Ma Van Khang", removed));
  env.clock.advance(std::chrono::hours(48));
  EXPECT_FALSE(found("Luc Van Sang", expiring));
  // An expired entry raises no alert either.
  add_suspect("Lục Văn Sáng", "1975");
  EXPECT_EQ(open_alerts(officer).total, 0);
}

TEST_F(WatchlistAlertsTest, ReviewConfirmsOnceAndIsAudited) {
  auto list = make_list(WatchlistType::kSuspectedTraffickers);
  add_entry(list, "Sầm Văn Lợi", "1983");
  add_suspect("Sam Van Loi", "1983");
  auto page = open_alerts(officer);
  ASSERT_EQ(page.total, 1);
  const int64_t id = page.items[0].id;

  service::AlertReview bad;
  bad.decision = "open";
  bad.note = std::string(2001, 'x');
  auto refused = alerts.review(officer, id, bad);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(refused.error().fields.count("decision"), 1u);
  EXPECT_EQ(refused.error().fields.count("note"), 1u);
  EXPECT_EQ(alerts.review(officer_qn, id, {"confirmed", "", std::nullopt}).error().code, ErrorCode::kNotFound);
  EXPECT_EQ(alerts.list(analyst, {}).error().code, ErrorCode::kPermissionDenied);

  auto done = alerts.review(officer, id, {"confirmed", "Đã đối chiếu CCCD (thử)", std::nullopt});
  ASSERT_TRUE(done.ok()) << describe(done);
  EXPECT_EQ(done->status, domain::AlertStatus::kConfirmed);
  EXPECT_EQ(done->reviewed_by, officer.user_id);
  EXPECT_EQ(open_alerts(officer).total, 0);
  auto again = alerts.get(officer, id);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->note, "Đã đối chiếu CCCD (thử)");
  EXPECT_EQ(alerts.review(officer, id, {"dismissed", "", std::nullopt}).error().code, ErrorCode::kConflict);
  auto audit = env.audit_entries("watchlist.alert.review");
  ASSERT_EQ(audit.size(), 1u);
  EXPECT_EQ(audit[0].detail.find("CCCD"), std::string::npos);  // the note never goes in the audit
}

}  // namespace
}  // namespace frontline::testing
