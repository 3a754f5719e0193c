// Identity documents: numbers as written on forms and in foreign records,
// reduced to one canonical spelling so equal documents compare equal. Pure.
#pragma once

#include <string>
#include <string_view>

#include "util/result.hpp"

namespace frontline::match {

// API names "citizen_id", "identity_card", "passport".
enum class DocumentType {
  kCitizenId,     // 12-digit personal identification number (CCCD; also printed on
                  // the 12-digit CMND issued from 2012 and on the 2024 identity card)
  kIdentityCard,  // 9-digit number of the old identity card (CMND)
  kPassport,      // any country's passport
};
const char* document_type_name(DocumentType type);

struct Document {
  DocumentType type = DocumentType::kCitizenId;
  std::string number;  // digits only, or (passports) upper-case ASCII letters and digits

  bool operator==(const Document&) const = default;
};

// A Vietnamese identity number with any spaces, dots or hyphens between the
// digits: 12 digits give a citizen ID, 9 digits an old identity card (CMND).
// The two are different numbers for one person, so they never compare equal.
// InvalidArgument on field "citizen_id" for anything else (letters, other lengths).
Result<Document> normalize_identity_number(std::string_view raw);

// A passport number: ASCII letters and digits, spaces and hyphens dropped,
// letters upper-cased; "c 1234 567" and "C1234567" are the same. Between 5 and
// 20 characters after cleaning. InvalidArgument on field "passport_number"
// otherwise (other characters, too short or long).
Result<Document> normalize_passport(std::string_view raw);

}  // namespace frontline::match
