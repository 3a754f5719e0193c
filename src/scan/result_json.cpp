// ScanResult to JSON (result_json.hpp).
#include "scan/result_json.hpp"

#include <cmath>

namespace frontline::scan {
namespace {

using nlohmann::json;

double round3(double v) { return std::round(v * 1000.0) / 1000.0; }

// Code-point offsets of byte spans. Spans come mostly in text order, so
// each count goes on from the last one (a page of thousands of amounts
// would otherwise be counted from the start thousands of times).
class Offsets {
 public:
  explicit Offsets(std::string_view text) : text_(text) {}
  json span(Span s) const {
    const size_t start = at(s.start);
    return json{{"start", start}, {"end", at(s.end)}, {"text", std::string(text_.substr(s.start, s.end - s.start))}};
  }

 private:
  size_t at(size_t byte) const {
    if (byte < byte_) {
      byte_ = 0;
      cp_ = 0;
    }
    cp_ += code_point_offset(text_.substr(byte_), byte - byte_);
    byte_ = byte;
    return cp_;
  }
  std::string_view text_;
  mutable size_t byte_ = 0;
  mutable size_t cp_ = 0;
};

}  // namespace

json result_json(const ScanResult& r, std::string_view text, std::string_view lang, const std::string& explanation) {
  const Offsets at(text);
  const bool vi = lang != "en";
  json out = {{"risk", round3(r.risk)},
              {"level", risk_level_name(r.level)},
              {"lexicon_score", round3(r.lexicon_score)},
              {"model_score", r.model_score ? json(round3(*r.model_score)) : json(nullptr)},
              {"explanation", explanation}};
  json flags = json::array();
  for (const FlagHit& f : r.flags) {
    json spans = json::array();
    for (const Span& s : f.spans) spans.push_back(at.span(s));
    flags.push_back({{"id", f.id},
                     {"category", f.category},
                     {"weight", round3(f.weight)},
                     {"rationale", f.flag ? (vi ? f.flag->rationale_vi : f.flag->rationale_en) : std::string()},
                     {"spans", std::move(spans)}});
  }
  out["flags"] = std::move(flags);
  json amounts = json::array();
  for (const Amount& a : r.amounts) {
    json j = at.span(a.span);
    j["value"] = a.value;
    j["currency"] = a.currency;
    j["period"] = a.period == Period::kNone ? json(nullptr) : json(period_name(a.period));
    j["use"] = amount_use_name(a.use);
    j["vnd"] = std::round(a.vnd);
    j["monthly_vnd"] = a.monthly_vnd ? json(std::round(*a.monthly_vnd)) : json(nullptr);
    amounts.push_back(std::move(j));
  }
  out["amounts"] = std::move(amounts);
  json ids = json::array();
  for (const ExtractedId& id : r.identifiers) {
    json j = {{"kind", id_kind_name(id.kind)}, {"value", id.value}, {"key", id.key},
              {"qualifier", id.qualifier}, {"channel", id.channel}};
    const json s = at.span(id.span);
    j["start"] = s["start"];
    j["end"] = s["end"];
    ids.push_back(std::move(j));
  }
  out["identifiers"] = std::move(ids);
  return out;
}

}  // namespace frontline::scan
