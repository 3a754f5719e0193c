// The watched folder: files read once settled, each item once, grown files
// giving only their new items, state kept across restarts.
#include "scan/watch.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <unistd.h>

namespace frontline::scan {
namespace {

namespace fs = std::filesystem;

struct Got {
  std::vector<std::string> items;  // "source#item:text|error"
  void operator()(const std::string& source, const BatchItem& item) {
    items.push_back(source + "#" + std::to_string(item.item) + ":" + (item.error.empty() ? item.text : "!" + item.error));
  }
};

class ScanWatch : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() / ("fl-watch-" + std::to_string(::getpid()) + "-" +
                                         ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(root_);
    fs::create_directories(root_ / "in" / "sub");
  }
  void TearDown() override { fs::remove_all(root_); }
  fs::path root_;
};

TEST_F(ScanWatch, ReadsSettledFilesOnceAndNewItemsOfGrownFiles) {
  std::ofstream(root_ / "in" / "a.txt") << "việc nhẹ lương cao";
  std::ofstream(root_ / "in" / "sub" / "b.jsonl") << "{\"text\": \"one\"}\nnot json\n";
  std::ofstream(root_ / "in" / ".hidden.txt") << "x";
  std::ofstream(root_ / "in" / "c.txt.part") << "x";
  auto w = DirWatcher::open(root_ / "in", root_ / "state.json", "text");
  ASSERT_TRUE(w.ok()) << w.error().message;
  Got got;
  auto first = w->poll(std::ref(got), true);  // seen, not yet settled
  ASSERT_TRUE(first.ok());
  EXPECT_EQ(first->files, 0);
  auto second = w->poll(std::ref(got), true);
  ASSERT_TRUE(second.ok());
  EXPECT_EQ(second->files, 2);
  EXPECT_EQ(second->items, 3);
  EXPECT_EQ(second->errors, 1);
  ASSERT_EQ(got.items.size(), 3u);
  EXPECT_EQ(got.items[0], "a.txt#1:việc nhẹ lương cao");
  EXPECT_EQ(got.items[1], "sub/b.jsonl#1:one");
  EXPECT_EQ(got.items[2].rfind("sub/b.jsonl#2:!line 2", 0), 0u);
  EXPECT_EQ(w->poll(std::ref(got), true)->items, 0);  // nothing new

  std::ofstream(root_ / "in" / "sub" / "b.jsonl", std::ios::app) << "{\"text\": \"three\"}\n";
  ASSERT_TRUE(w->poll(std::ref(got), false).ok());
  ASSERT_EQ(got.items.size(), 4u);
  EXPECT_EQ(got.items[3], "sub/b.jsonl#3:three");

  // A restart remembers what was read.
  auto again = DirWatcher::open(root_ / "in", root_ / "state.json", "text");
  ASSERT_TRUE(again.ok());
  Got none;
  EXPECT_EQ(again->poll(std::ref(none), false)->items, 0);
  EXPECT_TRUE(none.items.empty());
}

TEST_F(ScanWatch, ABadStateFileOrFolderIsRefusedAndABadCsvIsOneError) {
  std::ofstream(root_ / "state.json") << "[]";
  auto bad = DirWatcher::open(root_ / "in", root_ / "state.json", "text");
  ASSERT_FALSE(bad.ok());
  EXPECT_TRUE(bad.error().fields.count("state"));
  EXPECT_FALSE(DirWatcher::open(root_ / "nope", root_ / "s2.json", "text").ok());

  std::ofstream(root_ / "in" / "posts.csv") << "id,body\n1,x\n";
  auto w = DirWatcher::open(root_ / "in", root_ / "s3.json", "text");
  ASSERT_TRUE(w.ok());
  Got got;
  auto pass = w->poll(std::ref(got), false);
  ASSERT_TRUE(pass.ok());
  EXPECT_EQ(pass->errors, 1);
  ASSERT_EQ(got.items.size(), 1u);
  EXPECT_NE(got.items[0].find("no column \"text\""), std::string::npos) << got.items[0];
}

}  // namespace
}  // namespace frontline::scan
