// The scanner (scanner.hpp): fold, one Hyperscan pass, then phrases,
// amounts, the pay-norm rule and identifiers from the matches.
#include "scan/scanner.hpp"

#include <algorithm>
#include <cmath>
#include <map>

#include <hs/hs.h>

#include "scan/amounts.hpp"
#include "scan/extract.hpp"
#include "scan/fold_map.hpp"
#include "scan/patterns.hpp"
#include "util/text.hpp"

namespace frontline::scan {

struct Scanner::Impl {
  Lexicon lexicon;
  PatternSet patterns;
  hs_database_t* db = nullptr;
  ~Impl() { hs_free_database(db); }
};

namespace {

// Hyperscan needs scratch space per thread; each thread keeps one, grown to
// fit whichever database it scans with.
struct ThreadScratch {
  hs_scratch_t* scratch = nullptr;
  ~ThreadScratch() { hs_free_scratch(scratch); }
};

hs_scratch_t* scratch_for(const hs_database_t* db) {
  thread_local ThreadScratch mine;
  return hs_alloc_scratch(db, &mine.scratch) == HS_SUCCESS ? mine.scratch : nullptr;
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

// The start of folded phrase `phrase` ending at t[end], found walking back
// over its words and the non-letters between them; npos unless it starts
// and ends on word boundaries.
size_t phrase_start(std::string_view t, size_t end, std::string_view phrase) {
  if (end < t.size() && is_alnum_ascii(t[end])) return std::string_view::npos;
  size_t i = end;
  size_t p = phrase.size();
  while (p > 0) {
    if (phrase[p - 1] == ' ') {
      if (i == 0 || is_alnum_ascii(t[i - 1])) return std::string_view::npos;
      while (i > 0 && !is_alnum_ascii(t[i - 1])) --i;
      --p;
      continue;
    }
    if (i == 0 || t[i - 1] != phrase[p - 1]) return std::string_view::npos;
    --i;
    --p;
  }
  if (i > 0 && is_alnum_ascii(t[i - 1])) return std::string_view::npos;
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

Result<std::shared_ptr<const Scanner>> Scanner::build(const Lexicon& lexicon) {
  auto impl = std::make_unique<Impl>();
  impl->lexicon = lexicon;
  impl->patterns = build_patterns(impl->lexicon);
  const PatternSet& ps = impl->patterns;
  std::vector<const char*> exprs;
  std::vector<unsigned> ids;
  for (size_t i = 0; i < ps.expressions.size(); ++i) {
    exprs.push_back(ps.expressions[i].c_str());
    ids.push_back(static_cast<unsigned>(i));
  }
  hs_compile_error_t* err = nullptr;
  if (hs_compile_multi(exprs.data(), ps.hs_flags.data(), ids.data(), static_cast<unsigned>(exprs.size()), HS_MODE_BLOCK,
                       nullptr, &impl->db, &err) != HS_SUCCESS) {
    std::string why = err && err->message ? err->message : "unknown";
    const int at = err ? err->expression : -1;
    hs_free_compile_error(err);
    return Error::internal("cannot compile the scanner's patterns (expression " + std::to_string(at) + "): " + why);
  }
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
  if (text::is_blank(text) || std::none_of(folded.text.begin(), folded.text.end(), is_alnum_ascii)) {
    return Error::invalid_field("text", "has no letters or digits");
  }
  hs_scratch_t* scratch = scratch_for(impl_->db);
  if (scratch == nullptr) {
    return Error::internal("cannot allocate the scanner's scratch space");
  }
  matches.clear();
  const hs_error_t rc = hs_scan(impl_->db, folded.text.data(), static_cast<unsigned>(folded.text.size()), 0, scratch,
                                on_match, &matches);
  if (rc != HS_SUCCESS && rc != HS_SCAN_TERMINATED) {
    return Error::internal("the scanner failed (Hyperscan error " + std::to_string(rc) + ")");
  }

  const Lexicon& lex = impl_->lexicon;
  const PatternSet& ps = impl_->patterns;
  std::string_view t = folded.text;
  ScanResult result;
  std::map<uint32_t, FlagHit> hits;  // by flag index
  std::map<std::pair<unsigned, size_t>, size_t> longest;  // (pattern, start) -> end
  std::vector<Candidate> triggers;                         // where an identifier may follow
  for (const Match& m : matches) {
    const PatternInfo& info = ps.info[m.id];
    if (info.kind == PatternKind::kPhrase) {
      const RedFlag& flag = lex.flags[info.flag];
      const size_t start = phrase_start(t, m.to, flag.folded[info.phrase]);
      if (start == std::string_view::npos) continue;
      FlagHit& hit = hits[info.flag];
      hit.flag = &flag;
      add_span(hit, original_span(folded, start, m.to));
      continue;
    }
    if (info.trigger) {
      triggers.push_back({info.kind, m.to, m.to});
      continue;
    }
    size_t& end = longest[{m.id, m.from}];
    end = std::max(end, m.to);
  }

  // Amounts first: their digits are not phone numbers.
  std::vector<Candidate> candidates = std::move(triggers);
  std::vector<Span> amount_spans;  // folded
  for (const auto& [key, end] : longest) {
    const PatternKind kind = ps.info[key.first].kind;
    if (kind != PatternKind::kAmount) {
      candidates.push_back({kind, key.second, end});
      continue;
    }
    const size_t start = key.second;
    if (std::any_of(amount_spans.begin(), amount_spans.end(), [&](const Span& s) { return start >= s.start && start < s.end; })) {
      continue;
    }
    auto parsed = parse_amount(folded, text, start);
    if (!parsed) continue;
    Amount a;
    a.span = original_span(folded, parsed->start, parsed->end);
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
  for (auto& [index, hit] : hits) {
    hit.id = hit.flag->id;
    hit.category = hit.flag->category;
    hit.weight = hit.flag->weight;
    std::sort(hit.spans.begin(), hit.spans.end(), [](const Span& a, const Span& b) { return a.start < b.start; });
    result.flags.push_back(std::move(hit));
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
  result.level = risk_level(result.risk);

  result.identifiers = extract_identifiers(candidates, folded, text, amount_spans);
  return result;
}

size_t code_point_offset(std::string_view text, size_t byte_offset) {
  return text::code_points(text.substr(0, std::min(byte_offset, text.size())));
}

}  // namespace frontline::scan
