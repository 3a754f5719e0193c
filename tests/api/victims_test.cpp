// Victims over HTTP: a reception of returnees opens the case, a screening is
// saved as a draft, resumed and completed with the engine's verdict, and the
// officer's identification decision becomes the person's status.
#include <gtest/gtest.h>

#include "harness.hpp"

namespace frontline::api_test {
namespace {

class VictimsApi : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    world_ = ApiWorld::start({{"officer.ls", "frontline_officer", "DBP-LS-HUUNGHI"},
                              {"support.ls", "victim_support", "BCH-LS"},
                              {"commander.ls", "commander", "BCH-LS"},
                              {"officer.qn", "frontline_officer", "DBP-QN-MONGCAI"}});
  }
  static void TearDownTestSuite() { world_.reset(); }
  void SetUp() override {
    if (!world_) {
      GTEST_FAIL() << "the server did not start";
    }
  }
  static inline std::unique_ptr<ApiWorld> world_;
};

TEST_F(VictimsApi, ReceiveScreenAndIdentifyAReturnee) {
  UserClient& officer = world_->as("officer.ls");
  HttpReply received = officer.post(
      "/api/v1/receptions",
      {{"case", {{"title", "Tiếp nhận công dân trở về từ Trung Quốc"}, {"trafficking_form", "forced_labour"}}},
       {"unit_code", "DBP-LS-HUUNGHI"},
       {"handover_country", "CN"},
       {"handover_agency", "Công an huyện Bằng Tường"},
       {"persons",
        {{{"identity", {{"full_name", "Nông Thị Hoa"}, {"date_of_birth", "2001"}}},
          {"sex", "female"},
          {"needs", {"medical_care", "family_contact"}}},
         {{"identity", {{"full_name", "Nông Văn Sáng"}}}, {"needs", json::array()}}}}});
  ASSERT_EQ(received.status, 201) << received.body;
  const json r = received.json_body();
  ASSERT_EQ(r["persons"].size(), 2u);
  const int64_t person = r["persons"][0]["person_id"].get<int64_t>();
  const std::string case_path = "/api/v1/cases/" + std::to_string(r["case_id"].get<int64_t>());
  EXPECT_EQ(officer.get(case_path).json_body()["unit_code"], "DBP-LS-HUUNGHI");
  EXPECT_EQ(officer.get(case_path + "/persons").json_body()["total"], 2);
  EXPECT_EQ(world_->as("commander.ls").get("/api/v1/receptions").json_body()["total"], 1);
  EXPECT_EQ(world_->as("officer.qn").get("/api/v1/receptions").json_body()["total"], 0);

  // The catalog is for the officers who screen; a commander may not.
  HttpReply catalog = officer.get("/api/v1/indicators");
  ASSERT_EQ(catalog.status, 200);
  EXPECT_EQ(catalog.json_body()["sets"].size(), 4u);
  EXPECT_EQ(world_->as("commander.ls").get("/api/v1/indicators").status, 403);

  // A draft, resumed by someone else, then completed.
  const std::string screenings = "/api/v1/persons/" + std::to_string(person) + "/screenings";
  HttpReply draft = officer.post(screenings, {{"set_id", "adult_labour"},
                                              {"answers", {{"AL-DR-01", "present"}, {"AL-DR-02", "present"}}}});
  ASSERT_EQ(draft.status, 201) << draft.body;
  EXPECT_EQ(draft.json_body()["status"], "draft");
  EXPECT_EQ(draft.json_body()["assessment"]["overall"], "possible_victim");
  const std::string screening = "/api/v1/screenings/" + std::to_string(draft.json_body()["id"].get<int64_t>());
  json live = officer.post("/api/v1/indicators/assess",
                           {{"set_id", "adult_labour"},
                            {"answers", {{"AL-DR-01", "present"}, {"AL-DR-02", "present"}, {"AL-EC-01", "present"},
                                         {"AL-EC-02", "present"}, {"AL-CD-01", "present"}, {"AL-CD-02", "present"}}}})
                  .json_body();
  EXPECT_EQ(live["overall"], "trafficked");
  HttpReply done = world_->as("support.ls").patch(
      screening, {{"answers", {{"AL-EC-01", "present"}, {"AL-EC-02", "present"}, {"AL-CD-01", "present"},
                               {"AL-CD-02", "present"}}},
                  {"status", "completed"},
                  {"version", 1}});
  ASSERT_EQ(done.status, 200) << done.body;
  EXPECT_EQ(done.json_body()["verdict"], "trafficked");
  EXPECT_EQ(done.json_body()["answers"].size(), 6u);
  EXPECT_EQ(officer.patch(screening, {{"notes", "sau khi hoàn tất"}}).status, 409);
  EXPECT_EQ(officer.get(screenings).json_body()["total"], 1);
  EXPECT_EQ(world_->as("officer.qn").get(screening).status, 404);

  // The officer's decision, citing the screening, is the person's status.
  const std::string identification = "/api/v1/persons/" + std::to_string(person) + "/identification";
  EXPECT_TRUE(officer.get(identification).json_body()["current"].is_null());
  HttpReply decided = officer.post(identification, {{"status", "identified_victim"},
                                                    {"decided_on", "2026-01-10"},
                                                    {"agency", "Đồn Biên phòng Cửa khẩu Quốc tế Hữu Nghị"},
                                                    {"grounds", "Kết quả sàng lọc và lời khai thống nhất"},
                                                    {"screening_id", done.json_body()["id"]}});
  ASSERT_EQ(decided.status, 201) << decided.body;
  const json status = officer.get(identification).json_body();
  EXPECT_EQ(status["current"]["status"], "identified_victim");
  EXPECT_EQ(status["items"].size(), 1u);
}

}  // namespace
}  // namespace frontline::api_test
