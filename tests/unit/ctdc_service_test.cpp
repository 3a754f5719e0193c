// CtdcService over a real store: who may export, the scope of an export, one
// row per victim with nothing identifying, the audit entries, and imports
// that add each row once.
#include <gtest/gtest.h>

#include "ctdc/export_format.hpp"
#include "ctdc/victim_row.hpp"
#include "service/ctdc_service.hpp"
#include "service_fixture.hpp"

namespace frontline::testing {
namespace {

class CtdcServiceTest : public ServiceTest {
 protected:
  // A case by `who` with one victim (and one suspect, never exported).
  int64_t case_with_victim(const service::Principal& who, const std::string& victim_name) {
    domain::CaseDraft d = draft();
    d.route.destination_country = "CN";
    auto c = cases.create(who, d);
    EXPECT_TRUE(c.ok()) << describe(c);
    if (!c.ok()) {
      return 0;
    }
    auto v = cases.add_person(who, c->id, person(victim_name), domain::PersonRole::kVictim);
    EXPECT_TRUE(v.ok()) << describe(v);
    domain::PersonDraft s = person("Vi Văn Toàn");
    s.sex = domain::Sex::kMale;
    auto suspect = cases.add_person(who, c->id, s, domain::PersonRole::kSuspect);
    EXPECT_TRUE(suspect.ok()) << describe(suspect);
    victims.push_back(v.ok() ? v->person.id : 0);
    return c->id;
  }

  std::vector<int64_t> victims;
  service::CtdcService ctdc{*env.store, env.clock};
};

TEST_F(CtdcServiceTest, OnlyAnalystsAndCommandersExport) {
  for (const auto* who : {&officer, &investigator, &support, &admin, &trainer}) {
    auto e = ctdc.export_victims(*who, 11);
    ASSERT_FALSE(e.ok()) << who->username;
    EXPECT_EQ(e.error().code, ErrorCode::kPermissionDenied);
  }
  EXPECT_TRUE(ctdc.export_victims(analyst, 11).ok());
  EXPECT_TRUE(ctdc.export_victims(commander, 11).ok());
}

TEST_F(CtdcServiceTest, KMustBeTwoToHundred) {
  for (int k : {-1, 0, 1, 101}) {
    auto e = ctdc.export_victims(analyst, k);
    ASSERT_FALSE(e.ok()) << k;
    EXPECT_EQ(e.error().fields.count("k"), 1u);
  }
  EXPECT_TRUE(ctdc.export_victims(analyst, 2).ok());
  EXPECT_TRUE(ctdc.export_victims(analyst, 100).ok());
}

TEST_F(CtdcServiceTest, ExportsOneAnonymousRowPerVictimInScope) {
  for (int i = 0; i < 4; ++i) {
    case_with_victim(officer, "Lò Thị Xuân " + std::to_string(i));
  }
  case_with_victim(officer_qn, "Nông Thị Hằng");
  case_with_victim(officer_qn, "Hoàng Thị Lan");
  // A victim of two cases counts once.
  ASSERT_TRUE(cases.link_person(officer, make_case().id, victims[0], domain::PersonRole::kVictim).ok());

  auto all = ctdc.export_victims(analyst, 2);
  ASSERT_TRUE(all.ok()) << describe(all);
  EXPECT_EQ(all->report.input_rows, 6);
  auto own = ctdc.export_victims(commander, 2);
  ASSERT_TRUE(own.ok()) << describe(own);
  EXPECT_EQ(own->report.input_rows, 4) << "the commander sees Lạng Sơn only";
  ASSERT_EQ(own->rows.size(), 4u);
  const ctdc::Row& r = own->rows[0];
  EXPECT_EQ(ctdc::cell(r, "gender"), "Female");
  EXPECT_EQ(ctdc::cell(r, "citizenship"), "VN");
  EXPECT_EQ(ctdc::cell(r, "CountryOfExploitation"), "CN");
  EXPECT_EQ(ctdc::cell(r, "isForcedMarriage"), "1");
  EXPECT_EQ(ctdc::cell(r, "yearOfRegistration"), "2026");
  EXPECT_EQ(ctdc::cell(r, "ageBroad"), "21--23");  // born 2004, reported 2026

  const std::string json = ctdc::export_json(all->rows, all->report).dump();
  const std::string csv = ctdc::rows_csv(all->rows);
  for (const std::string secret : {"Lò Thị Xuân", "Nông Thị Hằng", "Vi Văn Toàn", "020304012345", "2004-05", "LS-"}) {
    EXPECT_EQ(json.find(secret), std::string::npos) << secret;
    EXPECT_EQ(csv.find(secret), std::string::npos) << secret;
  }
  auto audited = env.audit_entries("export.ctdc");
  ASSERT_EQ(audited.size(), 2u);
  EXPECT_NE(audited[0].detail.find("\"victims\":4"), std::string::npos) << audited[0].detail;
  EXPECT_TRUE(env.audit_intact());
}

TEST_F(CtdcServiceTest, DefaultKSuppressesSmallGroups) {
  for (int i = 0; i < 3; ++i) {
    case_with_victim(officer, "Lò Thị Xuân " + std::to_string(i));
  }
  auto e = ctdc.export_victims(analyst, 11);
  ASSERT_TRUE(e.ok());
  EXPECT_TRUE(e->rows.empty());
  EXPECT_EQ(e->report.suppressed_rows, 3);
}

TEST_F(CtdcServiceTest, ImportAddsEachRowOnceAndOnlyFromTheCommandLine) {
  ctdc::VictimFacts f;
  f.sex = domain::Sex::kMale;
  f.registration_year = 2019;
  f.nationality = "VN";
  const ctdc::Row row = ctdc::victim_row(f);
  const std::string file = ctdc::rows_csv({row, row, row});

  auto denied = ctdc.import_csv(analyst, file);
  ASSERT_FALSE(denied.ok());
  EXPECT_EQ(denied.error().code, ErrorCode::kPermissionDenied);

  auto first = ctdc.import_csv(service::Principal::system(), file);
  ASSERT_TRUE(first.ok()) << describe(first);
  EXPECT_EQ(first->rows_read, 3);
  EXPECT_EQ(first->imported, 3) << "identical rows are different victims";
  auto again = ctdc.import_csv(service::Principal::system(), file);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->imported, 0);
  EXPECT_EQ(again->already_present, 3);
  auto more = ctdc.import_csv(service::Principal::system(), ctdc::rows_csv({row, row, row, row}));
  ASSERT_TRUE(more.ok());
  EXPECT_EQ(more->imported, 1);

  auto bad = ctdc.import_csv(service::Principal::system(), "gender\r\nFemale\r\n");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().fields.count("header"), 1u);

  auto stored = store::read_value<int64_t>(*env.store,
                                           [](store::Transaction& tx) { return tx.ctdc_records().count(); });
  ASSERT_TRUE(stored.ok());
  EXPECT_EQ(*stored, 4);
  EXPECT_EQ(env.audit_entries("import.ctdc").size(), 3u);
}

TEST_F(CtdcServiceTest, AFailedImportStoresNothing) {
  ctdc::VictimFacts f;
  f.registration_year = 2019;
  const std::string file = ctdc::rows_csv({ctdc::victim_row(f), ctdc::victim_row(f)});
  int inserts = 0;
  env.store->set_fault_hook([&](std::string_view sql) -> Status {
    if (sql.find("INSERT INTO ctdc_records") != std::string_view::npos && ++inserts == 2) {
      return Error::unavailable("disk full (injected)");
    }
    return {};
  });
  auto r = ctdc.import_csv(service::Principal::system(), file);
  env.store->set_fault_hook(nullptr);
  ASSERT_FALSE(r.ok());
  auto stored = store::read_value<int64_t>(*env.store,
                                           [](store::Transaction& tx) { return tx.ctdc_records().count(); });
  ASSERT_TRUE(stored.ok());
  EXPECT_EQ(*stored, 0);
  EXPECT_EQ(env.audit_entries("import.ctdc").size(), 0u);
}

}  // namespace
}  // namespace frontline::testing
