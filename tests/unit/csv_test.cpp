// util/csv: quoting on write, and reading quoted fields, line numbers and
// malformed records that do not hide the records after them.
#include <gtest/gtest.h>

#include "util/csv.hpp"

namespace frontline::csv {
namespace {

TEST(Csv, QuotesOnlyWhatNeedsIt) {
  EXPECT_EQ(field("plain"), "plain");
  EXPECT_EQ(field(""), "");
  EXPECT_EQ(field("a,b"), "\"a,b\"");
  EXPECT_EQ(field("say \"hi\""), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(field("two\nlines"), "\"two\nlines\"");
  EXPECT_EQ(field(" padded"), "\" padded\"");
  EXPECT_EQ(record({"a", "b,c", ""}), "a,\"b,c\",\r\n");
}

TEST(Csv, RoundTrips) {
  const std::vector<std::string> fields = {"Nguyễn", "a,b", "q\"q", "", "multi\nline", " x "};
  auto recs = parse(record(fields) + record({"1", "2", "3", "4", "5", "6"}));
  ASSERT_EQ(recs.size(), 2u);
  EXPECT_EQ(recs[0].fields, fields);
  EXPECT_TRUE(recs[0].error.empty());
  EXPECT_EQ(recs[0].line, 1u);
  EXPECT_EQ(recs[1].line, 3u) << "the quoted line break counts";
}

TEST(Csv, BomBlankLinesAndLineEndings) {
  auto recs = parse("\xEF\xBB\xBFh1,h2\n\na,b\r\nc,d");
  ASSERT_EQ(recs.size(), 3u);
  EXPECT_EQ(recs[0].fields, (std::vector<std::string>{"h1", "h2"}));
  EXPECT_EQ(recs[1].line, 3u);
  EXPECT_EQ(recs[2].fields, (std::vector<std::string>{"c", "d"}));
  EXPECT_EQ(recs[2].line, 4u);
}

TEST(Csv, MalformedRecordsAreFlaggedAndReadingGoesOn) {
  auto recs = parse("a,b\nx\"y,z\n\"q\"r,s\nok,1\n\"open,2\n");
  ASSERT_EQ(recs.size(), 5u);
  EXPECT_FALSE(recs[1].error.empty());
  EXPECT_EQ(recs[1].line, 2u);
  EXPECT_FALSE(recs[2].error.empty());
  EXPECT_EQ(recs[2].line, 3u);
  EXPECT_TRUE(recs[3].error.empty());
  EXPECT_EQ(recs[3].fields, (std::vector<std::string>{"ok", "1"}));
  EXPECT_EQ(recs[3].line, 4u);
  EXPECT_EQ(recs[4].error, "a quoted field is not closed");
  EXPECT_EQ(recs[4].line, 5u);
}

TEST(Csv, SplitListTrimsAndDropsEmptyParts) {
  EXPECT_EQ(csv::split_list(" A; c ;;b;"), (std::vector<std::string>{"A", "c", "b"}));
  EXPECT_EQ(csv::split_list("Nguyễn Văn A|Anh Ba", '|'), (std::vector<std::string>{"Nguyễn Văn A", "Anh Ba"}));
  EXPECT_TRUE(csv::split_list(" ; ").empty());
  EXPECT_EQ(csv::trim("\t x y \r\n"), "x y");
}

}  // namespace
}  // namespace frontline::csv
