#include "demo/training_assessments.hpp"

#include <algorithm>
#include <span>
#include <string>
#include <vector>

#include "demo/rng.hpp"
#include "training/assessment.hpp"

namespace frontline::demo {
namespace {

using domain::AssessmentSectionKind;

// One thing a trainee might write in a section: the themes it names and its text.
struct Snippet {
  std::vector<std::string> themes;
  const char* text;
};

const std::vector<Snippet>& trends() {
  static const std::vector<Snippet> k = {
      {{"scam_centres", "fake_job_offers"},
       "Gia tăng số vụ công dân bị lừa sang Campuchia làm việc tại các cơ sở lừa đảo trực tuyến ở Sihanoukville, "
       "Bavet; nạn nhân chủ yếu là thanh niên 18–30 tuổi, nhiều người đã tốt nghiệp phổ thông."},
      {{"online_recruitment", "social_media"},
       "Việc tuyển người chuyển hẳn lên mạng xã hội: Facebook, Telegram, TikTok với lời mời \"việc nhẹ lương cao\", "
       "bao vé máy bay và làm hộ chiếu."},
      {{"forced_marriage", "illegal_border_crossing"},
       "Vẫn còn trường hợp phụ nữ, trẻ em gái ở các xã biên giới bị đưa qua đường mòn, lối mở sang Trung Quốc "
       "để cưỡng ép kết hôn."},
      {{"scam_centres", "labour_exploitation"},
       "Một số người được giải cứu quay lại làm cho chính các cơ sở lừa đảo và trở thành người tuyển mộ "
       "người quen, họ hàng."},
      {{"surrogacy", "child_trafficking"},
       "Xuất hiện đường dây môi giới mang thai hộ và bán trẻ sơ sinh qua biên giới, liên lạc qua các nhóm kín "
       "trên mạng xã hội."},
  };
  return k;
}

const std::vector<Snippet>& modus_operandi() {
  static const std::vector<Snippet> k = {
      {{"online_recruitment", "fake_job_offers"},
       "Đăng tin trên các nhóm Facebook \"Việc làm Campuchia lương 1.500 USD\", sau đó chuyển sang nhắn tin "
       "Telegram; khi nhập cảnh thì bị thu giữ hộ chiếu."},
      {{"illegal_border_crossing", "document_fraud"},
       "Đưa người xuất cảnh qua cửa khẩu Mộc Bài, Xa Mát bằng hộ chiếu du lịch, hoặc đi đường mòn ban đêm, rồi "
       "giao cho người của đường dây bên kia biên giới."},
      {{"debt_bondage", "scam_centres"},
       "Ép ký giấy nợ tiền vé, tiền ăn ở; ai không đạt chỉ tiêu lừa đảo thì bị đánh đập, bán sang công ty khác "
       "hoặc gia đình phải chuộc 3.000–5.000 USD."},
      {{"social_media"},
       "Dùng tài khoản ảo, sim rác và ví điện tử đứng tên người khác để liên lạc và nhận tiền chuộc."},
      {{"forced_marriage", "online_recruitment"},
       "Làm quen qua Zalo, hứa giới thiệu việc làm ở nhà máy bên kia biên giới rồi bán cho người môi giới hôn nhân."},
  };
  return k;
}

const std::vector<Snippet>& challenges_investigation() {
  static const std::vector<Snippet> k = {
      {{"evidence_gathering", "online_investigation"},
       "Chứng cứ điện tử (tin nhắn Telegram, tài khoản mạng xã hội) bị xóa rất nhanh; máy chủ ở nước ngoài nên khó "
       "thu thập và trưng cầu giám định."},
      {{"cross_border_cooperation"},
       "Việc xác minh, trao đổi thông tin với lực lượng chức năng Campuchia qua kênh chính thức mất nhiều thời gian, "
       "đối tượng kịp di chuyển."},
      {{"legal_gaps", "victim_identification"},
       "Khó chứng minh mục đích bóc lột khi nạn nhân ban đầu tự nguyện đi làm; ranh giới giữa nạn nhân và người "
       "tham gia lừa đảo chưa rõ."},
      {{"interagency_coordination", "limited_resources"},
       "Phối hợp giữa Biên phòng, Công an và Lao động – Thương binh và Xã hội còn chồng chéo; đồn thiếu cán bộ "
       "có chuyên môn điều tra trên mạng."},
  };
  return k;
}

const std::vector<Snippet>& challenges_protection() {
  static const std::vector<Snippet> k = {
      {{"victim_reluctance"},
       "Nạn nhân sợ bị xử lý về hành vi xuất cảnh trái phép hoặc tham gia lừa đảo nên không khai báo đầy đủ."},
      {{"shelter_support", "limited_resources"},
       "Thiếu nơi tạm lánh ở khu vực biên giới; hỗ trợ tâm lý, y tế ban đầu cho nạn nhân còn hạn chế."},
      {{"language_barrier"},
       "Chưa có phiên dịch tiếng Khmer, tiếng Trung tại đồn khi tiếp nhận nạn nhân và người được trao trả."},
      {{"victim_identification", "interagency_coordination"},
       "Nhiều trường hợp trao trả qua cửa khẩu không có hồ sơ kèm theo, khó xác định ai là nạn nhân để chuyển tuyến "
       "hỗ trợ."},
  };
  return k;
}

const std::vector<Snippet>& recommendations() {
  static const std::vector<Snippet> k = {
      {{"more_training", "equipment_technology"},
       "Tổ chức thêm lớp tập huấn chuyên sâu về điều tra trên không gian mạng; trang bị thiết bị trích xuất dữ liệu "
       "điện thoại cho các đồn trọng điểm."},
      {{"cross_border_cooperation", "information_sharing"},
       "Xây dựng đường dây nóng và cơ chế trao đổi thông tin nhanh với Cảnh sát Campuchia qua văn phòng liên lạc "
       "biên giới."},
      {{"community_awareness"},
       "Đẩy mạnh tuyên truyền tại trường học, khu dân cư về thủ đoạn tuyển dụng qua mạng; phối hợp với Đoàn "
       "Thanh niên, Hội Phụ nữ."},
      {{"victim_support_services", "legal_guidance"},
       "Ban hành hướng dẫn thống nhất về xác định nạn nhân bị ép tham gia lừa đảo và quy trình chuyển tuyến hỗ trợ."},
      {{"staffing"}, "Bổ sung biên chế cán bộ trinh sát, phiên dịch cho các đồn biên phòng tuyến Tây Nam."},
  };
  return k;
}

const std::vector<Snippet>& pool(AssessmentSectionKind s) {
  switch (s) {
    case AssessmentSectionKind::kTrends: return trends();
    case AssessmentSectionKind::kModusOperandi: return modus_operandi();
    case AssessmentSectionKind::kChallengesInvestigation: return challenges_investigation();
    case AssessmentSectionKind::kChallengesProtection: return challenges_protection();
    case AssessmentSectionKind::kRecommendations: return recommendations();
  }
  return trends();
}

// Fills every section from its pool: one snippet (two for a group's
// recommendations); participants leave a text out now and then, groups never.
void answer(Rng& rng, domain::TrainingAssessment& a) {
  for (size_t i = 0; i < domain::kAssessmentSectionCount; ++i) {
    const auto s = static_cast<AssessmentSectionKind>(i);
    const auto& snippets = pool(s);
    const size_t first = rng.uniform(snippets.size());
    std::vector<size_t> chosen = {first};
    if (a.is_group() && s == AssessmentSectionKind::kRecommendations) {
      chosen.push_back((first + 1 + rng.uniform(snippets.size() - 1)) % snippets.size());
    }
    auto& out = a.answer(s);
    for (size_t c : chosen) {
      for (const auto& t : snippets[c].themes) {
        if (std::find(out.themes.begin(), out.themes.end(), t) == out.themes.end()) {
          out.themes.push_back(t);
        }
      }
      if (a.is_group() || rng.uniform(3) != 0) {
        out.text += (out.text.empty() ? "" : " ") + std::string(snippets[c].text);
      }
    }
  }
}

}  // namespace

Result<int64_t> seed_training_assessments(store::Transaction& tx, TimePoint now, uint64_t seed) {
  domain::CourseFilter filter;
  filter.status = "completed";
  filter.limit = 1000;
  FL_ASSIGN_OR_RETURN(domain::CoursePage courses, tx.training_courses().list(filter));
  int64_t added = 0;
  for (const auto& course : courses.items) {
    FL_ASSIGN_OR_RETURN(auto existing, tx.training_assessments().of_course(course.id, std::nullopt));
    if (!existing.empty()) {
      continue;
    }
    Rng rng(seed * 1000003 + static_cast<uint64_t>(course.id));
    FL_ASSIGN_OR_RETURN(auto participants, tx.training_courses().participants(course.id, store::CaseScope{}));
    std::vector<int64_t> in_groups;
    std::vector<domain::TrainingAssessment> answers;
    for (const auto& p : participants) {
      if (p.enrolment.status == "withdrawn") {
        continue;
      }
      if (rng.uniform(2) == 0) {
        domain::TrainingAssessment a;
        a.officer_id = p.officer.id;
        answers.push_back(std::move(a));
      } else {
        in_groups.push_back(p.officer.id);
      }
    }
    for (size_t at = 0, group = 1; at < in_groups.size(); ++group) {
      const size_t size = std::min<size_t>(in_groups.size() - at, static_cast<size_t>(rng.between(3, 6)));
      domain::TrainingAssessment a;
      a.group_name = "Nhóm " + std::to_string(group);
      a.group_size = static_cast<int64_t>(size);
      answers.push_back(std::move(a));
      at += size;
    }
    for (auto& a : answers) {
      a.course_id = course.id;
      a.created_at = now;
      answer(rng, a);
      FL_TRY(training::validate_assessment(a));
      FL_TRY(tx.training_assessments().insert(a));
      ++added;
    }
  }
  return added;
}

}  // namespace frontline::demo
