// Tests for service/victim_service: screenings (drafts, merge, completion,
// the engine's verdict), identification decisions and receptions — each with
// its refusals naming the fields and writing nothing, scope and roles.
#include "service/victim_service.hpp"

#include <gtest/gtest.h>

#include "raw_sqlite.hpp"
#include "service_fixture.hpp"

namespace frontline::service {
namespace {

using domain::LegalStatus;
using domain::ScreeningStatus;
using identify::Answer;
using testing::describe;

class VictimServiceTest : public testing::ServiceTest {
 protected:
  // A case of the Lạng Sơn officer with one adult victim (born 2004).
  void SetUp() override {
    ServiceTest::SetUp();
    case_ = make_case();
    auto v = cases.add_person(officer, case_.id, person("Lục Thị Mai"), domain::PersonRole::kVictim);
    ASSERT_TRUE(v.ok()) << describe(v);
    victim_ = v->person.id;
  }

  static ScreeningInput adult(std::map<std::string, Answer, std::less<>> answers) {
    ScreeningInput in;
    in.set_id = "adult_labour";
    in.answers.by_indicator = std::move(answers);
    return in;
  }

  // Answers that make the adult formula hold: deceptive recruitment,
  // exploitative conditions and coercion at destination all positive.
  static std::map<std::string, Answer, std::less<>> trafficked() {
    return {{"AL-DR-01", Answer::kPresent}, {"AL-DR-02", Answer::kPresent}, {"AL-EC-01", Answer::kPresent},
            {"AL-EC-02", Answer::kPresent}, {"AL-CD-01", Answer::kPresent}, {"AL-CD-02", Answer::kPresent}};
  }

  int64_t screenings_stored() {
    return testing::RawDb(env.db_path()).integer("SELECT COUNT(*) FROM screenings");
  }

  VictimService victims{*env.store, env.clock, identify::builtin_catalog()};
  domain::Case case_;
  int64_t victim_ = 0;
};

TEST_F(VictimServiceTest, ScreeningDraftCarriesTheEnginesVerdictAndIsAudited) {
  auto s = victims.start_screening(officer, victim_, adult({{"AL-DR-01", Answer::kPresent}}));
  ASSERT_TRUE(s.ok()) << describe(s);
  EXPECT_EQ(s->screening.status, ScreeningStatus::kDraft);
  EXPECT_EQ(s->screening.case_id, case_.id);  // the person's only case
  EXPECT_EQ(s->assessment.overall, identify::Verdict::kPossibleVictim);
  EXPECT_EQ(s->screening.verdict, identify::Verdict::kPossibleVictim);
  EXPECT_FALSE(s->assessment.decisive_unknowns.empty());
  EXPECT_EQ(audits("screening.create"), 1);

  ScreeningInput more;
  more.answers.by_indicator = trafficked();
  more.notes = "Lời khai: bị giữ hộ chiếu tại Hà Khẩu";
  more.expected_version = 1;
  auto u = victims.update_screening(investigator, s->screening.id, more);
  ASSERT_TRUE(u.ok()) << describe(u);
  EXPECT_EQ(u->assessment.overall, identify::Verdict::kTrafficked);
  EXPECT_EQ(u->screening.version, 2);
  EXPECT_EQ(u->screening.updated_by, investigator.user_id);
  // The notes are sealed at rest.
  testing::RawDb raw(env.db_path());
  EXPECT_EQ(raw.integer("SELECT COUNT(*) FROM screenings WHERE instr(notes, 'hộ chiếu') > 0"), 0);
  auto again = victims.get_screening(support, s->screening.id);
  ASSERT_TRUE(again.ok()) << describe(again);
  EXPECT_EQ(again->screening.notes, "Lời khai: bị giữ hộ chiếu tại Hà Khẩu");
}

TEST_F(VictimServiceTest, ChangesMergeAnswersAndCompletedScreeningsNoLongerChange) {
  auto s = victims.start_screening(officer, victim_, adult({{"AL-DR-01", Answer::kPresent}}));
  ASSERT_TRUE(s.ok()) << describe(s);
  ScreeningInput change;
  change.answers.by_indicator = {{"AL-DR-02", Answer::kAbsent}};
  change.status = ScreeningStatus::kCompleted;
  auto done = victims.update_screening(officer, s->screening.id, change);
  ASSERT_TRUE(done.ok()) << describe(done);
  EXPECT_EQ(done->screening.answers.by_indicator.at("AL-DR-01"), Answer::kPresent);  // kept
  EXPECT_EQ(done->screening.answers.by_indicator.at("AL-DR-02"), Answer::kAbsent);
  EXPECT_TRUE(done->screening.completed_at.has_value());
  auto late = victims.update_screening(officer, s->screening.id, ScreeningInput{});
  ASSERT_FALSE(late.ok());
  EXPECT_EQ(late.error().code, ErrorCode::kConflict);
}

TEST_F(VictimServiceTest, StaleVersionIsAConflict) {
  auto s = victims.start_screening(officer, victim_, adult({}));
  ASSERT_TRUE(s.ok()) << describe(s);
  ASSERT_TRUE(victims.update_screening(officer, s->screening.id, ScreeningInput{}).ok());
  ScreeningInput stale;
  stale.expected_version = 1;
  auto r = victims.update_screening(investigator, s->screening.id, stale);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::kConflict);
}

TEST_F(VictimServiceTest, BadScreeningsNameTheFieldAndWriteNothing) {
  struct Bad {
    const char* name;
    ScreeningInput in;
    std::string field;
  };
  ScreeningInput unknown_id = adult({{"AL-XX-99", Answer::kPresent}});
  ScreeningInput wrong_set = adult({{"CL-DR-01", Answer::kPresent}});
  ScreeningInput unknown_set = adult({});
  unknown_set.set_id = "adult_organs";
  ScreeningInput child_set = adult({});
  child_set.set_id = "child_labour";  // the person was born in 2004
  ScreeningInput no_set = adult({});
  no_set.set_id.clear();
  ScreeningInput long_notes = adult({});
  long_notes.notes = std::string(5001, 'x');
  const int64_t audit_before = audits("");
  for (const auto& bad : std::vector<Bad>{{"unknown indicator", unknown_id, "answers.AL-XX-99"},
                                          {"answer of another set", wrong_set, "answers.CL-DR-01"},
                                          {"unknown set", unknown_set, "set_id"},
                                          {"child set for an adult", child_set, "set_id"},
                                          {"no set", no_set, "set_id"},
                                          {"notes too long", long_notes, "notes"}}) {
    auto r = victims.start_screening(officer, victim_, bad.in);
    ASSERT_FALSE(r.ok()) << bad.name;
    EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument) << bad.name;
    EXPECT_EQ(r.error().fields.count(bad.field), 1u) << bad.name << ": " << r.error().message;
  }
  EXPECT_NE(victims.start_screening(officer, victim_, wrong_set).error().fields.at("answers.CL-DR-01").find("child_labour"),
            std::string::npos);
  EXPECT_EQ(screenings_stored(), 0);
  EXPECT_EQ(audits(""), audit_before);
}

TEST_F(VictimServiceTest, ScreeningNeedsTheRoleAndTheScope) {
  for (const auto* who : {&commander, &analyst, &trainer, &admin}) {
    auto r = victims.start_screening(*who, victim_, adult({}));
    ASSERT_FALSE(r.ok()) << who->username;
    EXPECT_EQ(r.error().code, ErrorCode::kPermissionDenied) << who->username;
  }
  auto other_province = victims.start_screening(officer_qn, victim_, adult({}));
  ASSERT_FALSE(other_province.ok());
  EXPECT_EQ(other_province.error().code, ErrorCode::kNotFound);
  auto s = victims.start_screening(support, victim_, adult({}));
  ASSERT_TRUE(s.ok()) << describe(s);
  EXPECT_EQ(victims.get_screening(officer_qn, s->screening.id).error().code, ErrorCode::kNotFound);
  EXPECT_EQ(victims.list_screenings(officer_qn, victim_).error().code, ErrorCode::kNotFound);
  EXPECT_EQ(screenings_stored(), 1);
}

TEST_F(VictimServiceTest, APersonOnSeveralCasesNeedsTheCaseNamed) {
  domain::Case second = make_case("Vụ thứ hai cùng nạn nhân");
  ASSERT_TRUE(cases.link_person(officer, second.id, victim_, domain::PersonRole::kVictim).ok());
  auto r = victims.start_screening(officer, victim_, adult({}));
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().fields.count("case_id"), 1u);
  ScreeningInput named = adult({});
  named.case_id = second.id;
  auto s = victims.start_screening(officer, victim_, named);
  ASSERT_TRUE(s.ok()) << describe(s);
  EXPECT_EQ(s->screening.case_id, second.id);
  ScreeningInput foreign = adult({});
  foreign.case_id = 999999;
  EXPECT_EQ(victims.start_screening(officer, victim_, foreign).error().fields.count("case_id"), 1u);
}

TEST_F(VictimServiceTest, StatelessAssessmentChecksItsInput) {
  identify::Answers a;
  a.by_indicator = trafficked();
  auto r = victims.assess(officer, "adult_labour", a);
  ASSERT_TRUE(r.ok()) << describe(r);
  EXPECT_EQ(r->overall, identify::Verdict::kTrafficked);
  EXPECT_EQ(victims.assess(officer, "nope", a).error().fields.count("set_id"), 1u);
  EXPECT_EQ(victims.assess(analyst, "adult_labour", a).error().code, ErrorCode::kPermissionDenied);
  EXPECT_EQ(screenings_stored(), 0);
}

TEST_F(VictimServiceTest, DecisionsKeepAHistoryAndTheLatestIsTheStatus) {
  DecisionInput pending;
  pending.status = LegalStatus::kBeingVerified;
  pending.decided_on = "2026-03-01";
  pending.agency = "Đồn Biên phòng Cửa khẩu Quốc tế Hữu Nghị";
  ASSERT_TRUE(victims.decide(officer, victim_, pending).ok());
  auto s = victims.start_screening(officer, victim_, adult(trafficked()));
  ASSERT_TRUE(s.ok()) << describe(s);
  DecisionInput identified = pending;
  identified.status = LegalStatus::kIdentifiedVictim;
  identified.grounds = "Kết quả sàng lọc và lời khai thống nhất";
  identified.documents = {"Giấy xác nhận số 15/XN-ĐBP"};
  identified.screening_id = s->screening.id;
  auto d = victims.decide(investigator, victim_, identified);
  ASSERT_TRUE(d.ok()) << describe(d);
  EXPECT_EQ(d->decided_by, investigator.user_id);
  auto history = victims.decisions(support, victim_);
  ASSERT_TRUE(history.ok()) << describe(history);
  ASSERT_EQ(history->size(), 2u);
  EXPECT_EQ(history->back().status, LegalStatus::kIdentifiedVictim);
  EXPECT_EQ(history->back().documents, identified.documents);
  EXPECT_EQ(audits("victim.identification"), 2);
  // Grounds and documents are sealed at rest.
  testing::RawDb raw(env.db_path());
  EXPECT_EQ(raw.integer("SELECT COUNT(*) FROM identification_decisions WHERE instr(details, 'Giấy xác nhận') > 0"), 0);
}

TEST_F(VictimServiceTest, BadDecisionsNameTheFieldAndWriteNothing) {
  auto other = cases.add_person(officer, case_.id, person("Hoàng Văn Tú"), domain::PersonRole::kWitness);
  ASSERT_TRUE(other.ok());
  auto their = victims.start_screening(officer, other->person.id, adult({}));
  ASSERT_TRUE(their.ok()) << describe(their);
  DecisionInput d;
  d.status = LegalStatus::kIdentifiedVictim;  // without grounds
  d.decided_on = "2099-01-01";
  d.agency = "  ";
  d.documents = {""};
  d.screening_id = their->screening.id;  // another person's
  auto r = victims.decide(officer, victim_, d);
  ASSERT_FALSE(r.ok());
  for (const char* field : {"grounds", "decided_on", "agency", "documents", "screening_id"}) {
    EXPECT_EQ(r.error().fields.count(field), 1u) << field;
  }
  DecisionInput no_status;
  no_status.decided_on = "2026-03-01";
  no_status.agency = "Đồn Biên phòng";
  EXPECT_EQ(victims.decide(officer, victim_, no_status).error().fields.count("status"), 1u);
  EXPECT_EQ(victims.decide(commander, victim_, no_status).error().code, ErrorCode::kPermissionDenied);
  EXPECT_TRUE(victims.decisions(officer, victim_)->empty());
}

class ReceptionTest : public VictimServiceTest {
 protected:
  static ReceptionInput returnees() {
    ReceptionInput in;
    domain::CaseDraft c;
    c.title = "Tiếp nhận công dân bị lừa sang Trung Quốc";
    c.trafficking_form = domain::TraffickingForm::kForcedLabour;
    in.new_case = c;
    in.unit_code = "DBP-LS-HUUNGHI";
    in.handover_country = "CN";
    in.handover_agency = "Công an huyện Bằng Tường";
    for (const char* name : {"Nông Thị Hoa", "Nông Văn Sáng"}) {
      ReceivedPersonInput p;
      p.person = person(name);
      p.needs = {domain::ImmediateNeed::kMedicalCare, domain::ImmediateNeed::kFamilyContact};
      p.needs_note = "Cần khám sức khỏe";
      in.persons.push_back(p);
    }
    return in;
  }

  int64_t count(const std::string& table) {
    return testing::RawDb(env.db_path()).integer("SELECT COUNT(*) FROM " + table);
  }
};

TEST_F(ReceptionTest, OpensTheCaseAtTheGateAndAddsEachReturneeAsAVictim) {
  auto r = victims.receive(officer, returnees());
  ASSERT_TRUE(r.ok()) << describe(r);
  EXPECT_EQ(r->unit_code, "DBP-LS-HUUNGHI");
  EXPECT_EQ(r->receiving_officer_id, officer.user_id);
  ASSERT_EQ(r->persons.size(), 2u);
  auto c = cases.get(officer, r->case_id);
  ASSERT_TRUE(c.ok()) << describe(c);
  EXPECT_EQ(c->unit_code, "DBP-LS-HUUNGHI");
  EXPECT_EQ(c->status, domain::CaseStatus::kReported);
  auto persons = cases.list_persons(officer, r->case_id);
  ASSERT_TRUE(persons.ok());
  ASSERT_EQ(persons->size(), 2u);
  for (const auto& p : *persons) {
    EXPECT_EQ(p.role, domain::PersonRole::kVictim);
  }
  auto events = cases.list_events(officer, r->case_id);
  ASSERT_TRUE(events.ok());
  EXPECT_EQ(std::count_if(events->begin(), events->end(),
                          [](const auto& e) { return e.kind == domain::EventKind::kReception; }),
            1);
  EXPECT_EQ(audits("reception.create"), 1);
  auto again = victims.get_reception(commander, r->id);
  ASSERT_TRUE(again.ok()) << describe(again);
  EXPECT_EQ(again->persons.at(0).needs_note, "Cần khám sức khỏe");
  EXPECT_EQ(again->persons.at(0).needs, returnees().persons.at(0).needs);
  EXPECT_EQ(testing::RawDb(env.db_path()).integer(
                "SELECT COUNT(*) FROM reception_persons WHERE instr(needs_note, 'khám') > 0"),
            0);
}

TEST_F(ReceptionTest, AddsToAnOpenCaseWhenNamed) {
  ReceptionInput in = returnees();
  in.new_case.reset();
  in.case_id = case_.id;
  auto r = victims.receive(investigator, in);
  ASSERT_TRUE(r.ok()) << describe(r);
  EXPECT_EQ(r->case_id, case_.id);
  EXPECT_EQ(cases.list_persons(officer, case_.id)->size(), 3u);
}

TEST_F(ReceptionTest, BadHandOversNameEveryFieldAndWriteNothing) {
  ReceptionInput in = returnees();
  in.unit_code = "BCH-LS";  // a command, not a gate
  in.handover_country = "VN";
  in.handover_agency = "";
  in.handed_over_at = env.clock.now() + std::chrono::hours(48);
  in.receiving_officer_id = officer_qn.user_id;  // another province's officer
  in.persons.at(1).person.identity.full_name.clear();
  in.persons.at(0).person.nationality = "ZZ";
  in.new_case->title = "x";
  const int64_t cases_before = count("cases");
  const int64_t persons_before = count("persons");
  const int64_t audit_before = audits("");
  auto r = victims.receive(officer, in);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument);
  for (const char* field : {"unit_code", "handover_country", "handover_agency", "handed_over_at",
                            "receiving_officer_id", "persons[1].identity.full_name", "persons[0].nationality",
                            "case.title"}) {
    EXPECT_EQ(r.error().fields.count(field), 1u) << field << " in " << r.error().message;
  }
  ReceptionInput both = returnees();
  both.case_id = case_.id;
  EXPECT_EQ(victims.receive(officer, both).error().fields.count("case"), 1u);
  ReceptionInput neither = returnees();
  neither.new_case.reset();
  EXPECT_EQ(victims.receive(officer, neither).error().fields.count("case"), 1u);
  ReceptionInput nobody = returnees();
  nobody.persons.clear();
  EXPECT_EQ(victims.receive(officer, nobody).error().fields.count("persons"), 1u);
  ReceptionInput far_gate = returnees();
  far_gate.unit_code = "DBP-TN-MOCBAI";  // outside Lạng Sơn
  EXPECT_EQ(victims.receive(officer, far_gate).error().fields.count("unit_code"), 1u);
  EXPECT_EQ(count("cases"), cases_before);
  EXPECT_EQ(count("persons"), persons_before);
  EXPECT_EQ(count("receptions"), 0);
  EXPECT_EQ(audits(""), audit_before);
  EXPECT_EQ(victims.receive(analyst, returnees()).error().code, ErrorCode::kPermissionDenied);
}

TEST_F(ReceptionTest, ListsAreScopedToTheCallersUnits) {
  ASSERT_TRUE(victims.receive(officer, returnees()).ok());
  auto mine = victims.list_receptions(commander, 0, 50);
  ASSERT_TRUE(mine.ok()) << describe(mine);
  EXPECT_EQ(mine->total, 1);
  auto theirs = victims.list_receptions(officer_qn, 0, 50);
  ASSERT_TRUE(theirs.ok());
  EXPECT_EQ(theirs->total, 0);
  EXPECT_EQ(victims.get_reception(officer_qn, mine->items.at(0).id).error().code, ErrorCode::kNotFound);
  EXPECT_EQ(victims.list_receptions(analyst, 0, 50)->total, 1);  // analysts see every unit
  EXPECT_EQ(victims.list_receptions(commander, 0, 0).error().fields.count("limit"), 1u);
}

}  // namespace
}  // namespace frontline::service
