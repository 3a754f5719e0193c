#include "match/document.hpp"

namespace frontline::match {

const char* document_type_name(DocumentType type) {
  switch (type) {
    case DocumentType::kCitizenId: return "citizen_id";
    case DocumentType::kIdentityCard: return "identity_card";
    case DocumentType::kPassport: return "passport";
  }
  return "citizen_id";
}

Result<Document> normalize_identity_number(std::string_view raw) {
  std::string digits;
  for (char c : raw) {
    if (c >= '0' && c <= '9') {
      digits.push_back(c);
    } else if (c != ' ' && c != '.' && c != '-') {
      return Error::invalid_field("citizen_id", "only digits, spaces, dots and hyphens");
    }
  }
  if (digits.size() == 12) {
    return Document{DocumentType::kCitizenId, digits};
  }
  if (digits.size() == 9) {
    return Document{DocumentType::kIdentityCard, digits};
  }
  return Error::invalid_field("citizen_id", "12 digits (citizen ID) or 9 digits (old identity card)");
}

Result<Document> normalize_passport(std::string_view raw) {
  std::string out;
  for (char c : raw) {
    if (c >= 'a' && c <= 'z') {
      out.push_back(static_cast<char>(c - 'a' + 'A'));
    } else if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
      out.push_back(c);
    } else if (c != ' ' && c != '-') {
      return Error::invalid_field("passport_number", "only ASCII letters and digits");
    }
  }
  if (out.size() < 5 || out.size() > 20) {
    return Error::invalid_field("passport_number", "5 to 20 letters and digits");
  }
  return Document{DocumentType::kPassport, out};
}

}  // namespace frontline::match
