// Cross-case links over HTTP: a person entered on two cases is proposed as a
// duplicate, an investigator of the unit merges the two records, the person
// page lists the merge, and undo brings the second record back.
#include <gtest/gtest.h>

#include "harness.hpp"

namespace frontline::api_test {
namespace {

int64_t add_suspect(UserClient& who, const json& c, const std::string& name) {
  HttpReply r = who.post("/api/v1/cases/" + std::to_string(c["id"].get<int64_t>()) + "/persons",
                         {{"role", "suspect"},
                          {"sex", "male"},
                          {"identity", {{"full_name", name}, {"date_of_birth", "1977-05-06"}}}});
  EXPECT_EQ(r.status, 201) << r.body;
  return r.json_body().value("id", int64_t{0});
}

TEST(LinksApi, ProposeMergeAndUndo) {
  auto users = standard_users();
  users.push_back({"investigator.qn", "investigator", "BCH-QN"});
  auto world = ApiWorld::start(users);
  ASSERT_TRUE(world);
  UserClient& officer = world->as("officer.ls");
  json first = create_case(officer, "Vụ môi giới lao động sang Lào (thử)");
  json second = create_case(officer, "Vụ môi giới hôn nhân (thử)");
  ASSERT_TRUE(first.is_object() && second.is_object());
  const int64_t a = add_suspect(officer, first, "Sùng A Páo");
  const int64_t b = add_suspect(officer, second, "Sung A Pao");

  EXPECT_EQ(officer.get("/api/v1/link-proposals").status, 403);
  UserClient& inv = world->as("investigator.ls");
  HttpReply list = inv.get("/api/v1/link-proposals?status=open");
  ASSERT_EQ(list.status, 200) << list.body;
  ASSERT_EQ(list.json_body()["total"], 1) << list.body;
  const json p = list.json_body()["items"][0];
  EXPECT_EQ(p["kind"], "duplicate_person");
  EXPECT_TRUE(p["identifier_kind"].is_null());
  EXPECT_EQ(p["a"]["person_id"], std::min(a, b));
  EXPECT_EQ(p["b"]["person_id"], std::max(a, b));
  EXPECT_EQ(p["a"]["full_name"], a < b ? "Sùng A Páo" : "Sung A Pao");
  EXPECT_TRUE(p["actionable"]);
  EXPECT_EQ(p["outcomes"]["name"], "match");
  const std::string proposal = "/api/v1/link-proposals/" + std::to_string(p["id"].get<int64_t>());

  // A province with no part in it sees nothing.
  EXPECT_EQ(world->as("investigator.qn").get(proposal).status, 404);

  HttpReply merged = inv.post(proposal + "/merge", {{"survivor_id", a}});
  ASSERT_EQ(merged.status, 201) << merged.body;
  const json m = merged.json_body();
  EXPECT_EQ(m["survivor_id"], a);
  EXPECT_EQ(m["merged_id"], b);
  EXPECT_EQ(m["moved"]["case_persons"], 1);
  EXPECT_EQ(inv.get(proposal).json_body()["status"], "merged");
  // The second case now lists the survivor.
  HttpReply persons = officer.get("/api/v1/cases/" + std::to_string(second["id"].get<int64_t>()) + "/persons");
  ASSERT_EQ(persons.status, 200) << persons.body;
  EXPECT_NE(persons.body.find("\"id\":" + std::to_string(a)), std::string::npos) << persons.body;
  EXPECT_EQ(persons.body.find("\"id\":" + std::to_string(b)), std::string::npos) << persons.body;
  HttpReply history = inv.get("/api/v1/persons/" + std::to_string(b) + "/merges");
  ASSERT_EQ(history.status, 200) << history.body;
  ASSERT_EQ(history.json_body()["items"].size(), 1u);
  EXPECT_EQ(inv.post(proposal + "/merge", {{"survivor_id", a}}).status, 409);

  const std::string undo = "/api/v1/person-merges/" + std::to_string(m["id"].get<int64_t>()) + "/undo";
  EXPECT_EQ(world->as("investigator.qn").post(undo, json::object()).status, 404);
  HttpReply undone = inv.post(undo, json::object());
  ASSERT_EQ(undone.status, 200) << undone.body;
  EXPECT_FALSE(undone.json_body()["undone_at"].is_null());
  EXPECT_EQ(inv.get(proposal).json_body()["status"], "rejected");
  persons = officer.get("/api/v1/cases/" + std::to_string(second["id"].get<int64_t>()) + "/persons");
  EXPECT_NE(persons.body.find("\"id\":" + std::to_string(b)), std::string::npos) << persons.body;
  EXPECT_EQ(inv.post(undo, json::object()).status, 409);
}

}  // namespace
}  // namespace frontline::api_test
