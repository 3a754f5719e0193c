// The scanner (scanner.hpp): fold, one Hyperscan pass, then phrases,
// amounts, the pay-norm rule and identifiers from the matches.
#include "scan/scanner.hpp"

#include <algorithm>
#include <atomic>
#include <cmath>

#include <hs/hs.h>

#include "scan/amounts.hpp"
#include "scan/extract.hpp"
#include "scan/fold_map.hpp"
#include "scan/patterns.hpp"
#include "util/text.hpp"

namespace frontline::scan {

struct Scanner::Impl {
  Lexicon lexicon;
  const TextModel* model = nullptr;
  Patterns patterns;
  hs_database_t* phrases = nullptr;   // over the word text
  hs_database_t* triggers = nullptr;  // over the marked text
  hs_scratch_t* prototype = nullptr;  // scratch fit for both, cloned by each thread
  uint64_t id = 0;                    // unique in the process: names the scratch clones
  ~Impl() {
    hs_free_scratch(prototype);
    hs_free_database(phrases);
    hs_free_database(triggers);
  }
};

namespace {

// Hyperscan needs scratch space per thread: each thread keeps a clone of
// the prototype of the scanner it last used (checking a scratch against a
// database on every call costs more than a short post's scan).
struct ThreadScratch {
  uint64_t scanner = 0;
  hs_scratch_t* scratch = nullptr;
  ~ThreadScratch() { hs_free_scratch(scratch); }
};

hs_scratch_t* scratch_for(const Scanner::Impl& impl) {
  thread_local ThreadScratch mine;
  if (mine.scanner != impl.id) {
    hs_free_scratch(mine.scratch);
    mine.scratch = nullptr;
    mine.scanner = 0;
    if (hs_clone_scratch(impl.prototype, &mine.scratch) != HS_SUCCESS) return nullptr;
    mine.scanner = impl.id;
  }
  return mine.scratch;
}

Status compile(const PatternSet& ps, const char* what, hs_database_t** db) {
  std::vector<const char*> exprs;
  std::vector<unsigned> ids;
  for (size_t i = 0; i < ps.expressions.size(); ++i) {
    exprs.push_back(ps.expressions[i].c_str());
    ids.push_back(static_cast<unsigned>(i));
  }
  hs_compile_error_t* err = nullptr;
  if (hs_compile_multi(exprs.data(), ps.hs_flags.data(), ids.data(), static_cast<unsigned>(exprs.size()), HS_MODE_BLOCK,
                       nullptr, db, &err) != HS_SUCCESS) {
    std::string why = err && err->message ? err->message : "unknown";
    const int at = err ? err->expression : -1;
    hs_free_compile_error(err);
    return Error::internal(std::string("cannot compile the scanner's ") + what + " (expression " + std::to_string(at) +
                           "): " + why);
  }
  return {};
}

struct Match {
  unsigned id;
  size_t from;
  size_t to;
};

// More matches than this in one text (a page of digits) stops the pass.
constexpr size_t kMaxMatches = 100000;

int on_match(unsigned id, unsigned long long from, unsigned long long to, unsigned /*flags*/, void* ctx) {
  auto* matches = static_cast<std::vector<Match>*>(ctx);
  matches->push_back({id, static_cast<size_t>(from), static_cast<size_t>(to)});
  return matches->size() >= kMaxMatches ? 1 : 0;
}

// A phrase ending at words[end] counts only on word boundaries.
bool on_word_boundaries(std::string_view words, size_t start, size_t end) {
  return (start == 0 || words[start - 1] == ' ') && (end == words.size() || words[end] == ' ');
}

// The marked-text position where the amount whose trigger (of `form`)
// ends at `end` begins: its number, with a "$" just before it.
size_t amount_start(std::string_view t, size_t end, AmountForm form) {
  auto digit = [&](size_t i) { return t[i] >= '0' && t[i] <= '9'; };
  size_t i = end;
  if (form == AmountForm::kDollarFirst) {
    while (i > 0 && t[i - 1] != '$') --i;
    return i > 0 ? i - 1 : end - 1;
  }
  if (form == AmountForm::kMillionsDecimal) --i;  // the digit after "tr"
  while (i > 0 && !digit(i - 1)) --i;               // the unit
  while (i > 0 && (digit(i - 1) || t[i - 1] == '.' || t[i - 1] == ',')) --i;
  while (i < end && !digit(i)) ++i;  // not a leading separator
  if (i >= 2 && t[i - 1] == ' ' && t[i - 2] == '$') return i - 2;
  if (i >= 1 && t[i - 1] == '$') return i - 1;
  return i;
}

void add_span(FlagHit& hit, Span s) {
  for (Span& have : hit.spans) {
    if (s.start < have.end && have.start < s.end) {  // overlapping phrases of one flag: one span
      have.start = std::min(have.start, s.start);
      have.end = std::max(have.end, s.end);
      return;
    }
  }
  hit.spans.push_back(s);
}

double months_factor(Period p, const PayNorm& norm) {
  switch (p) {
    case Period::kHour: return norm.hours_per_day * norm.days_per_month;
    case Period::kDay: return norm.days_per_month;
    case Period::kWeek: return 52.0 / 12.0;
    case Period::kYear: return 1.0 / 12.0;
    default: return 1.0;
  }
}

}  // namespace

const char* period_name(Period p) {
  switch (p) {
    case Period::kHour: return "hour";
    case Period::kDay: return "day";
    case Period::kWeek: return "week";
    case Period::kMonth: return "month";
    case Period::kYear: return "year";
    default: return "";
  }
}

const char* amount_use_name(AmountUse u) {
  switch (u) {
    case AmountUse::kPay: return "pay";
    case AmountUse::kCost: return "cost";
    default: return "other";
  }
}

const char* id_kind_name(IdKind k) {
  switch (k) {
    case IdKind::kPhone: return "phone";
    case IdKind::kTelegram: return "telegram";
    case IdKind::kZalo: return "zalo";
    case IdKind::kWhatsapp: return "whatsapp";
    case IdKind::kFacebook: return "facebook";
    case IdKind::kTiktok: return "tiktok";
    case IdKind::kUrl: return "url";
    case IdKind::kEmail: return "email";
    case IdKind::kBankAccount: return "bank_account";
  }
  return "";
}

const char* risk_level_name(RiskLevel l) {
  switch (l) {
    case RiskLevel::kHigh: return "high";
    case RiskLevel::kMedium: return "medium";
    default: return "low";
  }
}

RiskLevel risk_level(double risk) {
  return risk >= kHighRisk ? RiskLevel::kHigh : risk >= kMediumRisk ? RiskLevel::kMedium : RiskLevel::kLow;
}

Scanner::Scanner(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Scanner::~Scanner() = default;

const Lexicon& Scanner::lexicon() const { return impl_->lexicon; }

Result<std::shared_ptr<const Scanner>> Scanner::build(const Lexicon& lexicon, const TextModel* model) {
  auto impl = std::make_unique<Impl>();
  impl->lexicon = lexicon;
  impl->model = model;
  impl->patterns = build_patterns(impl->lexicon);
  FL_TRY(compile(impl->patterns.phrases, "phrases", &impl->phrases));
  FL_TRY(compile(impl->patterns.triggers, "patterns", &impl->triggers));
  if (hs_alloc_scratch(impl->phrases, &impl->prototype) != HS_SUCCESS ||
      hs_alloc_scratch(impl->triggers, &impl->prototype) != HS_SUCCESS) {
    return Error::internal("cannot allocate the scanner's scratch space");
  }
  static std::atomic<uint64_t> next_id{1};
  impl->id = next_id++;
  return std::shared_ptr<const Scanner>(new Scanner(std::move(impl)));
}

Result<ScanResult> Scanner::scan(std::string_view text) const {
  if (text.size() > kMaxTextBytes) {
    return Error::invalid_field("text", "is longer than " + std::to_string(kMaxTextBytes / 1024) + " KiB");
  }
  thread_local FoldedText folded;
  thread_local std::vector<Match> matches;
  if (!fold_with_map(text, folded)) {
    return Error::invalid_field("text", "is not valid UTF-8");
  }
  if (folded.words.empty()) {  // blank, or only symbols and emoji
    return Error::invalid_field("text", "has no letters or digits");
  }
  hs_scratch_t* scratch = scratch_for(*impl_);
  if (scratch == nullptr) {
    return Error::internal("cannot allocate the scanner's scratch space");
  }
  const Lexicon& lex = impl_->lexicon;
  const Patterns& ps = impl_->patterns;
  std::string_view t = folded.text;
  std::string_view words = folded.words;
  ScanResult result;

  matches.clear();
  hs_error_t rc = hs_scan(impl_->phrases, words.data(), static_cast<unsigned>(words.size()), 0, scratch, on_match, &matches);
  if (rc != HS_SUCCESS && rc != HS_SCAN_TERMINATED) {
    return Error::internal("the scanner failed (Hyperscan error " + std::to_string(rc) + ")");
  }
  std::vector<FlagHit>& hits = result.flags;  // a post fires few flags: found by linear search
  for (const Match& m : matches) {
    const PatternInfo& info = ps.phrases.info[m.id];
    const RedFlag& flag = lex.flags[info.flag];
    const size_t start = m.to - flag.folded[info.phrase].size();
    if (!on_word_boundaries(words, start, m.to)) continue;
    auto it = std::find_if(hits.begin(), hits.end(), [&](const FlagHit& h) { return h.flag == &flag; });
    FlagHit& hit = it != hits.end() ? *it : hits.emplace_back();
    hit.flag = &flag;
    const size_t from = folded.words_map.start(start), to = folded.words_map.end(m.to);
    add_span(hit, Span{folded.map.start(from), folded.map.end(to, t.size())});
  }

  matches.clear();
  rc = hs_scan(impl_->triggers, t.data(), static_cast<unsigned>(t.size()), 0, scratch, on_match, &matches);
  if (rc != HS_SUCCESS && rc != HS_SCAN_TERMINATED) {
    return Error::internal("the scanner failed (Hyperscan error " + std::to_string(rc) + ")");
  }
  thread_local std::vector<Candidate> candidates;
  thread_local std::vector<std::pair<size_t, AmountForm>> amount_triggers;
  candidates.clear();
  amount_triggers.clear();
  for (const Match& m : matches) {
    const PatternInfo& info = ps.triggers.info[m.id];
    const PatternKind kind = info.kind;
    if (kind == PatternKind::kAmount) {
      amount_triggers.push_back({m.to, static_cast<AmountForm>(info.flag)});
    } else {
      candidates.push_back({kind, m.to, m.to});
    }
  }

  // Amounts first: their digits are not phone numbers.
  std::vector<Span> amount_spans;  // marked text
  std::sort(amount_triggers.begin(), amount_triggers.end());
  for (const auto& [end, form] : amount_triggers) {
    const size_t start = amount_start(t, end, form);
    // Triggers come by their end, so amounts by their start: only the last one can hold this start.
    if (!amount_spans.empty() && start >= amount_spans.back().start && start < amount_spans.back().end) {
      continue;
    }
    auto parsed = parse_amount(folded, text, start);
    if (!parsed) continue;
    Amount a;
    a.span = Span{folded.map.start(parsed->start), folded.map.end(parsed->end, t.size())};
    a.value = parsed->value;
    a.currency = parsed->currency;
    a.period = parsed->period;
    a.use = amount_use(t, parsed->start, parsed->period);
    auto rate = a.currency == "VND" ? 1.0 : 0.0;
    if (auto r = lex.pay_norm.rates_vnd.find(a.currency); r != lex.pay_norm.rates_vnd.end()) rate = r->second;
    a.vnd = a.value * rate;
    if (a.use == AmountUse::kPay && rate > 0.0) {
      a.monthly_vnd = a.vnd * months_factor(a.period, lex.pay_norm);
    }
    amount_spans.push_back({parsed->start, parsed->end});
    result.amounts.push_back(std::move(a));
  }
  std::sort(result.amounts.begin(), result.amounts.end(), [](const Amount& a, const Amount& b) { return a.span.start < b.span.start; });

  // Pay far above the norm, from the numbers.
  const PayNorm& norm = lex.pay_norm;
  FlagHit pay_hit;
  double top_ratio = 0.0;
  for (const Amount& a : result.amounts) {
    if (!a.monthly_vnd || norm.monthly_vnd <= 0.0) continue;
    const double ratio = *a.monthly_vnd / norm.monthly_vnd;
    if (ratio >= norm.factor) {
      pay_hit.spans.push_back(a.span);
      top_ratio = std::max(top_ratio, ratio);
    }
  }
  for (FlagHit& hit : result.flags) {
    hit.id = hit.flag->id;
    hit.category = hit.flag->category;
    hit.weight = hit.flag->weight;
    std::sort(hit.spans.begin(), hit.spans.end(), [](const Span& a, const Span& b) { return a.start < b.start; });
  }
  if (!pay_hit.spans.empty()) {
    const double x = std::clamp((top_ratio - norm.factor) / (norm.factor_max - norm.factor), 0.0, 1.0);
    pay_hit.flag = &norm.flag;
    pay_hit.id = norm.flag.id;
    pay_hit.category = norm.flag.category;
    pay_hit.weight = norm.weight_min + (norm.flag.weight - norm.weight_min) * x;
    result.flags.push_back(std::move(pay_hit));
  }
  std::stable_sort(result.flags.begin(), result.flags.end(), [](const FlagHit& a, const FlagHit& b) { return a.weight > b.weight; });

  double keep = 1.0;
  for (const FlagHit& f : result.flags) keep *= 1.0 - f.weight;
  result.lexicon_score = 1.0 - keep;
  result.risk = result.lexicon_score;
  if (impl_->model != nullptr) {
    result.model_score = impl_->model->probability_folded(words);
    result.risk = combined_risk(result.lexicon_score, *result.model_score);
  }
  result.level = risk_level(result.risk);

  result.identifiers = extract_identifiers(candidates, folded, text, amount_spans);
  return result;
}

size_t code_point_offset(std::string_view text, size_t byte_offset) {
  return text::code_points(text.substr(0, std::min(byte_offset, text.size())));
}

}  // namespace frontline::scan
