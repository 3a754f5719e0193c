// frontline_accuracy_bench: how well screening finds the right person (issue
// 5, point 8). From the real names in ../shared/data/names it builds a
// population of persons, indexes it in match::MatchIndex (the real index,
// blocking included), then screens labelled queries: indexed persons written
// as officers write them (exact, without diacritics, order swapped, a middle
// name dropped, one typo, day and month of birth swapped, and two of these
// combined) and distractors — persons NOT indexed who share the surname of
// an indexed person, often the middle name and the year of birth too.
// Reports recall@10, and precision and recall at the alert threshold of
// data/match/scoring.json, per kind and overall, as one JSON document on
// stdout (progress on stderr). Deterministic for a given --seed.
//
// Definitions (docs/benchmarks.md, "Matching accuracy"), per query, with the
// hits of MatchIndex::query(profile, 10) (best first):
//   recall@10      a query of an indexed person whose record is among the hits.
//   alerted        the best hit scores at or above the alert threshold.
//   TP             alerted, and the best hit is the true record — or scores
//                  the same as the true record, which is alerted too (a
//                  namesake the query cannot tell apart).
//   FP             alerted and not TP: the best hit is another person (every
//                  alerted distractor is one).
//   FN             a query of an indexed person that is not TP.
//   precision = TP / (TP + FP) over all queries; recall = TP / queries of
//   indexed persons. "other_alerts" counts alerted hits other than the truth
//   among the ten (what an officer would also have to look at).
//   "alert_set" reads the alerts as a list the officer goes through: found
//   when the true record is among the alerted hits; a false alarm when some
//   hit is alerted but not the true record (every alerted distractor).
//   "distractors_alerted": the share of distractors with an alert.
//
// When the names directory is missing (the project builds and tests without
// ../shared) it prints {"skipped": true, ...} and exits 0.
//
// Usage: frontline_accuracy_bench [--names DIR] [--seed N] [--synthetic N]
//                                 [--per-kind N] [--distractors N] [--examples N] [--examples-per-kind N]
//                                 [--scoring FILE]   (a scoring.json instead of the built-in one)
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <unordered_set>
#include <vector>

#include "match/index.hpp"
#include "util/text.hpp"
#include "bench_util.hpp"

#ifndef FRONTLINE_SOURCE_DIR
#define FRONTLINE_SOURCE_DIR "."
#endif

namespace frontline::bench {
namespace {

using nlohmann::json;
using Rng = std::mt19937_64;

// --- UTF-8 code points ------------------------------------------------------

std::vector<char32_t> decode(const std::string& s) {
  std::vector<char32_t> out;
  for (size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    int n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    char32_t cp = n == 1 ? c : n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
    for (int k = 1; k < n && i + k < s.size(); ++k) {
      cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    }
    out.push_back(cp);
    i += n;
  }
  return out;
}

std::string encode(const std::vector<char32_t>& cps) {
  std::string out;
  for (char32_t cp : cps) {
    if (cp < 0x80) {
      out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
      out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
      out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
      out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
      out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
      out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
      out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
  }
  return out;
}

std::vector<std::string> split(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string t; in >> t;) {
    out.push_back(t);
  }
  return out;
}


// "Nguyễn" -> "Nguyen": what an officer types without diacritics.
std::string undiacritic(const std::string& token) {
  std::string f = text::fold(token);
  if (!f.empty()) {
    f[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(f[0])));
  }
  return f;
}

std::string nfc(const std::string& s) {
  auto r = text::to_nfc(s);
  return r.ok() ? std::move(r).value() : std::string();
}

// --- the population ---------------------------------------------------------

struct Person {
  int64_t id = 0;  // 0 for a distractor (not indexed)
  std::vector<std::string> tokens;  // NFC: family, middle..., given
  domain::Sex sex = domain::Sex::kUnknown;  // the truth (unknown when not inferable)
  int year = 0, month = 0, day = 0;
  bool record_year_only = false;  // the record stores only the year of birth
  bool record_has_sex = false;
  std::string citizen_id;
  std::string phone;
  std::string full() const { return join_words(tokens); }
};

struct NameLists {
  std::vector<std::vector<std::string>> real;  // full names from uit_member.json, tokens
  std::vector<std::vector<std::string>> boy;   // middle + given
  std::vector<std::vector<std::string>> girl;
  std::set<std::string> boy_keys, girl_keys;  // "middle given" folded
};

bool read_lines(const std::filesystem::path& path, std::vector<std::vector<std::string>>& out,
                std::set<std::string>& keys) {
  std::ifstream in(path);
  if (!in) {
    return false;
  }
  for (std::string line; std::getline(in, line);) {
    auto t = split(nfc(line));
    if (t.size() >= 2) {
      keys.insert(text::fold(join_words(t)));
      out.push_back(std::move(t));
    }
  }
  return true;
}

bool load_names(const std::filesystem::path& dir, NameLists& lists, std::string& why) {
  std::ifstream in(dir / "uit_member.json");
  if (!in) {
    why = "cannot read " + (dir / "uit_member.json").string();
    return false;
  }
  json doc = json::parse(in, nullptr, false);
  if (!doc.is_array()) {
    why = "uit_member.json is not a JSON array";
    return false;
  }
  std::set<std::string> seen;
  for (const json& row : doc) {
    if (!row.contains("full_name") || !row["full_name"].is_string()) {
      continue;
    }
    const std::string name = nfc(row["full_name"].get<std::string>());
    auto t = split(name);
    if (t.size() < 2 || !seen.insert(join_words(t)).second) {
      continue;  // one-word entries ("Student") and repeated names
    }
    lists.real.push_back(std::move(t));
  }
  if (!read_lines(dir / "boy.txt", lists.boy, lists.boy_keys) ||
      !read_lines(dir / "girl.txt", lists.girl, lists.girl_keys)) {
    why = "cannot read boy.txt / girl.txt in " + dir.string();
    return false;
  }
  return true;
}

// Văn marks a man, Thị a woman; otherwise the middle + given pair's list.
domain::Sex infer_sex(const std::vector<std::string>& t, const NameLists& lists) {
  for (size_t i = 1; i + 1 < t.size(); ++i) {
    const std::string f = text::fold(t[i]);
    if (f == "van") {
      return domain::Sex::kMale;
    }
    if (f == "thi") {
      return domain::Sex::kFemale;
    }
  }
  if (t.size() >= 3) {
    const std::string key = text::fold(t[t.size() - 2] + " " + t.back());
    const bool boy = lists.boy_keys.count(key) > 0;
    const bool girl = lists.girl_keys.count(key) > 0;
    if (boy != girl) {
      return boy ? domain::Sex::kMale : domain::Sex::kFemale;
    }
  }
  return domain::Sex::kUnknown;
}

int pick(Rng& rng, int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); }
bool chance(Rng& rng, double p) { return std::uniform_real_distribution<double>(0.0, 1.0)(rng) < p; }
template <typename T>
const T& any_of(Rng& rng, const std::vector<T>& v) {
  return v[static_cast<size_t>(pick(rng, 0, static_cast<int>(v.size()) - 1))];
}

void fill_details(Person& p, Rng& rng) {
  p.year = pick(rng, 1960, 2008);
  p.month = pick(rng, 1, 12);
  p.day = pick(rng, 1, 28);
  p.record_year_only = chance(rng, 0.2);
  p.record_has_sex = p.sex != domain::Sex::kUnknown && chance(rng, 0.7);
  if (chance(rng, 0.1)) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "0%02d%d%08d", pick(rng, 1, 96), pick(rng, 0, 3), pick(rng, 0, 99999999));
    p.citizen_id = buf;
  }
  if (chance(rng, 0.1)) {
    p.phone = "09" + std::to_string(pick(rng, 10000000, 99999999));
  }
}

std::string date(int y, int m, int d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

match::PersonRecord record_of(const Person& p) {
  match::PersonRecord r;
  r.full_name = p.full();
  r.date_of_birth = p.record_year_only ? std::to_string(p.year) : date(p.year, p.month, p.day);
  r.sex = p.record_has_sex ? p.sex : domain::Sex::kUnknown;
  r.citizen_id = p.citizen_id;
  r.phone = p.phone;
  return r;
}

// --- queries ----------------------------------------------------------------

enum Op : unsigned {
  kNoDiacritics = 1,
  kOrderSwapped = 2,
  kMiddleDropped = 4,
  kTypo = 8,
  kDobSwapped = 16,
};
constexpr unsigned kSingleOps[] = {kNoDiacritics, kOrderSwapped, kMiddleDropped, kTypo, kDobSwapped};

std::string op_name(unsigned ops) {
  if (ops == 0) {
    return "exact";
  }
  static const std::map<unsigned, std::string> names = {{kNoDiacritics, "no_diacritics"},
                                                        {kOrderSwapped, "order_swapped"},
                                                        {kMiddleDropped, "middle_dropped"},
                                                        {kTypo, "typo"},
                                                        {kDobSwapped, "dob_swapped"}};
  std::string out;
  for (unsigned op : kSingleOps) {
    if ((ops & op) != 0) {
      out += (out.empty() ? "" : "+") + names.at(op);
    }
  }
  return out;
}

bool applicable(const Person& p, unsigned ops) {
  if ((ops & kMiddleDropped) != 0 && p.tokens.size() < 3) {
    return false;
  }
  if ((ops & kDobSwapped) != 0 && (p.day > 12 || p.day == p.month)) {
    return false;
  }
  if ((ops & kTypo) != 0) {
    return std::any_of(p.tokens.begin(), p.tokens.end(), [](const std::string& t) { return decode(t).size() >= 3; });
  }
  return true;
}

// One edit (insert, delete, substitute, transpose) in one token of 3+ letters.
void typo(std::vector<std::string>& tokens, Rng& rng) {
  std::vector<size_t> eligible;
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (decode(tokens[i]).size() >= 3) {
      eligible.push_back(i);
    }
  }
  std::string& token = tokens[any_of(rng, eligible)];
  std::vector<char32_t> cps = decode(token);
  const int n = static_cast<int>(cps.size());
  const auto letter = static_cast<char32_t>('a' + pick(rng, 0, 25));
  switch (pick(rng, 0, 3)) {
    case 0: cps.insert(cps.begin() + pick(rng, 1, n), letter); break;  // never before the capital
    case 1: cps.erase(cps.begin() + pick(rng, 1, n - 1)); break;
    case 2: {
      const int at = pick(rng, 1, n - 1);
      cps[static_cast<size_t>(at)] = cps[static_cast<size_t>(at)] == letter ? U'x' : letter;
      break;
    }
    default: {
      const int at = pick(rng, 1, n - 2);
      std::swap(cps[static_cast<size_t>(at)], cps[static_cast<size_t>(at) + 1]);
      if (cps[static_cast<size_t>(at)] == cps[static_cast<size_t>(at) + 1]) {
        cps.erase(cps.begin() + at);  // equal letters: a deletion instead
      }
      break;
    }
  }
  token = encode(cps);
}

struct Query {
  std::string kind;
  int64_t truth = 0;  // 0: nobody indexed (a distractor)
  match::PersonRecord record;
  std::string fields;  // "name+dob", "name", "name+sex"
};

// The query an officer would type for `p` with the variants `ops`. What is
// entered besides the name: mostly the date of birth (85% of those in full,
// else the year), sometimes nothing, sometimes the sex.
Query make_query(const Person& p, unsigned ops, Rng& rng) {
  Query q;
  q.kind = op_name(ops);
  q.truth = p.id;
  std::vector<std::string> t = p.tokens;
  if ((ops & kMiddleDropped) != 0) {
    t.erase(t.begin() + pick(rng, 1, static_cast<int>(t.size()) - 2));
  }
  if ((ops & kTypo) != 0) {
    typo(t, rng);
  }
  if ((ops & kNoDiacritics) != 0) {
    for (auto& s : t) {
      s = undiacritic(s);
    }
  }
  if ((ops & kOrderSwapped) != 0) {
    std::string given = t.back();
    t.pop_back();
    if (chance(rng, 0.5)) {
      t.insert(t.begin(), given);  // given first: "Mai Nguyễn Thị"
    } else {
      std::string family = t.front();  // western: "Mai Thị Nguyễn"
      t.erase(t.begin());
      t.insert(t.begin(), given);
      t.push_back(family);
    }
  }
  q.record.full_name = join_words(t);
  const int mode = pick(rng, 0, 99);
  if ((ops & kDobSwapped) != 0) {
    q.record.date_of_birth = date(p.year, p.day, p.month);
    q.fields = "name+dob";
  } else if (mode < 70) {
    q.record.date_of_birth = chance(rng, 0.85) ? date(p.year, p.month, p.day) : std::to_string(p.year);
    q.fields = "name+dob";
  } else if (mode < 90 || p.sex == domain::Sex::kUnknown) {
    q.fields = "name";
  } else {
    q.record.sex = p.sex;
    q.fields = "name+sex";
  }
  return q;
}

// --- scoring the queries ----------------------------------------------------

struct Tally {
  int64_t queries = 0;
  int64_t matched = 0;  // queries of indexed persons (the rest are distractors)
  int64_t in_top10 = 0;
  int64_t tp = 0, fp = 0, fn = 0;
  int64_t set_tp = 0, set_fp = 0;  // the alert-set reading (see the head comment)
  int64_t distractor_fp = 0;  // alerted distractors (counted in fp too)
  int64_t other_alerts = 0;
  void add(const Tally& o) {
    queries += o.queries;
    matched += o.matched;
    in_top10 += o.in_top10;
    tp += o.tp;
    fp += o.fp;
    fn += o.fn;
    set_tp += o.set_tp;
    set_fp += o.set_fp;
    distractor_fp += o.distractor_fp;
    other_alerts += o.other_alerts;
  }
};

double ratio(int64_t a, int64_t b) { return b == 0 ? 0.0 : static_cast<double>(a) / static_cast<double>(b); }
double round4(double v) { return std::round(v * 10000.0) / 10000.0; }

json tally_json(const Tally& t) {
  json j = {{"queries", t.queries}, {"of_indexed_persons", t.matched}, {"distractors", t.queries - t.matched},
            {"tp", t.tp}, {"fp", t.fp}, {"fn", t.fn}, {"other_alerts", t.other_alerts}};
  if (t.matched > 0) {
    j["recall_at_10"] = round4(ratio(t.in_top10, t.matched));
    j["precision"] = round4(ratio(t.tp, t.tp + t.fp));
    j["recall"] = round4(ratio(t.tp, t.matched));
    j["alert_set"] = {{"precision", round4(ratio(t.set_tp, t.set_tp + t.set_fp))},
                      {"recall", round4(ratio(t.set_tp, t.matched))}};
  }
  if (t.queries > t.matched) {
    j["distractors_alerted"] = round4(ratio(t.distractor_fp, t.queries - t.matched));
  }
  return j;
}

bool meets_goals(const Tally& t) {
  return ratio(t.in_top10, t.matched) >= 0.99 && ratio(t.tp, t.tp + t.fp) >= 0.95 && ratio(t.tp, t.matched) >= 0.95;
}

struct Options {
  std::filesystem::path names = std::filesystem::path(FRONTLINE_SOURCE_DIR) / ".." / "shared" / "data" / "names";
  uint64_t seed = 42;
  int synthetic = 40000;
  int per_kind = 400;
  int distractors = 3000;
  int examples = 8;
  int examples_per_kind = 2;
  std::string scoring;  // a scoring.json to use instead of the built-in one
};

int run(const Options& opt) {
  const auto started = std::chrono::steady_clock::now();
  NameLists lists;
  std::string why;
  if (!std::filesystem::is_directory(opt.names) || !load_names(opt.names, lists, why)) {
    if (why.empty()) {
      why = "names directory " + opt.names.string() + " not found";
    }
    std::cerr << "accuracy_bench: skipped: " << why << " (the real names live in ../shared/data/names)\n";
    std::cout << json{{"benchmark", "frontline accuracy"}, {"skipped", true}, {"reason", why}}.dump(2) << "\n";
    return 0;
  }
  Rng rng(opt.seed);
  match::ScoringConfig config = match::builtin_scoring_config();
  if (!opt.scoring.empty()) {
    std::ifstream f(opt.scoring);
    std::stringstream text;
    text << f.rdbuf();
    auto loaded = match::load_scoring_config(text.str());
    if (!f || !loaded.ok()) {
      std::cerr << "accuracy_bench: " << opt.scoring << ": "
                << (loaded.ok() ? std::string("cannot read") : loaded.error().message) << "\n";
      return 2;
    }
    config = std::move(loaded).value();
  }

  // Family names weighted as in the real list (synthetic persons draw from it).
  std::vector<std::string> families;
  for (const auto& t : lists.real) {
    families.push_back(t.front());
  }
  std::vector<Person> people;
  int64_t next_id = 1;
  for (const auto& t : lists.real) {
    Person p;
    p.id = next_id++;
    p.tokens = t;
    p.sex = infer_sex(t, lists);
    fill_details(p, rng);
    people.push_back(std::move(p));
  }
  for (int i = 0; i < opt.synthetic; ++i) {
    Person p;
    p.id = next_id++;
    const bool boy = chance(rng, 0.5);
    p.tokens = {any_of(rng, families)};
    const auto& mg = any_of(rng, boy ? lists.boy : lists.girl);
    p.tokens.insert(p.tokens.end(), mg.begin(), mg.end());
    p.sex = boy ? domain::Sex::kMale : domain::Sex::kFemale;
    fill_details(p, rng);
    people.push_back(std::move(p));
  }
  std::unordered_set<std::string> indexed_names, indexed_folded;
  match::MatchIndex index(match::IndexOptions{}, config);
  for (const Person& p : people) {
    match::IndexedRecord r;
    r.key = {match::SourceKind::kCasePerson, p.id};
    r.profile = match::build_profile(record_of(p));
    r.display_name = p.full();
    index.upsert(std::move(r));
    indexed_names.insert(p.full());
    indexed_folded.insert(text::fold(p.full()));
  }
  std::cerr << "accuracy_bench: indexed " << people.size() << " persons (" << lists.real.size() << " real names, "
            << opt.synthetic << " synthetic)\n";

  // The labelled queries: every single variant and every pair of them.
  std::vector<unsigned> kinds = {0};
  for (unsigned a : kSingleOps) {
    kinds.push_back(a);
  }
  for (size_t i = 0; i < std::size(kSingleOps); ++i) {
    for (size_t j = i + 1; j < std::size(kSingleOps); ++j) {
      kinds.push_back(kSingleOps[i] | kSingleOps[j]);
    }
  }
  std::vector<Query> queries;
  for (unsigned ops : kinds) {
    // The pairs share the budget of one kind: combinations weigh as much as a single variant.
    const int n = ops != 0 && (ops & (ops - 1)) != 0 ? std::max(opt.per_kind / 4, 1) : opt.per_kind;
    for (int made = 0; made < n;) {
      const Person& p = any_of(rng, people);
      if (!applicable(p, ops)) {
        continue;
      }
      queries.push_back(make_query(p, ops, rng));
      ++made;
    }
  }
  // Distractors: not indexed, the surname of an indexed person, often the
  // middle name (60%) and the year of birth (60%) too, a given name of the
  // same sex from the name lists. With diacritics, or (30%) without: then
  // no indexed name may fold alike (the query could not tell them apart).
  for (int made = 0; made < opt.distractors;) {
    const Person& base = any_of(rng, people);
    Person d;
    const bool boy = base.sex == domain::Sex::kUnknown ? chance(rng, 0.5) : base.sex == domain::Sex::kMale;
    const auto& mg = any_of(rng, boy ? lists.boy : lists.girl);
    d.tokens = {base.tokens.front()};
    if (base.tokens.size() >= 3 && chance(rng, 0.6)) {
      d.tokens.insert(d.tokens.end(), base.tokens.begin() + 1, base.tokens.end() - 1);
    } else {
      d.tokens.insert(d.tokens.end(), mg.begin(), mg.end() - 1);
    }
    d.tokens.push_back(mg.back());
    d.sex = boy ? domain::Sex::kMale : domain::Sex::kFemale;
    fill_details(d, rng);
    if (chance(rng, 0.6)) {
      d.year = base.year;
    }
    const bool plain = chance(rng, 0.3);
    if (indexed_names.count(d.full()) > 0 || (plain && indexed_folded.count(text::fold(d.full())) > 0)) {
      continue;
    }
    Query q = make_query(d, plain ? unsigned{kNoDiacritics} : 0U, rng);
    q.kind = plain ? "distractor_no_diacritics" : "distractor";
    queries.push_back(std::move(q));
    ++made;
  }
  std::cerr << "accuracy_bench: " << queries.size() << " queries\n";

  std::map<std::string, Tally> by_kind;
  std::map<std::string, Tally> by_fields;
  json fp_examples = json::array();
  json fn_examples = json::array();
  std::map<std::string, int> shown_by_kind;
  for (const Query& q : queries) {
    const match::MatchProfile profile = match::build_profile(q.record);
    const auto hits = index.query(profile, 10);
    Tally t;
    t.queries = 1;
    const match::IndexHit* truth = nullptr;
    for (const auto& h : hits) {
      if (q.truth != 0 && h.record.key.id == q.truth) {
        truth = &h;
      } else if (h.score.alert) {
        ++t.other_alerts;
      }
    }
    const bool alerted = !hits.empty() && hits.front().score.alert;
    const bool tp = alerted && truth != nullptr && truth->score.alert &&
                    std::abs(truth->score.score - hits.front().score.score) < 1e-9;
    t.matched = q.truth != 0 ? 1 : 0;
    t.in_top10 = truth != nullptr ? 1 : 0;
    t.tp = tp ? 1 : 0;
    t.fp = alerted && !tp ? 1 : 0;
    t.fn = q.truth != 0 && !tp ? 1 : 0;
    t.distractor_fp = q.truth == 0 && alerted ? 1 : 0;
    t.set_tp = truth != nullptr && truth->score.alert ? 1 : 0;
    t.set_fp = alerted && t.set_tp == 0 ? 1 : 0;
    by_kind[q.kind].add(t);
    by_fields[q.fields].add(t);
    auto example = [&](const match::IndexHit* hit) {
      json e = {{"kind", q.kind}, {"query", q.record.full_name}, {"query_dob", q.record.date_of_birth}};
      if (hit != nullptr) {
        e["hit"] = hit->record.display_name;
        e["hit_score"] = round4(hit->score.score);
        e["hit_name_detail"] = hit->score.fields.front().detail;
      }
      if (truth != nullptr) {
        e["truth_score"] = round4(truth->score.score);
      }
      return e;
    };
    // At most `examples` of each, no more than `examples_per_kind` of one kind.
    int& shown = shown_by_kind[q.kind];
    const bool room = shown < opt.examples_per_kind;
    if (t.fp != 0 && static_cast<int>(fp_examples.size()) < opt.examples && room) {
      fp_examples.push_back(example(&hits.front()));
      ++shown;
    } else if (t.fn != 0 && t.fp == 0 && static_cast<int>(fn_examples.size()) < opt.examples && room) {
      fn_examples.push_back(example(truth));
      ++shown;
    }
  }

  Tally all;
  json kinds_json = json::object();
  for (const auto& [kind, t] : by_kind) {
    all.add(t);
    kinds_json[kind] = tally_json(t);
  }
  json fields_json = json::object();
  for (const auto& [f, t] : by_fields) {
    fields_json[f] = tally_json(t);
  }
  const double recall10 = ratio(all.in_top10, all.matched);
  const double precision = ratio(all.tp, all.tp + all.fp);
  const double recall = ratio(all.tp, all.matched);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  json out = {
      {"benchmark", "frontline accuracy"},
      {"skipped", false},
      {"seed", opt.seed},
      {"alert_threshold", config.alert},
      {"population", {{"persons", people.size()}, {"real_names", lists.real.size()}, {"synthetic", opt.synthetic}}},
      {"queries", {{"of_indexed_persons", all.matched}, {"distractors", all.queries - all.matched}}},
      {"overall", tally_json(all)},
      {"goals", {{"recall_at_10", 0.99}, {"precision", 0.95}, {"recall", 0.95}}},
      {"pass", recall10 >= 0.99 && precision >= 0.95 && recall >= 0.95},
      // The same goals over the queries that carry a date of birth (most of them).
      {"pass_name_and_date_of_birth", meets_goals(by_fields["name+dob"])},
      {"by_kind", kinds_json},
      {"by_query_fields", fields_json},
      {"false_positive_examples", fp_examples},
      {"missed_examples", fn_examples},
      {"seconds", std::round(seconds * 10.0) / 10.0},
  };
  std::cout << out.dump(2) << "\n";
  return 0;
}

}  // namespace
}  // namespace frontline::bench

int main(int argc, char** argv) {
  frontline::bench::Options opt;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) {
        std::cerr << "accuracy_bench: " << arg << " needs a value\n";
        std::exit(2);
      }
      return argv[++i];
    };
    try {
      if (arg == "--names") {
        opt.names = value();
      } else if (arg == "--seed") {
        opt.seed = std::stoull(value());
      } else if (arg == "--synthetic") {
        opt.synthetic = std::stoi(value());
      } else if (arg == "--per-kind") {
        opt.per_kind = std::stoi(value());
      } else if (arg == "--distractors") {
        opt.distractors = std::stoi(value());
      } else if (arg == "--scoring") {
        opt.scoring = value();
      } else if (arg == "--examples-per-kind") {
        opt.examples_per_kind = std::stoi(value());
      } else if (arg == "--examples") {
        opt.examples = std::stoi(value());
      } else {
        std::cerr << "usage: frontline_accuracy_bench [--names DIR] [--seed N] [--synthetic N] [--per-kind N]"
                     " [--distractors N] [--examples N] [--examples-per-kind N] [--scoring FILE]\n";
        return 2;
      }
    } catch (const std::exception&) {
      std::cerr << "accuracy_bench: bad value for " << arg << "\n";
      return 2;
    }
  }
  if (opt.synthetic < 0 || opt.per_kind < 1 || opt.distractors < 0) {
    std::cerr << "accuracy_bench: counts must be positive\n";
    return 2;
  }
  return frontline::bench::run(opt);
}
