#include "match/name.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>

#include "util/text.hpp"

namespace frontline::match {
namespace {

// Middle names that mark sex; "Thị" or "Văn" alone is not a given name.
bool is_sex_marking_middle(std::string_view token) { return token == "thi" || token == "van"; }

// How much likelier the Vietnamese order is than a rearranged one.
constexpr double kRearrangedPrior = 0.25;
// How much likelier the best layout must be than any other for the order
// to count as certain (NormalizedName::order_certain).
constexpr double kCertainRatio = 4.0;
// What is left of a layout whose given name would be Thị or Văn.
constexpr double kMarkerAsGivenFactor = 0.05;

// The marks of each token of `full_name` (NameToken::marks), split where
// text::fold splits: NFD, then ASCII letters and digits make tokens, the
// combining marks of Vietnamese attach to the letter before them, anything
// else separates. Empty when the name holds a letter outside ASCII other
// than đ/Đ/Ð, or an unknown combining mark: then no marks are compared.
std::vector<std::string> token_marks(std::string_view full_name, std::vector<std::string>& letters) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status)) {
    return {};
  }
  const icu::UnicodeString u = nfd->normalize(
      icu::UnicodeString::fromUTF8(icu::StringPiece(full_name.data(), static_cast<int32_t>(full_name.size()))),
      status);
  if (U_FAILURE(status)) {
    return {};
  }
  std::vector<std::string> marks;
  std::vector<char> tones;
  bool in_token = false;
  for (int32_t i = 0; i < u.length(); i = u.moveIndex32(i, 1)) {
    const UChar32 c = u.char32At(i);
    const bool ascii_alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    const bool dd = c == 0x0110 || c == 0x0111 || c == 0x00D0;
    if (ascii_alnum || dd) {
      if (!in_token) {
        marks.emplace_back();
        letters.emplace_back();
        tones.push_back(0);
        in_token = true;
      }
      const char letter = dd ? 'd' : static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
      letters.back().push_back(letter);
      if (dd) {
        marks.back() += "d-";
      }
      continue;
    }
    char mark = 0;
    char tone = 0;
    switch (c) {
      case 0x0302: mark = '^'; break;
      case 0x0306: mark = '('; break;
      case 0x031B: mark = '+'; break;
      case 0x0300: tone = '`'; break;
      case 0x0301: tone = '\''; break;
      case 0x0303: tone = '~'; break;
      case 0x0309: tone = '?'; break;
      case 0x0323: tone = '.'; break;
      default: break;
    }
    if (mark != 0 || tone != 0) {
      if (!in_token) {
        return {};  // a mark with no letter before it
      }
      if (mark != 0) {
        marks.back().push_back(letters.back().back());
        marks.back().push_back(mark);
      } else {
        tones.back() = tone;
      }
      continue;
    }
    if (c >= 0x80 && u_isalnum(c)) {
      return {};  // a letter outside Vietnamese Latin: fold alone decides
    }
    in_token = false;
  }
  for (size_t t = 0; t < marks.size(); ++t) {
    if (tones[t] != 0) {
      marks[t].push_back(tones[t]);
    }
  }
  return marks;
}

// Sets NormalizedName::marked and each token's marks when the name was
// written with diacritics and its tokens are those text::fold made.
void attach_marks(NormalizedName& name, std::string_view full_name) {
  std::vector<std::string> letters;
  std::vector<std::string> marks = token_marks(full_name, letters);
  if (marks.size() != name.tokens.size() ||
      std::none_of(marks.begin(), marks.end(), [](const std::string& m) { return !m.empty(); })) {
    return;
  }
  for (size_t i = 0; i < marks.size(); ++i) {
    if (letters[i] != name.tokens[i].text) {
      return;
    }
  }
  for (size_t i = 0; i < marks.size(); ++i) {
    name.tokens[i].marks = PackedMarks(marks[i]);
  }
  name.marked = true;
}

struct Layout {
  NameOrder order;
  size_t family;
  size_t given;
  double prior;
};

void assign_roles(NormalizedName& name, size_t family, size_t given) {
  for (size_t i = 0; i < name.tokens.size(); ++i) {
    name.tokens[i].role = i == family ? TokenRole::kFamily : i == given ? TokenRole::kGiven : TokenRole::kMiddle;
  }
}

}  // namespace

const char* token_role_name(TokenRole role) {
  switch (role) {
    case TokenRole::kFamily: return "family";
    case TokenRole::kMiddle: return "middle";
    case TokenRole::kGiven: return "given";
  }
  return "given";
}

const char* name_order_name(NameOrder order) {
  switch (order) {
    case NameOrder::kFamilyFirst: return "family_first";
    case NameOrder::kFamilyLast: return "family_last";
    case NameOrder::kGivenFirst: return "given_first";
    case NameOrder::kAssumed: return "assumed";
  }
  return "assumed";
}

std::string NormalizedName::key() const {
  std::string out;
  for (const NameToken& t : tokens) {
    if (!out.empty()) {
      out.push_back(' ');
    }
    out += t.text;
  }
  return out;
}

Result<NormalizedName> normalize_name(std::string_view full_name, const FamilyNameList& families) {
  if (!text::is_valid_utf8(full_name)) {
    return Error::invalid_field("name", "not valid UTF-8");
  }
  const std::string folded = text::fold(full_name);
  NormalizedName name;
  size_t start = 0;
  while (start < folded.size()) {
    size_t end = folded.find(' ', start);
    if (end == std::string::npos) {
      end = folded.size();
    }
    name.tokens.push_back(NameToken{folded.substr(start, end - start), TokenRole::kGiven, {}});
    start = end + 1;
  }
  if (name.tokens.empty()) {
    return Error::invalid_field("name", "no letters or digits after transliteration");
  }
  attach_marks(name, full_name);
  const size_t n = name.tokens.size();
  if (n == 1) {
    return name;  // a single token is the given name, order unknown
  }
  const std::array<Layout, 3> layouts = {{
      {NameOrder::kFamilyFirst, 0, n - 1, 1.0},
      {NameOrder::kFamilyLast, n - 1, 0, kRearrangedPrior},
      {NameOrder::kGivenFirst, 1, 0, n >= 3 ? kRearrangedPrior : 0.0},
  }};
  const Layout* best = nullptr;
  double best_score = 0.0;
  double second_score = 0.0;
  for (const Layout& layout : layouts) {
    double score = families.share(name.tokens[layout.family].text) * layout.prior;
    if (is_sex_marking_middle(name.tokens[layout.given].text)) {
      score *= kMarkerAsGivenFactor;
    }
    if (score > best_score) {
      second_score = best_score;
      best_score = score;
      best = &layout;
    } else if (score > second_score) {
      second_score = score;
    }
  }
  if (best == nullptr) {
    assign_roles(name, 0, n - 1);
    name.order = NameOrder::kAssumed;
    return name;
  }
  assign_roles(name, best->family, best->given);
  name.order = best->order;
  name.order_certain = best_score >= kCertainRatio * second_score;
  return name;
}

PackedMarks::PackedMarks(std::string_view marks) {
  if (marks.size() <= 8) {
    for (size_t i = 0; i < marks.size(); ++i) {
      bits_ |= static_cast<uint64_t>(static_cast<unsigned char>(marks[i]) & 0x7f) << (8 * i);
    }
    return;
  }
  uint64_t h = 1469598103934665603ULL;  // FNV-1a
  for (char c : marks) {
    h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
  }
  bits_ = h | (1ULL << 63);
}

std::string PackedMarks::str() const {
  std::string out;
  if ((bits_ >> 63) != 0) {
    return out;
  }
  for (int i = 0; i < 8; ++i) {
    const char c = static_cast<char>((bits_ >> (8 * i)) & 0x7f);
    if (c == 0) {
      break;
    }
    out.push_back(c);
  }
  return out;
}

}  // namespace frontline::match
