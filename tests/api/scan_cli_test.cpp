// `frontline scan` against the real binary: one text, a JSON Lines file
// with bad lines (each reported, the batch going on), CSV in and out, and
// refusals of unusable input.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "harness.hpp"

namespace frontline::api_test {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

std::vector<json> lines_of(const std::string& out) {
  std::vector<json> items;
  std::istringstream in(out);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty()) items.push_back(json::parse(line));
  }
  return items;
}

TEST(ScanCli, ScansOneTextWithFlagsSpansAmountsAndIdentifiers) {
  const std::string post = "Việc nhẹ lương cao ở Campuchia, lương 1500$/tháng, liên hệ Zalo 0912 345 678";
  CommandResult r = run_cli({"scan", "--text", post, "--lang", "en"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto items = lines_of(r.out);
  ASSERT_EQ(items.size(), 1u);
  const json& j = items[0];
  EXPECT_TRUE(j["ok"].get<bool>());
  EXPECT_EQ(j["level"], "high");
  bool light = false;
  for (const auto& f : j["flags"]) {
    if (f["id"] == "pay.light_work_high_pay") {
      light = true;
      EXPECT_EQ(f["spans"][0]["start"], 0);
      EXPECT_EQ(f["spans"][0]["end"], 18);  // code points
      EXPECT_EQ(f["spans"][0]["text"], "Việc nhẹ lương cao");
    }
  }
  EXPECT_TRUE(light);
  ASSERT_EQ(j["amounts"].size(), 1u);
  EXPECT_EQ(j["amounts"][0]["monthly_vnd"], 37500000);
  ASSERT_EQ(j["identifiers"].size(), 1u);
  EXPECT_EQ(j["identifiers"][0]["key"], "+84912345678");
  EXPECT_EQ(j["identifiers"][0]["channel"], "zalo");
  EXPECT_NE(j["explanation"].get<std::string>().find("High risk"), std::string::npos);
}

TEST(ScanCli, JsonLinesBatchReportsEachBadLineAndGoesOn) {
  TempDir dir;
  const fs::path file = dir.path() / "posts.jsonl";
  std::ofstream(file, std::ios::binary) << "{\"id\": \"p1\", \"body\": \"viec nhe luong cao, bao ve may bay\"}\n"
                                        << "{\"id\": \"p2\", \"body\": \"bad \xC3\x28 utf8\"}\n"
                                        << "not json at all\n"
                                        << "{\"id\": \"p4\", \"body\": \"   \"}\n"
                                        << "{\"id\": \"p5\", \"body\": \"Cửa hàng quần áo ở quận 3 tuyển nhân viên bán hàng, lương 7 "
                                           "triệu/tháng, có hợp đồng và BHXH\"}\n";
  CommandResult r = run_cli({"scan", file.string(), "--field", "body"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto items = lines_of(r.out);
  ASSERT_EQ(items.size(), 5u);
  EXPECT_TRUE(items[0]["ok"].get<bool>());
  EXPECT_EQ(items[0]["id"], "p1");
  EXPECT_FALSE(items[1]["ok"].get<bool>());
  EXPECT_EQ(items[1]["item"], 2);
  EXPECT_NE(items[1]["error"].get<std::string>().find("UTF-8"), std::string::npos);
  EXPECT_FALSE(items[2]["ok"].get<bool>());
  EXPECT_NE(items[2]["error"].get<std::string>().find("line 3"), std::string::npos);
  EXPECT_FALSE(items[3]["ok"].get<bool>());
  EXPECT_TRUE(items[4]["ok"].get<bool>());
  EXPECT_EQ(items[4]["level"], "low");
  EXPECT_NE(r.err.find("5 texts"), std::string::npos);
  EXPECT_NE(r.err.find("3 not scanned"), std::string::npos);
}

TEST(ScanCli, CsvInAndOutAndUnusableInputIsRefused) {
  TempDir dir;
  const fs::path file = dir.path() / "posts.csv";
  std::ofstream(file, std::ios::binary) << "id,text\n1,\"Tuyển gấp, giữ hộ chiếu, không cần kinh nghiệm\"\n2,bad\"quote\n";
  const fs::path out = dir.path() / "out.csv";
  CommandResult r = run_cli({"scan", file.string(), "--out", "csv", "-o", out.string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::ifstream in(out);
  std::string header, first, second;
  std::getline(in, header);
  std::getline(in, first);
  std::getline(in, second);
  EXPECT_EQ(header.rfind("item,id,ok,risk,level,flags", 0), 0u) << header;
  EXPECT_NE(first.find("terms.passport_held"), std::string::npos) << first;
  EXPECT_EQ(second.rfind("2,,false", 0), 0u) << second;

  EXPECT_NE(run_cli({"scan", file.string(), "--field", "body"}).exit_code, 0);  // no such column
  EXPECT_NE(run_cli({"scan", (dir.path() / "missing.txt").string()}).exit_code, 0);
  EXPECT_NE(run_cli({"scan"}).exit_code, 0);  // neither a file nor --text
  const fs::path terms = dir.path() / "terms.json";
  std::ofstream(terms) << "{\"flags\": [{\"id\": \"x\"}]}";
  CommandResult bad_terms = run_cli({"scan", "--text", "abc", "--terms", terms.string()});
  EXPECT_NE(bad_terms.exit_code, 0);
  EXPECT_NE(bad_terms.err.find("local.flags[0]"), std::string::npos) << bad_terms.err;
}

}  // namespace
}  // namespace frontline::api_test
