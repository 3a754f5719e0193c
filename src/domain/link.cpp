#include "domain/link.hpp"

#include "util/enum_names.hpp"

namespace frontline::domain {
namespace {

constexpr EnumNames<LinkKind, 2> kKindNames{{{
    {LinkKind::kDuplicatePerson, "duplicate_person"},
    {LinkKind::kSharedIdentifier, "shared_identifier"},
}}};

constexpr EnumNames<LinkStatus, 4> kStatusNames{{{
    {LinkStatus::kOpen, "open"},
    {LinkStatus::kConfirmed, "confirmed"},
    {LinkStatus::kRejected, "rejected"},
    {LinkStatus::kMerged, "merged"},
}}};

}  // namespace

const char* link_kind_name(LinkKind k) { return kKindNames.name(k); }
std::optional<LinkKind> parse_link_kind(const std::string& name) { return kKindNames.parse(name); }
std::vector<std::string> link_kind_names() { return kKindNames.names(); }
const char* link_status_name(LinkStatus s) { return kStatusNames.name(s); }
std::optional<LinkStatus> parse_link_status(const std::string& name) { return kStatusNames.parse(name); }
std::vector<std::string> link_status_names() { return kStatusNames.names(); }

}  // namespace frontline::domain
