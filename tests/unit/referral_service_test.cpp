// Tests for service/ReferralService and its SQLite store: the directory
// (validation naming fields, who may manage it, filters), referrals (consent
// rules, a victim only, an active organization, the workflow with `allowed`,
// scope, permission per role), the Art. 37 checklist, the dashboard's
// referral digests, an audit entry for every change and nothing written on
// any refusal.
#include <gtest/gtest.h>

#include "service/dashboard.hpp"
#include "service/referral_service.hpp"
#include "service_fixture.hpp"

namespace frontline::service {
namespace {

using domain::ConsentStatus;
using domain::ReferralStatus;
using domain::SupportService;
using frontline::testing::describe;

class ReferralServiceTest : public frontline::testing::ServiceTest {
 protected:
  void SetUp() override {
    ServiceTest::SetUp();
    c = make_case();
    auto v = cases.add_person(officer, c.id, person("Đặng Thị Hồng"), domain::PersonRole::kVictim);
    ASSERT_TRUE(v.ok()) << describe(v);
    victim_id = v->person.id;
    auto w = cases.add_person(officer, c.id, person("Lò Văn Tủa"), domain::PersonRole::kWitness);
    ASSERT_TRUE(w.ok()) << describe(w);
    witness_id = w->person.id;
    auto o = referrals.create_organization(support, org_draft("Trung tâm Công tác xã hội tỉnh Lạng Sơn"));
    ASSERT_TRUE(o.ok()) << describe(o);
    org_id = o->id;
  }

  static domain::SupportOrgDraft org_draft(const std::string& name) {
    domain::SupportOrgDraft d;
    d.type = domain::SupportOrgType::kSocialProtectionCentre;
    d.name = name;
    d.name_en = "Social Work Centre";
    d.provinces = {"LS"};
    d.services = {SupportService::kShelter, SupportService::kLegalAid};
    d.phone = "0205-0000-0000";
    return d;
  }

  domain::ReferralDraft referral_draft() const {
    domain::ReferralDraft d;
    d.case_id = c.id;
    d.organization_id = org_id;
    d.service = SupportService::kShelter;
    d.consent_status = ConsentStatus::kGiven;
    d.due_date = "2026-04-01";
    return d;
  }

  domain::Referral refer() {
    auto r = referrals.refer(support, victim_id, referral_draft());
    EXPECT_TRUE(r.ok()) << describe(r);
    return r.ok() ? *r : domain::Referral{};
  }

  // Every row count that a refused call must leave as it was.
  struct Snapshot {
    int64_t audit = 0;
    size_t orgs = 0;
    size_t referrals = 0;
    bool operator==(const Snapshot&) const = default;
  };
  Snapshot snapshot() {
    Snapshot s;
    s.audit = env.audit_count();
    auto orgs = referrals.list_organizations(admin, {});
    s.orgs = orgs.ok() ? orgs->size() : 0;
    auto list = referrals.list(support, {}, false);
    s.referrals = list.ok() ? static_cast<size_t>(list->total) : 0;
    return s;
  }

  ReferralService referrals{*env.store, env.clock};
  domain::Case c;
  int64_t victim_id = 0;
  int64_t witness_id = 0;
  int64_t org_id = 0;
};

TEST_F(ReferralServiceTest, DirectoryRoundTripAndFilters) {
  auto got = referrals.get_organization(officer, org_id);
  ASSERT_TRUE(got.ok()) << describe(got);
  EXPECT_EQ(got->name, "Trung tâm Công tác xã hội tỉnh Lạng Sơn");
  EXPECT_EQ(got->provinces, std::vector<std::string>{"LS"});
  EXPECT_EQ(got->services, (std::vector<SupportService>{SupportService::kShelter, SupportService::kLegalAid}));
  EXPECT_TRUE(got->active);
  auto other = org_draft("Trung tâm Trợ giúp pháp lý nhà nước tỉnh Quảng Ninh");
  other.type = domain::SupportOrgType::kLegalAid;
  other.provinces = {"QN"};
  other.services = {SupportService::kLegalAid};
  ASSERT_TRUE(referrals.create_organization(admin, other).ok());

  auto with = [](auto set) {
    domain::SupportOrgFilter f;
    set(f);
    return f;
  };
  auto count = [&](domain::SupportOrgFilter f) {
    auto r = referrals.list_organizations(analyst, f);
    EXPECT_TRUE(r.ok()) << describe(r);
    return r.ok() ? r->size() : 0;
  };
  EXPECT_EQ(count({}), 2u);
  EXPECT_EQ(count(with([](domain::SupportOrgFilter& f) { f.province = "QN"; })), 1u);
  EXPECT_EQ(count(with([](domain::SupportOrgFilter& f) { f.service = SupportService::kShelter; })), 1u);
  EXPECT_EQ(count(with([](domain::SupportOrgFilter& f) { f.service = SupportService::kLegalAid; })), 2u);
  EXPECT_EQ(count(with([](domain::SupportOrgFilter& f) { f.type = domain::SupportOrgType::kLegalAid; })), 1u);
  EXPECT_EQ(count(with([](domain::SupportOrgFilter& f) { f.q = "tro giup PHAP"; })), 1u);  // accents and case ignored
  auto bad = referrals.list_organizations(analyst, with([](domain::SupportOrgFilter& f) { f.province = "XX"; }));
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().fields.count("province"), 1u);
  EXPECT_EQ(audits("support_org.create"), 2);
}

TEST_F(ReferralServiceTest, DirectoryValidationNamesEveryFieldAndWritesNothing) {
  const auto before = snapshot();
  domain::SupportOrgDraft d;
  d.name = " ";
  d.provinces = {"02"};  // Hà Giang: a former province
  d.email = "not-an-address";
  d.phone = "call us";
  auto r = referrals.create_organization(support, d);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument);
  for (const char* f : {"type", "name", "provinces", "email", "phone"}) {
    EXPECT_EQ(r.error().fields.count(f), 1u) << f << " " << describe(r);
  }
  domain::SupportOrgPatch p;
  p.provinces = std::vector<std::string>{};
  auto u = referrals.update_organization(support, org_id, p);
  ASSERT_FALSE(u.ok());
  EXPECT_EQ(u.error().fields.count("provinces"), 1u);
  EXPECT_EQ(snapshot(), before);
}

TEST_F(ReferralServiceTest, DirectoryIsKeptByVictimSupportAndAdminsOnly) {
  const auto before = snapshot();
  for (const auto* who : {&officer, &investigator, &commander, &analyst, &trainer}) {
    auto r = referrals.create_organization(*who, org_draft("Nhà tạm lánh"));
    ASSERT_FALSE(r.ok()) << who->username;
    EXPECT_EQ(r.error().code, ErrorCode::kPermissionDenied) << who->username;
    domain::SupportOrgPatch p;
    p.active = false;
    EXPECT_EQ(referrals.update_organization(*who, org_id, p).error().code, ErrorCode::kPermissionDenied);
  }
  EXPECT_EQ(referrals.list_organizations(trainer, {}).error().code, ErrorCode::kPermissionDenied);
  EXPECT_TRUE(referrals.list_organizations(admin, {}).ok());
  EXPECT_EQ(snapshot(), before);
  domain::SupportOrgPatch p;
  p.active = false;
  p.expected_version = 1;
  auto u = referrals.update_organization(admin, org_id, p);
  ASSERT_TRUE(u.ok()) << describe(u);
  EXPECT_FALSE(u->active);
  EXPECT_EQ(u->version, 2);
  EXPECT_EQ(referrals.update_organization(admin, org_id, p).error().code, ErrorCode::kConflict);
  EXPECT_EQ(audits("support_org.update"), 1);
}

TEST_F(ReferralServiceTest, ReferralRoundTripAndAudit) {
  domain::Referral r = refer();
  EXPECT_EQ(r.status, ReferralStatus::kProposed);
  EXPECT_EQ(r.consent.status, ConsentStatus::kGiven);
  EXPECT_EQ(r.consent.date, "2026-03-15");  // today in Vietnam (test clock)
  EXPECT_EQ(r.consent.recorded_by, support.user_id);
  auto listed = referrals.list_for_person(commander, victim_id);
  ASSERT_TRUE(listed.ok()) << describe(listed);
  ASSERT_EQ(listed->size(), 1u);
  const auto& back = listed->front();
  EXPECT_EQ(back.id, r.id);
  EXPECT_EQ(back.case_number, c.number);
  EXPECT_EQ(back.organization_name, "Trung tâm Công tác xã hội tỉnh Lạng Sơn");
  EXPECT_EQ(back.due_date, "2026-04-01");
  EXPECT_EQ(back.service, SupportService::kShelter);
  auto entries = env.audit_entries("referral.create");
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0].record_id, std::to_string(r.id));
  EXPECT_EQ(entries[0].detail.find("Hồng"), std::string::npos);
}

TEST_F(ReferralServiceTest, RefusedReferralsNameTheFieldAndWriteNothing) {
  const auto before = snapshot();
  auto expect_field = [&](const domain::ReferralDraft& d, int64_t person, const char* field) {
    auto r = referrals.refer(support, person, d);
    ASSERT_FALSE(r.ok()) << field;
    EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument) << field;
    EXPECT_EQ(r.error().fields.count(field), 1u) << field << ": " << describe(r);
  };
  auto d = referral_draft();
  d.consent_status = ConsentStatus::kRefused;
  expect_field(d, victim_id, "consent.status");
  d.consent_status.reset();
  expect_field(d, victim_id, "consent.status");
  d = referral_draft();
  d.organization_id = 999;
  expect_field(d, victim_id, "organization_id");
  expect_field(referral_draft(), witness_id, "person_id");
  d = referral_draft();
  d.consent_date = "2026-03-16";  // tomorrow
  expect_field(d, victim_id, "consent.date");
  d = referral_draft();
  d.due_date = "2026-02-30";
  expect_field(d, victim_id, "due_date");
  domain::SupportOrgPatch off;
  off.active = false;
  ASSERT_TRUE(referrals.update_organization(support, org_id, off).ok());
  const auto after_patch = snapshot();
  expect_field(referral_draft(), victim_id, "organization_id");
  EXPECT_EQ(snapshot(), after_patch);
  EXPECT_EQ(before.referrals, after_patch.referrals);
}

TEST_F(ReferralServiceTest, PermissionPerRole) {
  const auto before = snapshot();
  for (const auto* who : {&commander, &analyst, &admin, &trainer}) {
    auto r = referrals.refer(*who, victim_id, referral_draft());
    ASSERT_FALSE(r.ok()) << who->username;
    EXPECT_EQ(r.error().code, ErrorCode::kPermissionDenied) << who->username;
  }
  for (const auto* who : {&analyst, &admin, &trainer}) {
    EXPECT_EQ(referrals.list_for_person(*who, victim_id).error().code, ErrorCode::kPermissionDenied);
    EXPECT_EQ(referrals.entitlements(*who, victim_id).error().code, ErrorCode::kPermissionDenied);
  }
  EXPECT_EQ(snapshot(), before);
  // A frontline officer proposes but does not move referrals; an investigator does.
  auto proposed = referrals.refer(officer, victim_id, referral_draft());
  ASSERT_TRUE(proposed.ok()) << describe(proposed);
  domain::ReferralPatch send;
  send.status = ReferralStatus::kSent;
  EXPECT_EQ(referrals.update(officer, proposed->id, send).error().code, ErrorCode::kPermissionDenied);
  EXPECT_EQ(referrals.update(commander, proposed->id, send).error().code, ErrorCode::kPermissionDenied);
  auto sent = referrals.update(investigator, proposed->id, send);
  ASSERT_TRUE(sent.ok()) << describe(sent);
  EXPECT_EQ(sent->status, ReferralStatus::kSent);
  EXPECT_TRUE(referrals.list_for_person(commander, victim_id).ok());
}

TEST_F(ReferralServiceTest, OutOfScopeIsNotFound) {
  domain::Referral r = refer();
  EXPECT_EQ(referrals.refer(officer_qn, victim_id, referral_draft()).error().code, ErrorCode::kNotFound);
  EXPECT_EQ(referrals.list_for_person(officer_qn, victim_id).error().code, ErrorCode::kNotFound);
  EXPECT_EQ(referrals.entitlements(officer_qn, victim_id).error().code, ErrorCode::kNotFound);
  auto listed = referrals.list(officer_qn, {}, false);
  ASSERT_TRUE(listed.ok());
  EXPECT_EQ(listed->total, 0);
  auto qn_investigator = env.add_user("investigator.qn", domain::Role::kInvestigator, "BCH-QN");
  domain::ReferralPatch send;
  send.status = ReferralStatus::kSent;
  EXPECT_EQ(referrals.update(qn_investigator, r.id, send).error().code, ErrorCode::kNotFound);
}

TEST_F(ReferralServiceTest, WorkflowConflictListsAllowedAndConsentGatesMoves) {
  domain::Referral r = refer();
  const auto before = snapshot();
  domain::ReferralPatch skip;
  skip.status = ReferralStatus::kCompleted;
  auto refused = referrals.update(support, r.id, skip);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::kConflict);
  EXPECT_EQ(refused.error().allowed, (std::vector<std::string>{"sent", "declined"}));
  EXPECT_EQ(snapshot(), before);

  domain::ReferralPatch withdraw;
  withdraw.consent_status = ConsentStatus::kWithdrawn;
  auto w = referrals.update(support, r.id, withdraw);
  ASSERT_TRUE(w.ok()) << describe(w);
  EXPECT_EQ(w->consent.status, ConsentStatus::kWithdrawn);
  const auto withdrawn = snapshot();
  domain::ReferralPatch send;
  send.status = ReferralStatus::kSent;
  auto blocked = referrals.update(support, r.id, send);
  ASSERT_FALSE(blocked.ok());
  EXPECT_EQ(blocked.error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(blocked.error().fields.count("consent.status"), 1u);
  EXPECT_EQ(snapshot(), withdrawn);
  domain::ReferralPatch decline;
  decline.status = ReferralStatus::kDeclined;
  decline.outcome = "Nạn nhân không muốn tiếp tục";
  auto declined = referrals.update(support, r.id, decline);
  ASSERT_TRUE(declined.ok()) << describe(declined);
  EXPECT_EQ(declined->status, ReferralStatus::kDeclined);
  EXPECT_EQ(declined->version, 3);
  EXPECT_EQ(audits("referral.update"), 2);
}

TEST_F(ReferralServiceTest, FullWorkflowAndStaleVersion) {
  domain::Referral r = refer();
  for (auto to : {ReferralStatus::kSent, ReferralStatus::kAccepted, ReferralStatus::kInProgress,
                  ReferralStatus::kCompleted}) {
    domain::ReferralPatch p;
    p.status = to;
    auto moved = referrals.update(support, r.id, p);
    ASSERT_TRUE(moved.ok()) << describe(moved);
    EXPECT_EQ(moved->status, to);
  }
  domain::ReferralPatch stale;
  stale.outcome = "xong";
  stale.expected_version = 1;
  EXPECT_EQ(referrals.update(support, r.id, stale).error().code, ErrorCode::kConflict);
  auto entries = env.audit_entries("referral.update");
  ASSERT_EQ(entries.size(), 4u);
  EXPECT_NE(entries[0].detail.find("\"status_to\":\"completed\""), std::string::npos) << entries[0].detail;
}

TEST_F(ReferralServiceTest, EntitlementChecklist) {
  auto items = referrals.entitlements(commander, victim_id);
  ASSERT_TRUE(items.ok()) << describe(items);
  ASSERT_EQ(items->size(), 9u);
  for (const auto& e : *items) {
    EXPECT_EQ(e.status, domain::EntitlementStatus::kNotAssessed);
    EXPECT_FALSE(e.updated_at.has_value());
  }
  domain::Entitlement e;
  e.item = domain::EntitlementItem::kLegalAid;
  e.status = domain::EntitlementStatus::kProvided;
  e.date = "2026-03-10";
  e.note = "luật sư đã gặp";
  EXPECT_EQ(referrals.set_entitlement(officer, victim_id, e).error().code, ErrorCode::kPermissionDenied);
  auto future = e;
  future.date = "2026-12-01";
  auto refused = referrals.set_entitlement(support, victim_id, future);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().fields.count("date"), 1u);
  auto not_victim = referrals.set_entitlement(support, witness_id, e);
  ASSERT_FALSE(not_victim.ok());
  EXPECT_EQ(not_victim.error().fields.count("person_id"), 1u);
  EXPECT_EQ(audits("entitlement."), 0);
  ASSERT_TRUE(referrals.set_entitlement(support, victim_id, e).ok());
  items = referrals.entitlements(commander, victim_id);
  ASSERT_TRUE(items.ok());
  const auto& legal = (*items)[3];
  EXPECT_EQ(legal.item, domain::EntitlementItem::kLegalAid);
  EXPECT_EQ(legal.status, domain::EntitlementStatus::kProvided);
  EXPECT_EQ(legal.date, "2026-03-10");
  EXPECT_EQ(legal.note, "luật sư đã gặp");
  EXPECT_EQ(legal.updated_by, support.user_id);
  EXPECT_EQ(audits("entitlement.update"), 1);
  EXPECT_TRUE(env.audit_intact());
}

TEST_F(ReferralServiceTest, DashboardDigests) {
  auto before = build_dashboard(cases, *env.store, support, env.clock.now());
  ASSERT_TRUE(before.ok()) << describe(before);
  ASSERT_TRUE(before->victims_without_referral.has_value());
  EXPECT_EQ(before->victims_without_referral->count, 1);
  EXPECT_EQ(before->victims_without_referral->items.at(0).person_id, victim_id);
  EXPECT_EQ(before->overdue_referrals->count, 0);

  auto d = referral_draft();
  d.due_date = "2026-03-14";  // yesterday in Vietnam
  auto overdue = referrals.refer(support, victim_id, d);
  ASSERT_TRUE(overdue.ok());
  d.due_date = "2026-03-15";  // today: not yet overdue
  ASSERT_TRUE(referrals.refer(support, victim_id, d).ok());
  auto after = build_dashboard(cases, *env.store, support, env.clock.now());
  ASSERT_TRUE(after.ok());
  EXPECT_EQ(after->victims_without_referral->count, 0);
  ASSERT_EQ(after->overdue_referrals->count, 1);
  EXPECT_EQ(after->overdue_referrals->items.at(0).id, overdue->id);
  auto listed = referrals.list(commander, {}, true);
  ASSERT_TRUE(listed.ok());
  EXPECT_EQ(listed->total, 1);
  // Declined referrals are no longer overdue; other units see none; roles
  // without referral access get no digests.
  domain::ReferralPatch decline;
  decline.status = ReferralStatus::kDeclined;
  ASSERT_TRUE(referrals.update(support, overdue->id, decline).ok());
  EXPECT_EQ(build_dashboard(cases, *env.store, support, env.clock.now())->overdue_referrals->count, 0);
  ASSERT_TRUE(referrals.update(support, overdue->id, {}).ok());
  auto qn = build_dashboard(cases, *env.store, officer_qn, env.clock.now());
  ASSERT_TRUE(qn.ok());
  EXPECT_EQ(qn->victims_without_referral->count, 0);
  auto hq = build_dashboard(cases, *env.store, analyst, env.clock.now());
  ASSERT_TRUE(hq.ok());
  EXPECT_FALSE(hq->overdue_referrals.has_value());
  EXPECT_FALSE(hq->victims_without_referral.has_value());
}

}  // namespace
}  // namespace frontline::service
