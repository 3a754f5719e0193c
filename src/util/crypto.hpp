// Cryptographic building blocks over libsodium. init_crypto() must have
// succeeded (it is idempotent and thread-safe) before anything else here runs.
#pragma once

#include <array>
#include <filesystem>
#include <string>
#include <string_view>

#include "util/result.hpp"

namespace frontline::crypto {

// Initializes libsodium. Returns Internal if the library cannot start.
Status init_crypto();

// Lower-case hex SHA-256 of `data`.
std::string sha256_hex(std::string_view data);

// Incremental SHA-256 for data that arrives in pieces.
class Sha256 {
 public:
  Sha256();
  void update(std::string_view data);
  std::string finish_hex();  // call once

 private:
  alignas(64) unsigned char state_[128];
};

// `bytes` random bytes encoded as unpadded base64url (URL- and cookie-safe).
std::string random_token(size_t bytes = 32);

// Constant-time comparison of two equal-length strings (false if lengths differ).
bool equal_constant_time(std::string_view a, std::string_view b);

// Argon2id password hashing (libsodium crypto_pwhash_str, interactive limits).
Result<std::string> hash_password(std::string_view password);
// True when `password` matches `hash` produced by hash_password.
bool verify_password(std::string_view hash, std::string_view password);

// Authenticated encryption of records at rest (XChaCha20-Poly1305 via
// crypto_secretbox_easy with a random nonce per message). Thread-safe.
class SecretBox {
 public:
  static constexpr size_t kKeyBytes = 32;
  explicit SecretBox(const std::array<unsigned char, kKeyBytes>& key) : key_(key) {}
  ~SecretBox();
  SecretBox(const SecretBox&) = delete;
  SecretBox& operator=(const SecretBox&) = delete;

  // nonce || ciphertext, as raw bytes.
  std::string seal(std::string_view plaintext) const;
  // Returns Corruption when the data was altered or sealed with another key.
  Result<std::string> open(std::string_view sealed) const;

 private:
  std::array<unsigned char, kKeyBytes> key_;
};

// Reads the 32-byte key at `path`, creating it (mode 0600) with fresh random
// bytes if it does not exist. Unavailable if it cannot be read or written;
// Corruption if the file has the wrong size.
Result<std::array<unsigned char, SecretBox::kKeyBytes>> load_or_create_key(const std::filesystem::path& path);

}  // namespace frontline::crypto
