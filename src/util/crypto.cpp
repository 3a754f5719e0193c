#include "util/crypto.hpp"

#include <sodium.h>
#include <sys/stat.h>

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include "util/durable_file.hpp"

namespace frontline::crypto {

static_assert(sizeof(crypto_hash_sha256_state) <= 128, "Sha256 state buffer too small");

Status init_crypto() {
  if (sodium_init() < 0) {
    return Error::internal("libsodium failed to initialize");
  }
  return {};
}

std::string sha256_hex(std::string_view data) {
  Sha256 h;
  h.update(data);
  return h.finish_hex();
}

Sha256::Sha256() { crypto_hash_sha256_init(reinterpret_cast<crypto_hash_sha256_state*>(state_)); }

void Sha256::update(std::string_view data) {
  crypto_hash_sha256_update(reinterpret_cast<crypto_hash_sha256_state*>(state_),
                            reinterpret_cast<const unsigned char*>(data.data()), data.size());
}

std::string Sha256::finish_hex() {
  unsigned char out[crypto_hash_sha256_BYTES];
  crypto_hash_sha256_final(reinterpret_cast<crypto_hash_sha256_state*>(state_), out);
  char hex[crypto_hash_sha256_BYTES * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, out, sizeof out);
  return hex;
}

std::string random_token(size_t bytes) {
  std::string raw(bytes, '\0');
  randombytes_buf(raw.data(), raw.size());
  std::string out(sodium_base64_ENCODED_LEN(bytes, sodium_base64_VARIANT_URLSAFE_NO_PADDING), '\0');
  sodium_bin2base64(out.data(), out.size(), reinterpret_cast<const unsigned char*>(raw.data()), raw.size(),
                    sodium_base64_VARIANT_URLSAFE_NO_PADDING);
  out.resize(out.find('\0'));
  return out;
}

bool equal_constant_time(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) {
    return false;
  }
  return sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

Result<std::string> hash_password(std::string_view password) {
  char out[crypto_pwhash_STRBYTES];
  if (crypto_pwhash_str(out, password.data(), password.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                        crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0) {
    return Error::internal("password hashing ran out of memory");
  }
  return std::string(out);
}

bool verify_password(std::string_view hash, std::string_view password) {
  std::string h(hash);  // crypto_pwhash_str_verify needs a NUL-terminated string
  return crypto_pwhash_str_verify(h.c_str(), password.data(), password.size()) == 0;
}

SecretBox::~SecretBox() {
  sodium_memzero(key_.data(), key_.size());
  if (previous_) {
    sodium_memzero(previous_->data(), previous_->size());
  }
}

std::string SecretBox::seal(std::string_view plaintext) const {
  std::string out(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + plaintext.size(), '\0');
  auto* nonce = reinterpret_cast<unsigned char*>(out.data());
  randombytes_buf(nonce, crypto_secretbox_NONCEBYTES);
  crypto_secretbox_easy(nonce + crypto_secretbox_NONCEBYTES, reinterpret_cast<const unsigned char*>(plaintext.data()),
                        plaintext.size(), nonce, key_.data());
  return out;
}

Result<std::string> SecretBox::open(std::string_view sealed) const {
  if (sealed.size() < crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES) {
    return Error::corruption("sealed record is truncated");
  }
  const auto* nonce = reinterpret_cast<const unsigned char*>(sealed.data());
  const unsigned char* cipher = nonce + crypto_secretbox_NONCEBYTES;
  size_t cipher_len = sealed.size() - crypto_secretbox_NONCEBYTES;
  std::string out(cipher_len - crypto_secretbox_MACBYTES, '\0');
  auto* plain = reinterpret_cast<unsigned char*>(out.data());
  if (crypto_secretbox_open_easy(plain, cipher, cipher_len, nonce, key_.data()) == 0) {
    return out;
  }
  if (previous_ && crypto_secretbox_open_easy(plain, cipher, cipher_len, nonce, previous_->data()) == 0) {
    return out;
  }
  return Error::corruption("sealed record failed authentication");
}

SecretBox::Key random_key() {
  SecretBox::Key key{};
  randombytes_buf(key.data(), key.size());
  return key;
}

Status check_key_file(const std::filesystem::path& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) {
    return Error::unavailable("cannot inspect key file " + path.string() + ": " + std::strerror(errno));
  }
  if (st.st_uid != ::geteuid()) {
    return Error::denied("key file " + path.string() + " is owned by uid " + std::to_string(st.st_uid) +
                         ", not by the user running Frontline (uid " + std::to_string(::geteuid()) +
                         "); run `chown` on it or run Frontline as its owner");
  }
  if ((st.st_mode & (S_IRWXG | S_IRWXO)) != 0) {
    char mode[8];
    std::snprintf(mode, sizeof mode, "%04o", static_cast<unsigned>(st.st_mode & 07777));
    return Error::denied("key file " + path.string() + " is open to group or others (mode " + mode +
                         "); it must be 0600: run `chmod 600 " + path.string() + "`");
  }
  return {};
}

Result<SecretBox::Key> load_key(const std::filesystem::path& path) {
  FL_ASSIGN_OR_RETURN(std::string bytes, durable::read_file(path));
  SecretBox::Key key{};
  if (bytes.size() != key.size()) {
    sodium_memzero(bytes.data(), bytes.size());
    return Error::corruption("key file " + path.string() + " has the wrong size");
  }
  if (Status private_file = check_key_file(path); !private_file.ok()) {
    sodium_memzero(bytes.data(), bytes.size());
    return std::move(private_file).error();
  }
  std::copy(bytes.begin(), bytes.end(), key.begin());
  sodium_memzero(bytes.data(), bytes.size());
  return key;
}

Result<SecretBox::Key> load_or_create_key(const std::filesystem::path& path) {
  auto loaded = load_key(path);
  if (loaded.ok() || loaded.error().code != ErrorCode::kNotFound) {
    return loaded;
  }
  SecretBox::Key key = random_key();
  std::string_view bytes(reinterpret_cast<const char*>(key.data()), key.size());
  FL_TRY(durable::write_file(path, bytes, S_IRUSR | S_IWUSR));
  return key;
}

}  // namespace frontline::crypto
