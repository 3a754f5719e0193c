// Need to know, field by field: every role against every identifying field
// of a victim and of a suspect, through the case's person list and the
// person page. Withheld identities show as a pseudonym (V-…/P-…).
#include <gtest/gtest.h>

#include <regex>

#include "harness.hpp"

namespace frontline::api_test {
namespace {

const std::vector<std::string> kIdentityFields = {"full_name", "aliases", "date_of_birth", "citizen_id",
                                                  "passport_number", "phone", "address", "notes"};

class PrivacyApi : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    world_ = ApiWorld::start({{"frontline_officer", "frontline_officer", "DBP-LS-HUUNGHI"},
                              {"investigator", "investigator", "BCH-LS"},
                              {"victim_support", "victim_support", "BCH-LS"},
                              {"commander", "commander", "BCH-LS"},
                              {"analyst", "analyst", "BTL-BDBP"},
                              {"trainer", "trainer", "BCH-LS"},
                              {"partner_liaison", "partner_liaison", "BCH-LS"},
                              {"admin", "admin", "BCH-LS"}});
  }
  static void TearDownTestSuite() { world_.reset(); }
  void SetUp() override {
    if (!world_) {
      GTEST_FAIL() << "the server did not start";
    }
  }
  static inline std::unique_ptr<ApiWorld> world_;
};

// Identity fields held as one string (aliases is a list).
bool expected_text_field(const std::string& field) { return field != "aliases"; }

json full_identity(const std::string& name) {
  return {{"full_name", name},          {"aliases", {"Mai"}},          {"date_of_birth", "2003-07-14"},
          {"citizen_id", "020303009876"}, {"passport_number", "C1234567"}, {"phone", "0987 654 321"},
          {"address", "Thôn Nà Lầu, xã Hữu Lũng, Lạng Sơn"}, {"notes", "Có con nhỏ"}};
}

TEST_F(PrivacyApi, EveryRoleAgainstEveryIdentifyingField) {
  UserClient& officer = world_->as("frontline_officer");
  json c = create_case(officer, "Vụ việc kiểm tra quyền xem từng trường");
  ASSERT_TRUE(c.is_object());
  const std::string path = "/api/v1/cases/" + std::to_string(c["id"].get<int64_t>());
  const json victim_identity = full_identity("Lục Thị Mai");
  const json suspect_identity = full_identity("Hoàng Văn Đức");
  HttpReply v = officer.post(path + "/persons", {{"role", "victim"}, {"sex", "female"}, {"identity", victim_identity}});
  HttpReply s = officer.post(path + "/persons", {{"role", "suspect"}, {"sex", "male"}, {"identity", suspect_identity}});
  ASSERT_EQ(v.status, 201) << v.body;
  ASSERT_EQ(s.status, 201) << s.body;
  const int64_t victim = v.json_body()["id"].get<int64_t>();
  const int64_t suspect = s.json_body()["id"].get<int64_t>();

  struct Expect {
    std::string role;
    int status;        // of reading the case's persons
    bool victim_shown;
    bool suspect_shown;
  };
  const std::regex victim_label("^V-[0-9A-HJKMNP-TV-Z]{4}$");
  const std::regex other_label("^P-[0-9A-HJKMNP-TV-Z]{4}$");
  for (const auto& e : std::vector<Expect>{{"frontline_officer", 200, true, true},
                                           {"investigator", 200, true, true},
                                           {"victim_support", 200, true, true},
                                           {"commander", 200, false, true},
                                           {"analyst", 200, false, false},
                                           {"trainer", 403, false, false},
                                           {"partner_liaison", 403, false, false},
                                           {"admin", 403, false, false}}) {
    SCOPED_TRACE(e.role);
    UserClient& who = world_->as(e.role);
    HttpReply list = who.get(path + "/persons");
    ASSERT_EQ(list.status, e.status) << list.body;
    EXPECT_EQ(who.get("/api/v1/persons/" + std::to_string(victim)).status, e.status == 200 ? 200 : 403);
    if (e.status != 200) {
      EXPECT_EQ(list.body.find("Lục Thị Mai"), std::string::npos);
      continue;
    }
    for (const auto& p : list.json_body()["items"]) {
      const bool is_victim = p["id"] == victim;
      const bool shown = is_victim ? e.victim_shown : e.suspect_shown;
      const json& expected = is_victim ? victim_identity : suspect_identity;
      EXPECT_TRUE(std::regex_match(p["pseudonym"].get<std::string>(), is_victim ? victim_label : other_label))
          << p["pseudonym"];
      EXPECT_EQ(p["masked"], !shown);
      // What is not identifying is there for every role that reads the case.
      EXPECT_EQ(p["sex"], is_victim ? "female" : "male");
      EXPECT_EQ(p["birth_year"], 2003);
      if (!shown) {
        EXPECT_TRUE(p["identity"].is_null()) << p.dump();
        continue;
      }
      for (const auto& field : kIdentityFields) {
        EXPECT_EQ(p["identity"][field], expected[field]) << field;
      }
    }
    // The person page agrees with the list, and a withheld name appears nowhere.
    HttpReply page = who.get("/api/v1/persons/" + std::to_string(victim));
    EXPECT_EQ(page.json_body()["masked"], !e.victim_shown);
    if (!e.victim_shown) {
      for (const auto& field : kIdentityFields) {
        if (expected_text_field(field)) {
          EXPECT_EQ(page.body.find(victim_identity[field].get<std::string>()), std::string::npos) << field;
        }
      }
    }
  }
  EXPECT_GT(suspect, victim);
}

}  // namespace
}  // namespace frontline::api_test
