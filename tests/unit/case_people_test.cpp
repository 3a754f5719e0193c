// Tests for service/CaseService's persons, timeline and evidence: need-to-know
// masking of identities per role, an audit entry for every identity shown and
// none for a masked view, person validation naming fields, scope on persons,
// events and evidence (stored sealed, download audited, size limit).
#include <gtest/gtest.h>

#include "service/case_service.hpp"
#include "service_fixture.hpp"

namespace frontline::service {
namespace {

using domain::PersonRole;
using frontline::testing::describe;

class CasePeopleTest : public frontline::testing::ServiceTest {
 protected:
  void SetUp() override {
    ServiceTest::SetUp();
    c = make_case();
    auto v = cases.add_person(officer, c.id, person("Đặng Thị Hồng"), PersonRole::kVictim);
    ASSERT_TRUE(v.ok()) << describe(v);
    victim_id = v->person.id;
    auto s = cases.add_person(officer, c.id, person("Vàng A Páo"), PersonRole::kSuspect);
    ASSERT_TRUE(s.ok()) << describe(s);
    suspect_id = s->person.id;
  }

  // person id -> masked, as `who` sees the case's persons.
  std::map<int64_t, bool> masked_view(const Principal& who) {
    auto list = cases.list_persons(who, c.id);
    EXPECT_TRUE(list.ok()) << who.username << ": " << describe(list);
    std::map<int64_t, bool> out;
    if (list.ok()) {
      for (const auto& v : *list) {
        out[v.person.id] = v.masked;
        if (v.masked) {
          EXPECT_TRUE(v.person.identity.full_name.empty()) << who.username;
          EXPECT_TRUE(v.person.identity.citizen_id.empty()) << who.username;
        } else {
          EXPECT_FALSE(v.person.identity.full_name.empty()) << who.username;
        }
      }
    }
    return out;
  }

  domain::Case c;
  int64_t victim_id = 0;
  int64_t suspect_id = 0;
};

TEST_F(CasePeopleTest, AddPersonEchoesIdentityAndAudits) {
  auto entries = env.audit_entries("person.create");
  ASSERT_EQ(entries.size(), 2u);
  EXPECT_EQ(entries[1].record_id, std::to_string(victim_id));
  // Audit entries name records, never identities.
  for (const auto& e : env.audit_entries()) {
    EXPECT_EQ(e.detail.find("Hồng"), std::string::npos) << e.action;
    EXPECT_EQ(e.detail.find("020304012345"), std::string::npos) << e.action;
  }
  auto view = cases.get_person(officer, victim_id);
  ASSERT_TRUE(view.ok());
  EXPECT_EQ(view->person.identity.full_name, "Đặng Thị Hồng");
  EXPECT_EQ(view->person.birth_year, 2004);
  ASSERT_EQ(view->cases.size(), 1u);
  EXPECT_EQ(view->cases[0], std::make_pair(c.id, PersonRole::kVictim));
}

TEST_F(CasePeopleTest, VictimIdentitiesOnlyWithNeedToKnow) {
  for (const Principal* who : {&officer, &investigator, &support}) {
    auto m = masked_view(*who);
    EXPECT_FALSE(m[victim_id]) << who->username;
    EXPECT_FALSE(m[suspect_id]) << who->username;
  }
  auto cmd = masked_view(commander);
  EXPECT_TRUE(cmd[victim_id]);
  EXPECT_FALSE(cmd[suspect_id]);
  auto hq = masked_view(analyst);
  EXPECT_TRUE(hq[victim_id]);
  EXPECT_TRUE(hq[suspect_id]);
}

TEST_F(CasePeopleTest, EveryIdentityShownIsAuditedAndMaskedViewsAreNot) {
  const int64_t before = audits("person.identity.read");
  (void)masked_view(analyst);  // everything masked
  EXPECT_EQ(audits("person.identity.read"), before);
  (void)masked_view(commander);  // suspect shown, victim masked
  EXPECT_EQ(audits("person.identity.read"), before + 1);
  auto latest = env.audit_entries("person.identity.read");
  ASSERT_FALSE(latest.empty());
  EXPECT_EQ(latest[0].record_id, std::to_string(suspect_id));
  EXPECT_EQ(latest[0].actor, "commander.ls");
  (void)masked_view(support);  // both shown
  EXPECT_EQ(audits("person.identity.read"), before + 3);
  ASSERT_TRUE(cases.get_person(investigator, victim_id).ok());
  EXPECT_EQ(audits("person.identity.read"), before + 4);
  EXPECT_TRUE(env.audit_intact());
}

TEST_F(CasePeopleTest, PersonsOutsideScopeAreNotFound) {
  auto r = cases.get_person(officer_qn, victim_id);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::kNotFound);
  auto list = cases.list_persons(officer_qn, c.id);
  ASSERT_FALSE(list.ok());
  EXPECT_EQ(list.error().code, ErrorCode::kNotFound);
  domain::PersonPatch patch;
  patch.phone = "0912345678";
  auto upd = cases.update_person(officer_qn, victim_id, patch);
  ASSERT_FALSE(upd.ok());
  EXPECT_EQ(upd.error().code, ErrorCode::kNotFound);
  // Linking someone only visible elsewhere is refused without revealing them.
  auto qn_case = cases.create(officer_qn, draft("Vụ việc Quảng Ninh"));
  ASSERT_TRUE(qn_case.ok());
  auto link = cases.link_person(officer_qn, qn_case->id, victim_id, PersonRole::kWitness);
  ASSERT_FALSE(link.ok());
  EXPECT_EQ(link.error().fields.count("person_id"), 1u);
}

TEST_F(CasePeopleTest, PersonValidationNamesFields) {
  domain::PersonDraft d;
  d.identity.full_name = "";
  d.identity.date_of_birth = "1990-13";
  d.identity.citizen_id = "12345";
  d.identity.passport_number = "c1234567";
  d.identity.phone = "call me";
  d.nationality = "XX";
  d.home_province = "ZZ";
  const int64_t before = env.audit_count();
  auto r = cases.add_person(officer, c.id, d, PersonRole::kWitness);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument);
  for (const char* field : {"identity.full_name", "identity.date_of_birth", "identity.citizen_id",
                            "identity.passport_number", "identity.phone", "nationality", "home_province"}) {
    EXPECT_EQ(r.error().fields.count(field), 1u) << field << " in " << describe(r);
  }
  EXPECT_EQ(env.audit_count(), before);
  auto future = person("Lò Thị Mai");
  future.identity.date_of_birth = "2026-04";  // next month in this test's clock
  auto f = cases.add_person(officer, c.id, future, PersonRole::kWitness);
  ASSERT_FALSE(f.ok());
  EXPECT_EQ(f.error().fields.count("identity.date_of_birth"), 1u);
  future.identity.date_of_birth = "2026-03";
  EXPECT_TRUE(cases.add_person(officer, c.id, future, PersonRole::kWitness).ok());
}

TEST_F(CasePeopleTest, UpdatePersonNeedsIdentityRightAndCurrentVersion) {
  domain::PersonPatch patch;
  patch.date_of_birth = "2003";
  patch.expected_version = 1;
  auto denied = cases.update_person(officer_qn, victim_id, patch);
  EXPECT_FALSE(denied.ok());
  auto ok = cases.update_person(support, victim_id, patch);
  ASSERT_TRUE(ok.ok()) << describe(ok);
  EXPECT_EQ(ok->person.birth_year, 2003);
  EXPECT_EQ(ok->person.version, 2);
  EXPECT_EQ(audits("person.update"), 1);
  domain::PersonPatch blank;
  blank.full_name = " \t ";
  auto blank_name = cases.update_person(support, victim_id, blank);
  ASSERT_FALSE(blank_name.ok());
  EXPECT_EQ(blank_name.error().fields.count("identity.full_name"), 1u);
  auto stale = cases.update_person(support, victim_id, patch);
  ASSERT_FALSE(stale.ok());
  EXPECT_EQ(stale.error().code, ErrorCode::kConflict);
}

TEST_F(CasePeopleTest, LinkAndUnlinkAreAudited) {
  domain::Case other = make_case("Vụ việc liên quan");
  auto linked = cases.link_person(officer, other.id, suspect_id, PersonRole::kSuspect);
  ASSERT_TRUE(linked.ok()) << describe(linked);
  EXPECT_EQ(linked->cases.size(), 2u);
  EXPECT_EQ(audits("person.link"), 1);
  auto again = cases.link_person(officer, other.id, suspect_id, PersonRole::kSuspect);
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code, ErrorCode::kConflict);
  ASSERT_TRUE(cases.unlink_person(officer, other.id, suspect_id).ok());
  EXPECT_EQ(audits("person.unlink"), 1);
  auto gone = cases.unlink_person(officer, other.id, suspect_id);
  ASSERT_FALSE(gone.ok());
  EXPECT_EQ(gone.error().code, ErrorCode::kNotFound);
}

TEST_F(CasePeopleTest, EventsValidateAndAudit) {
  domain::EventDraft bad;
  bad.kind = domain::EventKind::kStatusChange;
  bad.occurred_at = env.clock.now() + std::chrono::hours(1);
  auto r = cases.add_event(officer, c.id, bad);
  ASSERT_FALSE(r.ok());
  for (const char* field : {"kind", "description", "occurred_at"}) {
    EXPECT_EQ(r.error().fields.count(field), 1u) << field;
  }
  domain::EventDraft ev;
  ev.kind = domain::EventKind::kRescue;
  ev.description = "Giải cứu nạn nhân tại Bằng Tường";
  ev.occurred_at = env.clock.now() - std::chrono::hours(48);
  auto added = cases.add_event(support, c.id, ev);
  ASSERT_TRUE(added.ok()) << describe(added);
  EXPECT_EQ(audits("event.create"), 1);
  auto events = cases.list_events(analyst, c.id);
  ASSERT_TRUE(events.ok());
  ASSERT_EQ(events->size(), 2u);
  EXPECT_EQ((*events)[0].kind, domain::EventKind::kRescue);  // ordered by when it happened
  EXPECT_FALSE(cases.add_event(officer_qn, c.id, ev).ok());
}

TEST_F(CasePeopleTest, EvidenceIsStoredSealedAndDownloadsAreAudited) {
  domain::EvidenceDraft d;
  d.title = "Ảnh chụp tin nhắn Zalo";
  d.kind = domain::EvidenceKind::kChatLog;
  d.file_name = "zalo.txt";
  const std::string bytes = "Tin nhắn: việc nhẹ lương cao bên Trung Quốc";
  auto item = cases.add_evidence(officer, c.id, d, bytes);
  ASSERT_TRUE(item.ok()) << describe(item);
  EXPECT_EQ(item->sha256, crypto::sha256_hex(bytes));
  EXPECT_EQ(item->size_bytes, static_cast<int64_t>(bytes.size()));
  EXPECT_EQ(item->media_type, "application/octet-stream");
  EXPECT_EQ(audits("evidence.create"), 1);

  auto got = cases.download_evidence(commander, item->id);
  ASSERT_TRUE(got.ok()) << describe(got);
  EXPECT_EQ(got->second, bytes);
  EXPECT_EQ(audits("evidence.download"), 1);
  auto foreign = cases.download_evidence(officer_qn, item->id);
  ASSERT_FALSE(foreign.ok());
  EXPECT_EQ(foreign.error().code, ErrorCode::kNotFound);
  EXPECT_EQ(audits("evidence.download"), 1);

  domain::EvidenceDraft bad;
  bad.file_name = "../etc/passwd";
  auto invalid = cases.add_evidence(officer, c.id, bad, "");
  ASSERT_FALSE(invalid.ok());
  for (const char* field : {"title", "kind", "file"}) {
    EXPECT_EQ(invalid.error().fields.count(field), 1u) << field;
  }
}

TEST_F(CasePeopleTest, EvidenceSizeLimitAndClosedCases) {
  CaseService small(*env.store, *env.vault, env.clock, CaseLimits{16, 200});
  domain::EvidenceDraft d;
  d.title = "Tệp lớn";
  d.kind = domain::EvidenceKind::kDocument;
  d.file_name = "big.bin";
  auto big = small.add_evidence(officer, c.id, d, std::string(17, 'x'));
  ASSERT_FALSE(big.ok());
  EXPECT_EQ(big.error().code, ErrorCode::kTooLarge);
  ASSERT_TRUE(small.add_evidence(officer, c.id, d, std::string(16, 'x')).ok());

  ASSERT_TRUE(cases.transition(officer, c.id, domain::CaseStatus::kDismissed, "", std::nullopt).ok());
  auto late = cases.add_evidence(officer, c.id, d, "after dismissal");
  ASSERT_FALSE(late.ok());
  EXPECT_EQ(late.error().code, ErrorCode::kConflict);
  EXPECT_FALSE(env.vault->get(crypto::sha256_hex("after dismissal")).ok());  // nothing left on disk
  auto late_person = cases.add_person(officer, c.id, person("Hà Thị Thu"), PersonRole::kWitness);
  ASSERT_FALSE(late_person.ok());
  EXPECT_EQ(late_person.error().code, ErrorCode::kConflict);
}

}  // namespace
}  // namespace frontline::service
