// Cryptographic building blocks over libsodium. init_crypto() must have
// succeeded (it is idempotent and thread-safe) before anything else here runs.
#pragma once

#include <array>
#include <filesystem>
#include <optional>
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
//
// A box may also hold the previous key, during and after an interrupted key
// rotation (see app/key_rotation.hpp): it then still seals with its key but
// opens what either key sealed.
class SecretBox {
 public:
  static constexpr size_t kKeyBytes = 32;
  using Key = std::array<unsigned char, kKeyBytes>;
  explicit SecretBox(const Key& key) : key_(key) {}
  SecretBox(const Key& key, const std::optional<Key>& previous) : key_(key), previous_(previous) {}
  ~SecretBox();
  SecretBox(const SecretBox&) = delete;
  SecretBox& operator=(const SecretBox&) = delete;

  // nonce || ciphertext, as raw bytes, always under the (current) key.
  std::string seal(std::string_view plaintext) const;
  // Opens with the key, then with the previous key if there is one.
  // Returns Corruption when the data was altered or sealed with another key.
  Result<std::string> open(std::string_view sealed) const;
  bool has_previous() const { return previous_.has_value(); }

 private:
  Key key_;
  std::optional<Key> previous_;
};

// A fresh random key.
SecretBox::Key random_key();

// Checks that the key file at `path` is private to the running user: owned
// by them and with no permission bits for group or others (0600 or 0400).
// PermissionDenied with a one-line message saying what to fix otherwise;
// Unavailable when it cannot be inspected.
Status check_key_file(const std::filesystem::path& path);

// Reads the 32-byte key at `path` after check_key_file. NotFound when it
// does not exist; PermissionDenied as check_key_file; Unavailable if it
// cannot be read; Corruption if the file has the wrong size.
Result<SecretBox::Key> load_key(const std::filesystem::path& path);

// load_key, or when `path` does not exist, creates it (mode 0600, written
// durably) with fresh random bytes and returns them.
Result<SecretBox::Key> load_or_create_key(const std::filesystem::path& path);

}  // namespace frontline::crypto
