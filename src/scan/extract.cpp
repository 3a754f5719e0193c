// Identifier extraction (extract.hpp).
#include "scan/extract.hpp"

#include <algorithm>
#include <array>
#include <iterator>
#include <map>
#include <set>
#include <utility>

#include "match/handle.hpp"
#include "match/phone.hpp"
#include "util/text.hpp"

namespace frontline::scan {
namespace {

struct Found {
  ExtractedId id;
  size_t start = 0;  // folded, for overlaps
  size_t end = 0;
  int priority = 0;
};

int priority_of(PatternKind k) {
  switch (k) {
    case PatternKind::kBank: return 6;
    case PatternKind::kEmail: return 5;
    case PatternKind::kTelegram:
    case PatternKind::kZalo:
    case PatternKind::kWhatsapp:
    case PatternKind::kFacebook:
    case PatternKind::kTiktok:
    case PatternKind::kHandle: return 4;
    case PatternKind::kUrl:
    case PatternKind::kDomain: return 3;
    default: return 1;
  }
}

bool trailing_punct(char c) { return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')' || c == '/' || c == '-'; }

// What may follow a link's trigger, and how much of it.
struct LinkRule {
  const char* chars;  // besides letters and digits
  size_t min;
  size_t max;
  bool allowed(char c) const {
    return is_alnum_ascii(c) || (c != '\0' && std::string_view(chars).find(c) != std::string_view::npos);
  }
};

LinkRule link_rule(PatternKind k) {
  switch (k) {
    case PatternKind::kTelegram: return {"_+", 3, 64};
    case PatternKind::kZalo: return {"_/", 3, 64};
    case PatternKind::kWhatsapp: return {"+", 5, 40};
    case PatternKind::kFacebook: return {"_.-/?=&", 2, 120};
    case PatternKind::kTiktok: return {"_.", 2, 40};
    default: return {"-._~:/?#@!$&*+,;=%", 3, 300};
  }
}

// The last app named in the few words before folded[start] ("zalo: 09..").
std::string channel_before(std::string_view t, size_t start) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 8> kApps = {{
      {"zalo", "zalo"}, {"telegram", "telegram"}, {"tele", "telegram"}, {"tg", "telegram"},
      {"whatsapp", "whatsapp"}, {"wa", "whatsapp"}, {"viber", "viber"}, {"wechat", "wechat"}}};
  constexpr size_t kWindow = 24;
  const size_t from = start > kWindow ? start - kWindow : 0;
  std::string_view w = t.substr(from, start - from);
  size_t best = std::string_view::npos;
  std::string_view app;
  for (const auto& [word, name] : kApps) {
    for (size_t at = w.find(word); at != std::string_view::npos; at = w.find(word, at + 1)) {
      const bool left = at == 0 || !is_alnum_ascii(w[at - 1]);
      const bool right = at + word.size() == w.size() || !is_alnum_ascii(w[at + word.size()]);
      if (left && right && (best == std::string_view::npos || at > best)) {
        best = at;
        app = name;
      }
    }
  }
  return std::string(app);
}

// A bank or wallet named in folded t[from, to).
std::string bank_in(std::string_view t, size_t from, size_t to) {
  std::string_view w = t.substr(from, to - from);
  for (const std::string& name : bank_names()) {
    for (size_t at = w.find(name); at != std::string_view::npos; at = w.find(name, at + 1)) {
      const bool left = at == 0 || !is_alnum_ascii(w[at - 1]);
      const bool right = at + name.size() == w.size() || !is_alnum_ascii(w[at + name.size()]);
      if (left && right) return name;
    }
  }
  return {};
}

IdKind account_kind(PatternKind k, std::string_view matched) {
  switch (k) {
    case PatternKind::kTelegram: return IdKind::kTelegram;
    case PatternKind::kZalo: return IdKind::kZalo;
    case PatternKind::kWhatsapp: return IdKind::kWhatsapp;
    case PatternKind::kFacebook: return IdKind::kFacebook;
    case PatternKind::kTiktok: return IdKind::kTiktok;
    default: break;
  }
  // kHandle: the platform word it starts with.
  if (matched.rfind("ti", 0) == 0) return IdKind::kTiktok;
  if (matched.rfind("zalo", 0) == 0) return IdKind::kZalo;
  if (matched.rfind("wh", 0) == 0) return IdKind::kWhatsapp;
  if (matched.rfind("f", 0) == 0) return IdKind::kFacebook;
  return IdKind::kTelegram;
}

std::optional<Found> make(const Candidate& c, const FoldedText& folded, std::string_view original) {
  std::string_view t = folded.text;
  size_t start = c.start, end = c.end;
  Found f;
  f.priority = priority_of(c.kind);
  ExtractedId& id = f.id;
  switch (c.kind) {
    case PatternKind::kEmail: {
      // The trigger ends in the domain ("@gmail.co"): the address around its "@".
      const size_t at = t.rfind('@', end);
      size_t from = at;
      while (from > 0 && (is_alnum_ascii(t[from - 1]) || std::string_view("._%+-").find(t[from - 1]) != std::string_view::npos)) --from;
      while (from < at && !is_alnum_ascii(t[from])) ++from;
      end = at + 1;
      while (end < t.size() && (is_alnum_ascii(t[end]) || t[end] == '.' || t[end] == '-')) ++end;
      while (end > at && !is_alnum_ascii(t[end - 1])) --end;
      if (from == at || t.substr(at, end - at).find('.') == std::string_view::npos) return std::nullopt;
      start = from;
      id.kind = IdKind::kEmail;
      id.key = std::string(t.substr(start, end - start));
      break;
    }
    case PatternKind::kUrl:
    case PatternKind::kTelegram:
    case PatternKind::kZalo:
    case PatternKind::kWhatsapp:
    case PatternKind::kFacebook:
    case PatternKind::kTiktok: {
      // The trigger ends where the path or account begins: read it forward,
      // and back over the scheme and domain before it.
      const LinkRule rule = link_rule(c.kind);
      end = start;
      while (end < t.size() && end - start < rule.max && rule.allowed(t[end])) ++end;
      while (end > start && trailing_punct(t[end - 1])) --end;
      if (end - start < rule.min) return std::nullopt;
      while (start > 0 && (is_alnum_ascii(t[start - 1]) || t[start - 1] == '.' || t[start - 1] == '-' ||
                           t[start - 1] == ':' || t[start - 1] == '/' || t[start - 1] == '@')) {
        --start;
      }
      id.kind = c.kind == PatternKind::kUrl ? IdKind::kUrl : account_kind(c.kind, {});
      const std::string link(t.substr(start, end - start));
      id.key = id.kind == IdKind::kUrl ? link : match::handle_key(link);
      break;
    }
    case PatternKind::kDomain: {
      // "abc888.vip/dang-ky": back over the domain's labels, on over a path.
      size_t from = start;
      while (from > 0 && (is_alnum_ascii(t[from - 1]) || t[from - 1] == '-' || t[from - 1] == '.')) --from;
      if (from > 0 && (t[from - 1] == '@' || t[from - 1] == '/')) return std::nullopt;  // an e-mail or a link's path
      while (from < start && !is_alnum_ascii(t[from])) ++from;
      if (t.substr(from, start - from).find('.') == std::string_view::npos) return std::nullopt;
      if (end < t.size() && t[end] == '/') {
        while (end < t.size() && t[end] > ' ' && t[end] != '"' && t[end] != '<' && t[end] != '>') ++end;
        while (end > start && trailing_punct(t[end - 1])) --end;
      }
      start = from;
      id.kind = IdKind::kUrl;
      id.key = std::string(t.substr(start, end - start));
      break;
    }
    case PatternKind::kHandle: {
      // "telegram: @name": the platform word ends at `start`; the handle follows.
      size_t w = start;
      while (w > 0 && (is_alnum_ascii(t[w - 1]) || t[w - 1] == ' ')) --w;
      id.kind = account_kind(c.kind, t.substr(w, start - w));
      size_t at = start;
      while (at < t.size() && at - start <= 6 && t[at] != '@' && !is_alnum_ascii(t[at]) && t[at] != '\n') ++at;
      if (at >= t.size() || t[at] != '@') return std::nullopt;
      end = at + 1;
      while (end < t.size() && end - at <= 40 && (is_alnum_ascii(t[end]) || t[end] == '_' || t[end] == '.')) ++end;
      while (end > at + 1 && t[end - 1] == '.') --end;
      if (end - at < 4) return std::nullopt;
      start = at;
      id.key = match::handle_key(std::string(t.substr(start, end - start)));
      break;
    }
    case PatternKind::kBank: {
      // An account number within 30 characters after "stk" or a bank's name.
      size_t at = start;
      while (at < t.size() && at - start <= 30 && !(t[at] >= '0' && t[at] <= '9') && t[at] != '\n') ++at;
      if (at >= t.size() || !(t[at] >= '0' && t[at] <= '9')) return std::nullopt;
      end = at;
      while (end < t.size() && end - at <= 26 && ((t[end] >= '0' && t[end] <= '9') || t[end] == ' ' || t[end] == '-' || t[end] == '.')) ++end;
      while (end > at && !(t[end - 1] >= '0' && t[end - 1] <= '9')) --end;
      const std::string digits = text::digits_only(t.substr(at, end - at));
      if (digits.size() < 8 || digits.size() > 19) return std::nullopt;
      id.kind = IdKind::kBankAccount;
      id.key = digits;
      id.qualifier = bank_in(t, start > 20 ? start - 20 : 0, at);
      if (id.qualifier.empty()) id.qualifier = bank_in(t, end, std::min(t.size(), end + 30));
      start = at;
      break;
    }
    case PatternKind::kAmount:
    case PatternKind::kPhrase:
      return std::nullopt;
    default:
      return std::nullopt;
  }
  if (id.key.empty()) return std::nullopt;
  const Span s = original_span(folded, start, end);
  id.span = s;
  id.value = std::string(original.substr(s.start, s.end - s.start));
  f.start = start;
  f.end = end;
  return f;
}


// Whether `raw` could be a phone number at all, before asking
// libphonenumber (20 µs a number): 9 to 15 digits; without "+" or "00" a
// Vietnamese number has at most 11 digits ("0" and 10), or 12 written with
// the country code ("84 24 3xxx xxxx"). Account numbers fail here.
bool worth_parsing(std::string_view raw) {
  const std::string digits = text::digits_only(raw);
  if (digits.size() < 9 || digits.size() > 15) return false;
  const bool international = raw.find('+') != std::string_view::npos || digits.starts_with("00");
  return international || digits.size() <= 11 || (digits.size() == 12 && digits.starts_with("84"));
}

bool phone_char(char c) { return (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '(' || c == ')' || c == '+'; }

// The phone numbers of the digit run around a trigger ending at `end`:
// groups of digits ("0912", "345.678", "(+84)") separated by single spaces,
// read from the left, each number the longest run of groups (at most six)
// that libphonenumber accepts. Digits glued to letters ("kh88", "500k") are
// words, not numbers. Returns where the run ends, so later triggers inside
// it are skipped.
size_t phones_around(const FoldedText& folded, std::string_view original, size_t end, std::vector<Found>& out) {
  std::string_view t = folded.text;
  size_t from = end;
  while (from > 0 && (phone_char(t[from - 1]) || (t[from - 1] == ' ' && from > 1 && phone_char(t[from - 2])))) --from;
  size_t to = end;
  while (to < t.size() && (phone_char(t[to]) || (t[to] == ' ' && to + 1 < t.size() && phone_char(t[to + 1])))) ++to;
  std::vector<std::pair<size_t, size_t>> groups;
  for (size_t i = from; i < to;) {
    size_t j = i;
    while (j < to && t[j] != ' ') ++j;
    const bool glued = (i > 0 && is_alnum_ascii(t[i - 1])) || (j < t.size() && (is_alnum_ascii(t[j]) || t[j] == '$'));
    if (!glued && j > i) groups.push_back({i, j});
    i = j + 1;
  }
  for (size_t g = 0; g < groups.size();) {
    size_t taken = 1;
    for (size_t last = std::min(groups.size(), g + 6); last > g; --last) {
      size_t s = groups[g].first, e = groups[last - 1].second;
      while (s < e && !(t[s] >= '0' && t[s] <= '9') && t[s] != '+' && t[s] != '(') ++s;
      while (e > s && !(t[e - 1] >= '0' && t[e - 1] <= '9')) --e;
      if (s > 0 && (t[s - 1] == '.' || t[s - 1] == ',')) continue;  // "1.500.000": an amount
      // Digits and their punctuation fold to themselves: parse the marked
      // text, and map back to the original only what is kept.
      const std::string_view marked = t.substr(s, e - s);
      if (!worth_parsing(marked)) continue;
      auto e164 = match::normalize_phone(marked, "VN");
      if (!e164.ok()) continue;
      const Span span = original_span(folded, s, e);
      const std::string raw(original.substr(span.start, span.end - span.start));
      Found f;
      f.priority = priority_of(PatternKind::kPhone);
      f.start = s;
      f.end = e;
      f.id.kind = IdKind::kPhone;
      f.id.key = *e164;
      f.id.span = span;
      f.id.value = raw;
      f.id.channel = channel_before(t, s);
      out.push_back(std::move(f));
      taken = last - g;
      break;
    }
    g += taken;
  }
  return to;
}

}  // namespace

Span original_span(const FoldedText& folded, size_t start, size_t end) {
  return Span{folded.map.start(start), folded.map.end(end, folded.text.size())};
}

std::vector<ExtractedId> extract_identifiers(const std::vector<Candidate>& candidates, const FoldedText& folded,
                                             std::string_view original, const std::vector<Span>& blocked) {
  if (candidates.empty()) return {};
  std::vector<Found> found;
  size_t phone_done = 0;
  for (const Candidate& c : candidates) {  // in the order of their ends
    if (c.kind == PatternKind::kPhone) {
      if (c.end > phone_done) phone_done = phones_around(folded, original, c.end, found);
      continue;
    }
    if (auto f = make(c, folded, original)) found.push_back(std::move(*f));
  }
  std::stable_sort(found.begin(), found.end(), [](const Found& a, const Found& b) {
    return a.priority != b.priority ? a.priority > b.priority : a.start < b.start;
  });
  // Taken spans by start (they never overlap each other), so a clash is
  // found in log time even in a page of thousands of identifiers.
  std::map<size_t, size_t> taken;
  auto clashes = [](const std::map<size_t, size_t>& spans, size_t start, size_t end) {
    auto it = spans.lower_bound(end);  // first span starting at or after `end`: no overlap
    return it != spans.begin() && std::prev(it)->second > start;
  };
  std::map<size_t, size_t> amounts;
  for (const Span& b : blocked) amounts[b.start] = std::max(amounts[b.start], b.end);
  std::vector<Found> kept;
  for (Found& f : found) {
    if (clashes(taken, f.start, f.end)) continue;
    if (f.id.kind == IdKind::kPhone && clashes(amounts, f.start, f.end)) continue;
    taken[f.start] = f.end;
    kept.push_back(std::move(f));
  }
  std::sort(kept.begin(), kept.end(), [](const Found& a, const Found& b) { return a.start < b.start; });
  std::vector<ExtractedId> out;
  std::set<std::pair<IdKind, std::string>> seen;
  for (Found& f : kept) {
    if (seen.insert({f.id.kind, f.id.key}).second) out.push_back(std::move(f.id));
  }
  return out;
}

}  // namespace frontline::scan
