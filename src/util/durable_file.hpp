// Small files that survive a crash whole: a write goes to a temporary file
// beside the target, is fsync'ed, renamed over the target and the directory
// is fsync'ed, so after a crash the target holds either its old or its new
// bytes, never a mix. Used for key files and re-sealed evidence files.
#pragma once

#include <sys/types.h>

#include <filesystem>
#include <string>
#include <string_view>

#include "util/result.hpp"

namespace frontline::durable {

// Marks the temporary files write_file creates: "<target>.tmp-<random>".
inline constexpr std::string_view kTempMarker = ".tmp-";

// Replaces (or creates) `path` with `bytes`, the file having exactly `mode`
// (umask does not apply). Unavailable when the disk refuses; the temporary
// file is removed then and `path` is unchanged. A crash may leave the
// temporary file behind (callers that care remove names with kTempMarker).
Status write_file(const std::filesystem::path& path, std::string_view bytes, mode_t mode);

// The whole content of `path`. NotFound when it does not exist, Unavailable
// when it cannot be read.
Result<std::string> read_file(const std::filesystem::path& path);

// Flushes directory `dir` so that renames, links and unlinks in it survive a
// crash. Unavailable on failure.
Status sync_dir(const std::filesystem::path& dir);

// Removes `path` if it exists and flushes its directory. Unavailable when
// the file exists and cannot be removed.
Status remove_file(const std::filesystem::path& path);

}  // namespace frontline::durable
