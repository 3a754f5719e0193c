// The report workbook: a valid zip (read back with python3's zipfile) whose
// sheets hold the headings, Vietnamese and English, and the report's figures.
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <regex>

#include "test_support.hpp"
#include "training/report_xlsx.hpp"

namespace frontline::training {
namespace {

// The text of `member` of the zip at `path`, or "<bad zip>" when python's
// zipfile finds the archive damaged.
std::string zip_member(const std::string& path, const std::string& member) {
  const std::string cmd = "python3 -c 'import sys, zipfile\n"
                          "z = zipfile.ZipFile(sys.argv[1])\n"
                          "sys.stdout.write(\"<bad zip>\" if z.testzip() is not None else z.read(sys.argv[2]).decode())' " +
                          path + " " + member;
  FILE* pipe = ::popen(cmd.c_str(), "r");
  std::string out;
  if (pipe == nullptr) {
    return out;
  }
  char buf[4096];
  size_t n = 0;
  while ((n = fread(buf, 1, sizeof buf, pipe)) > 0) {
    out.append(buf, n);
  }
  ::pclose(pipe);
  return out;
}

// True when cell `ref` of the sheet XML holds the number `value` (as written).
bool has_number(const std::string& sheet, const std::string& ref, const std::string& value) {
  return std::regex_search(sheet, std::regex("<c r=\"" + ref + "\"[^>]*><v>" + value + "</v></c>"));
}

TEST(TrainingReportXlsx, WritesEverySheetWithHeadingsAndFigures) {
  TrainingReport r;
  r.participants = 12;
  r.trained = 9;
  r.by_province = {{"LS", "Lạng Sơn", "Lang Son", 12, 9}};
  r.by_sex = {{"female", "Nữ", "Female", 5, 4}};
  r.coverage.posts_total = 3;
  r.coverage.posts_covered = 2;
  r.coverage.posts_without_trained = {{13, "LS-C", "Đồn Biên phòng C", "Post C", "border_post", "LS"}};
  CourseRow c;
  c.course = {1, "TH-2026-LS-01", "Phòng, chống mua bán người", "Counter-trafficking", "LS", "2026-03-01", "2026-03-05"};
  c.participants = 12;
  c.completed = 9;
  c.gain.matched = 10;
  c.gain.mean_pre = 42.5;
  c.gain.mean_post = 78.25;
  c.gain.normalized_gain = 0.625;
  r.courses = {c};
  r.most_failed = {{{5, "Dấu hiệu nhận biết nạn nhân?", "Signs of a victim?", "M01", 8, 2}, 0.25}};

  domain::TrainingAssessment a;
  a.id = 1;
  a.group_name = "Nhóm 1";
  a.group_size = 5;
  a.answer(domain::AssessmentSectionKind::kTrends).themes = {"scam_centres"};
  a.answer(domain::AssessmentSectionKind::kTrends).text = "Lừa sang Campuchia làm việc trong cơ sở lừa đảo.";
  auto summary = summarize_assessments({{&a, "LS", "TH-2026-LS-01"}});
  WorkbookContext ctx;
  ctx.generated_at = "2026-11-24 18:30 (UTC+7)";
  ctx.year = "2026";
  ctx.province_labels["LS"] = {"Lạng Sơn", "Lang Son"};

  auto bytes = write_report_xlsx(r, summary, ctx);
  ASSERT_TRUE(bytes.ok()) << testing::describe(bytes);
  ASSERT_GT(bytes->size(), 1000u);
  EXPECT_EQ(bytes->substr(0, 2), "PK");

  testing::TempDir dir("xlsx");
  const std::string path = (dir.path() / "report.xlsx").string();
  std::ofstream(path, std::ios::binary) << *bytes;

  const std::string book = zip_member(path, "xl/workbook.xml");
  ASSERT_NE(book, "<bad zip>");
  for (const auto& name : report_sheet_names()) {
    EXPECT_NE(book.find("name=\"" + name + "\""), std::string::npos) << name;
  }
  const std::string strings = zip_member(path, "xl/sharedStrings.xml");
  for (const char* s : {"Số học viên", "Participants", "Đồn / cửa khẩu chưa có cán bộ được tập huấn", "LS-C",
                        "Mức tăng chuẩn hóa", "Normalized gain", "Tỷ lệ đúng", "Dấu hiệu nhận biết nạn nhân?",
                        "Cơ sở lừa đảo trực tuyến", "Lừa sang Campuchia làm việc trong cơ sở lừa đảo."}) {
    EXPECT_NE(strings.find(s), std::string::npos) << s;
  }

  const std::string overview = zip_member(path, "xl/worksheets/sheet1.xml");
  EXPECT_TRUE(has_number(overview, "C8", "12")) << "officers enrolled";
  EXPECT_TRUE(has_number(overview, "C9", "9")) << "officers trained";
  EXPECT_NE(overview.find("<pane ySplit=\"2\""), std::string::npos) << "headings frozen";
  const std::string provinces = zip_member(path, "xl/worksheets/sheet2.xml");
  EXPECT_TRUE(has_number(provinces, "D3", "12"));
  EXPECT_TRUE(has_number(provinces, "E3", "9"));
  const std::string courses = zip_member(path, "xl/worksheets/sheet7.xml");
  EXPECT_TRUE(has_number(courses, "J3", "42.5"));
  EXPECT_TRUE(has_number(courses, "K3", "78.25"));
  EXPECT_TRUE(has_number(courses, "M3", "0.625"));
  EXPECT_EQ(courses.find("<c r=\"L3\""), std::string::npos) << "a missing mean gain is left empty";
  const std::string failed = zip_member(path, "xl/worksheets/sheet9.xml");
  EXPECT_TRUE(has_number(failed, "G3", "0.25"));
  const std::string themes = zip_member(path, "xl/worksheets/sheet10.xml");
  EXPECT_TRUE(has_number(themes, "G3", "1"));  // answers naming scam_centres
  EXPECT_TRUE(has_number(themes, "I3", "5"));  // people represented by the group
  const std::string styles = zip_member(path, "xl/styles.xml");
  EXPECT_NE(styles.find("0.0%"), std::string::npos);
  EXPECT_NE(styles.find("#,##0"), std::string::npos);
}

}  // namespace
}  // namespace frontline::training
