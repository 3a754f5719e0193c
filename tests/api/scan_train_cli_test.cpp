// `frontline scan train` against the real binary: the same command gives the
// same figures and the same model file bytes, that file is the built-in
// model, and bad data files are reported by file and line.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

#include "harness.hpp"
#include "scan/model.hpp"
#include "util/durable_file.hpp"

namespace frontline::api_test {
namespace {

namespace fs = std::filesystem;

TEST(ScanTrainCli, TheSameCommandGivesTheSameFiguresAndBytes) {
  TempDir dir;
  const fs::path a = dir.path() / "a.bin";
  const fs::path b = dir.path() / "b.bin";
  CommandResult ra = run_cli({"scan", "train", "--json", "--out", a.string()});
  CommandResult rb = run_cli({"scan", "train", "--json", "--out", b.string()});
  ASSERT_EQ(ra.exit_code, 0) << ra.err;
  ASSERT_EQ(rb.exit_code, 0) << rb.err;
  nlohmann::json ja = nlohmann::json::parse(ra.out);
  nlohmann::json jb = nlohmann::json::parse(rb.out);
  ja["model"].erase("training_ms");  // the only figure that is a time
  jb["model"].erase("training_ms");
  ja.erase("out");
  jb.erase("out");
  EXPECT_EQ(ja, jb);
  EXPECT_EQ(ja["splits"]["test"]["texts"].get<int>() + ja["splits"]["validation"]["texts"].get<int>() +
                ja["splits"]["train"]["texts"].get<int>(),
            624);
  ASSERT_EQ(ja["methods"].size(), 6u);
  EXPECT_EQ(ja["methods"][2]["method"], "combined");
  for (const auto& m : ja["methods"]) {
    for (const char* split : {"validation", "test"}) {
      EXPECT_GE(m[split]["pr_auc"].get<double>(), 0.0);
      EXPECT_LE(m[split]["pr_auc"].get<double>(), 1.0);
    }
  }
  auto bytes_a = durable::read_file(a);
  auto bytes_b = durable::read_file(b);
  ASSERT_TRUE(bytes_a.ok() && bytes_b.ok());
  EXPECT_EQ(*bytes_a, *bytes_b);
  // The file holds the model the binary builds for itself.
  EXPECT_EQ(*bytes_a, scan::builtin_model().serialize());
  auto loaded = scan::TextModel::load(a);
  ASSERT_TRUE(loaded.ok()) << loaded.error().message;
}

TEST(ScanTrainCli, BadDataIsReportedByFileAndLine) {
  TempDir dir;
  const fs::path data = dir.path() / "posts.jsonl";
  {
    std::ofstream f(data, std::ios::binary);
    f << "{\"id\":\"a\",\"label\":1,\"text\":\"tuyển gấp\"}\n{\"id\":\"b\",\"label\":3,\"text\":\"x\"}\n";
  }
  CommandResult r = run_cli({"scan", "train", "--data", data.string()});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find(data.string() + " line 2 label must be 0 or 1"), std::string::npos) << r.err;
  // One label only cannot be trained on.
  {
    std::ofstream f(data, std::ios::binary);
    f << "{\"id\":\"a\",\"label\":1,\"text\":\"tuyển gấp\"}\n";
  }
  r = run_cli({"scan", "train", "--data", data.string()});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("needs posts of both labels"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace frontline::api_test
