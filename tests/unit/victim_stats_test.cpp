// victim_statistics over a real store: distinct persons with their earliest
// case, CTDC age bands and their boundaries, former provinces counted under
// their successor, identification and referral status, the <5 rule per role,
// scope per role, and the validation of the request.
#include "service/victim_stats.hpp"

#include <gtest/gtest.h>

#include "raw_sqlite.hpp"
#include "service_fixture.hpp"

namespace frontline::testing {
namespace {

using service::StatCell;
using service::VictimStats;
using service::VictimStatsRequest;

// What add_victim makes, set fluently: VictimSpec().on("2020-03-01").going("MY").
struct VictimSpec {
  std::string reported_on = "2020-06-10";
  std::string province;   // "" = the unit's
  std::string birth;      // date of birth ("YYYY"), "" unknown
  domain::Sex sex = domain::Sex::kFemale;
  domain::TraffickingForm form = domain::TraffickingForm::kForcedMarriage;
  std::string destination = "CN";

  VictimSpec& on(std::string d) { reported_on = std::move(d); return *this; }
  VictimSpec& in(std::string p) { province = std::move(p); return *this; }
  VictimSpec& born(std::string b) { birth = std::move(b); return *this; }
  VictimSpec& of_sex(domain::Sex s) { sex = s; return *this; }
  VictimSpec& of_form(domain::TraffickingForm f) { form = f; return *this; }
  VictimSpec& going(std::string c) { destination = std::move(c); return *this; }
};

// A request, set fluently: Req().from("2020-01-01").province("TQ").
struct Req {
  VictimStatsRequest r;
  Req& from(std::string v) { r.from = std::move(v); return *this; }
  Req& to(std::string v) { r.to = std::move(v); return *this; }
  Req& province(std::string v) { r.province = std::move(v); return *this; }
  Req& group_by(std::vector<std::string> v) { r.group_by = std::move(v); return *this; }
  Req& historic() { r.include_historic = true; return *this; }
  operator VictimStatsRequest() const { return r; }  // NOLINT: implicit on purpose
};

class VictimStatsTest : public ServiceTest {
 protected:
  // A new case by `who` with one new victim; returns the person id.
  int64_t add_victim(const service::Principal& who, const VictimSpec& v = VictimSpec()) {
    domain::CaseDraft d = draft();
    d.reported_on = v.reported_on;
    d.province_code = v.province;
    d.trafficking_form = v.form;
    d.route.destination_country = v.destination;
    auto c = cases.create(who, d);
    EXPECT_TRUE(c.ok()) << describe(c);
    if (!c.ok()) {
      return 0;
    }
    last_case = c->id;
    domain::PersonDraft p = person("Lò Thị Xuân");
    p.identity.date_of_birth = v.birth;
    p.sex = v.sex;
    auto added = cases.add_person(who, c->id, p, domain::PersonRole::kVictim);
    EXPECT_TRUE(added.ok()) << describe(added);
    return added.ok() ? added->person.id : 0;
  }

  Result<VictimStats> stats(const service::Principal& who, VictimStatsRequest req = VictimStatsRequest()) {
    return service::victim_statistics(*env.store, who, req);
  }

  // The cell `key` of breakdown `name`; fails the test when absent.
  static StatCell cell(const VictimStats& s, const std::string& name, const std::string& key) {
    for (const auto& [n, cells] : s.breakdowns) {
      if (n != name) {
        continue;
      }
      for (const auto& c : cells) {
        if (c.key == key) {
          return c;
        }
      }
    }
    ADD_FAILURE() << "no cell " << name << "/" << key;
    return {};
  }
  static int64_t count(const VictimStats& s, const std::string& name, const std::string& key) {
    return cell(s, name, key).count.value_or(-1);
  }

  void sql(const std::string& statement) {
    RawDb db(env.db_path());
    ASSERT_EQ(db.exec(statement), 0) << db.last_error() << "\n" << statement;
  }
  void decide(int64_t person, const std::string& status) {
    sql("INSERT INTO identification_decisions(person_id, case_id, status, decided_on, agency, details, decided_by, "
        "created_at) VALUES (" + std::to_string(person) + ", " + std::to_string(last_case) + ", '" + status +
        "', '2020-07-01', 'BĐBP', x'00', 1, '2020-07-01T00:00:00Z')");
  }
  void refer(int64_t person, const std::string& status) {
    sql("INSERT INTO referrals(person_id, case_id, organization_id, service, consent_status, consent_date, "
        "consent_recorded_by, status, created_by, created_at, updated_by, updated_at) VALUES (" +
        std::to_string(person) + ", " + std::to_string(last_case) + ", 1, 'shelter', 'given', '2020-07-01', 1, '" +
        status + "', 1, '2020-07-01T00:00:00Z', 1, '2020-07-01T00:00:00Z')");
  }

  int64_t last_case = 0;
};

TEST_F(VictimStatsTest, CommandAnalystsAndVictimWorkingRolesMayRead) {
  for (const auto* who : {&trainer, &admin}) {
    auto s = stats(*who);
    ASSERT_FALSE(s.ok()) << who->username;
    EXPECT_EQ(s.error().code, ErrorCode::kPermissionDenied);
  }
  for (const auto* who : {&officer, &investigator, &support, &commander, &analyst}) {
    EXPECT_TRUE(stats(*who).ok()) << who->username;
  }
}

TEST_F(VictimStatsTest, APersonCountsOnceWithTheirEarliestCase) {
  const int64_t p = add_victim(officer, VictimSpec().on("2020-03-01").going("CN"));
  add_victim(officer, VictimSpec().on("2019-05-02").of_form(domain::TraffickingForm::kForcedLabour).going("MY"));
  ASSERT_TRUE(cases.link_person(officer, last_case, p, domain::PersonRole::kVictim).ok());
  auto all = stats(investigator);
  ASSERT_TRUE(all.ok()) << describe(all);
  EXPECT_EQ(all->total.count, 2);
  EXPECT_EQ(count(*all, "period", "2019-05"), 2) << "both victims counted with the 2019 case";
  EXPECT_EQ(count(*all, "destination_country", "MY"), 2);
  EXPECT_EQ(count(*all, "exploitation_form", "forced_labour"), 2);
  EXPECT_EQ(count(*all, "exploitation_form", "forced_marriage"), 0);
  auto later = stats(investigator, Req().from("2020-01-01"));
  ASSERT_TRUE(later.ok());
  EXPECT_EQ(later->total.count, 0) << "the period applies to the earliest case";
  // A dismissed case does not count: the victim falls back to their other case.
  sql("UPDATE cases SET status = 'dismissed' WHERE id = " + std::to_string(last_case));
  auto after = stats(investigator);
  ASSERT_TRUE(after.ok());
  EXPECT_EQ(after->total.count, 1);
  EXPECT_EQ(count(*after, "period", "2020-03"), 1);
}

TEST_F(VictimStatsTest, AgeGroupsAreCtdcBandsOfCaseYearMinusBirthYear) {
  // Reported in 2020: ages 8, 9, 17, 18, 47, 48, unknown, and negative (unknown).
  for (const char* birth : {"2012", "2011", "2003", "2002", "1973", "1972", "", "2021"}) {
    add_victim(officer, VictimSpec().born(birth));
  }
  auto s = stats(investigator);
  ASSERT_TRUE(s.ok()) << describe(s);
  EXPECT_EQ(count(*s, "age_group", "0-8"), 1);
  EXPECT_EQ(count(*s, "age_group", "9-17"), 2);
  EXPECT_EQ(count(*s, "age_group", "18-20"), 1);
  EXPECT_EQ(count(*s, "age_group", "39-47"), 1);
  EXPECT_EQ(count(*s, "age_group", "48+"), 1);
  EXPECT_EQ(count(*s, "age_group", "unknown"), 2);
  EXPECT_EQ(count(*s, "age_group", "30-38"), 0) << "every band is listed, zeros included";
  const auto& groups = s->breakdowns.at(1);
  ASSERT_EQ(groups.first, "age_group");
  ASSERT_EQ(groups.second.size(), 10u);
  EXPECT_EQ(groups.second.front().key, "0-8");
  EXPECT_EQ(groups.second.back().key, "unknown");
}

TEST_F(VictimStatsTest, FormerProvincesCountUnderTheirSuccessor) {
  add_victim(officer, VictimSpec().in("02"));  // Hà Giang, now part of Tuyên Quang
  add_victim(officer, VictimSpec().in("TQ"));
  add_victim(officer);                  // the unit's province, Lạng Sơn
  auto all = stats(investigator);
  ASSERT_TRUE(all.ok()) << describe(all);
  EXPECT_EQ(count(*all, "province", "TQ"), 2);
  EXPECT_EQ(count(*all, "province", "LS"), 1);
  auto tq = stats(investigator, Req().province("TQ"));
  ASSERT_TRUE(tq.ok());
  EXPECT_EQ(tq->total.count, 2) << "a current province matches its former parts";
  auto ha_giang = stats(investigator, Req().province("02"));
  ASSERT_TRUE(ha_giang.ok());
  EXPECT_EQ(ha_giang->total.count, 1);
}

TEST_F(VictimStatsTest, IdentificationAndReferralStatusPerVictim) {
  const int64_t a = add_victim(officer);
  decide(a, "screening_pending");
  decide(a, "identified_victim");  // the latest decision is the status
  refer(a, "completed");
  refer(a, "sent");                // any open referral: in progress
  const int64_t b = add_victim(officer);
  decide(b, "not_identified");
  refer(b, "completed");
  refer(b, "declined");
  const int64_t c = add_victim(officer);
  refer(c, "declined");
  add_victim(officer);  // no decision, no referral
  auto s = stats(investigator);
  ASSERT_TRUE(s.ok()) << describe(s);
  EXPECT_EQ(count(*s, "identification_status", "identified_victim"), 1);
  EXPECT_EQ(count(*s, "identification_status", "not_identified"), 1);
  EXPECT_EQ(count(*s, "identification_status", "screening_pending"), 0);
  EXPECT_EQ(count(*s, "identification_status", "none"), 2);
  EXPECT_EQ(count(*s, "referral_status", "in_progress"), 1);
  EXPECT_EQ(count(*s, "referral_status", "completed"), 1);
  EXPECT_EQ(count(*s, "referral_status", "declined"), 1);
  EXPECT_EQ(count(*s, "referral_status", "none"), 1);
}

TEST_F(VictimStatsTest, SmallCellsAreWithheldFromRolesWithoutVictimIdentities) {
  for (int i = 0; i < 5; ++i) {
    add_victim(officer, VictimSpec().of_sex(i < 3 ? domain::Sex::kFemale : domain::Sex::kMale));
  }
  auto exact = stats(investigator);
  ASSERT_TRUE(exact.ok());
  EXPECT_FALSE(exact->small_cells_suppressed);
  EXPECT_EQ(count(*exact, "sex", "female"), 3);
  EXPECT_EQ(count(*exact, "sex", "male"), 2);
  for (const auto* who : {&commander, &analyst}) {
    auto s = stats(*who);
    ASSERT_TRUE(s.ok()) << describe(s);
    EXPECT_TRUE(s->small_cells_suppressed);
    EXPECT_EQ(s->total.count, 5) << "five is not a small cell";
    for (const char* key : {"female", "male"}) {
      EXPECT_TRUE(cell(*s, "sex", key).suppressed) << who->username << " " << key;
      EXPECT_FALSE(cell(*s, "sex", key).count.has_value());
    }
    EXPECT_EQ(count(*s, "sex", "unknown"), 0) << "zero is not withheld";
    EXPECT_FALSE(cell(*s, "sex", "unknown").suppressed);
    EXPECT_EQ(count(*s, "destination_country", "CN"), 5);
  }
  auto one = stats(commander, Req().from("2020-06-10").to("2020-06-10").province("TQ"));
  ASSERT_TRUE(one.ok());
  EXPECT_EQ(one->total.count, 0);
  EXPECT_FALSE(one->total.suppressed);
}

TEST_F(VictimStatsTest, TheTotalIsWithheldToo) {
  add_victim(officer);
  auto s = stats(analyst);
  ASSERT_TRUE(s.ok());
  EXPECT_TRUE(s->total.suppressed);
  EXPECT_FALSE(s->total.count.has_value());
  auto exact = stats(support);
  ASSERT_TRUE(exact.ok());
  EXPECT_EQ(exact->total.count, 1);
}

TEST_F(VictimStatsTest, ScopeIsTheCallersUnitsExceptForAnalysts) {
  for (int i = 0; i < 6; ++i) {
    add_victim(officer);
  }
  for (int i = 0; i < 7; ++i) {
    add_victim(officer_qn);
  }
  auto total = [&](const service::Principal& who) {
    auto s = stats(who);
    EXPECT_TRUE(s.ok()) << describe(s);
    return s.ok() ? s->total.count.value_or(-1) : -1;
  };
  EXPECT_EQ(total(analyst), 13);
  EXPECT_EQ(total(commander), 6);
  EXPECT_EQ(total(investigator), 6);
  EXPECT_EQ(total(officer), 6);
  EXPECT_EQ(total(officer_qn), 7);
}

TEST_F(VictimStatsTest, GroupByPicksTheBreakdowns) {
  add_victim(officer);
  auto s = stats(investigator, Req().group_by({"sex", "period"}));
  ASSERT_TRUE(s.ok());
  ASSERT_EQ(s->breakdowns.size(), 2u);
  EXPECT_EQ(s->breakdowns[0].first, "sex");
  EXPECT_EQ(s->breakdowns[1].first, "period");
  auto all = stats(investigator);
  ASSERT_TRUE(all.ok());
  EXPECT_EQ(all->breakdowns.size(), service::victim_breakdown_names().size());
}

TEST_F(VictimStatsTest, InvalidRequestsNameTheField) {
  auto field_of = [&](const VictimStatsRequest& req) {
    auto s = stats(investigator, req);
    EXPECT_FALSE(s.ok());
    if (s.ok()) {
      return std::string();
    }
    EXPECT_EQ(s.error().code, ErrorCode::kInvalidArgument);
    return s.error().fields.empty() ? std::string() : s.error().fields.begin()->first;
  };
  EXPECT_EQ(field_of(Req().from("2020-13-01")), "from");
  EXPECT_EQ(field_of(Req().to("yesterday")), "to");
  EXPECT_EQ(field_of(Req().from("2021-01-01").to("2020-12-31")), "to");
  EXPECT_EQ(field_of(Req().province("XX")), "province");
  EXPECT_EQ(field_of(Req().group_by({"sex", "shoe_size"})), "group_by");
  EXPECT_EQ(field_of(Req().province("LS").historic()), "include_historic");
  EXPECT_TRUE(stats(investigator, Req().from("2020-01-01").to("2020-01-01")).ok());
}

TEST_F(VictimStatsTest, HistoricRecordsAreTheirOwnSource) {
  add_victim(officer);
  const char* cells = R"({"isForcedLabour":"1","isSexualExploit":"1"})";
  for (const auto& [year, gender, age] : std::vector<std::tuple<std::string, std::string, std::string>>{
           {"2019", "Female", "9--17"}, {"2019", "Male", "48+"}, {"2015", "", "Unknown"}}) {
    static int n = 0;
    ++n;
    sql("INSERT INTO ctdc_records(row_hash, occurrence, source_sha256, source_line, year_of_registration, gender, "
        "age_broad, citizenship, country_of_exploitation, cells, imported_at, imported_by) VALUES ('h" +
        std::to_string(n) + "', 1, 's', 1, '" + year + "', '" + gender + "', '" + age + "', 'VN', 'CN', '" + cells +
        "', '2026-01-01T00:00:00Z', 0)");
  }
  auto s = stats(investigator, Req().from("2016-01-01").to("2020-12-31").historic());
  ASSERT_TRUE(s.ok()) << describe(s);
  ASSERT_TRUE(s->historic.has_value());
  EXPECT_EQ(s->total.count, 1) << "case-management victims are counted apart";
  EXPECT_EQ(s->historic->total.count, 2) << "2015 lies outside the period";
  VictimStats h;
  h.breakdowns = s->historic->breakdowns;
  EXPECT_EQ(count(h, "sex", "female"), 1);
  EXPECT_EQ(count(h, "sex", "male"), 1);
  EXPECT_EQ(count(h, "age_group", "9-17"), 1);
  EXPECT_EQ(count(h, "age_group", "48+"), 1);
  EXPECT_EQ(count(h, "period", "2019"), 2);
  EXPECT_EQ(count(h, "exploitation_form", "isForcedLabour"), 2);
  EXPECT_EQ(count(h, "exploitation_form", "isOrganRemoval"), 0);
  EXPECT_EQ(count(h, "destination_country", "CN"), 2);
  EXPECT_FALSE(stats(investigator).value().historic.has_value());
}

}  // namespace
}  // namespace frontline::testing
