// The Hyperscan expressions of the scanner (patterns.hpp).
#include "scan/patterns.hpp"

#include <hs/hs.h>

namespace frontline::scan {
namespace {

// A folded phrase ("viec nhe luong cao") as an expression matching it
// wherever text::fold would: words separated by any run of non-letters.
// Word boundaries are checked by the scanner (it finds the start itself,
// so the phrase needs no start-of-match tracking, which is slower).
std::string phrase_expression(const std::string& folded) {
  std::string e;
  for (char c : folded) {
    e += c == ' ' ? std::string("[^a-z0-9]+") : std::string(1, c);
  }
  return e;
}

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

PatternSet build_patterns(const Lexicon& lexicon) {
  PatternSet set;
  for (uint32_t f = 0; f < lexicon.flags.size(); ++f) {
    const auto& folded = lexicon.flags[f].folded;
    for (uint32_t p = 0; p < folded.size(); ++p) {
      set.expressions.push_back(phrase_expression(folded[p]));
      set.hs_flags.push_back(0);
      set.info.push_back({PatternKind::kPhrase, false, f, p});
    }
  }
  auto add = [&](PatternKind kind, std::string expression) {
    set.expressions.push_back(std::move(expression));
    set.hs_flags.push_back(HS_FLAG_SOM_LEFTMOST);
    set.info.push_back({kind, false, 0, 0});
  };
  const std::string bank_words = alternatives(bank_names());
  add(PatternKind::kPhone, R"((?:\+|\(\+?)?\d[\d \-.()]{6,18}\d)");
  add(PatternKind::kEmail, R"([a-z0-9._%+\-]+@[a-z0-9\-]+(?:\.[a-z0-9\-]+)*\.[a-z]{2,24})");
  auto trigger = [&](PatternKind kind, std::string expression) {
    set.expressions.push_back(std::move(expression));
    set.hs_flags.push_back(0);
    set.info.push_back({kind, true, 0, 0});
  };
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
  trigger(PatternKind::kBank, "\\b" + bank_words + "\\b");
  const std::string units =
      "(?:ty|trieu|tr|cu|nghin|ngan|k|million|millions|m|usd|do la|dola|dollars|dollar|do|te|nhan dan te|rmb|cny|"
      "yuan|baht|bat|thb|ringgit|myr|euro|eur|riel|kip|vnd|dong|d)";
  add(PatternKind::kAmount, R"(\d[\d.,]*\s?)" + units + R"(\b)");
  add(PatternKind::kAmount, R"(\d[\d.,]*\s?\$)");
  add(PatternKind::kAmount, R"(\d+\s?tr\d)");  // "15tr5": 15.5 million
  add(PatternKind::kAmount, R"(\$\s?\d)");
  return set;
}

}  // namespace frontline::scan
