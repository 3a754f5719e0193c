#include "store/sqlite/count_cache.hpp"

namespace frontline::store::sqlite {

std::optional<int64_t> CountCache::find(const std::string& key, int64_t generation) const {
  std::lock_guard<std::mutex> lock(mutex_);
  auto it = entries_.find(key);
  if (it == entries_.end() || it->second.generation != generation) {
    return std::nullopt;
  }
  return it->second.total;
}

void CountCache::put(const std::string& key, int64_t generation, int64_t total) {
  std::lock_guard<std::mutex> lock(mutex_);
  if (entries_.size() >= capacity_ && entries_.find(key) == entries_.end()) {
    std::erase_if(entries_, [&](const auto& kv) { return kv.second.generation != generation; });
    if (entries_.size() >= capacity_) {
      entries_.clear();
    }
  }
  entries_[key] = Entry{generation, total};
}

}  // namespace frontline::store::sqlite
