// The list of Vietnamese family names with their shares of the population,
// used to guess which token of a name is the family name. The data is
// data/names/family_names.json (compiled into the binary; see data/README.md
// for its source and how it is regenerated).
//
// Everything here is immutable after loading and safe to share between threads.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "util/result.hpp"

namespace frontline::match {

struct FamilyName {
  std::string name;    // as written, NFC: "Nguyễn"
  std::string folded;  // text::fold of the name: "nguyen"
  // Share of people carrying the name: the cited national share where the
  // data file has one, otherwise the share counted in the UIT name list, and
  // 0.0001 for a name listed by hand with no count (highland family names).
  double share = 0.0;
};

class FamilyNameList {
 public:
  FamilyNameList() = default;
  explicit FamilyNameList(std::vector<FamilyName> names);

  // Share of the population whose folded family name is `folded_token`
  // ("nguyen"), summed over names that fold alike ("Lã" and "La"); 0 when the
  // token is not a listed family name.
  double share(std::string_view folded_token) const;
  bool contains(std::string_view folded_token) const { return share(folded_token) > 0.0; }
  const std::vector<FamilyName>& names() const { return names_; }

 private:
  std::vector<FamilyName> names_;
  std::unordered_map<std::string, double> share_by_folded_;
};

// The list compiled into the binary, parsed on first use (thread-safe). The
// embedded file is checked by the unit tests, so a failure here is a build
// defect: it aborts with the loader's message.
const FamilyNameList& builtin_family_names();

// Parses a list in the format of data/names/family_names.json: an object with
// "source", "uit_names" and "names", each name {name, uit_count, uit_share and
// optionally national_share}. InvalidArgument naming the first problem
// ("family_names.json: names[3]: ...") on unknown or missing keys, text not
// NFC, a share outside [0, 1] (national_share outside (0, 1]), a name that
// does not fold to one word, a name listed twice, or an empty list.
Result<FamilyNameList> load_family_names(std::string_view json);

}  // namespace frontline::match
