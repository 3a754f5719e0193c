// frontline_scan_bench (issue 6, point 6): throughput of the online-
// recruitment scanner on one core over a generated corpus of posts (one per
// line, ≥ 200 MB by default), side by side in the same run with ripgrep
// searching the same phrases, and the two multi-pattern engines considered
// (Hyperscan, RE2::Set) on the same folded text. Prints one JSON document.
//
// Usage: frontline_scan_bench --dir DIR [--mb 256] [--runs 3] [--seed 7] [--rg rg] [--keep-corpus 1]
// The corpus is written to DIR/corpus.txt for ripgrep and removed at the end
// (kept with --keep-corpus 1).
#include <hs/hs.h>
#include <re2/re2.h>
#include <re2/set.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <random>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "bench_util.hpp"
#include "scan/fold_map.hpp"
#include "scan/model.hpp"
#include "scan/patterns.hpp"
#include "scan/scanner.hpp"
#include "util/text.hpp"

namespace {

using namespace frontline;
using nlohmann::json;

const std::vector<std::string> kViFiller = {
    "Công ty chúng tôi cần tuyển gấp nhân viên cho chi nhánh mới.",
    "Môi trường làm việc trẻ trung, năng động, đồng nghiệp thân thiện.",
    "Ứng viên vui lòng gửi hồ sơ trước ngày 30 tháng này.",
    "Làm việc từ thứ Hai đến thứ Bảy, nghỉ Chủ nhật.",
    "Có chỗ để xe miễn phí, gần trung tâm thành phố.",
    "Ưu tiên người ở gần khu vực Bắc Ninh, Bắc Giang.",
    "Đóng bảo hiểm xã hội đầy đủ theo quy định của pháp luật.",
    "Phỏng vấn trực tiếp tại văn phòng, mang theo căn cước công dân.",
    "Hôm nay trời mưa to, anh em đi đường cẩn thận nhé.",
    "Nhà mình còn phòng trọ cho thuê, giá sinh viên, có máy giặt.",
    "Cần thanh lý xe máy Wave đời cũ, máy êm, giấy tờ đầy đủ.",
    "Quán cơm Bà Ba tuyển phụ bếp và nhân viên rửa bát ca tối.",
    "Xưởng may ở Bình Dương tuyển công nhân may công nghiệp, có hợp đồng.",
    "Chương trình xuất khẩu lao động Nhật Bản qua công ty có giấy phép.",
    "Mọi người cho em hỏi thủ tục làm hộ chiếu mất bao lâu ạ?",
    "Cảnh báo: công an tỉnh khuyến cáo người dân cảnh giác với tin tuyển dụng trên mạng.",
};
const std::vector<std::string> kEnFiller = {
    "We are hiring for our new branch office downtown.",
    "Friendly team, modern office, training provided for new staff.",
    "Please send your CV before the end of the month.",
    "Part-time and full-time positions are available.",
    "Looking for a roommate near the university, quiet area.",
    "Selling a used laptop in good condition, price negotiable.",
};

// Deterministic posts: about one in five built from red-flag phrases,
// amounts and contacts; the rest ordinary; a third without diacritics.
class Corpus {
 public:
  Corpus(const scan::Lexicon& lex, uint32_t seed) : rng_(seed) {
    for (const auto& f : lex.flags) {
      for (const auto& [lang, phrases] : f.phrases) {
        if (lang != "zh") flags_.insert(flags_.end(), phrases.begin(), phrases.end());
      }
    }
  }

  std::string post() {
    std::string p;
    const bool risky = pick(5) == 0;
    const int sentences = 3 + pick(5);
    for (int i = 0; i < sentences; ++i) {
      p += (pick(4) == 0 ? kEnFiller[pick(kEnFiller.size())] : kViFiller[pick(kViFiller.size())]) + " ";
      if (risky && pick(2) == 0) p += capitalized(flags_[pick(flags_.size())]) + "! ";
    }
    if (risky) {
      p += "Lương " + std::to_string(800 + 100 * pick(20)) + "$/tháng, thưởng " + std::to_string(200 + 100 * pick(8)) +
           "k/ngày. Liên hệ Zalo " + mobile() + " hoặc tele @hr_" + digits(4) + ", t.me/viec" + digits(3) + ". ";
      if (pick(3) == 0) p += "Cọc giữ chỗ chuyển vào STK " + digits(12) + " Vietcombank. ";
    } else if (pick(3) == 0) {
      p += "Lương " + std::to_string(6 + pick(6)) + " triệu/tháng. Hotline " + mobile() + ". ";
    }
    if (pick(3) == 0) p = text::fold(p);  // typed without diacritics
    return p;
  }

 private:
  size_t pick(size_t n) { return std::uniform_int_distribution<size_t>(0, n - 1)(rng_); }
  // A Vietnamese mobile number as people write it.
  std::string mobile() {
    static const std::vector<std::string> prefixes = {"090", "091", "093", "094", "096", "097", "098", "086", "032",
                                                      "035", "038", "070", "077", "079", "081", "083", "085", "056"};
    const std::string d = prefixes[pick(prefixes.size())] + digits(7);
    switch (pick(3)) {
      case 0: return d;
      case 1: return d.substr(0, 4) + " " + d.substr(4, 3) + " " + d.substr(7);
      default: return d.substr(0, 4) + "." + d.substr(4, 3) + "." + d.substr(7);
    }
  }
  std::string digits(int n) {
    std::string s;
    for (int i = 0; i < n; ++i) s += static_cast<char>('0' + pick(10));
    return s;
  }
  static std::string capitalized(std::string s) {
    if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
    return s;
  }
  std::mt19937 rng_;
  std::vector<std::string> flags_;
};

struct Runs {
  std::vector<double> mb_s;
  json summary() const {
    return {{"mb_s_median", std::round(bench::percentile(mb_s, 0.5) * 10) / 10},
            {"mb_s_min", std::round(bench::percentile(mb_s, 0.0) * 10) / 10},
            {"mb_s_max", std::round(bench::percentile(mb_s, 1.0) * 10) / 10},
            {"runs", mb_s.size()}};
  }
};

std::vector<std::string_view> lines_of(const std::string& corpus) {
  std::vector<std::string_view> out;
  size_t at = 0;
  while (at < corpus.size()) {
    size_t nl = corpus.find('\n', at);
    if (nl == std::string::npos) nl = corpus.size();
    out.emplace_back(corpus.data() + at, nl - at);
    at = nl + 1;
  }
  return out;
}

// The scanner's phrases alone, over the word text, in one engine or the other.
json engines(const std::vector<std::string>& folded_posts, size_t bytes, int runs) {
  const std::vector<std::string> exprs = scan::build_patterns(scan::builtin_lexicon()).phrases.expressions;
  std::vector<const char*> cexprs;
  std::vector<unsigned> ids, flags(exprs.size(), 0);
  for (size_t i = 0; i < exprs.size(); ++i) {
    cexprs.push_back(exprs[i].c_str());
    ids.push_back(static_cast<unsigned>(i));
  }
  hs_database_t* db = nullptr;
  hs_compile_error_t* err = nullptr;
  hs_compile_multi(cexprs.data(), flags.data(), ids.data(), static_cast<unsigned>(exprs.size()), HS_MODE_BLOCK, nullptr,
                   &db, &err);
  hs_scratch_t* scratch = nullptr;
  hs_alloc_scratch(db, &scratch);
  RE2::Options opt;
  opt.set_max_mem(int64_t{1} << 30);
  RE2::Set set(opt, RE2::UNANCHORED);
  for (const auto& e : exprs) set.Add(e, nullptr);
  const bool re2_ok = set.Compile();

  Runs hs, re2;
  size_t hs_hits = 0, re2_hits = 0;
  for (int r = 0; r < runs; ++r) {
    auto t0 = std::chrono::steady_clock::now();
    size_t hits = 0;
    for (const auto& p : folded_posts) {
      hs_scan(db, p.data(), static_cast<unsigned>(p.size()), 0, scratch,
              [](unsigned, unsigned long long, unsigned long long, unsigned, void* ctx) {
                ++*static_cast<size_t*>(ctx);
                return 0;
              },
              &hits);
    }
    hs.mb_s.push_back(bytes / 1e6 / bench::seconds_since(t0));
    hs_hits = hits;
    if (re2_ok) {
      t0 = std::chrono::steady_clock::now();
      std::vector<int> m;
      hits = 0;
      for (const auto& p : folded_posts) {
        if (set.Match(p, &m)) hits += m.size();
      }
      re2.mb_s.push_back(bytes / 1e6 / bench::seconds_since(t0));
      re2_hits = hits;
    }
  }
  hs_free_scratch(scratch);
  hs_free_database(db);
  json out = {{"patterns", exprs.size()},
              {"folded_mb", std::round(bytes / 1e5) / 10},
              {"hyperscan", hs.summary()},
              {"re2_set", re2.summary()}};
  out["hyperscan"]["matches"] = hs_hits;                // every end of every phrase
  out["re2_set"]["posts_patterns_matched"] = re2_hits;  // RE2::Set tells which patterns, not where
  out["re2_set"]["compiled"] = re2_ok;
  return out;
}

json ripgrep(const std::string& rg, const std::filesystem::path& dir, const std::filesystem::path& corpus,
             size_t bytes, int runs) {
  // The same phrases as written and folded, as fixed strings, ignoring case.
  std::set<std::string> phrases;
  for (const auto& f : scan::builtin_lexicon().flags) {
    for (const auto& [lang, list] : f.phrases) phrases.insert(list.begin(), list.end());
    phrases.insert(f.folded.begin(), f.folded.end());
  }
  const auto pats = dir / "rg-patterns.txt";
  {
    std::ofstream out(pats);
    for (const auto& p : phrases) out << p << '\n';
  }
  std::string version;
  if (FILE* v = popen((rg + " --version 2>/dev/null").c_str(), "r")) {
    char buf[256];
    if (fgets(buf, sizeof buf, v)) version = buf;
    pclose(v);
  }
  while (!version.empty() && (version.back() == '\n' || version.back() == '\r')) version.pop_back();
  if (version.empty()) return {{"available", false}};
  const std::string cmd = rg + " --no-config --threads 1 -F -i --count-matches -f '" + pats.string() + "' '" +
                          corpus.string() + "' > '" + (dir / "rg-out.txt").string() + "'";
  Runs r;
  for (int i = 0; i < runs; ++i) {
    auto t0 = std::chrono::steady_clock::now();
    if (std::system(cmd.c_str()) != 0) return {{"available", false}, {"error", "rg failed"}};
    r.mb_s.push_back(bytes / 1e6 / bench::seconds_since(t0));
  }
  std::ifstream in(dir / "rg-out.txt");
  long long matches = 0;
  in >> matches;
  json out = r.summary();
  out["available"] = true;
  out["version"] = version;
  out["patterns"] = phrases.size();
  out["matches"] = matches;
  out["command"] = "rg --no-config --threads 1 -F -i --count-matches -f PATTERNS CORPUS";
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  std::filesystem::path dir;
  size_t mb = 256;
  int runs = 3;
  uint32_t seed = 7;
  std::string rg = "rg";
  bool keep = false;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string k = argv[i], v = argv[i + 1];
    if (k == "--dir") dir = v;
    else if (k == "--mb") mb = std::stoul(v);
    else if (k == "--runs") runs = std::stoi(v);
    else if (k == "--seed") seed = static_cast<uint32_t>(std::stoul(v));
    else if (k == "--rg") rg = v;
    else if (k == "--keep-corpus") keep = v == "1";
  }
  if (dir.empty()) {
    std::cerr << "usage: frontline_scan_bench --dir DIR [--mb 256] [--runs 3] [--seed 7] [--rg rg]\n";
    return 2;
  }
  std::filesystem::create_directories(dir);
  auto built = scan::Scanner::build(scan::builtin_lexicon());
  if (!built.ok()) {
    std::cerr << built.error().message << "\n";
    return 1;
  }
  const scan::Scanner& scanner = **built;

  auto t0 = std::chrono::steady_clock::now();
  Corpus gen(scanner.lexicon(), seed);
  std::string corpus;
  corpus.reserve(mb * 1000000 + 4096);
  size_t posts = 0;
  while (corpus.size() < mb * 1000000) {
    corpus += gen.post();
    corpus += '\n';
    ++posts;
  }
  const auto corpus_file = dir / "corpus.txt";
  std::ofstream(corpus_file, std::ios::binary) << corpus;
  const double gen_s = bench::seconds_since(t0);
  std::cerr << "scan bench: " << posts << " posts, " << corpus.size() / 1000000 << " MB generated in " << gen_s << " s\n";
  const std::vector<std::string_view> lines = lines_of(corpus);

  // The scanner, whole: fold, match, amounts, pay rule, identifiers, score;
  // then the same with the learned model's probability as well.
  struct Tally {
    size_t high = 0, flagged = 0, ids = 0, amounts = 0, errors = 0;
  };
  auto run_scanner = [&](const scan::Scanner& s, Runs& runs_out, Tally& t, const char* name) {
    for (int r = 0; r < runs; ++r) {
      t = Tally{};
      const auto started = std::chrono::steady_clock::now();
      for (std::string_view line : lines) {
        auto res = s.scan(line);
        if (!res.ok()) {
          ++t.errors;
          continue;
        }
        t.high += res->level == scan::RiskLevel::kHigh;
        t.flagged += !res->flags.empty();
        t.ids += res->identifiers.size();
        t.amounts += res->amounts.size();
      }
      runs_out.mb_s.push_back(corpus.size() / 1e6 / bench::seconds_since(started));
      std::cerr << "scan bench: " << name << " run " << r + 1 << ": " << runs_out.mb_s.back() << " MB/s\n";
    }
  };
  Runs full, with_model, fold_only;
  Tally tally, model_tally;
  run_scanner(scanner, full, tally, "scanner");
  auto modelled = scan::Scanner::build(scan::builtin_lexicon(), &scan::builtin_model());
  if (!modelled.ok()) return 1;
  run_scanner(**modelled, with_model, model_tally, "scanner with the model");
  for (int r = 0; r < runs; ++r) {
    const auto started = std::chrono::steady_clock::now();
    scan::FoldedText f;
    size_t folded_bytes = 0;
    for (std::string_view line : lines) {
      scan::fold_with_map(line, f);
      folded_bytes += f.text.size();
    }
    fold_only.mb_s.push_back(corpus.size() / 1e6 / bench::seconds_since(started));
    if (folded_bytes == 0) return 1;
  }

  // The engines, on the word text of the first 64 MB.
  std::vector<std::string> folded;
  size_t folded_bytes = 0, source_bytes = 0;
  scan::FoldedText f;
  for (std::string_view line : lines) {
    if (source_bytes >= 64000000) break;
    scan::fold_with_map(line, f);
    folded.emplace_back(f.words);
    folded_bytes += f.words.size();
    source_bytes += line.size() + 1;
  }
  std::cerr << "scan bench: engines on " << folded_bytes / 1000000 << " MB of folded text\n";
  json engine = engines(folded, folded_bytes, runs);
  std::cerr << "scan bench: ripgrep\n";
  json rgj = ripgrep(rg, dir, corpus_file, corpus.size(), runs);
  if (!keep) std::filesystem::remove(corpus_file);

  json doc;
  doc["corpus"] = {{"posts", posts}, {"mb", std::round(corpus.size() / 1e5) / 10}, {"seed", seed},
                   {"mean_post_bytes", corpus.size() / std::max<size_t>(posts, 1)},
                   {"generated_s", std::round(gen_s * 10) / 10}};
  doc["scanner"] = full.summary();
  doc["scanner"]["what"] = "fold with offsets, one Hyperscan pass, phrases with spans, amounts, pay rule, identifiers (libphonenumber), score";
  doc["scanner"]["posts_high"] = tally.high;
  doc["scanner"]["posts_flagged"] = tally.flagged;
  doc["scanner"]["identifiers"] = tally.ids;
  doc["scanner"]["amounts"] = tally.amounts;
  doc["scanner"]["errors"] = tally.errors;
  doc["scanner_with_model"] = with_model.summary();
  doc["scanner_with_model"]["what"] = "the same, and the learned model's probability (hashed n-grams) combined into the risk";
  doc["scanner_with_model"]["posts_high"] = model_tally.high;
  doc["fold_only"] = fold_only.summary();
  doc["engines"] = engine;
  doc["ripgrep"] = rgj;
  const double med = bench::percentile(full.mb_s, 0.5);
  doc["goal"] = {{"mb_s", 200},
                 {"met", med >= 200.0},
                 {"not_slower_than_ripgrep", rgj.value("available", false) && med >= rgj.value("mb_s_median", 0.0)}};
  std::cout << doc.dump(2) << "\n";
  return 0;
}
