#include "demo/support_orgs.hpp"

#include "util/text.hpp"

namespace frontline::demo {
namespace {

using domain::SupportOrgType;
using domain::SupportService;
using Svc = SupportService;

struct OrgSpec {
  SupportOrgType type;
  const char* name;
  const char* name_en;
  std::vector<std::string> provinces;
  const char* address;
  const char* phone;
  std::vector<SupportService> services;
  bool active;
};

const std::vector<OrgSpec>& specs() {
  static const std::vector<OrgSpec> all = {
      {SupportOrgType::kSocialProtectionCentre, "Trung tâm Công tác xã hội tỉnh Lạng Sơn",
       "Social Work Centre of Lạng Sơn Province", {"LS"}, "Phường Đông Kinh, tỉnh Lạng Sơn", "0205-0000-0000",
       {Svc::kEssentialNeeds, Svc::kShelter, Svc::kPsychologicalSupport, Svc::kInitialHardshipAllowance,
        Svc::kRepatriationTravel},
       true},
      {SupportOrgType::kSocialProtectionCentre, "Trung tâm Công tác xã hội tỉnh Cao Bằng",
       "Social Work Centre of Cao Bằng Province", {"CB"}, "Phường Thục Phán, tỉnh Cao Bằng", "0206-0000-0000",
       {Svc::kEssentialNeeds, Svc::kShelter, Svc::kPsychologicalSupport, Svc::kInitialHardshipAllowance},
       true},
      {SupportOrgType::kSocialProtectionCentre, "Trung tâm Công tác xã hội tỉnh Quảng Ninh",
       "Social Work Centre of Quảng Ninh Province", {"QN"}, "Phường Hạ Long, tỉnh Quảng Ninh", "0203-0000-0000",
       {Svc::kEssentialNeeds, Svc::kShelter, Svc::kPsychologicalSupport, Svc::kRepatriationTravel},
       true},
      {SupportOrgType::kSocialProtectionCentre, "Trung tâm Công tác xã hội tỉnh Tây Ninh",
       "Social Work Centre of Tây Ninh Province", {"TN"}, "Phường Long An, tỉnh Tây Ninh", "0276-0000-0000",
       {Svc::kEssentialNeeds, Svc::kShelter, Svc::kPsychologicalSupport, Svc::kInitialHardshipAllowance,
        Svc::kRepatriationTravel},
       true},
      {SupportOrgType::kSocialProtectionCentre, "Trung tâm Công tác xã hội tỉnh An Giang",
       "Social Work Centre of An Giang Province", {"AG"}, "Phường Long Xuyên, tỉnh An Giang", "0296-0000-0000",
       {Svc::kEssentialNeeds, Svc::kShelter, Svc::kInitialHardshipAllowance}, true},
      {SupportOrgType::kLegalAid, "Trung tâm Trợ giúp pháp lý nhà nước tỉnh Lạng Sơn",
       "State Legal Aid Centre of Lạng Sơn Province", {"LS"}, "Phường Lương Văn Tri, tỉnh Lạng Sơn", "",
       {Svc::kLegalAid}, true},
      {SupportOrgType::kLegalAid, "Trung tâm Trợ giúp pháp lý nhà nước tỉnh Tây Ninh",
       "State Legal Aid Centre of Tây Ninh Province", {"TN"}, "Phường Tân Ninh, tỉnh Tây Ninh", "",
       {Svc::kLegalAid}, true},
      {SupportOrgType::kHealth, "Bệnh viện Đa khoa tỉnh Lạng Sơn", "Lạng Sơn Provincial General Hospital", {"LS"},
       "Phường Tam Thanh, tỉnh Lạng Sơn", "", {Svc::kMedicalCare, Svc::kPsychologicalSupport}, true},
      {SupportOrgType::kVocationalTraining, "Trung tâm Dịch vụ việc làm tỉnh Tây Ninh",
       "Employment Service Centre of Tây Ninh Province", {"TN"}, "Phường Tân An, tỉnh Tây Ninh", "",
       {Svc::kEducationVocationalTraining, Svc::kEmploymentCounselling}, true},
      {SupportOrgType::kIom, "Tổ chức Di cư Quốc tế (IOM) tại Việt Nam", "IOM Viet Nam",
       {"HN", "LS", "CB", "QN", "LC", "TN", "AG"}, "Hà Nội", "",
       {Svc::kRepatriationTravel, Svc::kMedicalCare, Svc::kPsychologicalSupport, Svc::kEducationVocationalTraining,
        Svc::kEmploymentCounselling},
       true},
      {SupportOrgType::kNgo, "Nhà tạm lánh Hoa Sen cho phụ nữ và trẻ em", "Lotus Shelter for Women and Children",
       {"HN", "LS", "QN", "TN"}, "Hà Nội", "024-0000-0000",
       {Svc::kShelter, Svc::kPsychologicalSupport, Svc::kEducationVocationalTraining, Svc::kEmploymentCounselling},
       true},
      {SupportOrgType::kPsychosocial, "Nhóm tư vấn tâm lý cộng đồng Đồng Đăng", "Đồng Đăng Community Counselling Group",
       {"LS"}, "Xã Đồng Đăng, tỉnh Lạng Sơn", "", {Svc::kPsychologicalSupport}, false},
  };
  return all;
}

}  // namespace

Result<int64_t> seed_support_organizations(store::Transaction& tx, TimePoint now) {
  FL_ASSIGN_OR_RETURN(auto existing, tx.support_orgs().list(domain::SupportOrgFilter{}));
  if (!existing.empty()) {
    return int64_t{0};
  }
  int64_t added = 0;
  for (const auto& s : specs()) {
    domain::SupportOrganization o;
    o.type = s.type;
    o.name = s.name;
    o.name_en = s.name_en;
    o.provinces = s.provinces;
    o.address = s.address;
    o.phone = s.phone;
    o.services = s.services;
    o.active = s.active;
    o.notes = "Dữ liệu minh họa (demo)";
    o.created_at = now;
    o.updated_at = now;
    FL_TRY(discard_value(tx.support_orgs().insert(o, text::fold(o.name + " " + o.name_en))));
    added += 1;
  }
  return added;
}

}  // namespace frontline::demo
