// How rare a name token is among the indexed names: the evidence a shared
// token carries. A shared "nguyen" (about 38% of people) says little; a
// shared rare given name says much. The index (issue 5, later) implements
// TokenStats over its postings; this header also gives two small
// implementations: counts kept in memory, and a prior from the family name
// list for when there is no index.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>

#include "match/family_names.hpp"
#include "match/name.hpp"

namespace frontline::match {

// Document frequencies of folded name tokens. Implementations must be safe
// to call from several threads at once for reading (the matcher only reads).
class TokenStats {
 public:
  virtual ~TokenStats() = default;
  // N: how many names are indexed; 0 when nothing is.
  virtual int64_t indexed_names() const = 0;
  // How many of the N names hold the folded `token` at least once; 0 when
  // none does or the token is unknown. Never more than indexed_names().
  virtual int64_t document_frequency(std::string_view token) const = 0;
  // True when document_frequency counts every token of the indexed names, so
  // that 0 means "no indexed name holds it" (a likely misspelling); false
  // when only some tokens are counted (FamilyShareTokenStats).
  virtual bool counts_every_token() const { return true; }
};

// The weight of a token's evidence: ln(1 + (N + 1) / (df + 1)), a smoothed
// inverse document frequency. Always > 0; equal for every token when N == 0
// (ln 2), largest for tokens no indexed name holds.
double token_rarity(const TokenStats& stats, std::string_view token);

// Counts kept in memory: add() every indexed name once. Not synchronized:
// fill it first, then share it read-only.
class InMemoryTokenStats final : public TokenStats {
 public:
  // Counts `name` as one more indexed name; a token repeated within it counts once.
  void add(const NormalizedName& name);

  int64_t indexed_names() const override { return names_; }
  int64_t document_frequency(std::string_view token) const override;

 private:
  int64_t names_ = 0;
  std::unordered_map<std::string, int64_t> df_;
};

// Without an index: of `population` names, a listed family name is held by
// its share of them, every other token by none (so every given name counts
// as rare). Keeps a reference to `families`, which must outlive it.
class FamilyShareTokenStats final : public TokenStats {
 public:
  explicit FamilyShareTokenStats(const FamilyNameList& families = builtin_family_names(),
                                 int64_t population = 1'000'000)
      : families_(families), population_(population) {}

  int64_t indexed_names() const override { return population_; }
  int64_t document_frequency(std::string_view token) const override;
  bool counts_every_token() const override { return false; }

 private:
  const FamilyNameList& families_;
  int64_t population_;
};

}  // namespace frontline::match
