// Batches of texts (a bad row never stops the rest) and the scanner's
// reload when the officers' local terms change.
#include "scan/batch.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <thread>

#include "scan/holder.hpp"

namespace frontline::scan {
namespace {

TEST(ScanBatch, JsonLinesKeepGoingPastBadLines) {
  auto items = read_batch("{\"id\": 7, \"post\": \"a\"}\n\nnot json\n{\"post\": 3}\n{\"id\": \"x\", \"post\": \"b\"}\r\n",
                          {InputFormat::kJsonl, "post"});
  ASSERT_TRUE(items.ok());
  ASSERT_EQ(items->size(), 4u);
  EXPECT_EQ((*items)[0].id, "7");
  EXPECT_EQ((*items)[0].text, "a");
  EXPECT_EQ((*items)[1].item, 3u);
  EXPECT_NE((*items)[1].error.find("line 3"), std::string::npos);
  EXPECT_NE((*items)[2].error.find("\"post\""), std::string::npos);
  EXPECT_EQ((*items)[3].text, "b");
  EXPECT_TRUE((*items)[3].error.empty());
}

TEST(ScanBatch, CsvColumnsAndMalformedRecords) {
  auto items = read_batch("id,text\n1,\"việc nhẹ, lương cao\"\n2,bad\"quote\n3,ok\n", {InputFormat::kCsv, "text"});
  ASSERT_TRUE(items.ok());
  ASSERT_EQ(items->size(), 3u);
  EXPECT_EQ((*items)[0].text, "việc nhẹ, lương cao");
  EXPECT_EQ((*items)[0].id, "1");
  EXPECT_FALSE((*items)[1].error.empty());
  EXPECT_EQ((*items)[2].text, "ok");
  auto missing = read_batch("id,body\n1,x\n", {InputFormat::kCsv, "text"});
  ASSERT_FALSE(missing.ok());
  EXPECT_TRUE(missing.error().fields.count("column"));
}

TEST(ScanBatch, LinesAndWholeTextAndFormatsByName) {
  auto lines = read_batch("a\n\n  \nb\r\n", {InputFormat::kLines, "text"});
  ASSERT_TRUE(lines.ok());
  ASSERT_EQ(lines->size(), 2u);
  EXPECT_EQ((*lines)[1].item, 4u);
  EXPECT_EQ((*lines)[1].text, "b");
  auto whole = read_batch("a\nb", {InputFormat::kText, "text"});
  ASSERT_EQ(whole->size(), 1u);
  EXPECT_EQ(format_of_path("x/posts.csv"), InputFormat::kCsv);
  EXPECT_EQ(format_of_path("posts.ndjson"), InputFormat::kJsonl);
  EXPECT_EQ(format_of_path("post.txt"), InputFormat::kText);
  EXPECT_FALSE(parse_input_format("xml").has_value());
}

bool has_flag(const Scanner& s, std::string_view text, std::string_view id) {
  auto r = s.scan(text);
  if (!r.ok()) return false;
  for (const auto& f : r->flags) {
    if (f.id == id) return true;
  }
  return false;
}

TEST(ScanHolder, ReloadsWhenTheTermsFileChangesAndKeepsTheOldOnABadFile) {
  const auto dir = std::filesystem::temp_directory_path() / ("fl-terms-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  const auto file = dir / "local_terms.json";
  auto holder = ScannerHolder::open(file, nullptr);  // no file yet: the built-in lexicon
  ASSERT_TRUE(holder.ok());
  EXPECT_FALSE((*holder)->state().local);
  EXPECT_FALSE(has_flag(*(*holder)->current(), "sang dac khu ba vet", "destination.cambodia_hubs"));

  std::ofstream(file) << R"({"flags": [{"id": "destination.cambodia_hubs", "patterns": {"vi": ["đặc khu Ba Vẹt"]}}]})";
  auto state = (*holder)->reload();
  ASSERT_TRUE(state.ok());
  EXPECT_TRUE(state->local);
  EXPECT_TRUE(has_flag(*(*holder)->current(), "sang dac khu ba vet", "destination.cambodia_hubs"));

  std::ofstream(file) << R"({"flags": [{"id": "new.flag"}]})";  // a new flag without category, weight, ...
  auto bad = (*holder)->reload();
  ASSERT_FALSE(bad.ok());
  EXPECT_TRUE(bad.error().fields.count("local.flags[0].category"));
  EXPECT_FALSE((*holder)->state().last_error.empty());
  EXPECT_TRUE(has_flag(*(*holder)->current(), "sang dac khu ba vet", "destination.cambodia_hubs"));  // kept

  // On change: current() notices a new file after its once-a-second check.
  std::ofstream(file) << R"({"flags": [{"id": "destination.myanmar_hubs", "patterns": {"vi": ["làng KK mới"]}}]})";
  std::this_thread::sleep_for(std::chrono::milliseconds(1100));
  EXPECT_TRUE(has_flag(*(*holder)->current(), "vao lang kk moi", "destination.myanmar_hubs"));

  std::ofstream(file) << "{";
  EXPECT_FALSE(ScannerHolder::open(file, nullptr).ok());  // a bad file at start is an error
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace frontline::scan
