// `frontline scan`: red flags, amounts and identifiers of one text or of a
// file of many (a text per line, a CSV column, a JSON Lines field), written
// as JSON Lines or CSV in input order, in parallel. A bad row is an item
// with an error; the run goes on (issue 6, points 5 and 7). docs/scan.md.
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <memory>
#include <optional>
#include <thread>

#include "app/data_dir.hpp"
#include "cli/commands.hpp"
#include "http/scan_json.hpp"
#include "scan/batch.hpp"
#include "scan/holder.hpp"
#include "scan/result_json.hpp"
#include "service/graph_index.hpp"
#include "service/scan_service.hpp"
#include "service/watchlist_identifiers.hpp"
#include "util/csv.hpp"

namespace frontline::cli {
namespace {

struct ScanOptions {
  std::string input;
  std::string text;
  std::string format;
  std::string field = "text";
  std::string out = "jsonl";
  std::string output;
  std::string lang = "vi";
  std::string terms;
  unsigned threads = std::max(1u, std::thread::hardware_concurrency());
  double min_risk = 0.0;
  std::string data;
  bool no_model = false;
  std::string model;
};

constexpr size_t kChunk = 8192;  // items read, scanned in parallel, then written in order
constexpr size_t kSlice = 256;   // items a worker takes at once (one ScanService call with --data)

std::string describe(const Error& e) {
  if (e.fields.empty()) return e.message;
  std::string out;
  for (const auto& [field, reason] : e.fields) out += (out.empty() ? "" : "; ") + field + ": " + reason;
  return out;
}

std::string joined(const nlohmann::json& list, const char* a, const char* b = nullptr) {
  std::string out;
  for (const auto& x : list) {
    out += (out.empty() ? "" : "; ") + x[a].get<std::string>() + (b ? ":" + x[b].get<std::string>() : "");
  }
  return out;
}

struct Tally {
  size_t high = 0, medium = 0, low = 0, errors = 0, written = 0;
};

// One item's answer: its scan (with what is known of each identifier when a
// data directory was given), or why it was not scanned.
struct Answer {
  std::optional<scan::ScanResult> result;
  std::string explanation;
  std::vector<nlohmann::json> known;  // parallel to result->identifiers; empty without --data
  std::string error;
};

// Scans items [from, to): alone, or through the data directory's ScanService
// (the link graph and flagged lists; audited as the system).
void answer(const std::vector<scan::BatchItem>& items, size_t from, size_t to, const scan::Scanner& scanner,
            service::ScanService* known, const ScanOptions& o, std::vector<Answer>& out) {
  if (known == nullptr) {
    for (size_t i = from; i < to; ++i) {
      Answer& a = out[i];
      if (!items[i].error.empty()) {
        a.error = items[i].error;
        continue;
      }
      auto r = scanner.scan(items[i].text);
      if (!r.ok()) {
        a.error = describe(r.error());
        continue;
      }
      a.explanation = scanner.explain(*r, o.lang);
      a.result = std::move(r).value();
    }
    return;
  }
  std::vector<std::string> texts;
  std::vector<size_t> at;
  for (size_t i = from; i < to; ++i) {
    if (items[i].error.empty()) {
      texts.push_back(items[i].text);
      at.push_back(i);
    } else {
      out[i].error = items[i].error;
    }
  }
  if (texts.empty()) return;
  auto scanned = known->scan(service::Principal::system(), texts, o.lang);
  for (size_t k = 0; k < at.size(); ++k) {
    Answer& a = out[at[k]];
    if (!scanned.ok()) {
      a.error = describe(scanned.error());
      continue;
    }
    service::ScanItem& s = (*scanned)[k];
    if (!s.result) {
      a.error = s.error ? describe(*s.error) : "not scanned";
      continue;
    }
    a.result = std::move(s.result);
    a.explanation = std::move(s.explanation);
    for (const auto& kn : s.known) a.known.push_back(http::known_json(kn));
  }
}

// One output line (JSON Lines) or record (CSV); empty when under --min-risk.
std::string render(const scan::BatchItem& item, const Answer& a, const ScanOptions& o, Tally& tally) {
  nlohmann::json j = {{"item", item.item}};
  if (!item.id.empty()) j["id"] = item.id;
  if (a.result) {
    const scan::ScanResult& r = *a.result;
    (r.level == scan::RiskLevel::kHigh ? tally.high : r.level == scan::RiskLevel::kMedium ? tally.medium : tally.low)++;
    if (r.risk < o.min_risk) return {};
    j["ok"] = true;
    j.update(scan::result_json(r, item.text, o.lang, a.explanation));
    for (size_t i = 0; i < a.known.size() && i < j["identifiers"].size(); ++i) j["identifiers"][i]["known"] = a.known[i];
  } else {
    ++tally.errors;
    j["ok"] = false;
    j["error"] = a.error;
  }
  ++tally.written;
  if (o.out == "jsonl") return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
  if (!a.result) {
    return csv::record({std::to_string(item.item), item.id, "false", "", "", "", "", "", "", "", a.error});
  }
  char risk[16];
  std::snprintf(risk, sizeof risk, "%.3f", j["risk"].get<double>());
  std::string known;
  for (const auto& id : j["identifiers"]) {
    if (id.contains("known") && (!id["known"]["cases"].empty() || !id["known"]["watchlist"].empty())) {
      known += (known.empty() ? "" : "; ") + id["kind"].get<std::string>() + ":" + id["key"].get<std::string>();
    }
  }
  return csv::record({std::to_string(item.item), item.id, "true", risk, j["level"].get<std::string>(),
                      joined(j["flags"], "id"), joined(j["amounts"], "text"), joined(j["identifiers"], "kind", "key"),
                      known, j["explanation"].get<std::string>(), ""});
}

Status run_scan(const ScanOptions& o) {
  if (o.out != "jsonl" && o.out != "csv") return Error::invalid_field("out", "must be jsonl or csv");
  if (o.lang != "vi" && o.lang != "en") return Error::invalid_field("lang", "must be vi or en");
  if (o.text.empty() == o.input.empty()) return Error::invalid_field("input", "give a file (or - for standard input) or --text");
  std::string content = o.text;
  if (!o.input.empty()) {
    if (o.input == "-") {
      content.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    } else {
      FL_ASSIGN_OR_RETURN(content, read_input_file(o.input));
    }
  }
  scan::BatchOptions batch;
  batch.field = o.field;
  batch.format = o.input.empty() || o.input == "-" ? scan::InputFormat::kText : scan::format_of_path(o.input);
  if (!o.format.empty()) {
    auto f = scan::parse_input_format(o.format);
    if (!f) return Error::invalid_field("format", "must be text, lines, csv or jsonl");
    batch.format = *f;
  }
  FL_ASSIGN_OR_RETURN(std::vector<scan::BatchItem> items, scan::read_batch(content, batch));
  std::optional<scan::TextModel> loaded;
  const scan::TextModel* model = o.no_model ? nullptr : &scan::builtin_model();
  if (!o.model.empty() && !o.no_model) {
    FL_ASSIGN_OR_RETURN(loaded, scan::TextModel::load(o.model));
    model = &*loaded;
  }
  FL_ASSIGN_OR_RETURN(auto holder, scan::ScannerHolder::open(o.terms, model));
  const auto scanner = holder->current();

  // With a data directory: identifiers checked against the link graph and
  // the flagged lists (the command acts as the system, audited as such).
  std::optional<app::DataDir> dir;
  std::unique_ptr<service::GraphIndex> graph;
  std::unique_ptr<service::WatchlistIdentifiers> flagged;
  std::unique_ptr<service::ScanService> known;
  SystemClock clock;
  if (!o.data.empty()) {
    FL_ASSIGN_OR_RETURN(dir, app::open_data_dir(o.data, app::Create::kNever));
    graph = std::make_unique<service::GraphIndex>(*dir->store);
    flagged = std::make_unique<service::WatchlistIdentifiers>(*dir->store, clock);
    FL_TRY(discard_value(graph->rebuild()));
    FL_TRY(discard_value(flagged->rebuild()));
    known = std::make_unique<service::ScanService>(*dir->store, clock, scanner, *graph, *flagged);
  }

  std::ofstream file;
  if (!o.output.empty() && o.output != "-") {
    file.open(o.output, std::ios::binary | std::ios::trunc);
    if (!file) return Error::invalid_field("output", "cannot write " + o.output);
  }
  std::ostream& out = file.is_open() ? static_cast<std::ostream&>(file) : std::cout;
  if (o.out == "csv") {
    out << csv::record(
        {"item", "id", "ok", "risk", "level", "flags", "amounts", "identifiers", "known", "explanation", "error"});
  }
  const auto t0 = std::chrono::steady_clock::now();
  Tally total;
  std::vector<Answer> answers(items.size());
  for (size_t from = 0; from < items.size(); from += kChunk) {
    const size_t n = std::min(kChunk, items.size() - from);
    std::vector<std::string> lines(n);
    std::vector<Tally> tallies(o.threads);
    std::atomic<size_t> next{0};
    std::vector<std::thread> workers;
    for (unsigned w = 0; w < o.threads; ++w) {
      workers.emplace_back([&, w] {
        for (size_t slice = next.fetch_add(kSlice); slice < n; slice = next.fetch_add(kSlice)) {
          const size_t end = std::min(n, slice + kSlice);
          answer(items, from + slice, from + end, *scanner, known.get(), o, answers);
          for (size_t i = slice; i < end; ++i) {
            lines[i] = render(items[from + i], answers[from + i], o, tallies[w]);
            answers[from + i] = Answer{};  // done with it
          }
        }
      });
    }
    for (auto& t : workers) t.join();
    for (const std::string& l : lines) out << l;
    for (const Tally& t : tallies) {
      total.high += t.high, total.medium += t.medium, total.low += t.low, total.errors += t.errors, total.written += t.written;
    }
  }
  out.flush();
  const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  std::cerr << "scanned " << items.size() << " texts in " << secs << " s: " << total.high << " high, " << total.medium
            << " medium, " << total.low << " low, " << total.errors << " not scanned (errors in the output); "
            << total.written << " written\n";
  return {};
}

}  // namespace

void add_scan_commands(CLI::App& app, const Runner& runner) {
  auto* cmd = app.add_subcommand("scan", "Scan job ads and posts for trafficking red flags and recruiters' identifiers");
  auto o = std::make_shared<ScanOptions>();
  cmd->add_option("input", o->input, "file of texts, or - for standard input");
  cmd->add_option("--text", o->text, "one text to scan");
  cmd->add_option("--format", o->format, "text, lines (a text per line), csv or jsonl (default: by file extension)");
  cmd->add_option("--field", o->field, "the CSV column or JSON Lines field holding the text")->capture_default_str();
  cmd->add_option("--out", o->out, "jsonl or csv")->capture_default_str();
  cmd->add_option("-o,--output", o->output, "file to write (default: standard output)");
  cmd->add_option("--lang", o->lang, "language of explanations and reasons: vi or en")->capture_default_str();
  cmd->add_option("--data", o->data,
                  "data directory: check identifiers against its link graph and flagged watchlists (\"known\")");
  cmd->add_option("--terms", o->terms, "local terms (JSON) merged over the built-in red flags");
  cmd->add_option("--threads", o->threads, "scanning threads")->check(CLI::Range(1u, 256u));
  cmd->add_flag("--no-model", o->no_model, "score by the red flags alone, without the learned model (faster)");
  cmd->add_option("--model", o->model, "a model written by `frontline scan train --out` instead of the built-in one");
  cmd->add_option("--min-risk", o->min_risk, "write only texts scoring at least this (0-1)")->check(CLI::Range(0.0, 1.0));
  add_scan_train_command(*cmd, runner);
  add_scan_watch_command(*cmd, runner);
  cmd->callback([=] {
    if (!cmd->get_subcommands().empty()) return;  // `scan watch`, `scan train`
    runner([=]() { return run_scan(*o); });
  });
}

}  // namespace frontline::cli
