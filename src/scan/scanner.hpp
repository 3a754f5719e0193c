// The online-recruitment scanner (issue 6, point 2; docs/scan.md): one pass
// of Hyperscan over a post, folded the same way as names (text::fold), finds
// the lexicon's red flags, the amounts of money it states and the
// identifiers of whoever is behind it (phones, accounts and links of
// Telegram, Zalo, WhatsApp, Facebook and TikTok, other URLs, e-mail
// addresses, bank accounts). Amounts stated as pay are converted to dong a
// month so that pay far above the norm is judged from numbers.
//
// Offsets are byte offsets into the text as given ([start, end)); they
// always fall on UTF-8 character boundaries.
//
// Thread-safety: a built Scanner is immutable; scan() may be called from
// any number of threads at once (each thread keeps its own Hyperscan
// scratch space).
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "scan/lexicon.hpp"
#include "scan/model.hpp"
#include "util/result.hpp"

namespace frontline::scan {

// Texts longer than this are refused (InvalidArgument on "text"): a post,
// an ad or a chat message is far shorter; a whole dump belongs in a file
// of many texts.
inline constexpr size_t kMaxTextBytes = 256 * 1024;

struct Span {
  size_t start = 0;
  size_t end = 0;
  bool operator==(const Span& o) const { return start == o.start && end == o.end; }
};

// A red flag that fired: where, and how much it adds.
struct FlagHit {
  const RedFlag* flag = nullptr;  // from the scanner's lexicon (a rule's too: Lexicon::pay_norm.flag)
  std::string_view id;            // the flag's id (the scanner's lexicon holds it)
  std::string_view category;
  double weight = 0.0;            // the weight counted (a rule's depends on the numbers)
  std::vector<Span> spans;        // every occurrence, in text order
};

enum class Period { kNone, kHour, kDay, kWeek, kMonth, kYear };
const char* period_name(Period p);  // "", "hour", "day", "week", "month", "year"

// What an amount is for, from the words just before it.
enum class AmountUse { kPay, kCost, kOther };
const char* amount_use_name(AmountUse u);  // "pay", "cost", "other"

struct Amount {
  Span span;
  double value = 0.0;        // in `currency`
  std::string currency;      // ISO 4217: "VND", "USD", "CNY", "THB", ...
  Period period = Period::kNone;
  AmountUse use = AmountUse::kOther;
  double vnd = 0.0;          // value in dong, by the lexicon's rates
  std::optional<double> monthly_vnd;  // pay only: per month (no period = a month)
};

enum class IdKind { kPhone, kTelegram, kZalo, kWhatsapp, kFacebook, kTiktok, kUrl, kEmail, kBankAccount };
const char* id_kind_name(IdKind k);  // "phone", "telegram", "zalo", "whatsapp", "facebook", "tiktok", "url", "email", "bank_account"

struct ExtractedId {
  IdKind kind = IdKind::kPhone;
  Span span;
  std::string value;      // as written in the text
  std::string key;        // normalized: E.164 phone; handle (match::handle_key); URL and e-mail lower-cased;
                          // bank account digits
  std::string qualifier;  // bank of a bank account when named nearby ("vietcombank"); else ""
  std::string channel;    // a phone's app when the text says so ("zalo", "telegram", "whatsapp"); else ""
};

enum class RiskLevel { kLow, kMedium, kHigh };
const char* risk_level_name(RiskLevel l);  // "low", "medium", "high"
inline constexpr double kMediumRisk = 0.3;  // risk at or above: medium
inline constexpr double kHighRisk = 0.6;    // risk at or above: high
RiskLevel risk_level(double risk);

struct ScanResult {
  double lexicon_score = 0.0;  // noisy-OR of the fired flags' weights, [0, 1]
  std::optional<double> model_score;  // the learned model's probability, when one is loaded
  double risk = 0.0;           // the combined score, [0, 1]
  RiskLevel level = RiskLevel::kLow;
  std::vector<FlagHit> flags;  // heaviest first
  std::vector<Amount> amounts; // in text order
  std::vector<ExtractedId> identifiers;  // in text order, one per (kind, key)
};

class Scanner {
 public:
  // Compiles the lexicon's phrases and the scanner's own patterns into
  // Hyperscan databases. With a model (which must outlive the scanner),
  // each result also has the model's probability, and risk is
  // combined_risk(lexicon score, probability) (model.hpp); without, risk is
  // the lexicon score. Internal when Hyperscan refuses a pattern.
  static Result<std::shared_ptr<const Scanner>> build(const Lexicon& lexicon, const TextModel* model = nullptr);
  ~Scanner();
  Scanner(const Scanner&) = delete;
  Scanner& operator=(const Scanner&) = delete;

  // InvalidArgument on field "text" when the text is not valid UTF-8, is
  // blank, or is longer than kMaxTextBytes.
  Result<ScanResult> scan(std::string_view text) const;

  // One or two sentences saying why, in "vi" (default) or "en".
  std::string explain(const ScanResult& result, std::string_view lang) const;

  const Lexicon& lexicon() const;

  struct Impl;

 private:
  explicit Scanner(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// Byte offset -> code point offset in valid UTF-8 `text` (for clients that
// count characters, as the API does).
size_t code_point_offset(std::string_view text, size_t byte_offset);

}  // namespace frontline::scan
