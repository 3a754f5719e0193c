// CSV import of watchlist entries (docs/watchlists.md): a header row naming
// the columns of the list's type, then one entry per row. Each row is
// checked on its own; bad rows and duplicates are reported by line.
#include <algorithm>

#include "service/audit_helpers.hpp"
#include "service/watchlist_internal.hpp"
#include "service/watchlist_validation.hpp"
#include "util/csv.hpp"
#include "util/text.hpp"

namespace frontline::service {
namespace {

constexpr size_t kMaxRows = 10000;

std::string nfc(const std::string& s) {
  auto r = text::to_nfc(s);
  return r.ok() ? *r : s;
}

// The CSV column a field error belongs to ("identity.full_name" -> "full_name").
std::string column_of(const std::string& field) {
  if (field == "identity.phone") {
    return "phone";
  }
  if (field.rfind("identity.", 0) == 0) {
    return field.substr(9);
  }
  return field;
}

// Reads one row into a draft; cells the parser refuses go into `bad`.
domain::WatchlistEntryDraft read_row(domain::WatchlistType type, const std::map<std::string, std::string>& cells,
                                     FieldErrors& bad) {
  domain::WatchlistEntryDraft d;
  auto cell = [&](const std::string& name) {
    auto it = cells.find(name);
    return it == cells.end() ? std::string() : csv::trim(it->second);
  };
  for (const auto& [name, value] : cells) {
    if (!text::is_valid_utf8(value)) {
      bad[name] = "must be valid UTF-8 of at most 10000 characters";
    }
  }
  if (domain::is_person_list(type)) {
    d.identity.full_name = nfc(cell("full_name"));
    d.identity.aliases = csv::split_list(nfc(cell("aliases")));
    d.identity.date_of_birth = cell("date_of_birth");
    d.identity.citizen_id = cell("citizen_id");
    d.identity.passport_number = cell("passport_number");
    d.identity.phone = cell("phone");
    d.identity.address = nfc(cell("address"));
    d.identity.notes = nfc(cell("notes"));
    std::string sex = cell("sex");
    if (!sex.empty()) {
      auto s = domain::parse_sex(sex);
      if (!s) {
        bad["sex"] = "must be one of: female, male, unknown";
      } else {
        d.sex = *s;
      }
    }
    d.nationality = cell("nationality");
  } else if (type == domain::WatchlistType::kFlaggedPhones) {
    d.phone = cell("phone");
  } else {
    d.platform = cell("platform");
    d.handle = cell("handle");
  }
  d.reason = nfc(cell("reason"));
  d.source_ref = nfc(cell("source_ref"));
  d.expires_on = cell("expires_on");
  return d;
}

}  // namespace

std::vector<std::string> WatchlistService::import_columns(domain::WatchlistType type) {
  std::vector<std::string> cols;
  if (domain::is_person_list(type)) {
    cols = {"full_name", "aliases", "date_of_birth", "sex", "nationality", "citizen_id", "passport_number",
            "phone", "address", "notes"};
  } else if (type == domain::WatchlistType::kFlaggedPhones) {
    cols = {"phone"};
  } else {
    cols = {"platform", "handle"};
  }
  for (const char* c : {"reason", "source_ref", "expires_on"}) {
    cols.emplace_back(c);
  }
  return cols;
}

Result<ImportReport> WatchlistService::import_csv(const Principal& who, int64_t list_id, const std::string& csv_text,
                                                  ImportMode mode) {
  FL_TRY(require_watchlist_read(who));
  auto records = csv::parse(csv_text);
  if (records.empty()) {
    return Error::invalid_field("csv", "is empty");
  }
  if (records.size() - 1 > kMaxRows) {
    return Error::invalid_field("csv", "at most " + std::to_string(kMaxRows) + " rows");
  }
  std::string today = today_vn(clock_.now());
  auto out = store::write_value<ImportReport>(store_, [&](store::Transaction& tx) -> Result<ImportReport> {
    FL_ASSIGN_OR_RETURN(domain::Watchlist w, tx.watchlists().get_list(list_id));
    FL_TRY(require_watchlist_manage(who, w));
    if (!w.active) {
      return Error::conflict("watchlist " + std::to_string(w.id) + " is inactive; reactivate it first");
    }
    // The header: every column known for this type, the required one present, none twice.
    const auto allowed = import_columns(w.type);
    const auto& header = records.front();
    if (!header.error.empty()) {
      return Error::invalid_field("csv", "the header row is malformed: " + header.error);
    }
    FieldErrors bad_header;
    std::vector<std::string> columns;
    for (const auto& raw : header.fields) {
      std::string name = csv::trim(raw);
      for (auto& ch : name) {
        ch = (ch >= 'A' && ch <= 'Z') ? static_cast<char>(ch - 'A' + 'a') : ch;
      }
      if (std::find(allowed.begin(), allowed.end(), name) == allowed.end()) {
        bad_header["csv"] = "unknown column '" + csv::trim(raw) + "'; the columns of this list are: " + [&] {
          std::string s;
          for (const auto& a : allowed) {
            s += (s.empty() ? "" : ", ") + a;
          }
          return s;
        }();
      } else if (std::find(columns.begin(), columns.end(), name) != columns.end()) {
        bad_header["csv"] = "column '" + name + "' appears twice";
      }
      columns.push_back(name);
    }
    std::vector<std::string> required = {allowed.front()};
    if (w.type == domain::WatchlistType::kFlaggedAccounts) {
      required.emplace_back("handle");
    }
    for (const auto& must : required) {
      if (bad_header.empty() && std::find(columns.begin(), columns.end(), must) == columns.end()) {
        bad_header["csv"] = "the header row must name the column '" + must + "'";
      }
    }
    if (!bad_header.empty()) {
      return Error::invalid("the CSV header is not usable", bad_header);
    }

    FL_ASSIGN_OR_RETURN(auto existing, tx.watchlists().entries_of(w.id));
    std::vector<std::pair<size_t, domain::WatchlistEntry>> accepted;  // line, entry
    ImportReport report;
    TimePoint now = clock_.now();
    for (size_t i = 1; i < records.size(); ++i) {
      const auto& rec = records[i];
      report.rows += 1;
      FieldErrors bad;
      if (!rec.error.empty()) {
        bad["row"] = rec.error;
      } else if (rec.fields.size() != columns.size()) {
        bad["row"] = "has " + std::to_string(rec.fields.size()) + " fields; the header has " +
                     std::to_string(columns.size());
      }
      if (!bad.empty()) {
        report.errors.push_back({rec.line, bad});
        continue;
      }
      std::map<std::string, std::string> cells;
      for (size_t c = 0; c < columns.size(); ++c) {
        cells[columns[c]] = rec.fields[c];
      }
      domain::WatchlistEntryDraft d = read_row(w.type, cells, bad);
      domain::WatchlistEntry e;
      FieldErrors built;
      FL_TRY(build_entry(tx, w.type, d, now, e, built));
      for (const auto& [field, reason] : built) {
        bad.emplace(column_of(field), reason);
      }
      if (!bad.empty()) {
        report.errors.push_back({rec.line, bad});
        continue;
      }
      std::string key;
      FL_ASSIGN_OR_RETURN(auto dup, find_duplicate(existing, e, &key));
      if (dup) {
        report.duplicates.push_back({rec.line, *dup, 0, key});
        continue;
      }
      bool repeated = false;
      for (const auto& [line, earlier] : accepted) {
        std::vector<domain::WatchlistEntry> one = {earlier};
        one.front().id = -1;
        FL_ASSIGN_OR_RETURN(auto again, find_duplicate(one, e, &key));
        if (again) {
          report.duplicates.push_back({rec.line, 0, line, key});
          repeated = true;
          break;
        }
      }
      if (!repeated) {
        accepted.emplace_back(rec.line, std::move(e));
      }
    }
    if (mode == ImportMode::kStrict && !report.errors.empty()) {
      // Nothing is written: the transaction ends without a change.
      return report;
    }
    for (auto& [line, e] : accepted) {
      e.watchlist_id = w.id;
      e.added_by = who.user_id;
      e.added_at = now;
      e.updated_at = now;
      FL_ASSIGN_OR_RETURN(e.id, tx.watchlists().insert_entry(e));
      report.entry_ids.push_back(e.id);
    }
    report.imported = static_cast<int64_t>(accepted.size());
    FL_TRY(store::append_audit(
        tx, audit_entry(who, clock_, "watchlist.import", "watchlist", std::to_string(w.id), audit::Outcome::kOk,
                        {{"rows", report.rows},
                         {"imported", report.imported},
                         {"errors", report.errors.size()},
                         {"duplicates", report.duplicates.size()},
                         {"strict", mode == ImportMode::kStrict}})));
    return report;
  });
  if (out.ok() && out->imported > 0) {
    notify(list_id);
  }
  return out;
}

}  // namespace frontline::service
