// The scanner a server starts with (docs/scan-api.md): the compiled-in red
// flags merged with the officers' local terms of the data directory,
// `<data dir>/scan/local_terms.json`, when that file exists.
#pragma once

#include <filesystem>
#include <memory>

#include "scan/scanner.hpp"

namespace frontline::app {

// Where a data directory keeps its local terms.
std::filesystem::path local_terms_path(const std::filesystem::path& data_root);

// Builds the scanner. InvalidArgument naming the file and its first
// problems (by JSON path) when the local terms cannot be read or are not a
// valid lexicon document: a server must not start with terms silently lost.
Result<std::shared_ptr<const scan::Scanner>> build_scanner(const std::filesystem::path& data_root);

}  // namespace frontline::app
