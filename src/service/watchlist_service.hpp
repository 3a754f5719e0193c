// Watchlists: named, typed lists of suspected traffickers, wanted persons,
// missing persons (potential victims), flagged phones and flagged online
// accounts, with their entries and CSV import (docs/watchlists.md).
//
// Permissions (domain/roles.cpp): every list and entry is read with
// kWatchlistRead, whatever unit owns it (lists exist to be checked at any
// gate); lists and entries are changed with kWatchlistManage, and only by
// users of the owning unit or a unit above it (PermissionDenied otherwise).
// Identities on missing_persons lists are shown only with
// kVictimIdentityRead, on the other person lists with kPersonIdentityRead;
// elsewhere an entry's identity is withheld and it carries a pseudonym
// label ("V-7F3A"). Every view of an unmasked entry is audited
// (watchlist.identity.read, entry ids only); every change is audited in its
// transaction. On any error nothing is written. Thread-safe as the Store.
#pragma once

#include <string>
#include <vector>

#include "domain/watchlist.hpp"
#include "service/case_validation.hpp"
#include "service/principal.hpp"
#include "service/watchlist_index_sink.hpp"
#include "store/store.hpp"
#include "util/clock.hpp"

namespace frontline::service {

struct WatchlistEntryView {
  domain::WatchlistEntry entry;  // identifying fields emptied when masked
  bool masked = false;
  std::string label;             // pseudonym when masked, else ""
  bool expired = false;
};

struct WatchlistEntryQuery {
  std::string q;  // matched against folded names and aliases, phone digits and folded handles
  bool include_expired = false;
  int64_t offset = 0;
  int64_t limit = 50;  // 1..200
};

struct WatchlistEntryPage {
  std::vector<WatchlistEntryView> items;
  int64_t total = 0;
};

// One rejected row of an import: its line in the file and the columns at fault.
struct ImportRowError {
  size_t line = 0;
  FieldErrors fields;
};

// A row not imported because its entry is already on the list.
struct ImportDuplicate {
  size_t line = 0;
  int64_t existing_entry_id = 0;  // 0 when it repeats an earlier row of the file
  size_t first_line = 0;          // that earlier row's line, else 0
  std::string key;                // what matched: citizen_id, passport_number, phone, handle, name_and_date_of_birth
};

struct ImportReport {
  int64_t rows = 0;
  int64_t imported = 0;
  std::vector<int64_t> entry_ids;
  std::vector<ImportRowError> errors;
  std::vector<ImportDuplicate> duplicates;
};

enum class ImportMode { kGoodRows, kStrict };

class WatchlistService {
 public:
  WatchlistService(store::Store& store, const Clock& clock) : store_(store), clock_(clock) {}

  Result<std::vector<domain::Watchlist>> list(const Principal& who);
  Result<domain::Watchlist> get(const Principal& who, int64_t id);
  // The list is owned by draft.owner_unit_code (the caller's unit or one
  // below it) or the caller's unit. InvalidArgument naming every bad field.
  Result<domain::Watchlist> create(const Principal& who, const domain::WatchlistDraft& draft);
  Result<domain::Watchlist> update(const Principal& who, int64_t id, const domain::WatchlistPatch& patch);

  // Active entries of a list matching `q`; expired ones only with include_expired.
  Result<WatchlistEntryPage> entries(const Principal& who, int64_t list_id, const WatchlistEntryQuery& query);
  // Conflict when an entry with the same document, phone, handle or folded
  // name and date of birth is already on the list; Conflict when the list is inactive.
  Result<WatchlistEntryView> add_entry(const Principal& who, int64_t list_id, const domain::WatchlistEntryDraft& d);
  Result<WatchlistEntryView> get_entry(const Principal& who, int64_t entry_id);
  Result<WatchlistEntryView> update_entry(const Principal& who, int64_t entry_id,
                                          const domain::WatchlistEntryPatch& patch);
  // Deactivates the entry (kept, out of lists and matching).
  Status remove_entry(const Principal& who, int64_t entry_id, std::optional<int64_t> expected_version);

  // Imports CSV text (header row required; columns by list type, see
  // import_columns) in one transaction with one audit entry. Bad rows and
  // duplicates are reported; with kGoodRows the good rows are imported, with
  // kStrict nothing is when any row is bad. InvalidArgument naming "csv"
  // (or the column) when the header is unusable; nothing is then written.
  Result<ImportReport> import_csv(const Principal& who, int64_t list_id, const std::string& csv_text,
                                  ImportMode mode);

  // The CSV columns for a list type, required ones first.
  static std::vector<std::string> import_columns(domain::WatchlistType type);

  // Told after every committed change to a list or its entries (the
  // screening index). Optional; must outlive the service.
  void set_index_sink(WatchlistIndexSink* sink) { sink_ = sink; }

 private:
  void notify(int64_t list_id) const {
    if (sink_ != nullptr) {
      sink_->list_changed(list_id);
    }
  }

  store::Store& store_;
  const Clock& clock_;
  WatchlistIndexSink* sink_ = nullptr;
};

}  // namespace frontline::service
