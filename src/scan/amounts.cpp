// Amount parsing (amounts.hpp).
#include "scan/amounts.hpp"

#include <array>
#include <cmath>
#include <utility>

namespace frontline::scan {
namespace {

struct Unit {
  std::string_view word;
  double multiplier;          // 1 for a plain currency
  std::string_view currency;  // "" for a multiplier alone (dong unless a currency follows)
};

// Longest words first where one is a prefix of another.
constexpr std::array<Unit, 32> kUnits = {{
    {"trieu", 1e6, ""},      {"tr", 1e6, ""},          {"ty", 1e9, ""},        {"cu", 1e6, ""},
    {"nghin", 1e3, ""},      {"ngan", 1e3, ""},        {"millions", 1e6, ""},  {"million", 1e6, ""},
    {"k", 1e3, ""},          {"m", 1e6, ""},           {"usd", 1, "USD"},      {"do la", 1, "USD"},
    {"dola", 1, "USD"},      {"dollars", 1, "USD"},    {"dollar", 1, "USD"},   {"do", 1, "USD"},
    {"nhan dan te", 1, "CNY"}, {"te", 1, "CNY"},       {"rmb", 1, "CNY"},      {"cny", 1, "CNY"},
    {"yuan", 1, "CNY"},      {"baht", 1, "THB"},       {"bat", 1, "THB"},      {"thb", 1, "THB"},
    {"ringgit", 1, "MYR"},   {"myr", 1, "MYR"},        {"euro", 1, "EUR"},     {"eur", 1, "EUR"},
    {"riel", 1, "KHR"},      {"kip", 1, "LAK"},        {"vnd", 1, "VND"},      {"dong", 1, "VND"},
}};

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// The word `w` at t[i], ending at a word boundary.
bool word_at(std::string_view t, size_t i, std::string_view w) {
  return t.substr(i, w.size()) == w && (i + w.size() == t.size() || !is_alnum_ascii(t[i + w.size()]));
}

size_t skip_spaces(std::string_view t, size_t i) {
  while (i < t.size() && t[i] == ' ') ++i;
  return i;
}

// The unit at t[i] ("d" for dong is tried last: it is a letter of many words).
const Unit* unit_at(std::string_view t, size_t i) {
  if (t.substr(i, 2) == "tr" && i + 2 < t.size() && is_digit(t[i + 2])) return &kUnits[1];  // "15tr5"
  for (const Unit& u : kUnits) {
    if (word_at(t, i, u.word)) return &u;
  }
  static constexpr Unit kDong{"d", 1, "VND"};
  return word_at(t, i, "d") ? &kDong : nullptr;
}

// Digits with "." and "," grouping: a last separator followed by exactly
// three digits groups thousands ("1.500", "1,500,000"); otherwise it is the
// decimal point ("15,5", "1.5") and any earlier ones group thousands.
std::optional<double> parse_number(std::string_view s) {
  while (!s.empty() && !is_digit(s.back())) s.remove_suffix(1);
  if (s.empty()) return std::nullopt;
  const size_t last = s.find_last_of(".,");
  std::string digits;
  for (size_t i = 0; i < s.size(); ++i) {
    if (is_digit(s[i])) {
      digits += s[i];
    } else if (i == last && s.size() - last - 1 != 3) {
      digits += '.';
    }
  }
  if (digits.size() > 15) return std::nullopt;
  return std::stod(digits);
}

// Currency symbols that fold to a space, read from the original text.
std::string_view symbol_currency(std::string_view original, size_t at) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 5> kSymbols = {{
      {"\u20AB", "VND"}, {"\u20AC", "EUR"}, {"\u00A5", "CNY"}, {"\u00A3", "GBP"}, {"\u0E3F", "THB"}}};
  for (const auto& [sym, code] : kSymbols) {
    if (original.substr(at, sym.size()) == sym) return code;
  }
  return {};
}

Period period_word(std::string_view t, size_t i, size_t& end) {
  static constexpr std::array<std::pair<std::string_view, Period>, 13> kWords = {{
      {"ngay", Period::kDay}, {"hom", Period::kDay}, {"day", Period::kDay},     {"thang", Period::kMonth},
      {"th", Period::kMonth}, {"month", Period::kMonth}, {"tuan", Period::kWeek}, {"week", Period::kWeek},
      {"gio", Period::kHour}, {"h", Period::kHour},  {"hour", Period::kHour},  {"nam", Period::kYear},
      {"year", Period::kYear}}};
  for (const auto& [w, p] : kWords) {
    if (word_at(t, i, w)) {
      end = i + w.size();
      return p;
    }
  }
  return Period::kNone;
}

// "/ngay", " mot thang", " per month", "/1 thang", " thang".
Period read_period(std::string_view t, size_t i, size_t& end) {
  size_t j = skip_spaces(t, i);
  if (j < t.size() && t[j] == '/') {
    j = skip_spaces(t, j + 1);
  } else {
    for (std::string_view w : {"mot", "moi", "per", "a", "each", "1"}) {
      if (word_at(t, j, w)) {
        j = skip_spaces(t, j + w.size());
        break;
      }
    }
  }
  if (word_at(t, j, "1")) j = skip_spaces(t, j + 1);
  return period_word(t, j, end);
}

}  // namespace

std::optional<ParsedAmount> parse_amount(const FoldedText& folded, std::string_view original, size_t start) {
  std::string_view t = folded.text;
  ParsedAmount a;
  a.start = start;
  size_t i = start;
  bool dollar_first = false;
  if (i < t.size() && t[i] == '$') {
    dollar_first = true;
    i = skip_spaces(t, i + 1);
  }
  const size_t num_start = i;
  while (i < t.size() && (is_digit(t[i]) || t[i] == '.' || t[i] == ',')) ++i;
  while (i > num_start && !is_digit(t[i - 1])) --i;  // "1.500." ends at the last digit
  auto number = parse_number(t.substr(num_start, i - num_start));
  if (!number || *number <= 0.0) return std::nullopt;
  double value = *number;
  std::string currency = dollar_first ? "USD" : "";
  double multiplier = 1.0;
  size_t j = skip_spaces(t, i);
  if (const Unit* u = unit_at(t, j)) {
    if (u->word == "m" && j + 1 < t.size() && is_digit(t[j + 1])) return std::nullopt;  // "1m60": a height
    if (!(dollar_first && !u->currency.empty())) {
      multiplier = u->multiplier;
      if (!u->currency.empty()) currency = std::string(u->currency);
      i = j + u->word.size();
      if (u->word == "tr" && i < t.size() && is_digit(t[i])) {  // "15tr5"
        value += (t[i] - '0') / 10.0;
        ++i;
      }
      if (currency.empty()) {  // "2k usd", "1 trieu dong", "3k$"
        size_t k = skip_spaces(t, i);
        if (k < t.size() && t[k] == '$') {
          currency = "USD";
          i = k + 1;
        } else if (const Unit* c = unit_at(t, k); c != nullptr && !c->currency.empty()) {
          currency = std::string(c->currency);
          i = k + c->word.size();
        }
      }
    }
  } else if (j < t.size() && t[j] == '$' && !dollar_first) {
    currency = "USD";
    i = j + 1;
  }
  if (currency.empty()) {
    const size_t at = skip_spaces(t, i);
    if (std::string_view code = symbol_currency(original, folded.map.start(std::min(at, t.size()))); !code.empty()) {
      currency = std::string(code);
      i = at + 1;
    } else if (multiplier > 1.0) {
      currency = "VND";
    } else {
      return std::nullopt;
    }
  }
  a.value = value * multiplier;
  a.currency = std::move(currency);
  size_t period_end = i;
  a.period = read_period(t, i, period_end);
  a.end = a.period == Period::kNone ? i : period_end;
  return a;
}

AmountUse amount_use(std::string_view t, size_t start, Period period) {
  // Nearest telling word first: walk back over the window's word ends.
  static constexpr std::array<std::string_view, 14> kPay = {"luong",  "thu nhap", "salary", "pay",  "earn",
                                                            "income", "hoa hong", "thuong", "wage", "commission",
                                                            "kiem",   "huong",    "nhan",   "thuc linh"};
  static constexpr std::array<std::string_view, 13> kCost = {"phi",   "coc",     "ve may bay", "fee",  "deposit",
                                                             "cost",  "tien no", "debt",       "phat", "boi thuong",
                                                             "chuoc", "nop",     "chuyen khoan"};
  constexpr size_t kWindow = 48;
  const size_t from = start > kWindow ? start - kWindow : 0;
  auto ends_here = [&](size_t end, std::string_view w) {
    return end - from >= w.size() && t.substr(end - w.size(), w.size()) == w &&
           (end - w.size() == 0 || !is_alnum_ascii(t[end - w.size() - 1]));
  };
  for (size_t end = start; end > from; --end) {
    if (!is_alnum_ascii(t[end - 1]) || (end < t.size() && is_alnum_ascii(t[end]))) continue;  // not a word's end
    for (std::string_view w : kPay) {
      if (w.back() == t[end - 1] && ends_here(end, w)) return AmountUse::kPay;
    }
    for (std::string_view w : kCost) {
      if (w.back() == t[end - 1] && ends_here(end, w)) return AmountUse::kCost;
    }
  }
  return period != Period::kNone ? AmountUse::kPay : AmountUse::kOther;
}

}  // namespace frontline::scan
