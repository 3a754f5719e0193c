#include "match/family_names.hpp"

#include <cstdio>
#include <cstdlib>
#include <set>

#include "match/data_reader.hpp"
#include "refdata/json_reader.hpp"
#include "util/text.hpp"

namespace frontline::match {

std::string_view embedded_family_names_json();  // generated from data/names/family_names.json

namespace {

constexpr const char* kFile = "family_names.json";

}  // namespace

FamilyNameList::FamilyNameList(std::vector<FamilyName> names) : names_(std::move(names)) {
  for (const FamilyName& n : names_) {
    share_by_folded_[n.folded] += n.share;
  }
}

double FamilyNameList::share(std::string_view folded_token) const {
  auto it = share_by_folded_.find(std::string(folded_token));
  return it == share_by_folded_.end() ? 0.0 : it->second;
}

Result<FamilyNameList> load_family_names(std::string_view json) {
  using refdata::detail::file_error;
  FL_ASSIGN_OR_RETURN(nlohmann::json doc, refdata::detail::parse_json_text(kFile, json));
  FL_TRY(detail::expect_keys(doc, kFile, "document", {"source", "uit_names", "names"}));
  FL_TRY(discard_value(detail::read_text(doc, "source", kFile, "document")));
  FL_TRY(discard_value(detail::read_number(doc, "uit_names", kFile, "document", 1, 1e9)));
  const nlohmann::json& list = doc.at("names");
  if (!list.is_array() || list.empty()) {
    return file_error(kFile, "names: must be a non-empty array");
  }
  std::vector<FamilyName> names;
  std::set<std::string> seen;
  for (size_t i = 0; i < list.size(); ++i) {
    const std::string where = "names[" + std::to_string(i) + "]";
    const nlohmann::json& entry = list[i];
    FL_TRY(detail::expect_keys(entry, kFile, where, {"name", "uit_count", "uit_share"}, {"national_share"}));
    FamilyName n;
    FL_ASSIGN_OR_RETURN(n.name, detail::read_text(entry, "name", kFile, where));
    FL_TRY(discard_value(detail::read_number(entry, "uit_count", kFile, where, 0, 1e9)));
    FL_ASSIGN_OR_RETURN(double uit_share, detail::read_number(entry, "uit_share", kFile, where, 0, 1));
    n.share = uit_share;
    if (entry.contains("national_share")) {
      FL_ASSIGN_OR_RETURN(n.share, detail::read_number(entry, "national_share", kFile, where, 1e-9, 1));
    }
    if (n.share == 0.0) {
      // Listed by hand (highland family names) without a count: rare, but a family name.
      n.share = 1e-4;
    }
    n.folded = text::fold(n.name);
    if (n.folded.empty() || n.folded.find(' ') != std::string::npos) {
      return file_error(kFile, where + ": \"" + n.name + "\" must fold to one word");
    }
    if (!seen.insert(n.name).second) {
      return file_error(kFile, where + ": \"" + n.name + "\" is listed twice");
    }
    names.push_back(std::move(n));
  }
  return FamilyNameList(std::move(names));
}

const FamilyNameList& builtin_family_names() {
  static const FamilyNameList list = [] {
    auto loaded = load_family_names(embedded_family_names_json());
    if (!loaded.ok()) {
      std::fprintf(stderr, "embedded family name list is invalid: %s\n", loaded.error().message.c_str());
      std::abort();
    }
    return std::move(loaded).value();
  }();
  return list;
}

}  // namespace frontline::match
