// The scanner in use, rebuilt when the officers' local terms change
// (issue 6, point 1: no rebuild of the program, reload on change or on
// command). The built-in lexicon with <data dir>/scan/local_terms.json
// merged over it when that file exists.
//
// Thread-safety: current() and reload() may be called from any thread; a
// scan holds its own reference, so a reload never pulls a scanner from
// under it. A bad file keeps the scanner in use and reports why.
#pragma once

#include <chrono>
#include <filesystem>
#include <memory>
#include <mutex>
#include <string>

#include "scan/scanner.hpp"
#include "util/result.hpp"

namespace frontline::scan {

struct TermsState {
  bool local = false;                 // local terms are merged in
  std::string file;                   // the terms file watched
  size_t flags = 0, phrases = 0;      // of the lexicon in use
  std::string last_error;             // why the last reload was refused; "" when it was not
};

class ScannerHolder {
 public:
  // Builds the first scanner; a bad terms file here is an error (start-up
  // must not silently run without the officers' terms).
  // `model` (may be null: the lexicon alone) must outlive the holder.
  static Result<std::unique_ptr<ScannerHolder>> open(std::filesystem::path terms_file, const TextModel* model);

  // The scanner in use, first rebuilt if the terms file changed (checked at
  // most once a second).
  std::shared_ptr<const Scanner> current();
  // Re-reads the terms file now. InvalidArgument naming the bad paths of
  // the file; the scanner in use stays.
  Result<TermsState> reload();
  TermsState state() const;

 private:
  ScannerHolder(std::filesystem::path terms_file, const TextModel* model) : file_(std::move(terms_file)), model_(model) {}
  Result<std::shared_ptr<const Scanner>> build() const;
  std::string stamp() const;  // size and modification time of the file, "" when missing

  const std::filesystem::path file_;
  const TextModel* const model_;
  mutable std::mutex mu_;
  std::shared_ptr<const Scanner> scanner_;
  std::string stamp_;
  std::chrono::steady_clock::time_point checked_;
  std::string last_error_;
};

// The built-in lexicon with the local terms of `file` merged when it exists.
Result<Lexicon> lexicon_with_local_terms(const std::filesystem::path& file);

}  // namespace frontline::scan
