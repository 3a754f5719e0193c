// The demo generator's random source. std::mt19937_64's output sequence is
// fixed by the C++ standard, but std::uniform_int_distribution and friends
// are not (libstdc++, libc++ and MSVC differ), so every draw goes through the
// integer-only distributions below and a seed gives the same data everywhere.
#pragma once

#include <cassert>
#include <cstdint>
#include <initializer_list>
#include <random>
#include <span>
#include <string>
#include <vector>

namespace frontline::demo {

class Rng {
 public:
  explicit Rng(uint64_t seed) : engine_(seed) {}

  // Uniform in [0, n); n must be positive. Rejection sampling keeps it unbiased.
  uint64_t uniform(uint64_t n) {
    assert(n > 0);
    const uint64_t limit = UINT64_MAX - UINT64_MAX % n;
    uint64_t x = engine_();
    while (x >= limit) {
      x = engine_();
    }
    return x % n;
  }

  // Uniform in [lo, hi]; lo <= hi.
  int64_t between(int64_t lo, int64_t hi) {
    assert(lo <= hi);
    return lo + static_cast<int64_t>(uniform(static_cast<uint64_t>(hi - lo) + 1));
  }

  // True with probability percent/100.
  bool chance(int percent) { return static_cast<int>(uniform(100)) < percent; }

  // An index drawn with probability weights[i] / sum(weights). Weights are
  // non-negative and not all zero.
  size_t pick(std::span<const int> weights) {
    int64_t total = 0;
    for (int w : weights) {
      total += w;
    }
    assert(total > 0);
    auto r = static_cast<int64_t>(uniform(static_cast<uint64_t>(total)));
    for (size_t i = 0; i < weights.size(); ++i) {
      if (r < weights[i]) {
        return i;
      }
      r -= weights[i];
    }
    return weights.size() - 1;
  }
  size_t pick(std::initializer_list<int> weights) { return pick(std::span<const int>(weights.begin(), weights.size())); }

  // A uniformly chosen element of a non-empty sequence.
  template <typename T>
  const T& one_of(std::span<const T> items) {
    assert(!items.empty());
    return items[uniform(items.size())];
  }
  template <typename T>
  const T& one_of(const std::vector<T>& items) {
    return one_of(std::span<const T>(items));
  }
  const char* one_of(std::initializer_list<const char*> items) {
    return *(items.begin() + static_cast<std::ptrdiff_t>(uniform(items.size())));
  }

  // An index into a list ordered from most to least common: the minimum of
  // two uniform draws, so earlier entries come up more often (density
  // falling linearly from the front).
  size_t ranked(size_t n) {
    const uint64_t a = uniform(n);
    const uint64_t b = uniform(n);
    return static_cast<size_t>(a < b ? a : b);
  }

  // `count` decimal digits.
  std::string digits(int count) {
    std::string out;
    for (int i = 0; i < count; ++i) {
      out += static_cast<char>('0' + uniform(10));
    }
    return out;
  }

 private:
  std::mt19937_64 engine_;
};

}  // namespace frontline::demo
