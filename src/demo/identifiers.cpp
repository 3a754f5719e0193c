#include "demo/identifiers.hpp"

#include <algorithm>
#include <string>

#include "graph/entity_key.hpp"

namespace frontline::demo {
namespace {

const std::vector<const char*> kPlatforms = {"facebook", "zalo", "telegram", "tiktok"};
const std::vector<const char*> kHandleWords = {"viec.lam", "xuat.khau", "tuyen.dung", "lao.dong", "luong.cao",
                                               "campuchia", "hotro", "dulich", "nhahang", "congty"};
const std::vector<const char*> kBanks = {"Vietcombank", "BIDV", "Agribank", "Techcombank", "MB Bank"};
const std::vector<const char*> kAgencyWords = {"Hoàng Long", "Phú Quý", "Đại Phát", "Thành Công", "Minh Anh",
                                               "Kim Ngân", "An Khang", "Việt Á"};

// The ring's identifiers follow from its number alone, so every case of a
// ring names the same phone, account, bank account and agency.
struct Ring {
  std::string phone, platform, handle, bank, account, agency;
};

Ring ring(int64_t n) {
  Ring r;
  const std::string digits = std::to_string(100000 + (n * 7919) % 900000);
  r.phone = "0899 " + digits.substr(0, 3) + " " + digits.substr(3);
  r.platform = kPlatforms[static_cast<size_t>(n) % kPlatforms.size()];
  r.handle = std::string(kHandleWords[static_cast<size_t>(n) % kHandleWords.size()]) + "." + std::to_string(n);
  r.bank = kBanks[static_cast<size_t>(n) % kBanks.size()];
  r.account = "9704" + std::to_string(10000000 + n * 37);
  r.agency = std::string("Công ty TNHH ") + kAgencyWords[static_cast<size_t>(n) % kAgencyWords.size()] + " " +
             std::to_string(n);
  return r;
}

domain::CaseIdentifier make(domain::IdentifierKind kind, const std::string& value, const std::string& qualifier,
                            const char* note) {
  domain::CaseIdentifier i;
  i.kind = kind;
  i.value = value;
  i.qualifier = qualifier;
  i.key = graph::identifier_key(kind, value, qualifier).value();  // the demo's values always normalize
  i.note = std::string(note) + " (dữ liệu mẫu)";
  return i;
}

}  // namespace

RecruitmentRings::RecruitmentRings(uint64_t seed, int64_t cases)
    : rng_(seed * 6364136223846793005ULL + 1442695040888963407ULL), rings_(std::max<int64_t>(3, cases / 6)) {}

std::vector<domain::CaseIdentifier> RecruitmentRings::plan(int64_t suspect) {
  using K = domain::IdentifierKind;
  std::vector<domain::CaseIdentifier> out;
  if (!rng_.chance(40)) {
    return out;
  }
  const Ring r = ring(static_cast<int64_t>(rng_.uniform(static_cast<uint64_t>(rings_))) + 1);
  auto phone = make(K::kPhone, r.phone, "", "số điện thoại người tuyển dụng");
  if (suspect != 0 && rng_.chance(30)) {
    phone.person_id = suspect;
  }
  out.push_back(phone);
  if (rng_.chance(50)) {
    out.push_back(make(K::kAccount, "https://" + r.platform + ".com/" + r.handle, r.platform, "tài khoản đăng tin tuyển"));
  }
  if (rng_.chance(20)) {
    out.push_back(make(K::kBankAccount, r.account, r.bank, "tài khoản nhận tiền đặt cọc"));
  }
  if (rng_.chance(15)) {
    out.push_back(make(K::kOrganization, r.agency, "", "công ty môi giới"));
  }
  return out;
}

}  // namespace frontline::demo
