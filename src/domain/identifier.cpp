#include "domain/identifier.hpp"

#include "util/enum_names.hpp"

namespace frontline::domain {
namespace {

constexpr EnumNames<IdentifierKind, 6> kKindNames{{{
    {IdentifierKind::kPhone, "phone"},
    {IdentifierKind::kAccount, "account"},
    {IdentifierKind::kBankAccount, "bank_account"},
    {IdentifierKind::kVehicle, "vehicle"},
    {IdentifierKind::kAddress, "address"},
    {IdentifierKind::kOrganization, "organization"},
}}};

}  // namespace

const char* identifier_kind_name(IdentifierKind k) { return kKindNames.name(k); }
std::optional<IdentifierKind> parse_identifier_kind(const std::string& name) { return kKindNames.parse(name); }
std::vector<std::string> identifier_kind_names() { return kKindNames.names(); }

}  // namespace frontline::domain
