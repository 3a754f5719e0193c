// The weights and thresholds of the person matcher, as data: the defaults are
// data/match/scoring.json, compiled into the binary; nothing in score.cpp
// hard-codes a weight. What each number does is in docs/matching.md.
//
// Immutable after loading; safe to share between threads.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "util/result.hpp"

namespace frontline::match {

struct NameScoring {
  double weight = 0.0;                // the name score is multiplied by this
  double min_token_similarity = 0.0;  // Jaro-Winkler below this: the tokens do not align
  // Tokens shorter than this align only when equal: one letter changes a
  // short Vietnamese syllable into another name ("an" / "anh", "lan" / "lam").
  int fuzzy_min_length = 0;
  // When at most one token pair aligns, the name score is at most this: a
  // single shared token ("Lan" against "Nguyễn Thị Lan") is never a match alone.
  double single_token_cap = 0.0;
  std::vector<std::string> common_middle_names;  // folded: "thi", "van"
  double common_middle_factor = 0.0;   // their weight is multiplied by this
  double missing_middle_factor = 0.0;  // an unaligned middle token costs its weight times this
  double missing_token_factor = 0.0;   // an unaligned family or given token costs its weight times this
  // Both names have an unaligned middle token (different middle names): each
  // such token costs its weight times this instead of missing_middle_factor.
  double middle_conflict_factor = 0.0;
  // Subtracted from a token pair's similarity when both names are written
  // with diacritics and the tokens' marks differ ("Hưng" / "Hương").
  double diacritic_mismatch_penalty = 0.0;
  // Two tokens one edit apart (a letter inserted, dropped, replaced, or two
  // neighbours swapped), one of which no indexed name holds (a likely typo),
  // are this similar at least, however short: "Bùt" / "Bùi", "Hwoa" / "Hòa".
  double typo_similarity = 0.0;
  // Subtracted from a token pair's similarity when one token is the given name
  // and the other a middle name, both names certain in Vietnamese order
  // ("Nguyễn Anh Đức" is not "Nguyễn Đức Anh").
  double given_role_mismatch_penalty = 0.0;
  // Subtracted from the similarity of two different tokens that indexed names
  // both hold ("Khang" / "Khanh", "Hương" / "Phương"): two names more likely
  // than a typo. Only with stats.counts_every_token().
  double other_name_penalty = 0.0;
  // When both names have a family token and neither aligned (two different
  // family names, "Lê Phú Thời" / "Nguyễn Phú Thời"), the name score is at most this.
  double family_conflict_cap = 1.0;
};

struct BirthDateScoring {
  double exact = 0.0;               // added for an exact date
  double year_month = 0.0;          // added when year and month agree, a day is missing
  double year = 0.0;                // added when only years can be compared and agree
  double day_month_swapped = 0.0;   // added when day and month are exchanged
  double same_year_other_day_penalty = 0.0;
  double conflict_penalty = 0.0;    // the years differ
};

struct ScoringConfig {
  double alert = 0.0;   // a score at or above this raises an alert
  double review = 0.0;  // a score at or above this (and below alert) is worth a look
  NameScoring name;
  BirthDateScoring date_of_birth;
  double sex_mismatch_penalty = 0.0;
  // The sexes differ and at least one was inferred from the middle name
  // (Văn: male, Thị: female) rather than entered.
  double inferred_sex_mismatch_penalty = 0.0;
  double nationality_mismatch_penalty = 0.0;
  double citizen_id_mismatch_penalty = 0.0;  // both have a citizen ID (or both a CMND) and they differ
  double document_match = 0.0;  // strength of an equal document number, combined as 1-(1-s)(1-d)
  double phone_match = 0.0;     // strength of an equal phone number, combined the same way
};

// The configuration compiled into the binary (data/match/scoring.json),
// parsed on first use (thread-safe). The embedded file is checked by the unit
// tests, so a failure here is a build defect: it aborts with the message.
const ScoringConfig& builtin_scoring_config();

// Parses a configuration in the format of data/match/scoring.json. Every key
// is required and no other is allowed; every number lies in [0, 1] except
// fuzzy_min_length, a whole number from 1 to 100;
// review <= alert; min_token_similarity > 0; common middle names are folded
// single words. InvalidArgument "scoring.json: <where>: <problem>" otherwise.
Result<ScoringConfig> load_scoring_config(std::string_view json);

}  // namespace frontline::match
