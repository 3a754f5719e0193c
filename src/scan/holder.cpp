// The scanner in use and its reload (holder.hpp).
#include "scan/holder.hpp"

#include <system_error>

#include "util/durable_file.hpp"

namespace frontline::scan {

Result<Lexicon> lexicon_with_local_terms(const std::filesystem::path& file) {
  std::error_code ec;
  if (file.empty() || !std::filesystem::exists(file, ec)) {
    return builtin_lexicon();
  }
  auto bytes = durable::read_file(file);
  if (!bytes.ok()) {
    return Error::invalid_field("local_terms", "cannot read " + file.string() + ": " + bytes.error().message);
  }
  return merge_local_terms(builtin_lexicon(), *bytes);
}

Result<std::unique_ptr<ScannerHolder>> ScannerHolder::open(std::filesystem::path terms_file, const TextModel* model) {
  std::unique_ptr<ScannerHolder> h(new ScannerHolder(std::move(terms_file), model));
  h->stamp_ = h->stamp();
  FL_ASSIGN_OR_RETURN(h->scanner_, h->build());
  h->checked_ = std::chrono::steady_clock::now();
  return h;
}

std::string ScannerHolder::stamp() const {
  std::error_code ec;
  const auto size = std::filesystem::file_size(file_, ec);
  if (ec) return {};
  const auto time = std::filesystem::last_write_time(file_, ec);
  return std::to_string(size) + "@" + std::to_string(time.time_since_epoch().count());
}

Result<std::shared_ptr<const Scanner>> ScannerHolder::build() const {
  FL_ASSIGN_OR_RETURN(Lexicon lex, lexicon_with_local_terms(file_));
  return Scanner::build(lex, model_);
}

std::shared_ptr<const Scanner> ScannerHolder::current() {
  {
    std::lock_guard lock(mu_);
    const auto now = std::chrono::steady_clock::now();
    if (now - checked_ < std::chrono::seconds(1) || stamp() == stamp_) {
      checked_ = now;
      return scanner_;
    }
  }
  (void)reload();  // a bad file is kept in last_error_ and the scanner in use stays
  std::lock_guard lock(mu_);
  return scanner_;
}

Result<TermsState> ScannerHolder::reload() {
  const std::string seen = stamp();
  auto built = build();
  std::lock_guard lock(mu_);
  stamp_ = seen;
  checked_ = std::chrono::steady_clock::now();
  if (!built.ok()) {
    last_error_ = built.error().message;
    for (const auto& [field, reason] : built.error().fields) last_error_ += "; " + field + ": " + reason;
    return built.error();
  }
  scanner_ = std::move(built).value();
  last_error_.clear();
  TermsState s;
  s.local = !seen.empty();
  s.file = file_.string();
  s.flags = scanner_->lexicon().flags.size();
  s.phrases = scanner_->lexicon().phrase_count();
  return s;
}

TermsState ScannerHolder::state() const {
  std::lock_guard lock(mu_);
  TermsState s;
  s.local = !stamp_.empty();
  s.file = file_.string();
  s.flags = scanner_->lexicon().flags.size();
  s.phrases = scanner_->lexicon().phrase_count();
  s.last_error = last_error_;
  return s;
}

}  // namespace frontline::scan
