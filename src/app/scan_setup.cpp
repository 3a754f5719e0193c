// Building the server's scanner (scan_setup.hpp).
#include "app/scan_setup.hpp"

#include <fstream>
#include <iterator>

#include "scan/lexicon.hpp"

namespace frontline::app {

std::filesystem::path local_terms_path(const std::filesystem::path& data_root) {
  return data_root / "scan" / "local_terms.json";
}

Result<std::shared_ptr<const scan::Scanner>> build_scanner(const std::filesystem::path& data_root) {
  const std::filesystem::path file = local_terms_path(data_root);
  std::error_code ec;
  if (!std::filesystem::exists(file, ec)) {
    return scan::Scanner::build(scan::builtin_lexicon());
  }
  std::ifstream in(file, std::ios::binary);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (!in.good() && !in.eof()) {
    return Error::invalid("cannot read the local scan terms " + file.string());
  }
  auto merged = scan::merge_local_terms(scan::builtin_lexicon(), text);
  if (!merged.ok()) {
    std::string detail;
    for (const auto& [field, reason] : merged.error().fields) {
      detail += (detail.empty() ? "" : "; ") + field + ": " + reason;
    }
    return Error::invalid("the local scan terms " + file.string() + " are not valid: " + merged.error().message +
                          (detail.empty() ? "" : " (" + detail + ")"));
  }
  return scan::Scanner::build(*merged);
}

}  // namespace frontline::app
