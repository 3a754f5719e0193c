// Parsing, checking and merging the red-flag lexicon (lexicon.hpp).
#include "scan/lexicon.hpp"

#include <algorithm>
#include <set>

#include <nlohmann/json.hpp>

#include "util/text.hpp"

namespace frontline::scan {

std::string_view embedded_red_flags_json();  // generated from data/scan/red_flags.json

namespace {

using nlohmann::json;

constexpr size_t kMaxPhraseBytes = 200;
constexpr size_t kMaxErrors = 20;
const std::set<std::string> kLanguages = {"vi", "en", "zh"};

class Checker {
 public:
  explicit Checker(std::string prefix) : prefix_(std::move(prefix)) {}
  void fail(const std::string& path, const std::string& why) {
    if (errors_.size() < kMaxErrors) {
      errors_[prefix_ + path] = why;
    }
  }
  bool ok() const { return errors_.empty(); }
  Error error() const { return Error::invalid("the red-flag lexicon is invalid", errors_); }

 private:
  std::string prefix_;
  std::map<std::string, std::string> errors_;
};

std::string text_of(const json& obj, const char* key) {
  auto it = obj.find(key);
  return it != obj.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// Adds the phrases of `patterns` ({"vi": [...], ...}) to `flag`, checked.
void read_phrases(const json& patterns, const std::string& path, RedFlag& flag, Checker& check) {
  if (!patterns.is_object()) {
    check.fail(path, "must be an object of phrase lists by language (vi, en, zh)");
    return;
  }
  for (const auto& [lang, list] : patterns.items()) {
    const std::string at = path + "." + lang;
    if (!kLanguages.count(lang)) {
      check.fail(at, "unknown language (vi, en, zh)");
      continue;
    }
    if (!list.is_array()) {
      check.fail(at, "must be an array of phrases");
      continue;
    }
    for (size_t i = 0; i < list.size(); ++i) {
      const std::string pat = at + "[" + std::to_string(i) + "]";
      if (!list[i].is_string()) {
        check.fail(pat, "must be a string");
        continue;
      }
      const std::string raw = list[i].get<std::string>();
      auto nfc = text::to_nfc(raw);
      const std::string folded = nfc.ok() ? text::fold(*nfc) : std::string();
      if (!nfc.ok() || raw.size() > kMaxPhraseBytes || folded.size() < 2) {
        check.fail(pat, "must be valid UTF-8 of 2 to 200 bytes with letters or digits");
        continue;
      }
      flag.phrases[lang].push_back(*nfc);
      if (std::find(flag.folded.begin(), flag.folded.end(), folded) == flag.folded.end()) {
        flag.folded.push_back(folded);
      }
    }
  }
}

RedFlag read_flag(const json& f, const std::string& path, const Lexicon& into, bool need_all, Checker& check) {
  RedFlag flag;
  if (!f.is_object()) {
    check.fail(path, "must be an object");
    return flag;
  }
  flag.id = text_of(f, "id");
  flag.category = text_of(f, "category");
  flag.source = text_of(f, "source");
  if (auto r = f.find("rationale"); r != f.end() && r->is_object()) {
    flag.rationale_vi = text_of(*r, "vi");
    flag.rationale_en = text_of(*r, "en");
  }
  if (auto w = f.find("weight"); w != f.end()) {
    flag.weight = w->is_number() ? w->get<double>() : -1.0;
  }
  const auto& cats = category_names();
  if (flag.id.empty() || flag.id.size() > 100) {
    check.fail(path + ".id", "required, at most 100 characters");
  }
  if (need_all || f.contains("category")) {
    if (std::find(cats.begin(), cats.end(), flag.category) == cats.end()) {
      check.fail(path + ".category", "must be one of the categories");
    }
  }
  if (need_all || f.contains("weight")) {
    if (!(flag.weight > 0.0 && flag.weight <= 1.0)) {
      check.fail(path + ".weight", "must be a number in (0, 1]");
    }
  }
  if (need_all) {
    if (flag.rationale_vi.empty() || flag.rationale_en.empty()) {
      check.fail(path + ".rationale", "needs the reason in Vietnamese (vi) and English (en)");
    }
    if (!into.sources.count(flag.source)) {
      check.fail(path + ".source", "must name a source of the lexicon");
    }
  }
  if (auto p = f.find("patterns"); p != f.end()) {
    read_phrases(*p, path + ".patterns", flag, check);
  } else if (need_all) {
    check.fail(path + ".patterns", "required");
  }
  if (need_all && flag.folded.empty()) {
    check.fail(path + ".patterns", "needs at least one phrase");
  }
  return flag;
}

double number_of(const json& obj, const char* key) {
  auto it = obj.find(key);
  return it != obj.end() && it->is_number() ? it->get<double>() : -1.0;
}

PayNorm read_pay_norm(const json& doc, const Lexicon& lex, Checker& check) {
  PayNorm norm;
  auto n = doc.find("pay_norm");
  if (n == doc.end() || !n->is_object()) {
    check.fail("pay_norm", "required: an object");
    return norm;
  }
  RedFlag& flag = norm.flag;
  flag.id = text_of(*n, "id");
  flag.category = text_of(*n, "category");
  flag.source = text_of(*n, "source");
  if (auto r = n->find("rationale"); r != n->end() && r->is_object()) {
    flag.rationale_vi = text_of(*r, "vi");
    flag.rationale_en = text_of(*r, "en");
  }
  if (flag.id.empty() || flag.category != "pay") {
    check.fail("pay_norm.id", "needs an id and the category \"pay\"");
  }
  if (flag.rationale_vi.empty() || flag.rationale_en.empty()) {
    check.fail("pay_norm.rationale", "needs the reason in Vietnamese (vi) and English (en)");
  }
  if (!lex.sources.count(flag.source)) {
    check.fail("pay_norm.source", "must name a source of the lexicon");
  }
  norm.monthly_vnd = number_of(*n, "monthly_vnd");
  norm.factor = number_of(*n, "factor");
  norm.factor_max = number_of(*n, "factor_max");
  norm.weight_min = number_of(*n, "weight_min");
  flag.weight = number_of(*n, "weight_max");
  norm.days_per_month = number_of(*n, "days_per_month");
  norm.hours_per_day = number_of(*n, "hours_per_day");
  if (norm.monthly_vnd <= 0.0) check.fail("pay_norm.monthly_vnd", "must be a positive number");
  if (norm.factor < 1.0 || norm.factor_max <= norm.factor) {
    check.fail("pay_norm.factor", "factor must be at least 1 and below factor_max");
  }
  if (!(norm.weight_min > 0.0 && norm.weight_min <= flag.weight && flag.weight <= 1.0)) {
    check.fail("pay_norm.weight_min", "needs 0 < weight_min <= weight_max <= 1");
  }
  if (!(norm.days_per_month >= 1.0 && norm.days_per_month <= 31.0)) check.fail("pay_norm.days_per_month", "must be 1 to 31");
  if (!(norm.hours_per_day >= 1.0 && norm.hours_per_day <= 24.0)) check.fail("pay_norm.hours_per_day", "must be 1 to 24");
  if (auto r = n->find("rates_vnd"); r != n->end() && r->is_object()) {
    for (const auto& [code, rate] : r->items()) {
      if (code.size() != 3 || !rate.is_number() || rate.get<double>() <= 0.0) {
        check.fail("pay_norm.rates_vnd." + code, "must be a positive number under a 3-letter currency code");
        continue;
      }
      norm.rates_vnd[code] = rate.get<double>();
    }
  } else {
    check.fail("pay_norm.rates_vnd", "required: an object of rates");
  }
  return norm;
}

Result<json> parse_object(std::string_view text) {
  json doc = json::parse(text, nullptr, false);
  if (doc.is_discarded() || !doc.is_object()) {
    return Error::invalid_field("lexicon", "is not a JSON object");
  }
  return doc;
}

}  // namespace

const std::vector<std::string>& category_names() {
  static const std::vector<std::string> names = {"pay",      "no_skill",        "costs_paid",  "urgency_exit",
                                                 "job_type", "contact_channel", "destination", "terms"};
  return names;
}

const RedFlag* Lexicon::find(std::string_view id) const {
  for (const RedFlag& f : flags) {
    if (f.id == id) {
      return &f;
    }
  }
  return nullptr;
}

size_t Lexicon::phrase_count() const {
  size_t n = 0;
  for (const RedFlag& f : flags) {
    n += f.folded.size();
  }
  return n;
}

Result<Lexicon> parse_lexicon(std::string_view json_text) {
  FL_ASSIGN_OR_RETURN(json doc, parse_object(json_text));
  Lexicon lex;
  Checker check("");
  lex.version = doc.value("version", 0);
  if (auto s = doc.find("sources"); s != doc.end() && s->is_object()) {
    for (const auto& [key, cite] : s->items()) {
      if (cite.is_string()) {
        lex.sources[key] = cite.get<std::string>();
      }
    }
  }
  if (lex.sources.empty()) {
    check.fail("sources", "required: an object of citations");
  }
  lex.pay_norm = read_pay_norm(doc, lex, check);
  auto flags = doc.find("flags");
  if (flags == doc.end() || !flags->is_array() || flags->empty()) {
    check.fail("flags", "required: a non-empty array");
    return check.error();
  }
  std::set<std::string> ids;
  for (size_t i = 0; i < flags->size(); ++i) {
    const std::string path = "flags[" + std::to_string(i) + "]";
    RedFlag f = read_flag((*flags)[i], path, lex, true, check);
    if (!f.id.empty() && !ids.insert(f.id).second) {
      check.fail(path + ".id", "repeats an earlier flag's id");
    }
    lex.flags.push_back(std::move(f));
  }
  if (!check.ok()) {
    return check.error();
  }
  return lex;
}

const Lexicon& builtin_lexicon() {
  static const Lexicon lex = [] {
    auto parsed = parse_lexicon(embedded_red_flags_json());
    // The file is part of the source and checked by the tests; a broken one
    // is a build defect, not a run-time condition.
    return parsed.ok() ? std::move(parsed).value() : Lexicon{};
  }();
  return lex;
}

Result<Lexicon> merge_local_terms(const Lexicon& base, std::string_view local_json) {
  FL_ASSIGN_OR_RETURN(json doc, parse_object(local_json));
  Lexicon out = base;
  Checker check("local.");
  auto flags = doc.find("flags");
  if (flags == doc.end() || !flags->is_array()) {
    check.fail("flags", "required: an array");
    return check.error();
  }
  for (size_t i = 0; i < flags->size(); ++i) {
    const std::string path = "flags[" + std::to_string(i) + "]";
    const json& f = (*flags)[i];
    const std::string id = f.is_object() ? text_of(f, "id") : std::string();
    RedFlag* known = nullptr;
    for (RedFlag& k : out.flags) {
      known = k.id == id ? &k : known;
    }
    RedFlag read = read_flag(f, path, out, known == nullptr, check);
    if (known == nullptr) {
      out.flags.push_back(std::move(read));
      continue;
    }
    if (f.contains("weight")) {
      known->weight = read.weight;
    }
    for (auto& [lang, phrases] : read.phrases) {
      auto& mine = known->phrases[lang];
      mine.insert(mine.end(), phrases.begin(), phrases.end());
    }
    for (std::string& folded : read.folded) {
      if (std::find(known->folded.begin(), known->folded.end(), folded) == known->folded.end()) {
        known->folded.push_back(std::move(folded));
      }
    }
  }
  if (!check.ok()) {
    return check.error();
  }
  return out;
}

}  // namespace frontline::scan
