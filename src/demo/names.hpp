// Personal names for demo persons: Vietnamese names drawn by published
// family-name frequencies, middle names by sex and generation, given names
// from lists of real names; plus a few Chinese (pinyin) and Khmer names for
// foreign suspects. Every string is NFC with Đ as U+0110.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "demo/rng.hpp"
#include "domain/person.hpp"

namespace frontline::demo {

// Kinh majority, or one of the northern highland peoples (H'Mông, Thái, Dao)
// whose family names (Giàng, Sùng, Lò, ...) are common in the border
// provinces of the north-west.
enum class NameOrigin { kKinh, kHighland };

struct VietnameseName {
  std::string family;
  std::string middle;  // may hold two words ("Thị Thu"); empty for some highland names
  std::string given;

  // "Nguyễn Thị Thu Hà": family, middle, given, single spaces.
  std::string full() const;
};

// A name for a person of `sex` (kUnknown is treated as either) born in
// `birth_year` (younger people get "Thị"/"Văn" less often).
VietnameseName vietnamese_name(Rng& rng, domain::Sex sex, int birth_year, NameOrigin origin);

// A plausible name as written in documents of `nationality` ("CN": pinyin,
// family name first; "KH": Khmer romanized). Falls back to a Vietnamese
// name for any other code.
std::string foreign_name(Rng& rng, domain::Sex sex, const std::string& nationality);

// Every string in the name tables, for tests (NFC, no U+00D0).
std::vector<std::string_view> name_table_entries();

}  // namespace frontline::demo
