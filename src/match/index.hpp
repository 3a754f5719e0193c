// An in-memory index of persons for screening: every record has a source
// kind ("case_person" or "watchlist_entry"), an id and a
// MatchProfile. A query generates candidates by blocking — it never scans
// everything — and scores each with score_pair, token weights coming from
// the index's own document frequencies (MatchIndex is the TokenStats of the
// indexed population).
//
// Blocking keys of an indexed name (docs/matching.md, "Index"):
//   t:TOKEN         every folded token;
//   p:A|B           every unordered pair of tokens (order-independent,
//                   tolerates a missing middle name);
//   f:FAMILY|DEL    the family token with the given token and each of its
//                   one-letter deletions (a typo in the given name);
//   y:DEL|YEAR      the given token and each of its one-letter deletions
//                   (3+ letters) with the year of birth, when known: among
//                   the thousands of "Nguyễn Thị Lan" of a million persons,
//                   the one born in the year asked hits more keys;
// and of the record: d:TYPE:NUMBER per document, m:E164 for the phone.
// A query looks up the same keys (deletion keys for every ordered pair of
// its tokens and year keys for every token, so a mis-guessed role still
// meets), skipping any posting longer than IndexOptions::max_posting: a
// frequent family name alone ("nguyen") or a frequent pair ("nguyen|thi")
// is no block by itself. Of the blocked records only the max_scored hitting
// the most keys are scored. Postings are held by a 64-bit hash of the key
// (index.cpp, key_hash), key-hit counts in a reused scratch array.
//
// Thread safety: any number of concurrent readers (query, the TokenStats
// methods, size) with one writer at a time (upsert, remove); a
// std::shared_mutex guards everything.
#pragma once

#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <shared_mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "domain/person.hpp"
#include "match/score.hpp"
#include "match/scoring_config.hpp"
#include "match/token_stats.hpp"

namespace frontline::match {

// API names "case_person", "watchlist_entry".
enum class SourceKind { kCasePerson, kWatchlistEntry };
const char* source_kind_name(SourceKind kind);

struct RecordKey {
  SourceKind source = SourceKind::kCasePerson;
  int64_t id = 0;
  bool operator==(const RecordKey&) const = default;
};

// A case a case person is linked to (empty for other sources).
struct IndexedCaseLink {
  int64_t case_id = 0;
  std::string case_number;
  domain::PersonRole role = domain::PersonRole::kWitness;
  std::string unit_code;  // the case's unit
  std::string unit_path;  // "/1/7/"
};

// The list a watchlist entry is on (empty for other sources).
struct IndexedListRef {
  int64_t list_id = 0;
  std::string list_name;
  std::string list_type;          // API name, e.g. "suspected_traffickers"
  bool potential_victims = false; // a missing_persons list: identity needs victim access
  std::string expires_on;         // the entry's "YYYY-MM-DD" or "" (never)
};

struct IndexedRecord {
  RecordKey key;
  MatchProfile profile;
  // Shown only where the caller may see the identity.
  std::string display_name;   // as written
  std::string date_of_birth;  // partial date as written
  bool victim = false;        // a victim in any case: masked for roles without victim identities
  std::vector<IndexedCaseLink> cases;
  // Set for watchlist entries. Shared, not inline: a million case persons
  // would otherwise each carry an empty one (~120 bytes).
  std::shared_ptr<const IndexedListRef> list;
};

struct IndexHit {
  IndexedRecord record;  // a copy, so it outlives later writes
  MatchScore score;
};

// What a query cost, for the benchmark and tests.
struct QueryCost {
  int64_t keys_used = 0;     // postings read
  int64_t keys_skipped = 0;  // postings longer than max_posting
  int64_t candidates = 0;    // records scored
  int64_t pruned = 0;        // blocked records left unscored (fewest keys hit; see max_scored)
};

struct IndexOptions {
  // A posting longer than this is not used as a block (see above).
  int64_t max_posting = 3000;
  // At most this many blocked records are scored: those hitting the most
  // keys (a record sharing the family name, the given name, their pair and
  // a deletion key hits four; one sharing a single token, one).
  int64_t max_scored = 1500;
  // Hits scoring below this are not returned (a name sharing one token).
  double min_score = 0.3;
};

class MatchIndex final : public TokenStats {
 public:
  // Keeps a reference to `config`, which must outlive the index.
  explicit MatchIndex(IndexOptions options = {}, const ScoringConfig& config = builtin_scoring_config());
  MatchIndex(const MatchIndex&) = delete;
  MatchIndex& operator=(const MatchIndex&) = delete;
  ~MatchIndex() override;

  // Inserts `record`, replacing the record with the same key.
  void upsert(IndexedRecord record);
  // Removes the record with `key`; false when there is none.
  bool remove(const RecordKey& key);
  // Drops everything.
  void clear();
  int64_t size() const;

  // The best `limit` records for `query`, score descending (then source,
  // id), each scoring at least options.min_score. Scores only blocked
  // candidates. `cost` (optional) receives what the query cost.
  std::vector<IndexHit> query(const MatchProfile& query, size_t limit, QueryCost* cost = nullptr) const;
  // The same over every record, without blocking: the reference for tests
  // and the benchmark. Never use it to serve requests.
  std::vector<IndexHit> scan_all(const MatchProfile& query, size_t limit) const;

  // TokenStats over every indexed name (full names and aliases).
  int64_t indexed_names() const override;
  int64_t document_frequency(std::string_view token) const override;

  // Approximate heap bytes held (records, postings, counts).
  int64_t approx_bytes() const;

 private:
  struct Unlocked;  // TokenStats over the counts, for use under the lock
  struct Scratch;   // per-query key-hit counters by slot, reused across queries
  // Lookups by std::string_view without building a std::string.
  struct StringHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
  };
  template <typename V>
  using StringMap = std::unordered_map<std::string, V, StringHash, std::equal_to<>>;

  std::unique_ptr<Scratch> take_scratch() const;
  void give_back(std::unique_ptr<Scratch> scratch) const;
  void insert_locked(IndexedRecord record);
  void erase_locked(uint32_t slot);
  std::vector<IndexHit> rank_locked(const MatchProfile& query, const std::vector<uint32_t>& slots, size_t limit) const;

  IndexOptions options_;
  const ScoringConfig& config_;
  mutable std::shared_mutex mutex_;
  std::vector<std::optional<IndexedRecord>> slots_;
  std::vector<uint32_t> free_slots_;
  std::unordered_map<int64_t, uint32_t> slot_of_[2];  // by SourceKind
  std::unordered_map<uint64_t, std::vector<uint32_t>> postings_;  // by key_hash (index.cpp)
  StringMap<int64_t> df_;
  int64_t names_ = 0;
  // Scratch counters handed to concurrent queries (one each), kept between
  // queries so a query neither allocates nor clears an array per record.
  mutable std::mutex scratch_mutex_;
  mutable std::vector<std::unique_ptr<Scratch>> scratch_;
};

// The blocking keys of a record (exposed for tests and the benchmark).
std::vector<std::string> record_block_keys(const MatchProfile& profile);
// The keys a query looks up.
std::vector<std::string> query_block_keys(const MatchProfile& profile);

}  // namespace frontline::match
