#include "domain/training_vocab.hpp"

namespace frontline::domain {
namespace {

const std::vector<std::string> kTrendThemes = {
    "online_recruitment", "scam_centres",  "fake_job_offers", "forced_marriage",  "sexual_exploitation",
    "labour_exploitation", "child_trafficking", "illegal_border_crossing", "debt_bondage", "document_fraud",
    "social_media",        "organ_removal", "surrogacy"};
const std::vector<std::string> kChallengeThemes = {
    "victim_reluctance", "evidence_gathering", "cross_border_cooperation", "interagency_coordination",
    "language_barrier",  "limited_resources",  "legal_gaps",               "victim_identification",
    "shelter_support",   "online_investigation"};
const std::vector<std::string> kRecommendationThemes = {
    "more_training",         "cross_border_cooperation", "community_awareness", "equipment_technology",
    "victim_support_services", "information_sharing",    "legal_guidance",      "staffing"};

}  // namespace

const std::vector<VocabEntry>& training_ranks() {
  static const std::vector<VocabEntry> ranks = {
      {"binh_nhi", "Binh nhì", "Private"},
      {"binh_nhat", "Binh nhất", "Private first class"},
      {"ha_si", "Hạ sĩ", "Corporal"},
      {"trung_si", "Trung sĩ", "Sergeant"},
      {"thuong_si", "Thượng sĩ", "Senior sergeant"},
      {"thieu_uy", "Thiếu úy", "Second lieutenant"},
      {"trung_uy", "Trung úy", "First lieutenant"},
      {"thuong_uy", "Thượng úy", "Senior lieutenant"},
      {"dai_uy", "Đại úy", "Captain"},
      {"thieu_ta", "Thiếu tá", "Major"},
      {"trung_ta", "Trung tá", "Lieutenant colonel"},
      {"thuong_ta", "Thượng tá", "Senior colonel"},
      {"dai_ta", "Đại tá", "Colonel"},
      {"thieu_tuong", "Thiếu tướng", "Major general"},
      {"qncn", "Quân nhân chuyên nghiệp", "Professional serviceman"},
      {"civilian", "Công nhân viên", "Civilian staff"},
  };
  return ranks;
}

const std::vector<VocabEntry>& training_sexes() {
  static const std::vector<VocabEntry> sexes = {{"male", "Nam", "Male"}, {"female", "Nữ", "Female"}};
  return sexes;
}

const std::vector<AssessmentSection>& assessment_sections() {
  static const std::vector<AssessmentSection> sections = {
      {{"trends", "Xu hướng", "Trends seen"}, kTrendThemes},
      {{"modus_operandi", "Phương thức, thủ đoạn", "Modus operandi"}, kTrendThemes},
      {{"challenges_investigation", "Khó khăn trong điều tra", "Challenges in investigation"}, kChallengeThemes},
      {{"challenges_protection", "Khó khăn trong bảo vệ nạn nhân", "Challenges in victim protection"},
       kChallengeThemes},
      {{"recommendations", "Kiến nghị", "Recommendations"}, kRecommendationThemes},
  };
  return sections;
}

const std::vector<VocabEntry>& assessment_themes() {
  static const std::vector<VocabEntry> themes = {
      {"online_recruitment", "Tuyển dụng qua mạng", "Online recruitment"},
      {"scam_centres", "Cơ sở lừa đảo trực tuyến", "Scam centres"},
      {"fake_job_offers", "Việc làm giả, lương cao", "Fake job offers"},
      {"forced_marriage", "Kết hôn cưỡng ép", "Forced marriage"},
      {"sexual_exploitation", "Bóc lột tình dục", "Sexual exploitation"},
      {"labour_exploitation", "Bóc lột lao động", "Labour exploitation"},
      {"child_trafficking", "Mua bán trẻ em", "Child trafficking"},
      {"illegal_border_crossing", "Xuất nhập cảnh trái phép", "Illegal border crossing"},
      {"debt_bondage", "Gán nợ", "Debt bondage"},
      {"document_fraud", "Giả mạo giấy tờ", "Document fraud"},
      {"social_media", "Mạng xã hội", "Social media"},
      {"organ_removal", "Lấy bộ phận cơ thể", "Organ removal"},
      {"surrogacy", "Mang thai hộ", "Surrogacy"},
      {"victim_reluctance", "Nạn nhân ngại hợp tác", "Victim reluctance"},
      {"evidence_gathering", "Thu thập chứng cứ", "Evidence gathering"},
      {"cross_border_cooperation", "Hợp tác xuyên biên giới", "Cross-border cooperation"},
      {"interagency_coordination", "Phối hợp liên ngành", "Inter-agency coordination"},
      {"language_barrier", "Rào cản ngôn ngữ", "Language barrier"},
      {"limited_resources", "Nguồn lực hạn chế", "Limited resources"},
      {"legal_gaps", "Khoảng trống pháp lý", "Legal gaps"},
      {"victim_identification", "Xác định nạn nhân", "Victim identification"},
      {"shelter_support", "Hỗ trợ tạm lánh", "Shelter support"},
      {"online_investigation", "Điều tra trên không gian mạng", "Online investigation"},
      {"more_training", "Tăng cường tập huấn", "More training"},
      {"community_awareness", "Tuyên truyền cộng đồng", "Community awareness"},
      {"equipment_technology", "Trang thiết bị, công nghệ", "Equipment and technology"},
      {"victim_support_services", "Dịch vụ hỗ trợ nạn nhân", "Victim support services"},
      {"information_sharing", "Chia sẻ thông tin", "Information sharing"},
      {"legal_guidance", "Hướng dẫn pháp lý", "Legal guidance"},
      {"staffing", "Bổ sung nhân lực", "Staffing"},
  };
  return themes;
}

bool is_assessment_theme(const std::string& code) { return vocab_find(assessment_themes(), code) != nullptr; }

const VocabEntry* vocab_find(const std::vector<VocabEntry>& entries, const std::string& code) {
  for (const auto& e : entries) {
    if (e.code == code) return &e;
  }
  return nullptr;
}

}  // namespace frontline::domain
