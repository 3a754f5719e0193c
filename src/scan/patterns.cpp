// The Hyperscan expressions of the scanner (patterns.hpp).
#include "scan/patterns.hpp"


namespace frontline::scan {
namespace {

std::string alternatives(const std::vector<std::string>& words) {
  std::string e = "(?:";
  for (size_t i = 0; i < words.size(); ++i) {
    e += (i ? "|" : "") + words[i];
  }
  return e + ")";
}

}  // namespace

const std::vector<std::string>& bank_names() {
  static const std::vector<std::string> names = {
      "vietcombank", "vcb",      "techcombank", "tcb",    "mbbank",   "mb bank",  "vietinbank", "agribank",
      "bidv",        "acb",      "vpbank",      "tpbank", "sacombank", "hdbank",  "shb",        "ocb",
      "msb",         "vib",      "seabank",     "eximbank", "abbank", "lpbank",   "aba",        "aba bank",
      "acleda",      "wing",     "kbank",       "kasikorn", "bcel",   "momo",     "alipay",     "wechat pay"};
  return names;
}

Patterns build_patterns(const Lexicon& lexicon) {
  Patterns out;
  // Folded phrases hold only letters, digits and single spaces, as the word
  // text does: each is a literal. Word boundaries are checked by the scanner.
  for (uint32_t f = 0; f < lexicon.flags.size(); ++f) {
    const auto& folded = lexicon.flags[f].folded;
    for (uint32_t p = 0; p < folded.size(); ++p) {
      out.phrases.expressions.push_back(folded[p]);
      out.phrases.hs_flags.push_back(0);
      out.phrases.info.push_back({PatternKind::kPhrase, f, p});
    }
  }
  PatternSet& set = out.triggers;
  auto trigger = [&](PatternKind kind, std::string expression) {
    set.expressions.push_back(std::move(expression));
    set.hs_flags.push_back(0);
    set.info.push_back({kind, 0, 0});
  };
  // Seven digits at the start of a digit run: one report per run, not one per digit.
  trigger(PatternKind::kPhone, R"((?:^|[^0-9])\d(?:[ .\-]?\d){6})");
  trigger(PatternKind::kEmail, R"(@[a-z0-9\-]+\.[a-z]{2})");
  // Links: where the account or path begins; extract.cpp reads it forward.
  trigger(PatternKind::kUrl, R"((?:https?://|www\.))");
  trigger(PatternKind::kTelegram, R"(\b(?:t|telegram)\.me/)");
  trigger(PatternKind::kZalo, R"(\bzalo\.me/)");
  trigger(PatternKind::kWhatsapp, R"(\b(?:wa\.me|chat\.whatsapp\.com)/)");
  trigger(PatternKind::kFacebook, R"(\b(?:facebook\.com|fb\.com|fb\.me|m\.me)/)");
  trigger(PatternKind::kTiktok, R"(\btiktok\.com/@)");
  trigger(PatternKind::kDomain,
          R"([a-z0-9]\.(?:com|net|org|info|xyz|top|site|online|vip|club|cc|io|me|vn|kh|la|mm|cn|asia|shop|link|live)\b)");
  trigger(PatternKind::kHandle, R"(\b(?:telegram|tele|tg|tiktok|tik tok|zalo|whatsapp|facebook|fb)\b)");
  trigger(PatternKind::kBank, R"(\b(?:stk|so tk|so tai khoan|tai khoan|account number|account no|acc no|bank account)\b)");
  trigger(PatternKind::kBank, "\\b" + alternatives(bank_names()) + "\\b");
  const std::string units =
      "(?:ty|trieu|tr|cu|nghin|ngan|k|million|millions|m|usd|do la|dola|dollars|dollar|do|te|nhan dan te|rmb|cny|"
      "yuan|baht|bat|thb|ringgit|myr|euro|eur|riel|kip|vnd|dong|d)";
  // `flag` tells the scanner where the number is (AmountForm).
  auto amount = [&](AmountForm form, std::string expression) {
    trigger(PatternKind::kAmount, std::move(expression));
    set.info.back().flag = static_cast<uint32_t>(form);
  };
  amount(AmountForm::kNumberFirst, R"(\d ?)" + units + R"(\b)");
  amount(AmountForm::kNumberFirst, R"(\d ?\$)");
  amount(AmountForm::kMillionsDecimal, R"(\d ?tr\d)");  // "15tr5": 15.5 million
  amount(AmountForm::kDollarFirst, R"(\$ ?\d)");
  return out;
}

}  // namespace frontline::scan
