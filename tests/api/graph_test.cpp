// Case identifiers and the link graph over the real server: a phone recorded
// on a Lạng Sơn case and on a Quảng Ninh case joins them; what each role and
// unit sees of the nodes (docs/graph.md), paths, networks, exports, audit,
// and the graph following adds and removals.
#include <gtest/gtest.h>

#include "harness.hpp"

namespace frontline::api_test {
namespace {

class GraphApi : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto users = standard_users();
    users.push_back({"investigator.qn", "investigator", "BCH-QN"});
    world_ = ApiWorld::start(users);
    if (!world_) {
      return;
    }
    UserClient& ls = world_->as("officer.ls");
    json a = create_case(ls, "Vụ tuyển lao động sang Campuchia");
    json b = create_case(world_->as("officer.qn"), "Vụ lừa bán lao động qua Móng Cái");
    if (!a.is_object() || !b.is_object()) {
      return;
    }
    case_a_ = a["id"].get<int64_t>();
    case_b_ = b["id"].get<int64_t>();
    number_a_ = a["number"].get<std::string>();
    HttpReply r = ls.post(cases(case_a_) + "/persons",
                          {{"role", "victim"},
                           {"sex", "female"},
                           {"identity", {{"full_name", "Lò Thị Hoa"}, {"phone", "0912 000 111"}}}});
    EXPECT_EQ(r.status, 201) << r.body;
    victim_ = r.json_body().value("id", int64_t{0});
    r = ls.post(cases(case_a_) + "/persons", {{"role", "suspect"}, {"identity", {{"full_name", "Trần Văn Tư"}}}});
    EXPECT_EQ(r.status, 201) << r.body;
    suspect_ = r.json_body().value("id", int64_t{0});
    // The recruiter's phone, on both cases, written two ways.
    r = world_->as("investigator.ls").post(cases(case_a_) + "/identifiers",
                                           {{"kind", "phone"}, {"value", "0899 000 111"}, {"note", "người tuyển"}});
    EXPECT_EQ(r.status, 201) << r.body;
    r = world_->as("officer.qn").post(cases(case_b_) + "/identifiers", {{"kind", "phone"}, {"value", "+84 899 000 111"}});
    EXPECT_EQ(r.status, 201) << r.body;
  }
  static void TearDownTestSuite() { world_.reset(); }
  void SetUp() override {
    if (!world_ || case_a_ == 0) {
      GTEST_FAIL() << "the server or the fixture cases did not come up";
    }
  }

  static std::string cases(int64_t id) { return "/api/v1/cases/" + std::to_string(id); }
  static HttpReply around(const std::string& who, const std::string& entity, int hops = 2) {
    return world_->as(who).get("/api/v1/graph/neighbourhood?entity=" + url_encode(entity) +
                               "&hops=" + std::to_string(hops));
  }
  static const json* node(const json& view, const std::string& id) {
    for (const json& n : view["nodes"]) {
      if (n["id"] == id) {
        return &n;
      }
    }
    return nullptr;
  }
  static std::vector<json> nodes_of(const json& view, const std::string& kind) {
    std::vector<json> out;
    for (const json& n : view["nodes"]) {
      if (n["kind"] == kind) {
        out.push_back(n);
      }
    }
    return out;
  }

  static std::unique_ptr<ApiWorld> world_;
  static int64_t case_a_, case_b_, victim_, suspect_;
  static std::string number_a_;
};

std::unique_ptr<ApiWorld> GraphApi::world_;
int64_t GraphApi::case_a_ = 0;
int64_t GraphApi::case_b_ = 0;
int64_t GraphApi::victim_ = 0;
int64_t GraphApi::suspect_ = 0;
std::string GraphApi::number_a_;

TEST_F(GraphApi, ASharedPhoneJoinsTwoCasesAndTheOtherUnitsCaseShowsOnlyItsUnit) {
  HttpReply r = around("investigator.ls", "case:" + std::to_string(case_a_));
  ASSERT_EQ(r.status, 200) << r.body;
  const json v = r.json_body();
  EXPECT_EQ(v["start"], "case:" + std::to_string(case_a_));
  EXPECT_FALSE(v["truncated"].get<bool>());
  const json* a = node(v, "case:" + std::to_string(case_a_));
  ASSERT_NE(a, nullptr);
  EXPECT_EQ((*a)["label"], number_a_);
  EXPECT_EQ((*a)["status"], "reported");
  auto phones = nodes_of(v, "phone");
  std::vector<json> recruiter;
  for (const json& p : phones) {
    if (p["label"] == "+84899000111") {
      recruiter.push_back(p);
    }
  }
  ASSERT_EQ(recruiter.size(), 1u) << r.body;  // one node for both spellings
  EXPECT_EQ(recruiter[0]["id"].get<std::string>().rfind("phone:~", 0), 0u);
  EXPECT_EQ(recruiter[0]["hops"], 1);
  // Case B is two links away, shown by its unit only.
  auto other_cases = nodes_of(v, "case");
  ASSERT_EQ(other_cases.size(), 2u) << r.body;
  const json& b = other_cases[0]["id"] == a->at("id") ? other_cases[1] : other_cases[0];
  EXPECT_EQ(b["id"].get<std::string>().rfind("case:~", 0), 0u);
  EXPECT_EQ(b["label"], "DBP-QN-MONGCAI");
  EXPECT_FALSE(b["in_scope"].get<bool>());
  EXPECT_TRUE(b["case_id"].is_null());
  EXPECT_EQ(b.count("title"), 0u);
  EXPECT_EQ(r.body.find("Móng Cái"), std::string::npos);  // not even its title
  // The investigator sees the victim's and the suspect's names.
  const json* victim = node(v, "person:" + std::to_string(victim_));
  ASSERT_NE(victim, nullptr);
  EXPECT_EQ((*victim)["label"], "Lò Thị Hoa");
  EXPECT_FALSE((*victim)["masked"].get<bool>());
  EXPECT_EQ((*victim)["roles"], json::array({"victim"}));
  // Every edge joins two listed nodes.
  for (const json& e : v["edges"]) {
    EXPECT_NE(node(v, e["source"]), nullptr);
    EXPECT_NE(node(v, e["target"]), nullptr);
  }
}

TEST_F(GraphApi, NamesAndValuesFollowTheIdentityRights) {
  // A commander sees suspects' names, not victims' (need to know), nor the victim's own phone.
  HttpReply r = around("commander.ls", "case:" + std::to_string(case_a_));
  ASSERT_EQ(r.status, 200) << r.body;
  json v = r.json_body();
  const json* victim = node(v, "person:" + std::to_string(victim_));
  ASSERT_NE(victim, nullptr);
  EXPECT_TRUE((*victim)["masked"].get<bool>());
  EXPECT_EQ((*victim)["label"].get<std::string>().rfind("V-", 0), 0u);
  EXPECT_EQ(node(v, "person:" + std::to_string(suspect_))->at("label"), "Trần Văn Tư");
  for (const json& p : nodes_of(v, "phone")) {
    if (p["masked"].get<bool>()) {
      EXPECT_EQ(p["label"], "");
    }
  }
  EXPECT_EQ(r.body.find("84912000111"), std::string::npos);
  EXPECT_NE(r.body.find("84899000111"), std::string::npos);  // the case's recruiter phone
  // The other province's investigator starts from their case and sees this one by unit, persons as pseudonyms.
  r = around("investigator.qn", "case:" + std::to_string(case_b_), 3);
  ASSERT_EQ(r.status, 200) << r.body;
  v = r.json_body();
  EXPECT_EQ(r.body.find("Lò Thị Hoa"), std::string::npos);
  EXPECT_EQ(r.body.find("Trần Văn Tư"), std::string::npos);
  EXPECT_EQ(r.body.find(number_a_), std::string::npos);
  ASSERT_NE(node(v, "person:" + std::to_string(suspect_)), nullptr) << r.body;
  EXPECT_TRUE(node(v, "person:" + std::to_string(suspect_))->at("masked").get<bool>());
  // ... and may not start from it by number.
  EXPECT_EQ(around("investigator.qn", "case:" + std::to_string(case_a_)).status, 404);
  EXPECT_EQ(around("investigator.qn", "person:" + std::to_string(victim_)).status, 404);
  // An HQ analyst sees every case but no names.
  r = around("analyst.hq", "case:" + std::to_string(case_b_), 3);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_NE(r.body.find(number_a_), std::string::npos);
  EXPECT_EQ(r.body.find("Trần Văn Tư"), std::string::npos);
  // Frontline officers and victim support have no graph.
  EXPECT_EQ(around("officer.ls", "case:" + std::to_string(case_a_)).status, 403);
  EXPECT_EQ(around("support.ls", "case:" + std::to_string(case_a_)).status, 403);
}

TEST_F(GraphApi, TokensWalkOnAndPathsAndNetworksFollowTheLinks) {
  const json v = around("investigator.qn", "case:" + std::to_string(case_b_)).json_body();
  std::string other;
  for (const json& c : nodes_of(v, "case")) {
    if (!c["in_scope"].get<bool>()) {
      other = c["id"];
    }
  }
  ASSERT_FALSE(other.empty());
  HttpReply r = around("investigator.qn", other, 1);  // an id a response gave may be asked for
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json_body()["start"], other);
  // The shortest path from case A to case B runs through the phone.
  r = world_->as("analyst.hq").get("/api/v1/graph/path?from=case:" + std::to_string(case_a_) +
                                   "&to=case:" + std::to_string(case_b_));
  ASSERT_EQ(r.status, 200) << r.body;
  json p = r.json_body();
  ASSERT_EQ(p["nodes"].size(), 3u) << r.body;
  EXPECT_EQ(p["nodes"][1]["kind"], "phone");
  ASSERT_EQ(p["edges"].size(), 2u);
  EXPECT_EQ(p["edges"][0]["kind"], "appears_in");
  EXPECT_EQ(world_->as("analyst.hq")
                .get("/api/v1/graph/path?from=case:" + std::to_string(case_a_) + "&to=case:" +
                     std::to_string(case_b_) + "&max_hops=1")
                .status,
            404);
  // The network: two cases in two provinces, one in the caller's units.
  r = world_->as("investigator.ls").get("/api/v1/graph/networks");
  ASSERT_EQ(r.status, 200) << r.body;
  json page = r.json_body();
  ASSERT_EQ(page["total"], 1) << r.body;
  const json& net = page["items"][0];
  EXPECT_EQ(net["id"], "case:" + std::to_string(case_a_));
  EXPECT_EQ(net["cases"], 2);
  EXPECT_EQ(net["cases_in_scope"], 1);
  EXPECT_EQ(net["victims"], 1);
  EXPECT_EQ(net["suspects"], 1);
  EXPECT_EQ(net["provinces"], json::array({"LS", "QN"}));
  ASSERT_EQ(net["sample"].size(), 2u);
  EXPECT_EQ(net["sample"][0]["number"], number_a_);
  EXPECT_EQ(net["sample"][1].count("number"), 0u);
  EXPECT_EQ(world_->as("investigator.ls").get("/api/v1/graph/networks?min_cases=3").json_body()["total"], 0);
  r = world_->as("investigator.ls").get("/api/v1/graph/network?entity=case:" + std::to_string(case_a_));
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(nodes_of(r.json_body(), "case").size(), 2u);
}

TEST_F(GraphApi, ExportsAreGraphmlAndCsvOfWhatTheCallerSees) {
  HttpReply r = world_->as("commander.ls")
                    .get("/api/v1/graph/export.graphml?entity=case:" + std::to_string(case_a_) + "&hops=2");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.header("Content-Type").rfind("application/graphml+xml", 0), 0u);
  EXPECT_NE(r.body.find("<key id=\"label\" for=\"node\""), std::string::npos);
  EXPECT_NE(r.body.find("<node id=\"case:" + std::to_string(case_a_) + "\">"), std::string::npos);
  EXPECT_NE(r.body.find("Trần Văn Tư"), std::string::npos);
  EXPECT_EQ(r.body.find("Lò Thị Hoa"), std::string::npos);  // the commander may not see the victim
  EXPECT_EQ(r.header("X-Graph-Truncated"), "false");
  r = world_->as("commander.ls").get("/api/v1/graph/export.csv?entity=case:" + std::to_string(case_a_));
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.body.rfind("record,id,kind,label,source,target,", 0), 0u) << r.body.substr(0, 200);
  EXPECT_NE(r.body.find("\r\nedge,,appears_in,"), std::string::npos);
  EXPECT_NE(r.body.find("DBP-QN-MONGCAI"), std::string::npos);  // the whole network without hops
}

TEST_F(GraphApi, QueriesAndNamesShownAreAudited) {
  ASSERT_EQ(around("investigator.ls", "person:" + std::to_string(victim_), 1).status, 200);
  HttpReply r = world_->as("admin").get("/api/v1/audit?action=graph.&limit=500");
  ASSERT_EQ(r.status, 200) << r.body;
  bool view = false;
  const json entries = r.json_body();  // kept: a range over a temporary's member would dangle
  for (const json& e : entries["items"]) {
    if (e["actor"] == "investigator.ls" && e["action"] == "graph.view" &&
        e["record_id"] == "person:" + std::to_string(victim_)) {
      view = true;
      EXPECT_EQ(e["detail"]["query"], "neighbourhood");
      EXPECT_GE(e["detail"]["names_shown"].get<int>(), 1);
    }
    EXPECT_EQ(e.dump().find("Lò Thị Hoa"), std::string::npos);
  }
  EXPECT_TRUE(view) << r.body.substr(0, 3000);
  r = world_->as("admin").get("/api/v1/audit?action=person.identity.read&record_id=" + std::to_string(victim_) +
                              "&limit=500");
  bool via_graph = false;
  const json reads = r.json_body();
  for (const json& e : reads["items"]) {
    via_graph = via_graph || (e["actor"] == "investigator.ls" && e["detail"].value("via", "") == "graph");
  }
  EXPECT_TRUE(via_graph);
}

TEST_F(GraphApi, IdentifiersOfAPersonAreMaskedWithoutItsIdentityRights) {
  UserClient& inv = world_->as("investigator.ls");
  HttpReply r = inv.post(cases(case_a_) + "/identifiers",
                         {{"kind", "account"}, {"qualifier", "Zalo"}, {"value", "@hoa.lo.99"}, {"person_id", victim_}});
  ASSERT_EQ(r.status, 201) << r.body;
  const int64_t account = r.json_body()["id"];
  EXPECT_EQ(r.json_body()["key"], "zalo/hoa.lo.99");
  EXPECT_EQ(inv.post(cases(case_a_) + "/identifiers",
                     {{"kind", "account"}, {"qualifier", "zalo"}, {"value", "https://zalo.me/hoa.lo.99"}, {"person_id", victim_}})
                .status,
            409);
  r = world_->as("commander.ls").get(cases(case_a_) + "/identifiers");
  ASSERT_EQ(r.status, 200) << r.body;
  bool masked_seen = false;
  const json listed = r.json_body();
  for (const json& i : listed["items"]) {
    if (i["id"] == account) {
      masked_seen = true;
      EXPECT_TRUE(i["masked"].get<bool>());
      EXPECT_EQ(i["value"], "");
      EXPECT_TRUE(i["victim"].get<bool>());
    } else {
      EXPECT_FALSE(i["masked"].get<bool>());
    }
  }
  EXPECT_TRUE(masked_seen) << r.body;
  EXPECT_EQ(r.body.find("hoa.lo"), std::string::npos);
  // The commander may not remove what they may not see; the investigator may.
  EXPECT_EQ(world_->as("commander.ls").del(cases(case_a_) + "/identifiers/" + std::to_string(account)).status, 403);
  // Another unit's case is not found.
  EXPECT_EQ(world_->as("officer.qn").get(cases(case_a_) + "/identifiers").status, 404);
  EXPECT_EQ(inv.del(cases(case_a_) + "/identifiers/" + std::to_string(account)).status, 204);
  EXPECT_EQ(inv.del(cases(case_a_) + "/identifiers/" + std::to_string(account)).status, 404);
}

TEST_F(GraphApi, TheGraphFollowsAddsAndRemovals) {
  UserClient& inv = world_->as("investigator.ls");
  json c = create_case(world_->as("officer.ls"), "Vụ việc chưa có liên kết");
  const int64_t lone = c["id"];
  // A case without links is just itself.
  HttpReply r = around("investigator.ls", "case:" + std::to_string(lone));
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json_body()["nodes"].size(), 1u);
  // A plate recorded on it and on case A joins them at once.
  r = inv.post(cases(lone) + "/identifiers", {{"kind", "vehicle"}, {"value", "12A-345.67"}});
  ASSERT_EQ(r.status, 201) << r.body;
  const int64_t plate = r.json_body()["id"];
  ASSERT_EQ(inv.post(cases(case_a_) + "/identifiers", {{"kind", "vehicle"}, {"value", "12a34567"}}).status, 201);
  r = around("investigator.ls", "case:" + std::to_string(lone));
  EXPECT_NE(node(r.json_body(), "case:" + std::to_string(case_a_)), nullptr) << r.body;
  EXPECT_EQ(inv.del(cases(lone) + "/identifiers/" + std::to_string(plate)).status, 204);
  r = around("investigator.ls", "case:" + std::to_string(lone));
  EXPECT_EQ(r.json_body()["nodes"].size(), 1u) << r.body;
  // A person added through the API joins the graph too (the person sink).
  r = world_->as("officer.ls").post(cases(lone) + "/persons",
                                    {{"role", "witness"}, {"identity", {{"full_name", "Vi Văn Sáu"}, {"phone", "0899000111"}}}});
  ASSERT_EQ(r.status, 201) << r.body;
  r = world_->as("analyst.hq").get("/api/v1/graph/path?from=case:" + std::to_string(lone) + "&to=case:" +
                                   std::to_string(case_b_));
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json_body()["nodes"].size(), 4u);  // case - witness - their own phone - case B
}

TEST_F(GraphApi, CommandLineExportsANetworkOrEveryNetwork) {
  const std::string data = world_->data_dir().string();
  CommandResult r = run_cli({"graph", "export", "--data", data, "--format", "csv", "--case", std::to_string(case_a_)});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.rfind("record,id,kind,label,source,target,", 0), 0u) << r.out.substr(0, 200);
  EXPECT_NE(r.out.find("Lò Thị Hoa"), std::string::npos);  // the system sees every identity
  EXPECT_NE(r.out.find("node,case:" + std::to_string(case_b_) + ",case,"), std::string::npos);
  r = run_cli({"graph", "export", "--data", data});  // every network of two cases or more, as GraphML
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("<graphml "), std::string::npos);
  EXPECT_NE(r.out.find("<node id=\"case:" + std::to_string(case_b_) + "\">"), std::string::npos);
  r = run_cli({"graph", "export", "--data", data, "--format", "pdf"});
  EXPECT_NE(r.exit_code, 0);
  EXPECT_NE(r.err.find("format"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace frontline::api_test
