// `frontline scan train`: trains the learned text classifier (issue 6,
// point 4; docs/scan-model.md) on the train split of a labelled set (the
// compiled-in data/scan/labelled/*.jsonl, or --data files), reports
// precision, recall, F1 and PR-AUC on the validation and test splits for the
// lexicon alone, the model alone and their combination, and writes the model
// with --out. The same data, options and seed give the same figures and the
// same model file bytes.
#include <chrono>
#include <cstdio>
#include <iostream>
#include <map>
#include <set>

#include <nlohmann/json.hpp>

#include "cli/commands.hpp"
#include "scan/lexicon.hpp"
#include "scan/model_eval.hpp"
#include "scan/scanner.hpp"

namespace frontline::cli {
namespace {

struct ScanTrainOptions {
  std::vector<std::string> data;
  std::string out;
  uint64_t seed = scan::TrainOptions{}.seed;
  bool json = false;
};

constexpr size_t kMaxErrors = 20;

// Every --data file parsed, errors named "FILE line N" (at most kMaxErrors);
// ids unique across files.
Result<std::vector<scan::LabelledText>> read_data(const std::vector<std::string>& files) {
  if (files.empty()) {
    return scan::builtin_labelled();
  }
  std::vector<scan::LabelledText> all;
  std::map<std::string, std::string> errors;
  std::map<std::string, std::string> file_of_id;
  for (const std::string& file : files) {
    FL_ASSIGN_OR_RETURN(std::string bytes, read_input_file(file));
    auto parsed = scan::parse_labelled(bytes);
    if (!parsed.ok()) {
      for (const auto& [where, why] : parsed.error().fields) {
        if (errors.size() < kMaxErrors) {
          errors[file + " " + where] = why;
        }
      }
      continue;
    }
    for (scan::LabelledText& t : parsed.value()) {
      if (auto [it, fresh] = file_of_id.emplace(t.id, file); !fresh) {
        if (errors.size() < kMaxErrors) {
          errors[file + " id " + t.id] = "already used in " + it->second;
        }
        continue;
      }
      all.push_back(std::move(t));
    }
  }
  if (!errors.empty()) {
    return Error::invalid("the labelled posts are invalid", std::move(errors));
  }
  return all;
}

std::string fixed3(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.3f", v);
  return buf;
}

nlohmann::json quality_json(const scan::SplitQuality& q) {
  const scan::ThresholdMetrics& m = q.at_threshold;
  return {{"texts", q.texts},   {"positives", q.positives}, {"precision", m.precision},
          {"recall", m.recall}, {"f1", m.f1},               {"pr_auc", q.average_precision},
          {"tp", m.tp},         {"fp", m.fp},               {"fn", m.fn},
          {"tn", m.tn}};
}

void print_report(const scan::Evaluation& ev, const scan::TextModel& model, const ScanTrainOptions& o,
                  double training_ms, size_t train_texts, bool as_json) {
  if (as_json) {
    nlohmann::json doc;
    doc["data"] = o.data.empty() ? nlohmann::json("builtin") : nlohmann::json(o.data);
    doc["seed"] = o.seed;
    doc["splits"] = {{"train", {{"texts", ev.train}, {"positives", ev.train_positives}}},
                     {"validation", {{"texts", ev.validation}, {"positives", ev.validation_positives}}},
                     {"test", {{"texts", ev.test}, {"positives", ev.test_positives}}}};
    doc["model"] = {{"bucket_bits", model.features().bucket_bits},
                    {"nonzero_weights", model.nonzero_weights()},
                    {"training_ms", training_ms}};
    doc["methods"] = nlohmann::json::array();
    for (const scan::MethodQuality& m : ev.methods) {
      doc["methods"].push_back(
          {{"method", m.method}, {"threshold", m.threshold}, {"validation", quality_json(m.validation)},
           {"test", quality_json(m.test)}});
    }
    if (!o.out.empty()) {
      doc["out"] = o.out;
    }
    std::cout << doc.dump() << "\n";
    return;
  }
  std::cout << "labelled posts: " << ev.train + ev.validation + ev.test << " (train " << ev.train << ", validation "
            << ev.validation << ", test " << ev.test << "); positives: train " << ev.train_positives
            << ", validation " << ev.validation_positives << ", test " << ev.test_positives << "\n";
  std::cout << "model: 2^" << model.features().bucket_bits << " buckets, " << model.nonzero_weights()
            << " non-zero weights, trained on " << train_texts << " posts in " << fixed3(training_ms)
            << " ms (seed " << o.seed << ")\n";
  std::cout << "P, R and F1 at each method's threshold (best F1 on validation); AP = PR-AUC (average precision)\n";
  std::cout << "method      thresh   val P  val R  val F1 val AP   test P test R test F1 test AP\n";
  for (const scan::MethodQuality& m : ev.methods) {
    std::string name = m.method;
    name.resize(10, ' ');
    std::cout << name << "  " << fixed3(m.threshold) << "    " << fixed3(m.validation.at_threshold.precision) << "  "
              << fixed3(m.validation.at_threshold.recall) << "  " << fixed3(m.validation.at_threshold.f1) << "  "
              << fixed3(m.validation.average_precision) << "   " << fixed3(m.test.at_threshold.precision) << "  "
              << fixed3(m.test.at_threshold.recall) << "  " << fixed3(m.test.at_threshold.f1) << "   "
              << fixed3(m.test.average_precision) << "\n";
  }
  if (!o.out.empty()) {
    std::cout << "model written to " << o.out << "\n";
  }
}

Status run_train(const ScanTrainOptions& o) {
  FL_ASSIGN_OR_RETURN(std::vector<scan::LabelledText> data, read_data(o.data));
  const std::vector<scan::LabelledText> train = scan::split_texts(data, scan::Split::kTrain);
  scan::TrainOptions options;
  options.seed = o.seed;
  const auto start = std::chrono::steady_clock::now();
  FL_ASSIGN_OR_RETURN(scan::TextModel model, scan::train_model(train, options));
  const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  // The lexicon's side is the scanner's own lexicon_score (flags and amount
  // rules) over the built-in red flags; a text it refuses scores 0.
  FL_ASSIGN_OR_RETURN(std::shared_ptr<const scan::Scanner> scanner, scan::Scanner::build(scan::builtin_lexicon()));
  const scan::Evaluation ev = scan::evaluate(model, data, [&scanner](std::string_view t) {
    auto r = scanner->scan(t);
    return r.ok() ? r->lexicon_score : 0.0;
  });
  if (!o.out.empty()) {
    FL_TRY(model.save(o.out));
  }
  print_report(ev, model, o, ms, train.size(), o.json);
  return {};
}

}  // namespace

void add_scan_train_command(CLI::App& scan, const Runner& runner) {
  auto o = std::make_shared<ScanTrainOptions>();
  auto* cmd = scan.add_subcommand("train", "Train the learned classifier and report its quality on held-out posts");
  cmd->add_option("--data", o->data, "labelled JSON Lines files (default: the compiled-in set)")->expected(1, -1);
  cmd->add_option("--out", o->out, "write the trained model to this file");
  cmd->add_option("--seed", o->seed, "seed of the training order")->capture_default_str();
  cmd->add_flag("--json", o->json, "one JSON document instead of a table");
  cmd->callback([=] { runner([=]() { return run_train(*o); }); });
}

}  // namespace frontline::cli
