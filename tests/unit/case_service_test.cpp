// Tests for service/CaseService (cases and the workflow) over a real SQLite
// store and a manual clock: numbering, scope (a unit's subtree sees a case, a
// sibling province gets NotFound, HQ analysts see all), permission per role,
// validation naming every bad field, and an audit entry for every write.
#include "service/case_service.hpp"

#include <gtest/gtest.h>

#include "service_fixture.hpp"

namespace frontline::service {
namespace {

using domain::CaseStatus;
using frontline::testing::describe;

class CaseServiceTest : public frontline::testing::ServiceTest {};

TEST_F(CaseServiceTest, CreateNumbersCasesByProvinceAndLocalYear) {
  auto first = cases.create(officer, draft());
  ASSERT_TRUE(first.ok()) << describe(first);
  EXPECT_EQ(first->number, "LS-2026-0001");
  EXPECT_EQ(first->status, CaseStatus::kReported);
  EXPECT_EQ(first->unit_code, "DBP-LS-HUUNGHI");
  EXPECT_EQ(first->province_code, "LS");
  EXPECT_EQ(first->reported_on, "2026-03-15");  // today in Vietnam
  EXPECT_EQ(first->created_by, officer.user_id);
  EXPECT_EQ(first->version, 1);
  auto second = cases.create(officer, draft());
  ASSERT_TRUE(second.ok());
  EXPECT_EQ(second->number, "LS-2026-0002");

  // 17:30 UTC on 31 December is already the next year in Vietnam.
  env.clock.advance(std::chrono::hours(24 * 291 + 14) + std::chrono::minutes(30));
  ASSERT_EQ(format_utc(env.clock.now()), "2026-12-31T17:30:00Z");
  auto next_year = cases.create(officer, draft());
  ASSERT_TRUE(next_year.ok()) << describe(next_year);
  EXPECT_EQ(next_year->number, "LS-2027-0001");
  EXPECT_EQ(next_year->reported_on, "2027-01-01");
}

TEST_F(CaseServiceTest, CaseUnderAFormerProvinceIsNumberedByItsSuccessor) {
  auto d = draft();
  d.province_code = "02";  // Hà Giang, part of Tuyên Quang since July 2025
  auto c = cases.create(investigator, d);
  ASSERT_TRUE(c.ok()) << describe(c);
  EXPECT_EQ(c->province_code, "02");
  EXPECT_EQ(c->number, "TQ-2026-0001");
}

TEST_F(CaseServiceTest, CreateOpensTimelineAndAudits) {
  const int64_t before = env.audit_count();
  domain::Case c = make_case();
  EXPECT_EQ(env.audit_count(), before + 1);
  auto entries = env.audit_entries("case.create");
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0].record_id, std::to_string(c.id));
  EXPECT_EQ(entries[0].actor, "officer.ls");
  EXPECT_EQ(entries[0].actor_id, officer.user_id);
  auto events = cases.list_events(officer, c.id);
  ASSERT_TRUE(events.ok());
  ASSERT_EQ(events->size(), 1u);
  EXPECT_EQ((*events)[0].kind, domain::EventKind::kReport);
  EXPECT_TRUE(env.audit_intact());
}

TEST_F(CaseServiceTest, ValidationNamesEveryBadField) {
  const int64_t before = env.audit_count();
  domain::CaseDraft d;
  d.title = "ab";
  d.unit_code = "NO-SUCH-UNIT";
  d.province_code = "ZZ";
  d.reported_on = "2026-03-16";  // tomorrow in Vietnam
  d.route.origin_country = "XX";
  d.route.transit_countries = {"LA", "QQ"};
  d.recruitment.channel = domain::RecruitmentChannel::kBroker;
  d.recruitment.platform = "zalo";
  auto r = cases.create(officer, d);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument);
  for (const char* field : {"title", "trafficking_form", "unit_code", "province_code", "reported_on",
                            "route.origin_country", "route.transit_countries", "recruitment.platform"}) {
    EXPECT_EQ(r.error().fields.count(field), 1u) << field << " in " << describe(r);
  }
  EXPECT_EQ(r.error().fields.count("route.destination_country"), 0u);
  EXPECT_EQ(env.audit_count(), before);
  auto page = cases.list(analyst, {});
  ASSERT_TRUE(page.ok());
  EXPECT_EQ(page->total, 0);
}

TEST_F(CaseServiceTest, ReportedOnMustBeARealPastDateFrom1990) {
  for (const char* bad : {"2026-03-16", "1989-12-31", "2026-02-30", "15/03/2026"}) {
    auto d = draft();
    d.reported_on = bad;
    auto r = cases.create(officer, d);
    ASSERT_FALSE(r.ok()) << bad;
    EXPECT_EQ(r.error().fields.count("reported_on"), 1u) << bad;
  }
  auto d = draft();
  d.reported_on = "1990-01-01";
  EXPECT_TRUE(cases.create(officer, d).ok());
}

TEST_F(CaseServiceTest, CannotFileACaseForAnotherProvincesUnit) {
  auto d = draft();
  d.unit_code = "DBP-QN-MONGCAI";
  auto r = cases.create(officer, d);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(r.error().fields.count("unit_code"), 1u);
  d.unit_code = "DBP-LS-CHIMA";  // a sibling post under the same command is outside an officer's own post
  EXPECT_FALSE(cases.create(officer, d).ok());
  auto ok = cases.create(commander, d);  // but inside the provincial commander's subtree
  ASSERT_TRUE(ok.ok()) << describe(ok);
  EXPECT_EQ(ok->unit_code, "DBP-LS-CHIMA");
}

TEST_F(CaseServiceTest, ScopeIsTheUnitSubtree) {
  domain::Case c = make_case();
  for (const Principal* who : {&officer, &commander, &investigator, &support, &analyst}) {
    auto r = cases.get(*who, c.id);
    EXPECT_TRUE(r.ok()) << who->username << ": " << describe(r);
  }
  auto sibling = cases.get(officer_qn, c.id);
  ASSERT_FALSE(sibling.ok());
  EXPECT_EQ(sibling.error().code, ErrorCode::kNotFound);  // not PermissionDenied: existence does not leak
  auto missing = cases.get(officer_qn, c.id + 1000);
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().message, std::string("case ") + std::to_string(c.id + 1000) + " not found");
  EXPECT_EQ(sibling.error().message, std::string("case ") + std::to_string(c.id) + " not found");
}

TEST_F(CaseServiceTest, ListsAreScoped) {
  make_case();
  make_case();
  auto qn = cases.create(officer_qn, draft("Vụ việc ở Móng Cái"));
  ASSERT_TRUE(qn.ok());
  auto total = [&](const Principal& who) {
    auto page = cases.list(who, {});
    EXPECT_TRUE(page.ok()) << describe(page);
    return page.ok() ? page->total : -1;
  };
  EXPECT_EQ(total(officer), 2);
  EXPECT_EQ(total(commander), 2);
  EXPECT_EQ(total(officer_qn), 1);
  EXPECT_EQ(total(analyst), 3);
  domain::CaseFilter bad;
  bad.limit = 0;
  auto r = cases.list(analyst, bad);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().fields.count("limit"), 1u);
  bad.limit = 201;
  EXPECT_FALSE(cases.list(analyst, bad).ok());
  domain::CaseFilter negative;
  negative.offset = -1;
  EXPECT_EQ(cases.list(analyst, negative).error().fields.count("offset"), 1u);
}

TEST_F(CaseServiceTest, RolesWithoutTheRightAreDenied) {
  domain::Case c = make_case();
  auto expect_denied = [](const auto& r, const char* what) {
    ASSERT_FALSE(r.ok()) << what;
    EXPECT_EQ(r.error().code, ErrorCode::kPermissionDenied) << what;
  };
  expect_denied(cases.create(analyst, draft()), "analyst create");
  expect_denied(cases.create(support, draft()), "victim support create");
  expect_denied(cases.create(admin, draft()), "admin create");
  expect_denied(cases.get(admin, c.id), "admin read");
  expect_denied(cases.list(admin, {}), "admin list");
  expect_denied(cases.list(trainer, {}), "trainer list");
  domain::CasePatch patch;
  patch.title = "Tiêu đề khác";
  expect_denied(cases.update(analyst, c.id, patch), "analyst update");
  expect_denied(cases.update(support, c.id, patch), "support update");
  expect_denied(cases.transition(support, c.id, CaseStatus::kUnderVerification, "", std::nullopt), "support move");
  expect_denied(cases.transition(analyst, c.id, CaseStatus::kUnderVerification, "", std::nullopt), "analyst move");
  expect_denied(cases.add_person(commander, c.id, person("Lê Thị Lan"), domain::PersonRole::kVictim),
                "commander add person");
  expect_denied(cases.add_evidence(commander, c.id, {}, "x"), "commander evidence");
  expect_denied(cases.list_evidence(analyst, c.id), "analyst evidence");
  domain::EventDraft ev;
  ev.kind = domain::EventKind::kNote;
  ev.description = "ghi chú";
  expect_denied(cases.add_event(analyst, c.id, ev), "analyst event");
}

TEST_F(CaseServiceTest, UpdateChangesFieldsBumpsVersionAndAudits) {
  domain::Case c = make_case();
  domain::CasePatch patch;
  patch.title = "Tiêu đề đã sửa";
  patch.trafficking_form = domain::TraffickingForm::kForcedLabour;
  patch.expected_version = 1;
  auto updated = cases.update(officer, c.id, patch);
  ASSERT_TRUE(updated.ok()) << describe(updated);
  EXPECT_EQ(updated->title, "Tiêu đề đã sửa");
  EXPECT_EQ(updated->trafficking_form, domain::TraffickingForm::kForcedLabour);
  EXPECT_EQ(updated->version, 2);
  EXPECT_EQ(cases.get(analyst, c.id)->version, 2);
  auto entries = env.audit_entries("case.update");
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_NE(entries[0].detail.find("title"), std::string::npos);
  EXPECT_NE(entries[0].detail.find("trafficking_form"), std::string::npos);

  auto stale = cases.update(officer, c.id, patch);  // still says version 1
  ASSERT_FALSE(stale.ok());
  EXPECT_EQ(stale.error().code, ErrorCode::kConflict);

  domain::CasePatch nothing;
  ASSERT_TRUE(cases.update(officer, c.id, nothing).ok());
  EXPECT_EQ(audits("case.update"), 1);  // no change, no entry

  domain::CasePatch bad;
  bad.province_code = "ZZ";
  bad.reported_on = "2030-01-01";
  auto invalid = cases.update(officer, c.id, bad);
  ASSERT_FALSE(invalid.ok());
  EXPECT_EQ(invalid.error().fields.count("province_code"), 1u);
  EXPECT_EQ(invalid.error().fields.count("reported_on"), 1u);

  domain::CasePatch blank;
  blank.title = "   ";  // JSON input refuses a blank title on create; the service refuses it on every path
  auto blank_title = cases.update(officer, c.id, blank);
  ASSERT_FALSE(blank_title.ok());
  EXPECT_EQ(blank_title.error().fields.count("title"), 1u);

  auto sibling = cases.update(officer_qn, c.id, patch);
  ASSERT_FALSE(sibling.ok());
  EXPECT_EQ(sibling.error().code, ErrorCode::kNotFound);
}

TEST_F(CaseServiceTest, TransitionsFollowTheWorkflowAndAudit) {
  domain::Case c = make_case();
  auto v = cases.transition(officer, c.id, CaseStatus::kUnderVerification, "đã xác minh ban đầu", std::nullopt);
  ASSERT_TRUE(v.ok()) << describe(v);
  EXPECT_EQ(v->status, CaseStatus::kUnderVerification);
  EXPECT_EQ(v->version, 2);
  auto skip = cases.transition(officer, c.id, CaseStatus::kProsecuted, "", std::nullopt);
  ASSERT_FALSE(skip.ok());
  EXPECT_EQ(skip.error().code, ErrorCode::kConflict);
  EXPECT_EQ(skip.error().allowed,
            (std::vector<std::string>{"under_investigation", "dismissed", "merged"}));
  ASSERT_TRUE(cases.transition(officer, c.id, CaseStatus::kUnderInvestigation, "", std::nullopt).ok());
  auto officer_transfer = cases.transition(officer, c.id, CaseStatus::kTransferredToProcuracy, "", std::nullopt);
  ASSERT_FALSE(officer_transfer.ok());
  EXPECT_EQ(officer_transfer.error().code, ErrorCode::kPermissionDenied);
  ASSERT_TRUE(cases.transition(investigator, c.id, CaseStatus::kTransferredToProcuracy, "", std::nullopt).ok());
  ASSERT_TRUE(cases.transition(commander, c.id, CaseStatus::kProsecuted, "", std::nullopt).ok());
  auto closed = cases.transition(investigator, c.id, CaseStatus::kClosed, "", std::nullopt);
  ASSERT_TRUE(closed.ok());
  EXPECT_EQ(closed->version, 6);

  EXPECT_EQ(audits("case.transition"), 5);
  auto events = cases.list_events(officer, c.id);
  ASSERT_TRUE(events.ok());
  // Each move is recorded as data; the chain runs from reported to closed.
  std::vector<std::pair<CaseStatus, CaseStatus>> moves;
  for (const auto& e : *events) {
    if (e.kind == domain::EventKind::kStatusChange) {
      ASSERT_TRUE(e.status_from && e.status_to);
      moves.emplace_back(*e.status_from, *e.status_to);
    } else {
      EXPECT_FALSE(e.status_from || e.status_to);
    }
  }
  ASSERT_EQ(moves.size(), 5u);
  EXPECT_EQ(moves.front().first, CaseStatus::kReported);
  EXPECT_EQ(moves.back().second, CaseStatus::kClosed);
  for (size_t i = 1; i < moves.size(); ++i) {
    EXPECT_EQ(moves[i - 1].second, moves[i].first);
  }
  auto after_close = cases.transition(investigator, c.id, CaseStatus::kDismissed, "", std::nullopt);
  ASSERT_FALSE(after_close.ok());
  EXPECT_TRUE(after_close.error().allowed.empty());
  domain::CasePatch patch;
  patch.title = "Sửa sau khi đóng";
  auto edit_closed = cases.update(investigator, c.id, patch);
  ASSERT_FALSE(edit_closed.ok());
  EXPECT_EQ(edit_closed.error().code, ErrorCode::kConflict);
  EXPECT_TRUE(env.audit_intact());
}

TEST_F(CaseServiceTest, MergingNeedsAnOpenTargetInScope) {
  domain::Case a = make_case("Vụ việc A");
  domain::Case b = make_case("Vụ việc B");
  auto qn = cases.create(officer_qn, draft("Vụ việc Quảng Ninh"));
  ASSERT_TRUE(qn.ok());
  auto field_error = [&](std::optional<int64_t> into, CaseStatus to = CaseStatus::kMerged) {
    auto r = cases.transition(officer, a.id, to, "", into);
    EXPECT_FALSE(r.ok());
    return r.ok() ? std::string() : r.error().fields.count("merged_into") ? "merged_into" : describe(r);
  };
  EXPECT_EQ(field_error(std::nullopt), "merged_into");
  EXPECT_EQ(field_error(a.id), "merged_into");
  EXPECT_EQ(field_error(qn->id), "merged_into");  // out of scope
  EXPECT_EQ(field_error(b.id, CaseStatus::kUnderVerification), "merged_into");
  auto merged = cases.transition(officer, a.id, CaseStatus::kMerged, "trùng vụ", b.id);
  ASSERT_TRUE(merged.ok()) << describe(merged);
  EXPECT_EQ(merged->merged_into, b.id);
  domain::Case c = make_case("Vụ việc C");
  auto into_final = cases.transition(officer, c.id, CaseStatus::kMerged, "", a.id);
  ASSERT_FALSE(into_final.ok());
  EXPECT_EQ(into_final.error().fields.count("merged_into"), 1u);
}

}  // namespace
}  // namespace frontline::service
