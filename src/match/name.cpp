#include "match/name.hpp"

#include <array>

#include "util/text.hpp"

namespace frontline::match {
namespace {

// Middle names that mark sex; "Thị" or "Văn" alone is not a given name.
bool is_sex_marking_middle(std::string_view token) { return token == "thi" || token == "van"; }

// How much likelier the Vietnamese order is than a rearranged one.
constexpr double kRearrangedPrior = 0.25;
// What is left of a layout whose given name would be Thị or Văn.
constexpr double kMarkerAsGivenFactor = 0.05;

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
    name.tokens.push_back(NameToken{folded.substr(start, end - start), TokenRole::kGiven});
    start = end + 1;
  }
  if (name.tokens.empty()) {
    return Error::invalid_field("name", "no letters or digits after transliteration");
  }
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
  for (const Layout& layout : layouts) {
    double score = families.share(name.tokens[layout.family].text) * layout.prior;
    if (is_sex_marking_middle(name.tokens[layout.given].text)) {
      score *= kMarkerAsGivenFactor;
    }
    if (score > best_score) {
      best_score = score;
      best = &layout;
    }
  }
  if (best == nullptr) {
    assign_roles(name, 0, n - 1);
    name.order = NameOrder::kAssumed;
    return name;
  }
  assign_roles(name, best->family, best->given);
  name.order = best->order;
  return name;
}

}  // namespace frontline::match
