// Scanner::explain: why a text scored as it did, in one short paragraph.
#include <cmath>
#include <map>
#include <sstream>

#include <fmt/format.h>

#include "scan/scanner.hpp"

namespace frontline::scan {
namespace {

// "37,5 triệu đồng" / "37.5 million dong".
std::string money_vnd(double vnd, bool vi) {
  const double millions = vnd / 1e6;
  std::string n = millions >= 100 ? fmt::format("{:.0f}", millions) : fmt::format("{:.1f}", millions);
  if (n.size() > 2 && n.substr(n.size() - 2) == ".0") n.resize(n.size() - 2);
  if (vi) {
    for (char& c : n) c = c == '.' ? ',' : c;
    return n + " triệu đồng";
  }
  return n + " million dong";
}

std::string ratio_text(double r, bool vi) {
  std::string n = fmt::format("{:.1f}", r);
  if (vi) {
    for (char& c : n) c = c == '.' ? ',' : c;
  }
  return n;
}

const char* kind_label(IdKind k, bool vi) {
  switch (k) {
    case IdKind::kPhone: return vi ? "số điện thoại" : "phone number";
    case IdKind::kTelegram: return "Telegram";
    case IdKind::kZalo: return "Zalo";
    case IdKind::kWhatsapp: return "WhatsApp";
    case IdKind::kFacebook: return "Facebook";
    case IdKind::kTiktok: return "TikTok";
    case IdKind::kUrl: return vi ? "đường link" : "web link";
    case IdKind::kEmail: return vi ? "email" : "e-mail address";
    case IdKind::kBankAccount: return vi ? "số tài khoản ngân hàng" : "bank account";
  }
  return "";
}

}  // namespace

std::string Scanner::explain(const ScanResult& r, std::string_view lang) const {
  const bool vi = lang != "en";
  std::ostringstream out;
  static const std::map<RiskLevel, std::pair<const char*, const char*>> kLevel = {
      {RiskLevel::kLow, {"Rủi ro thấp", "Low risk"}},
      {RiskLevel::kMedium, {"Rủi ro trung bình", "Medium risk"}},
      {RiskLevel::kHigh, {"Rủi ro cao", "High risk"}}};
  const auto& level = kLevel.at(r.level);
  out << (vi ? level.first : level.second) << " (" << std::lround(r.risk * 100) << "/100). ";
  if (r.model_score) {
    out << (vi ? "Bộ dấu hiệu " : "Red flags ") << std::lround(r.lexicon_score * 100) << "/100, "
        << (vi ? "mô hình học " : "learned model ") << std::lround(*r.model_score * 100) << "/100. ";
  }
  if (r.flags.empty()) {
    out << (vi ? "Không thấy dấu hiệu nào của bộ dấu hiệu tuyển dụng lừa đảo." : "No red flag of the lexicon was found.");
  } else {
    out << r.flags.size() << (vi ? " dấu hiệu. " : (r.flags.size() == 1 ? " red flag. " : " red flags. "));
    const size_t shown = std::min<size_t>(2, r.flags.size());
    for (size_t i = 0; i < shown; ++i) {
      const FlagHit& f = r.flags[i];
      if (f.flag != nullptr) out << (vi ? f.flag->rationale_vi : f.flag->rationale_en) << ' ';
    }
  }
  const PayNorm& norm = lexicon().pay_norm;
  const Amount* top = nullptr;
  for (const Amount& a : r.amounts) {
    if (a.monthly_vnd && (top == nullptr || *a.monthly_vnd > *top->monthly_vnd)) top = &a;
  }
  if (top != nullptr && norm.monthly_vnd > 0.0) {
    const double ratio = *top->monthly_vnd / norm.monthly_vnd;
    out << (vi ? "Lương nêu khoảng " : "Pay stated: about ") << money_vnd(*top->monthly_vnd, vi)
        << (vi ? " một tháng" : " a month");
    if (ratio >= norm.factor) {
      out << (vi ? ", gấp " : ", ") << ratio_text(ratio, vi) << (vi ? " lần mức thông thường" : " times the norm");
    }
    out << ". ";
  }
  if (!r.identifiers.empty()) {
    std::map<IdKind, int> counts;
    for (const ExtractedId& id : r.identifiers) ++counts[id.kind];
    out << (vi ? "Liên hệ: " : "Contacts: ");
    bool first = true;
    for (const auto& [kind, n] : counts) {
      out << (first ? "" : ", ") << n << ' ' << kind_label(kind, vi) << (!vi && n > 1 && kind == IdKind::kPhone ? "s" : "");
      first = false;
    }
    out << '.';
  }
  std::string s = out.str();
  while (!s.empty() && s.back() == ' ') s.pop_back();
  return s;
}

}  // namespace frontline::scan
