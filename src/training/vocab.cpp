#include "training/vocab.hpp"

namespace frontline::training {

using domain::AssessmentSectionKind;

const std::vector<VocabLabel>& assessment_sections() {
  static const std::vector<VocabLabel> kSections = {
      {"trends", "Xu hướng", "Trends"},
      {"modus_operandi", "Phương thức, thủ đoạn", "Modus operandi"},
      {"challenges_investigation", "Khó khăn trong điều tra", "Challenges in investigation"},
      {"challenges_protection", "Khó khăn trong bảo vệ nạn nhân", "Challenges in victim protection"},
      {"recommendations", "Kiến nghị, đề xuất", "Recommendations"},
  };
  return kSections;
}

std::string_view section_name(AssessmentSectionKind s) { return assessment_sections()[static_cast<size_t>(s)].code; }

std::optional<AssessmentSectionKind> parse_section(std::string_view name) {
  const auto& sections = assessment_sections();
  for (size_t i = 0; i < sections.size(); ++i) {
    if (sections[i].code == name) {
      return static_cast<AssessmentSectionKind>(i);
    }
  }
  return std::nullopt;
}

std::vector<AssessmentSectionKind> all_sections() {
  return {AssessmentSectionKind::kTrends, AssessmentSectionKind::kModusOperandi, AssessmentSectionKind::kChallengesInvestigation,
          AssessmentSectionKind::kChallengesProtection, AssessmentSectionKind::kRecommendations};
}

const std::vector<ThemeGroup>& theme_groups() {
  static const std::vector<ThemeGroup> kGroups = {
      {"trends",
       {AssessmentSectionKind::kTrends, AssessmentSectionKind::kModusOperandi},
       {
           {"online_recruitment", "Tuyển dụng trực tuyến", "Online recruitment"},
           {"scam_centres", "Cơ sở lừa đảo trực tuyến", "Scam centres"},
           {"fake_job_offers", "Lời mời việc làm giả", "Fake job offers"},
           {"forced_marriage", "Cưỡng ép kết hôn", "Forced marriage"},
           {"sexual_exploitation", "Bóc lột tình dục", "Sexual exploitation"},
           {"labour_exploitation", "Bóc lột sức lao động", "Labour exploitation"},
           {"child_trafficking", "Mua bán trẻ em", "Child trafficking"},
           {"illegal_border_crossing", "Xuất nhập cảnh trái phép", "Illegal border crossing"},
           {"debt_bondage", "Gán nợ, lệ thuộc vì nợ", "Debt bondage"},
           {"document_fraud", "Giả mạo giấy tờ", "Document fraud"},
           {"social_media", "Mạng xã hội", "Social media"},
           {"organ_removal", "Lấy bộ phận cơ thể người", "Organ removal"},
           {"surrogacy", "Mang thai hộ", "Surrogacy"},
       }},
      {"challenges",
       {AssessmentSectionKind::kChallengesInvestigation, AssessmentSectionKind::kChallengesProtection},
       {
           {"victim_reluctance", "Nạn nhân ngại hợp tác", "Victim reluctance"},
           {"evidence_gathering", "Thu thập chứng cứ", "Evidence gathering"},
           {"cross_border_cooperation", "Hợp tác xuyên biên giới", "Cross-border cooperation"},
           {"interagency_coordination", "Phối hợp liên ngành", "Inter-agency coordination"},
           {"language_barrier", "Rào cản ngôn ngữ", "Language barrier"},
           {"limited_resources", "Hạn chế về nguồn lực", "Limited resources"},
           {"legal_gaps", "Khoảng trống pháp lý", "Legal gaps"},
           {"victim_identification", "Xác định nạn nhân", "Victim identification"},
           {"shelter_support", "Nơi tạm lánh và hỗ trợ", "Shelter and support"},
           {"online_investigation", "Điều tra trên không gian mạng", "Online investigation"},
       }},
      {"recommendations",
       {AssessmentSectionKind::kRecommendations},
       {
           {"more_training", "Tăng cường tập huấn", "More training"},
           {"cross_border_cooperation", "Hợp tác xuyên biên giới", "Cross-border cooperation"},
           {"community_awareness", "Nâng cao nhận thức cộng đồng", "Community awareness"},
           {"equipment_technology", "Trang thiết bị và công nghệ", "Equipment and technology"},
           {"victim_support_services", "Dịch vụ hỗ trợ nạn nhân", "Victim support services"},
           {"information_sharing", "Chia sẻ thông tin", "Information sharing"},
           {"legal_guidance", "Hướng dẫn pháp lý", "Legal guidance"},
           {"staffing", "Bổ sung nhân lực", "Staffing"},
       }},
  };
  return kGroups;
}

const ThemeGroup& theme_group_of(AssessmentSectionKind s) {
  for (const auto& g : theme_groups()) {
    for (auto member : g.sections) {
      if (member == s) {
        return g;
      }
    }
  }
  return theme_groups().front();  // unreachable: every section is in a group
}

bool theme_allowed(AssessmentSectionKind s, std::string_view theme) {
  for (const auto& t : theme_group_of(s).themes) {
    if (t.code == theme) {
      return true;
    }
  }
  return false;
}

std::optional<VocabLabel> theme_label(std::string_view theme) {
  for (const auto& g : theme_groups()) {
    for (const auto& t : g.themes) {
      if (t.code == theme) {
        return t;
      }
    }
  }
  return std::nullopt;
}

}  // namespace frontline::training
