#include "match/index.hpp"

#include <algorithm>
#include <mutex>
#include <set>

namespace frontline::match {
namespace {

size_t kind_index(SourceKind kind) { return kind == SourceKind::kCasePerson ? 0 : 1; }

std::string pair_key(const std::string& a, const std::string& b) {
  return a < b ? "p:" + a + "|" + b : "p:" + b + "|" + a;
}

// The token and each of its one-letter deletions (tokens of `min_size`+
// letters): 4 for the f: keys, 3 for the y: keys, where the birth year keeps
// the deletions of a short given name ("lan": "an", "ln", "la") selective
// enough that a typo in a three-letter given name still meets its record.
std::vector<std::string> deletions(const std::string& token, size_t min_size = 4) {
  std::vector<std::string> out{token};
  if (token.size() >= min_size) {
    for (size_t i = 0; i < token.size(); ++i) {
      std::string d = token.substr(0, i) + token.substr(i + 1);
      if (std::find(out.begin(), out.end(), d) == out.end()) {
        out.push_back(std::move(d));
      }
    }
  }
  return out;
}

void identifier_keys(const MatchProfile& p, std::vector<std::string>& out) {
  for (const Document& d : p.documents) {
    out.push_back(std::string("d:") + document_type_name(d.type) + ":" + d.number);
  }
  if (!p.phone.empty()) {
    out.push_back("m:" + p.phone);
  }
}

// The birth year of a profile as text, "" when it has none.
std::string birth_year(const MatchProfile& p) {
  return p.date_of_birth && p.date_of_birth->year > 0 ? std::to_string(p.date_of_birth->year) : std::string();
}

std::string year_key(const std::string& given_deletion, const std::string& year) {
  return "y:" + given_deletion + "|" + year;
}

// Postings are keyed by a 64-bit hash of the key text, not the text: a
// million records hold most of a million distinct keys (a citizen ID or a
// phone is held by one person), and the text would cost more than the
// posting itself. Two keys with one hash (odds about 1 in 10^7 over 10^6 keys) share a
// posting: their records become candidates of either, which costs a few
// scores and never loses one.
uint64_t key_hash(std::string_view key) { return std::hash<std::string_view>{}(key); }

void dedupe(std::vector<std::string>& keys) {
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
}

}  // namespace

const char* source_kind_name(SourceKind kind) {
  return kind == SourceKind::kCasePerson ? "case_person" : "watchlist_entry";
}

std::vector<std::string> record_block_keys(const MatchProfile& profile) {
  std::vector<std::string> keys;
  const std::string year = birth_year(profile);
  for (const NormalizedName& name : profile.names) {
    const auto& t = name.tokens;
    const NameToken* family = nullptr;
    const NameToken* given = nullptr;
    for (size_t i = 0; i < t.size(); ++i) {
      keys.push_back("t:" + t[i].text);
      for (size_t j = i + 1; j < t.size(); ++j) {
        if (t[i].text != t[j].text) {
          keys.push_back(pair_key(t[i].text, t[j].text));
        }
      }
      if (t[i].role == TokenRole::kFamily && family == nullptr) {
        family = &t[i];
      }
      if (t[i].role == TokenRole::kGiven) {
        given = &t[i];
      }
    }
    if (family != nullptr && given != nullptr && family != given) {
      for (const std::string& d : deletions(given->text)) {
        keys.push_back("f:" + family->text + "|" + d);
      }
    }
    if (given != nullptr && !year.empty()) {
      for (const std::string& d : deletions(given->text, 3)) {
        keys.push_back(year_key(d, year));
      }
    }
  }
  identifier_keys(profile, keys);
  dedupe(keys);
  return keys;
}

std::vector<std::string> query_block_keys(const MatchProfile& profile) {
  std::vector<std::string> keys;
  const std::string year = birth_year(profile);
  for (const NormalizedName& name : profile.names) {
    const auto& t = name.tokens;
    for (size_t i = 0; i < t.size(); ++i) {
      keys.push_back("t:" + t[i].text);
      // Any token may be the given name (see below).
      if (!year.empty()) {
        for (const std::string& d : deletions(t[i].text, 3)) {
          keys.push_back(year_key(d, year));
        }
      }
      for (size_t j = 0; j < t.size(); ++j) {
        if (i == j || t[i].text == t[j].text) {
          continue;
        }
        if (j > i) {
          keys.push_back(pair_key(t[i].text, t[j].text));
        }
        // Any token may be the family name and any other the given name:
        // the roles of a query written in an unusual order may be guessed wrong.
        for (const std::string& d : deletions(t[j].text)) {
          keys.push_back("f:" + t[i].text + "|" + d);
        }
      }
    }
  }
  identifier_keys(profile, keys);
  dedupe(keys);
  return keys;
}

struct MatchIndex::Unlocked final : TokenStats {
  explicit Unlocked(const MatchIndex& i) : index(i) {}
  int64_t indexed_names() const override { return index.names_; }
  int64_t document_frequency(std::string_view token) const override {
    auto it = index.df_.find(token);
    return it == index.df_.end() ? 0 : it->second;
  }
  const MatchIndex& index;
};

// hits[slot]: how many of the query's keys the record in `slot` hit, 0 for
// every slot not in `touched` between queries (a query resets what it set).
struct MatchIndex::Scratch {
  std::vector<uint32_t> hits;
  std::vector<uint32_t> touched;
};

MatchIndex::MatchIndex(IndexOptions options, const ScoringConfig& config) : options_(options), config_(config) {}

MatchIndex::~MatchIndex() = default;

std::unique_ptr<MatchIndex::Scratch> MatchIndex::take_scratch() const {
  std::unique_ptr<Scratch> s;
  {
    std::lock_guard lock(scratch_mutex_);
    if (!scratch_.empty()) {
      s = std::move(scratch_.back());
      scratch_.pop_back();
    }
  }
  if (!s) {
    s = std::make_unique<Scratch>();
  }
  // Under the caller's shared lock slots_ cannot grow while the scratch is in use.
  if (s->hits.size() < slots_.size()) {
    s->hits.resize(slots_.size(), 0);
  }
  return s;
}

void MatchIndex::give_back(std::unique_ptr<Scratch> scratch) const {
  std::lock_guard lock(scratch_mutex_);
  scratch_.push_back(std::move(scratch));
}

void MatchIndex::upsert(IndexedRecord record) {
  std::unique_lock lock(mutex_);
  auto& slots = slot_of_[kind_index(record.key.source)];
  if (auto it = slots.find(record.key.id); it != slots.end()) {
    erase_locked(it->second);
  }
  insert_locked(std::move(record));
}

bool MatchIndex::remove(const RecordKey& key) {
  std::unique_lock lock(mutex_);
  auto& slots = slot_of_[kind_index(key.source)];
  auto it = slots.find(key.id);
  if (it == slots.end()) {
    return false;
  }
  erase_locked(it->second);
  return true;
}

void MatchIndex::clear() {
  std::unique_lock lock(mutex_);
  slots_.clear();
  free_slots_.clear();
  slot_of_[0].clear();
  slot_of_[1].clear();
  postings_.clear();
  df_.clear();
  names_ = 0;
  std::lock_guard scratch_lock(scratch_mutex_);
  scratch_.clear();
}

int64_t MatchIndex::size() const {
  std::shared_lock lock(mutex_);
  return static_cast<int64_t>(slot_of_[0].size() + slot_of_[1].size());
}

void MatchIndex::insert_locked(IndexedRecord record) {
  uint32_t slot = 0;
  if (!free_slots_.empty()) {
    slot = free_slots_.back();
    free_slots_.pop_back();
  } else {
    slot = static_cast<uint32_t>(slots_.size());
    slots_.emplace_back();
  }
  for (const std::string& key : record_block_keys(record.profile)) {
    postings_[key_hash(key)].push_back(slot);
  }
  for (const NormalizedName& name : record.profile.names) {
    ++names_;
    std::set<std::string_view> seen;
    for (const NameToken& t : name.tokens) {
      if (seen.insert(t.text).second) {
        ++df_[t.text];
      }
    }
  }
  slot_of_[kind_index(record.key.source)][record.key.id] = slot;
  slots_[slot] = std::move(record);
}

void MatchIndex::erase_locked(uint32_t slot) {
  IndexedRecord& record = *slots_[slot];
  for (const std::string& key : record_block_keys(record.profile)) {
    auto it = postings_.find(key_hash(key));
    if (it == postings_.end()) {
      continue;
    }
    auto& list = it->second;
    auto pos = std::find(list.begin(), list.end(), slot);
    if (pos != list.end()) {
      *pos = list.back();
      list.pop_back();
    }
    if (list.empty()) {
      postings_.erase(it);
    }
  }
  for (const NormalizedName& name : record.profile.names) {
    --names_;
    std::set<std::string_view> seen;
    for (const NameToken& t : name.tokens) {
      if (seen.insert(t.text).second) {
        auto it = df_.find(t.text);
        if (it != df_.end() && --it->second <= 0) {
          df_.erase(it);
        }
      }
    }
  }
  slot_of_[kind_index(record.key.source)].erase(record.key.id);
  slots_[slot].reset();
  free_slots_.push_back(slot);
}

std::vector<IndexHit> MatchIndex::rank_locked(const MatchProfile& query, const std::vector<uint32_t>& slots,
                                              size_t limit) const {
  const Unlocked stats(*this);
  struct Scored {
    uint32_t slot;
    MatchScore score;
  };
  std::vector<Scored> scored;
  for (uint32_t slot : slots) {
    MatchScore s = score_pair(query, slots_[slot]->profile, stats, config_);
    if (s.score >= options_.min_score) {
      scored.push_back({slot, std::move(s)});
    }
  }
  auto better = [&](const Scored& a, const Scored& b) {
    if (a.score.score != b.score.score) {
      return a.score.score > b.score.score;
    }
    const RecordKey& ka = slots_[a.slot]->key;
    const RecordKey& kb = slots_[b.slot]->key;
    return kind_index(ka.source) != kind_index(kb.source) ? kind_index(ka.source) < kind_index(kb.source)
                                                          : ka.id < kb.id;
  };
  const size_t n = std::min(limit, scored.size());
  std::partial_sort(scored.begin(), scored.begin() + static_cast<std::ptrdiff_t>(n), scored.end(), better);
  std::vector<IndexHit> out;
  out.reserve(n);
  for (size_t i = 0; i < n; ++i) {
    out.push_back({*slots_[scored[i].slot], std::move(scored[i].score)});
  }
  return out;
}

std::vector<IndexHit> MatchIndex::query(const MatchProfile& query, size_t limit, QueryCost* cost) const {
  std::shared_lock lock(mutex_);
  QueryCost c;
  std::unique_ptr<Scratch> scratch = take_scratch();
  std::vector<uint32_t>& count = scratch->hits;
  std::vector<uint32_t>& touched = scratch->touched;
  for (const std::string& key : query_block_keys(query)) {
    auto it = postings_.find(key_hash(key));
    if (it == postings_.end()) {
      continue;
    }
    if (static_cast<int64_t>(it->second.size()) > options_.max_posting) {
      ++c.keys_skipped;
      continue;
    }
    ++c.keys_used;
    for (uint32_t slot : it->second) {
      if (count[slot]++ == 0) {
        touched.push_back(slot);
      }
    }
  }
  std::vector<std::pair<uint32_t, uint32_t>> hits;  // (keys hit, slot)
  hits.reserve(touched.size());
  for (uint32_t slot : touched) {
    hits.emplace_back(count[slot], slot);
    count[slot] = 0;
  }
  touched.clear();
  give_back(std::move(scratch));
  const auto cap = static_cast<size_t>(std::max<int64_t>(options_.max_scored, 1));
  if (hits.size() > cap) {
    std::nth_element(hits.begin(), hits.begin() + static_cast<std::ptrdiff_t>(cap), hits.end(),
                     [](const auto& a, const auto& b) { return a.first != b.first ? a.first > b.first : a.second < b.second; });
    c.pruned = static_cast<int64_t>(hits.size() - cap);
    hits.resize(cap);
  }
  std::vector<uint32_t> candidates;
  candidates.reserve(hits.size());
  for (const auto& h : hits) {
    candidates.push_back(h.second);
  }
  c.candidates = static_cast<int64_t>(candidates.size());
  if (cost != nullptr) {
    *cost = c;
  }
  return rank_locked(query, candidates, limit);
}

std::vector<IndexHit> MatchIndex::scan_all(const MatchProfile& query, size_t limit) const {
  std::shared_lock lock(mutex_);
  std::vector<uint32_t> all;
  for (uint32_t i = 0; i < slots_.size(); ++i) {
    if (slots_[i]) {
      all.push_back(i);
    }
  }
  return rank_locked(query, all, limit);
}

int64_t MatchIndex::indexed_names() const {
  std::shared_lock lock(mutex_);
  return names_;
}

int64_t MatchIndex::document_frequency(std::string_view token) const {
  std::shared_lock lock(mutex_);
  return Unlocked(*this).document_frequency(token);
}

int64_t MatchIndex::approx_bytes() const {
  std::shared_lock lock(mutex_);
  // Node of an unordered_map<string, X>: the string (32), the value, the
  // next pointer and the hash (16), malloc overhead (16), plus its bucket.
  int64_t bytes = 0;
  for (const auto& entry : postings_) {
    // Node of an unordered_map<uint64_t, vector>: key, vector, next pointer,
    // malloc overhead, bucket; then the vector's heap block.
    bytes += 8 + 24 + 8 + 16 + 8 + static_cast<int64_t>(entry.second.capacity() * sizeof(uint32_t)) + 16;
  }
  bytes += static_cast<int64_t>(df_.size()) * (32 + 8 + 16 + 16 + 8);
  for (const auto& slot : slots_) {
    bytes += static_cast<int64_t>(sizeof(std::optional<IndexedRecord>));
    if (!slot) {
      continue;
    }
    const IndexedRecord& r = *slot;
    auto str = [](const std::string& s) { return s.size() > 15 ? static_cast<int64_t>(s.size()) + 17 : 0; };
    bytes += str(r.display_name) + str(r.date_of_birth) + str(r.profile.phone);
    for (const NormalizedName& n : r.profile.names) {
      bytes += static_cast<int64_t>(sizeof(NormalizedName) + n.tokens.capacity() * sizeof(NameToken)) + 16;
      for (const NameToken& t : n.tokens) {
        bytes += str(t.text);
      }
    }
    bytes += static_cast<int64_t>(r.profile.documents.capacity() * sizeof(Document));
    bytes += static_cast<int64_t>(r.cases.capacity() * sizeof(IndexedCaseLink)) + 16;
    if (r.list) {  // make_shared: object and control block in one allocation
      bytes += static_cast<int64_t>(sizeof(IndexedListRef)) + 32 + str(r.list->list_name) + str(r.list->list_type);
    }
    bytes += 2 * 48;  // the id -> slot entry
  }
  return bytes;
}

}  // namespace frontline::match
