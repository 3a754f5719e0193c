// The expressions of the scanner's two Hyperscan databases (fold_map.hpp):
// the lexicon's phrases as plain literals over the word text, and triggers
// of identifiers and amounts over the marked text. A trigger only says
// where something may be (Hyperscan reports its end; tracking starts too
// makes databases slow or too large): extract.cpp and amounts.cpp read the
// text around it and decide what it is.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "scan/lexicon.hpp"

namespace frontline::scan {

enum class PatternKind : uint8_t {
  kPhrase,     // a lexicon phrase: flag and phrase index
  kPhone,      // seven digits, maybe grouped ("0912 345 6"): the number around it
  kEmail,      // "@domain.tld": the address around it
  kUrl,        // a web address starting "http(s)://" or "www."
  kDomain,     // trigger: the end of a bare domain's top level ("abc888.vip"), read back to its start
  kTelegram,   // t.me/..., telegram.me/...
  kZalo,       // zalo.me/...
  kWhatsapp,   // wa.me/..., chat.whatsapp.com/...
  kFacebook,   // facebook.com/..., fb.com/..., m.me/...
  kTiktok,     // tiktok.com/@...
  kHandle,     // trigger: a platform named ("telegram:", "tiktok") where an @handle may follow
  kBank,       // trigger: "stk", "so tai khoan", a bank's name, where an account number may follow
  kAmount,     // a digit next to a unit or "$" ("15 trieu", "1000$", "$1,500"): the amount around it
};

// Where an amount trigger's number is: before its unit ("15 trieu",
// "1000$"); before "tr" and a digit ("15tr5"); after a "$" ("$1,500").
enum class AmountForm : uint32_t { kNumberFirst, kMillionsDecimal, kDollarFirst };

struct PatternInfo {
  PatternKind kind = PatternKind::kPhrase;
  uint32_t flag = 0;    // kPhrase: index into Lexicon::flags; kAmount: its AmountForm
  uint32_t phrase = 0;  // kPhrase: index into RedFlag::folded
};

struct PatternSet {
  std::vector<std::string> expressions;  // Hyperscan syntax; id = index
  std::vector<unsigned> hs_flags;
  std::vector<PatternInfo> info;
};

struct Patterns {
  PatternSet phrases;   // over the word text
  PatternSet triggers;  // over the marked text
};

Patterns build_patterns(const Lexicon& lexicon);

// The bank and payment names recognized next to an account number, folded.
const std::vector<std::string>& bank_names();

}  // namespace frontline::scan
