// Person names for matching. There is one normalization: text::fold (ICU
// "Any-Latin; Latin-ASCII; Lower", which folds NFD input like NFC; Đ/Ð/đ to
// d; punctuation to spaces), which the case search uses too; this module splits its output into tokens
// and guesses each token's role from the list of Vietnamese family names.
//
// Thread safety: normalize_name may be called from any thread. text::fold
// keeps one ICU transliterator per thread (ICU transliterators must not be
// used concurrently, and creating one costs about 0.5 ms), so the first call
// on a thread pays for its creation and later calls do not.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "match/family_names.hpp"
#include "util/result.hpp"

namespace frontline::match {

// API names "family", "middle", "given".
enum class TokenRole { kFamily, kMiddle, kGiven };
const char* token_role_name(TokenRole role);

// Where the family name was found in the written name.
// API names "family_first", "family_last", "given_first", "assumed".
enum class NameOrder {
  kFamilyFirst,  // Vietnamese order: family, middle, given ("Nguyen Thi Mai")
  kFamilyLast,   // Western order: given, middle, family ("Mai Thi Nguyen")
  kGivenFirst,   // given name moved before family and middle ("Mai Nguyen Thi"), as
                 // foreign records split "first name" / "last name"
  kAssumed,      // no listed family name where one is expected: Vietnamese order assumed
};
const char* name_order_name(NameOrder order);

// A token's marks (NameToken::marks) in 8 bytes: up to 8 characters inline
// (every Vietnamese syllable fits: "đường" is "d-u+o+`", 7), a longer string
// (a foreign word with many marked letters) as a hash with the top bit set,
// compared for equality only. A million indexed names hold ~3 million tokens:
// a std::string here cost ~75 MiB more.
class PackedMarks {
 public:
  PackedMarks() = default;
  explicit PackedMarks(std::string_view marks);
  bool empty() const { return bits_ == 0; }
  // The marks as written; "" when hashed or empty.
  std::string str() const;
  bool operator==(const PackedMarks&) const = default;
  bool operator==(std::string_view marks) const { return *this == PackedMarks(marks); }

 private:
  uint64_t bits_ = 0;
};

struct NameToken {
  std::string text;  // folded: lower-case ASCII letters and digits, non-empty
  TokenRole role = TokenRole::kGiven;
  // The Vietnamese marks the folding dropped, when the name was written with
  // diacritics (NormalizedName::marked), else empty: each letter carrying a
  // vowel or consonant mark followed by the mark ('^' circumflex, '(' breve,
  // '+' horn, '-' the bar of đ), then the tone ('`' grave, '\'' acute, '~'
  // tilde, '?' hook, '.' dot below). Independent of where the tone was
  // placed: "Hưng" "u+", "Hương" "u+o+", "Hùng" "`", "Qúy" and "Quý" "'".
  PackedMarks marks;
};

struct NormalizedName {
  std::vector<NameToken> tokens;  // in written order, never empty
  NameOrder order = NameOrder::kAssumed;
  // True when the name carries at least one Vietnamese mark and every token's
  // marks are known (a name typed without diacritics, or with letters outside
  // Vietnamese Latin, is compared folded only).
  bool marked = false;
  // True when the order found is at least four times likelier than any other
  // (see normalize_name): "Nguyễn Anh Đức", but not "Lâm Trúc Bùi" (Lâm and
  // Bùi are both family names). False for kAssumed and single tokens.
  bool order_certain = false;

  // The folded tokens in written order, single spaces: "nguyen thi mai".
  std::string key() const;
};

// Normalizes a name as written, in any order, in any case, composed or
// decomposed, with Đ, Ð or đ. Roles: one token is the given name; otherwise
// the family name is looked for first, last, then second (given name first),
// each place weighted by the family name's share (the Vietnamese order is
// preferred four to one), and a layout whose given name would be Thị or Văn
// (middle names, never given names alone) is all but ruled out. Tokens
// between family and given are middle names. When no place holds a listed
// family name the Vietnamese order is assumed.
//
// InvalidArgument on field "name" when `full_name` is not valid UTF-8 or has
// no letters or digits after folding (a name only in a script ICU cannot
// transliterate, such as Khmer, also folds to nothing).
Result<NormalizedName> normalize_name(std::string_view full_name,
                                      const FamilyNameList& families = builtin_family_names());

}  // namespace frontline::match
