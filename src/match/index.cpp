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

// The token and each of its one-letter deletions (tokens of 4+ letters).
std::vector<std::string> deletions(const std::string& token) {
  std::vector<std::string> out{token};
  if (token.size() >= 4) {
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
  }
  identifier_keys(profile, keys);
  dedupe(keys);
  return keys;
}

std::vector<std::string> query_block_keys(const MatchProfile& profile) {
  std::vector<std::string> keys;
  for (const NormalizedName& name : profile.names) {
    const auto& t = name.tokens;
    for (size_t i = 0; i < t.size(); ++i) {
      keys.push_back("t:" + t[i].text);
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
    auto it = index.df_.find(std::string(token));
    return it == index.df_.end() ? 0 : it->second;
  }
  const MatchIndex& index;
};

MatchIndex::MatchIndex(IndexOptions options, const ScoringConfig& config) : options_(options), config_(config) {}

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
    postings_[key].push_back(slot);
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
    auto it = postings_.find(key);
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
  std::vector<uint32_t> candidates;
  for (const std::string& key : query_block_keys(query)) {
    auto it = postings_.find(key);
    if (it == postings_.end()) {
      continue;
    }
    if (static_cast<int64_t>(it->second.size()) > options_.max_posting) {
      ++c.keys_skipped;
      continue;
    }
    ++c.keys_used;
    candidates.insert(candidates.end(), it->second.begin(), it->second.end());
  }
  std::sort(candidates.begin(), candidates.end());
  // Runs of equal slots: how many keys each record hit.
  std::vector<std::pair<uint32_t, uint32_t>> hits;  // (keys hit, slot)
  for (size_t i = 0; i < candidates.size();) {
    size_t j = i;
    while (j < candidates.size() && candidates[j] == candidates[i]) {
      ++j;
    }
    hits.emplace_back(static_cast<uint32_t>(j - i), candidates[i]);
    i = j;
  }
  const auto cap = static_cast<size_t>(std::max<int64_t>(options_.max_scored, 1));
  if (hits.size() > cap) {
    std::nth_element(hits.begin(), hits.begin() + static_cast<std::ptrdiff_t>(cap), hits.end(),
                     [](const auto& a, const auto& b) { return a.first != b.first ? a.first > b.first : a.second < b.second; });
    c.pruned = static_cast<int64_t>(hits.size() - cap);
    hits.resize(cap);
  }
  candidates.clear();
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
  for (const auto& [key, list] : postings_) {
    bytes += 32 + 24 + 16 + 16 + 8 + (key.size() > 15 ? static_cast<int64_t>(key.size()) + 17 : 0) +
             static_cast<int64_t>(list.capacity() * sizeof(uint32_t)) + 16;
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
    bytes += 2 * 48;  // the id -> slot entry
  }
  return bytes;
}

}  // namespace frontline::match
