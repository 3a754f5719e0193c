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

 private:
  std::filesystem::path path_of(const std::string& sha256) const;
  std::filesystem::path dir_;
  const crypto::SecretBox& sealer_;
};

}  // namespace frontline::store
