// The expressions of the scanner's one Hyperscan database, over folded text
// (fold_map.hpp: lower-case ASCII, punctuation kept): one per lexicon
// phrase, plus the candidates of identifiers and amounts. Candidates are
// deliberately loose; extract.cpp and amounts.cpp decide what they are.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "scan/lexicon.hpp"

namespace frontline::scan {

enum class PatternKind : uint8_t {
  kPhrase,     // a lexicon phrase: flag and phrase index
  kPhone,
  kEmail,
  kUrl,        // a web address starting "http(s)://" or "www."
  kDomain,     // trigger: the end of a bare domain's top level ("abc888.vip"), read back to its start
  kTelegram,   // t.me/..., telegram.me/...
  kZalo,       // zalo.me/...
  kWhatsapp,   // wa.me/..., chat.whatsapp.com/...
  kFacebook,   // facebook.com/..., fb.com/..., m.me/...
  kTiktok,     // tiktok.com/@...
  kHandle,     // trigger: a platform named ("telegram:", "tiktok") where an @handle may follow
  kBank,       // trigger: "stk", "so tai khoan", a bank's name, where an account number may follow
  kAmount,     // "15 trieu", "1000$", "500k/ngay", "$1,500"
};

struct PatternInfo {
  PatternKind kind = PatternKind::kPhrase;
  // Reports only where it ends (no start-of-match tracking, which would make
  // the database too large): the scanner reads forward from there.
  bool trigger = false;
  uint32_t flag = 0;    // kPhrase: index into Lexicon::flags
  uint32_t phrase = 0;  // kPhrase: index into RedFlag::folded
};

struct PatternSet {
  std::vector<std::string> expressions;  // Hyperscan syntax; id = index
  std::vector<unsigned> hs_flags;
  std::vector<PatternInfo> info;
};

PatternSet build_patterns(const Lexicon& lexicon);

// The bank and payment names recognized next to an account number, folded.
const std::vector<std::string>& bank_names();

}  // namespace frontline::scan
