// Content-addressed storage for uploaded evidence files: each file is kept
// once, sealed (encrypted and authenticated), under its plaintext SHA-256 in
// DIR/ab/abcdef…; writes go through a temporary file and a rename, so a crash
// never leaves a partial file under a final name.
#pragma once

#include <filesystem>
#include <string>

#include "util/crypto.hpp"
#include "util/result.hpp"

namespace frontline::store {

class FileVault {
 public:
  // `sealer` must outlive the vault. The directory is created if missing.
  FileVault(std::filesystem::path dir, const crypto::SecretBox& sealer) : dir_(std::move(dir)), sealer_(sealer) {}

  // Stores `bytes` and returns their SHA-256 (hex). Storing the same bytes
  // twice keeps one copy. Unavailable when the disk refuses.
  Result<std::string> put(std::string_view bytes);
  // NotFound when absent; Corruption when the file fails authentication or
  // its content no longer matches its name.
  Result<std::string> get(const std::string& sha256) const;
  // Removes the file if present.
  void remove(const std::string& sha256);

  // Key rotation: opens every stored file with `box` (its key, or its
  // previous key), checks it against its name and replaces it, durably
  // (util/durable_file.hpp), with the same plaintext sealed under `box`'s
  // key. A crash part-way leaves each file whole under one key or the other.
  // Leftover temporary files of interrupted writes are removed. Returns how
  // many files were re-sealed; Corruption naming the first file that opens
  // with neither key or no longer matches its name (files before it stay
  // re-sealed); Unavailable when the disk refuses. The caller must keep
  // other writers away (the data directory's exclusive lock).
  Result<int64_t> reseal_all(const crypto::SecretBox& box);

 private:
  std::filesystem::path path_of(const std::string& sha256) const;
  std::filesystem::path dir_;
  const crypto::SecretBox& sealer_;
};

}  // namespace frontline::store
