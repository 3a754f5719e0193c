// The one list of database columns whose values are sealed with the data key
// (crypto::SecretBox: nonce || ciphertext, as a BLOB).
//
// Contract: every column that stores a sealed value MUST be listed here, and
// only such columns. Key rotation (SqliteSealedRepo::reseal_all, driven by
// `frontline keys rotate`) re-encrypts exactly these columns; a sealed column
// missing from this list would become unreadable once the old key is removed.
// A table added later joins rotation by one line below. The schema test
// (sealed_columns_test) fails when a BLOB column of the schema is not listed.
#pragma once

#include <array>

namespace frontline::store::sqlite {

struct SealedColumn {
  const char* table;
  const char* key;     // an INTEGER key of the table, for re-reading rows in batches
  const char* column;  // BLOB, sealed; NULL values are skipped
};

inline constexpr std::array kSealedColumns = {
    SealedColumn{"persons", "id", "identity"},  // JSON of domain::PersonIdentity (person_repo.cpp)
    // Free text of victim records that may name people (victim_repo.cpp).
    SealedColumn{"screenings", "id", "notes"},
    SealedColumn{"identification_decisions", "id", "details"},  // JSON {grounds, documents}
    SealedColumn{"receptions", "id", "notes"},
    SealedColumn{"reception_persons", "rowid", "needs_note"},
    // JSON of a watchlist entry's identity, phone, handle and reason (watchlist_repo.cpp).
    SealedColumn{"watchlist_entries", "id", "sealed"},
    // JSON of a case identifier's value, qualifier, key and note (identifier_repo.cpp).
    SealedColumn{"case_identifiers", "id", "sealed"},
    SealedColumn{"watchlist_alerts", "id", "note"},  // the review note (watchlist_alert_repo.cpp)
    // JSON of a lead's text, source URL, note and identifiers (lead_repo.cpp).
    SealedColumn{"leads", "id", "sealed"},
    // JSON of a scan alert's post and identifiers (scan_alert_repo.cpp).
    SealedColumn{"scan_alerts", "id", "sealed"},
};

}  // namespace frontline::store::sqlite
