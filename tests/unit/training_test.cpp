// The training module's pure parts: domain rules (docs/training.md),
// certificate codes and the certificate PDF.
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <unistd.h>

#include "domain/training.hpp"
#include "domain/training_course.hpp"
#include "domain/training_vocab.hpp"
#include "training/certificate_code.hpp"
#include "training/certificate_pdf.hpp"

namespace frontline {
namespace {

TEST(TrainingDomain, CourseDaysSpanStartToEndInclusive) {
  EXPECT_EQ(domain::course_days("2026-02-27", "2026-03-02"),
            (std::vector<std::string>{"2026-02-27", "2026-02-28", "2026-03-01", "2026-03-02"}));
  EXPECT_EQ(domain::course_days("2028-02-28", "2028-03-01").size(), 3u);  // leap year
  EXPECT_EQ(domain::course_days("2026-03-02", "2026-03-02").size(), 1u);
  EXPECT_TRUE(domain::course_days("2026-03-02", "2026-03-01").empty());
  EXPECT_TRUE(domain::course_days("2026-02-30", "2026-03-01").empty());
}

TEST(TrainingDomain, CodesAndStatusMoves) {
  EXPECT_EQ(domain::training_rank_codes().size(), 16u);
  EXPECT_TRUE(domain::is_training_rank("thieu_ta"));
  EXPECT_FALSE(domain::is_training_rank("major"));
  EXPECT_TRUE(domain::is_training_sex("female"));
  EXPECT_FALSE(domain::is_training_sex("unknown"));
  EXPECT_TRUE(domain::is_service_number("BP-120373"));
  EXPECT_FALSE(domain::is_service_number("bp-1"));
  EXPECT_FALSE(domain::is_service_number("BP 1"));
  EXPECT_FALSE(domain::is_service_number(""));
  EXPECT_TRUE(domain::course_status_move_allowed("planned", "in_progress"));
  EXPECT_TRUE(domain::course_status_move_allowed("in_progress", "cancelled"));
  EXPECT_FALSE(domain::course_status_move_allowed("planned", "completed"));  // only by POST /complete
  EXPECT_FALSE(domain::course_status_move_allowed("completed", "planned"));
  EXPECT_FALSE(domain::course_status_move_allowed("cancelled", "planned"));
}

TEST(TrainingVocab, EveryRankHasLabelsAndSectionsNameKnownThemes) {
  ASSERT_EQ(domain::training_ranks().size(), domain::training_rank_codes().size());
  for (size_t i = 0; i < domain::training_ranks().size(); ++i) {
    EXPECT_EQ(domain::training_ranks()[i].code, domain::training_rank_codes()[i]);
    EXPECT_FALSE(domain::training_ranks()[i].vi.empty());
    EXPECT_FALSE(domain::training_ranks()[i].en.empty());
  }
  EXPECT_EQ(domain::vocab_find(domain::training_ranks(), "dai_uy")->vi, "Đại úy");
  ASSERT_EQ(domain::assessment_sections().size(), 5u);
  std::set<std::string> used;
  for (const auto& s : domain::assessment_sections()) {
    for (const auto& t : s.themes) {
      EXPECT_TRUE(domain::is_assessment_theme(t)) << t;
      used.insert(t);
    }
  }
  EXPECT_EQ(used.size(), domain::assessment_themes().size());  // every theme serves a section
  EXPECT_FALSE(domain::is_assessment_theme("weather"));
}

TEST(CertificateCode, CrockfordBase32OfFortyBits) {
  EXPECT_EQ(training::certificate_code({0, 0, 0, 0, 0}), "FL-0000-0000");
  EXPECT_EQ(training::certificate_code({0xff, 0xff, 0xff, 0xff, 0xff}), "FL-ZZZZ-ZZZZ");
  // 0x0000000001 -> last digit 1; 0x0000000020 (32) -> "10".
  EXPECT_EQ(training::certificate_code({0, 0, 0, 0, 1}), "FL-0000-0001");
  EXPECT_EQ(training::certificate_code({0, 0, 0, 0, 32}), "FL-0000-0010");
  std::set<std::string> codes;
  for (int i = 0; i < 200; ++i) {
    std::string c = training::random_certificate_code();
    ASSERT_EQ(c.size(), 12u);
    EXPECT_EQ(c.substr(0, 3), "FL-");
    EXPECT_EQ(c[7], '-');
    EXPECT_EQ(c.find_first_of("ILOU", 3), std::string::npos) << c;
    codes.insert(c);
  }
  EXPECT_EQ(codes.size(), 200u);
}

TEST(CertificateCode, NormalizesWhatPeopleType) {
  EXPECT_EQ(training::normalize_certificate_code("FL-7K3M-9QXZ"), "FL-7K3M-9QXZ");
  EXPECT_EQ(training::normalize_certificate_code("fl-7k3m-9qxz"), "FL-7K3M-9QXZ");
  EXPECT_EQ(training::normalize_certificate_code("7K3M9QXZ"), "FL-7K3M-9QXZ");
  EXPECT_EQ(training::normalize_certificate_code("FL-OIL0-0000"), "FL-0110-0000");
  EXPECT_FALSE(training::normalize_certificate_code("FL-7K3M-9QX").has_value());
  EXPECT_FALSE(training::normalize_certificate_code("FL-7K3M-9QXU").has_value());
  EXPECT_FALSE(training::normalize_certificate_code("").has_value());
}

training::CertificateContent sample() {
  training::CertificateContent c;
  c.code = "FL-7K3M-9QXZ";
  c.holder_name = "Nguyễn Thị Thu Hà";
  c.holder_rank_vi = "Đại úy";
  c.unit_name = "Đồn Biên phòng cửa khẩu Hữu Nghị";
  c.course_code = "TH-2026-LS-01";
  c.course_title_vi = "Tập huấn nhận diện và bảo vệ nạn nhân bị mua bán";
  c.course_title_en = "Identifying and protecting trafficking victims";
  c.start_date = "2026-03-02";
  c.end_date = "2026-03-06";
  c.issued_on = "2026-03-07";
  c.verify_path = "/api/v1/certificates/FL-7K3M-9QXZ";
  return c;
}

TEST(CertificatePdf, IsAPdfWithTheVietnameseNameAndTheCode) {
  auto pdf = training::render_certificate_pdf(sample(), training::default_certificate_fonts());
  ASSERT_TRUE(pdf.ok()) << pdf.error().message;
  ASSERT_GT(pdf->size(), 1000u);
  EXPECT_EQ(pdf->substr(0, 5), "%PDF-");
  if (std::system("command -v pdftotext >/dev/null 2>&1") != 0) {
    GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
  }
  const auto dir = std::filesystem::temp_directory_path() / ("frontline-cert-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  {
    std::ofstream out(dir / "c.pdf", std::ios::binary);
    out << *pdf;
  }
  const std::string cmd = "pdftotext -enc UTF-8 " + (dir / "c.pdf").string() + " " + (dir / "c.txt").string();
  ASSERT_EQ(std::system(cmd.c_str()), 0);
  std::ifstream in(dir / "c.txt");
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::filesystem::remove_all(dir);
  EXPECT_NE(text.find("Nguyễn Thị Thu Hà"), std::string::npos) << text;
  EXPECT_NE(text.find("FL-7K3M-9QXZ"), std::string::npos) << text;
  EXPECT_NE(text.find("Tập huấn nhận diện"), std::string::npos) << text;
  EXPECT_NE(text.find("GIẤY CHỨNG NHẬN"), std::string::npos) << text;
}

TEST(CertificatePdf, MissingFontIsUnavailableNamingIt) {
  auto pdf = training::render_certificate_pdf(sample(), {"/nonexistent/DejaVuSans.ttf", "/nonexistent/B.ttf"});
  ASSERT_FALSE(pdf.ok());
  EXPECT_EQ(pdf.error().code, ErrorCode::kUnavailable);
  EXPECT_NE(pdf.error().message.find("/nonexistent/DejaVuSans.ttf"), std::string::npos);
}

}  // namespace
}  // namespace frontline
