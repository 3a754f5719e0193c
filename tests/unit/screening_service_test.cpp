// ScreeningService: the index follows writes through CaseService, the scope
// and privacy rule, masking per role, the audit entry, validation.
#include "service/screening_service.hpp"

#include "identify/catalog.hpp"
#include "service/victim_service.hpp"

#include "service_fixture.hpp"

namespace frontline::testing {
namespace {

class ScreeningTest : public ServiceTest {
 protected:
  void SetUp() override {
    ServiceTest::SetUp();
    cases.set_index_sink(&index);
    the_case = make_case();
    auto victim = cases.add_person(officer, the_case.id, person("Nguyễn Thị Quỳnh Như"), domain::PersonRole::kVictim);
    ASSERT_TRUE(victim.ok()) << describe(victim);
    victim_id = victim->person.id;
    auto d = person("Trần Văn Khải");
    d.identity.citizen_id = "";
    d.identity.phone = "0983 111 222";
    d.sex = domain::Sex::kMale;
    auto suspect = cases.add_person(officer, the_case.id, d, domain::PersonRole::kSuspect);
    ASSERT_TRUE(suspect.ok()) << describe(suspect);
    suspect_id = suspect->person.id;
  }

  service::ScreenQuery by_name(const std::string& name) {
    service::ScreenQuery q;
    q.full_name = name;
    return q;
  }

  service::ScreeningIndex index{*env.store, env.clock};
  service::ScreeningService screening{*env.store, env.clock, index};
  domain::Case the_case;
  int64_t victim_id = 0;
  int64_t suspect_id = 0;
};

TEST_F(ScreeningTest, APersonAddedThroughTheServiceIsFoundNext) {
  auto r = screening.screen(officer, by_name("Nhu Quynh Thi Nguyen"));
  ASSERT_TRUE(r.ok()) << describe(r);
  ASSERT_FALSE(r->candidates.empty());
  const auto& top = r->candidates[0];
  EXPECT_EQ(top.person_id, victim_id);
  EXPECT_TRUE(top.in_scope);
  EXPECT_FALSE(top.masked);
  EXPECT_EQ(top.full_name, "Nguyễn Thị Quỳnh Như");
  ASSERT_EQ(top.cases.size(), 1u);
  EXPECT_EQ(top.cases[0].case_number, the_case.number);
  EXPECT_EQ(top.cases[0].role, domain::PersonRole::kVictim);
}

TEST_F(ScreeningTest, EditsAndUnlinksReachTheIndex) {
  domain::PersonPatch patch;
  patch.full_name = "Lê Thị Bích Ngân";
  ASSERT_TRUE(cases.update_person(officer, victim_id, patch).ok());
  auto r = screening.screen(officer, by_name("Le Thi Bich Ngan"));
  ASSERT_TRUE(r.ok());
  ASSERT_FALSE(r->candidates.empty());
  EXPECT_EQ(r->candidates[0].person_id, victim_id);
  r = screening.screen(officer, by_name("Nguyen Thi Quynh Nhu"));
  ASSERT_TRUE(r.ok());
  for (const auto& c : r->candidates) {
    EXPECT_NE(c.person_id, victim_id);
  }
  ASSERT_TRUE(cases.unlink_person(officer, the_case.id, suspect_id).ok());
  r = screening.screen(officer, by_name("Tran Van Khai"));
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->candidates.empty());
}

TEST_F(ScreeningTest, RebuildReadsEveryLinkedPerson) {
  service::ScreeningIndex fresh(*env.store, env.clock);
  auto n = fresh.rebuild();
  ASSERT_TRUE(n.ok()) << describe(n);
  EXPECT_EQ(*n, 2);
  EXPECT_EQ(fresh.index().size(), 2);
}

TEST_F(ScreeningTest, OutsideTheCallersUnitsOnlyAPseudonymAndTheUnit) {
  auto r = screening.screen(officer_qn, by_name("Nguyen Thi Quynh Nhu"));
  ASSERT_TRUE(r.ok()) << describe(r);
  ASSERT_FALSE(r->candidates.empty());
  const auto& c = r->candidates[0];
  EXPECT_EQ(c.person_id, victim_id);
  EXPECT_FALSE(c.in_scope);
  EXPECT_TRUE(c.masked);
  EXPECT_TRUE(c.full_name.empty());
  EXPECT_TRUE(c.date_of_birth.empty());
  EXPECT_TRUE(c.cases.empty());
  EXPECT_EQ(c.contact_units, std::vector<std::string>{"DBP-LS-HUUNGHI"});
  EXPECT_EQ(c.pseudonym.rfind("V-", 0), 0u);
  for (const auto& f : c.explanation) {
    EXPECT_TRUE(f.detail.empty()) << f.field;
  }
}

TEST_F(ScreeningTest, VictimsAreMaskedForRolesWithoutVictimIdentities) {
  auto r = screening.screen(commander, by_name("Nguyen Thi Quynh Nhu"));
  ASSERT_TRUE(r.ok()) << describe(r);
  ASSERT_FALSE(r->candidates.empty());
  EXPECT_TRUE(r->candidates[0].in_scope);
  EXPECT_TRUE(r->candidates[0].masked);
  EXPECT_TRUE(r->candidates[0].full_name.empty());
  EXPECT_EQ(r->candidates[0].cases.size(), 1u);
  // A suspect's identity is the commander's to see.
  r = screening.screen(commander, by_name("Tran Van Khai"));
  ASSERT_TRUE(r.ok());
  ASSERT_FALSE(r->candidates.empty());
  EXPECT_FALSE(r->candidates[0].masked);
  EXPECT_EQ(r->candidates[0].full_name, "Trần Văn Khải");
}

TEST_F(ScreeningTest, RolesWithoutScreenAreRefused) {
  for (const auto* who : {&analyst, &admin, &trainer}) {
    auto r = screening.screen(*who, by_name("Mai"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::kPermissionDenied);
  }
  for (const auto* who : {&officer, &investigator, &support, &commander}) {
    EXPECT_TRUE(screening.screen(*who, by_name("Mai")).ok());
  }
}

TEST_F(ScreeningTest, TheAuditEntryCarriesNoIdentifyingData) {
  service::ScreenQuery q = by_name("Nguyen Thi Quynh Nhu");
  q.phone = "0912 345 678";
  q.citizen_id = "020304012345";
  ASSERT_TRUE(screening.screen(officer, q).ok());
  auto entries = env.audit_entries("screen.");
  ASSERT_EQ(entries.size(), 1u);
  const std::string& detail = entries[0].detail;
  EXPECT_NE(detail.find("\"candidates\""), std::string::npos);
  EXPECT_NE(detail.find("\"top_score\""), std::string::npos);
  for (const char* secret : {"Nguyen", "nguyen", "Quynh", "quynh", "912", "020304012345"}) {
    EXPECT_EQ(detail.find(secret), std::string::npos) << secret;
  }
  EXPECT_GE(audits("person.identity.read"), 1);
}

TEST_F(ScreeningTest, ValidationNamesTheFields) {
  service::ScreenQuery empty;
  empty.date_of_birth = "1990";
  auto r = screening.screen(officer, empty);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument);
  for (const char* f : {"full_name", "citizen_id", "passport_number", "phone"}) {
    EXPECT_EQ(r.error().fields.count(f), 1u) << f;
  }
  service::ScreenQuery bad = by_name("Mai");
  bad.date_of_birth = "1990-13";
  bad.phone = "12";
  bad.citizen_id = "12ab";
  bad.passport_number = "C1";
  bad.nationality = "vn";
  bad.limit = 0;
  r = screening.screen(officer, bad);
  ASSERT_FALSE(r.ok());
  for (const char* f : {"date_of_birth", "phone", "citizen_id", "passport_number", "nationality", "limit"}) {
    EXPECT_EQ(r.error().fields.count(f), 1u) << f;
  }
  service::ScreenQuery unknown = by_name("Mai");
  unknown.nationality = "QQ";
  r = screening.screen(officer, unknown);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().fields.count("nationality"), 1u);
}

TEST_F(ScreeningTest, ReturneesReceivedAtAGateAreFoundNext) {
  service::VictimService victims(*env.store, env.clock, identify::builtin_catalog());
  victims.set_index_sink(&index);
  service::ReceptionInput in;
  in.case_id = the_case.id;
  in.unit_code = "DBP-LS-HUUNGHI";
  in.handover_country = "CN";
  in.handover_agency = "Công an huyện Bằng Tường";
  service::ReceivedPersonInput p;
  p.person = person("Nông Thị Hoài Thương");
  in.persons.push_back(p);
  auto r = victims.receive(officer, in);
  ASSERT_TRUE(r.ok()) << describe(r);
  auto found = screening.screen(officer, by_name("Thuong Hoai Thi Nong"));
  ASSERT_TRUE(found.ok());
  ASSERT_FALSE(found->candidates.empty());
  EXPECT_EQ(found->candidates[0].person_id, r->persons.at(0).person_id);
}

TEST_F(ScreeningTest, APhoneAloneFindsTheSuspect) {
  service::ScreenQuery q;
  q.phone = "+84983111222";
  auto r = screening.screen(investigator, q);
  ASSERT_TRUE(r.ok());
  ASSERT_FALSE(r->candidates.empty());
  EXPECT_EQ(r->candidates[0].person_id, suspect_id);
  EXPECT_TRUE(r->candidates[0].alert);
}

}  // namespace
}  // namespace frontline::testing
