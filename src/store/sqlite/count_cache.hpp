// Totals of case lists, remembered per data generation.
//
// Counting every match of a broad filter costs milliseconds at 100,000 cases,
// while the page itself costs microseconds; officers re-open the same lists
// far more often than cases change. A total is stored with the generation
// (table data_generation, bumped by triggers in the same transaction as any
// change that could alter it) read in the snapshot that counted it, and is
// used only by a later snapshot that reads the same generation. Thread-safe.
#pragma once

#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

namespace frontline::store::sqlite {

class CountCache {
 public:
  explicit CountCache(size_t capacity = 4096) : capacity_(capacity) {}

  // The total stored for `key` at exactly `generation`, if any.
  std::optional<int64_t> find(const std::string& key, int64_t generation) const;
  // Remembers `total` for `key` at `generation`. When full, entries of other
  // generations are dropped first, then everything (the cache only saves work).
  void put(const std::string& key, int64_t generation, int64_t total);

 private:
  struct Entry {
    int64_t generation;
    int64_t total;
  };
  size_t capacity_;
  mutable std::mutex mutex_;
  std::unordered_map<std::string, Entry> entries_;
};

}  // namespace frontline::store::sqlite
