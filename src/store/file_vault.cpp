#include "store/file_vault.hpp"

#include <sys/stat.h>

#include <fstream>
#include <iterator>
#include <vector>

#include "util/durable_file.hpp"

namespace frontline::store {

std::filesystem::path FileVault::path_of(const std::string& sha256) const {
  return dir_ / sha256.substr(0, 2) / sha256;
}

Result<std::string> FileVault::put(std::string_view bytes) {
  const std::string sha = crypto::sha256_hex(bytes);
  const auto final_path = path_of(sha);
  std::error_code ec;
  if (std::filesystem::exists(final_path, ec)) {
    return sha;
  }
  std::filesystem::create_directories(final_path.parent_path(), ec);
  if (ec) {
    return Error::unavailable("cannot create evidence directory: " + ec.message());
  }
  const auto tmp = final_path.string() + ".tmp-" + crypto::random_token(8);
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    const std::string sealed = sealer_.seal(bytes);
    out.write(sealed.data(), static_cast<std::streamsize>(sealed.size()));
    out.flush();
    if (!out) {
      std::filesystem::remove(tmp, ec);
      return Error::unavailable("cannot write evidence file");
    }
  }
  std::filesystem::rename(tmp, final_path, ec);
  if (ec) {
    std::filesystem::remove(tmp, ec);
    return Error::unavailable("cannot store evidence file: " + ec.message());
  }
  return sha;
}

Result<std::string> FileVault::get(const std::string& sha256) const {
  if (sha256.size() != 64) {
    return Error::not_found("no such evidence file");
  }
  std::ifstream in(path_of(sha256), std::ios::binary);
  if (!in) {
    return Error::not_found("evidence file " + sha256 + " is missing");
  }
  std::string sealed((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  FL_ASSIGN_OR_RETURN(std::string plain, sealer_.open(sealed));
  if (crypto::sha256_hex(plain) != sha256) {
    return Error::corruption("evidence file " + sha256 + " does not match its hash");
  }
  return plain;
}

void FileVault::remove(const std::string& sha256) {
  std::error_code ec;
  std::filesystem::remove(path_of(sha256), ec);
}

namespace {

bool is_sha256_name(const std::string& name) {
  return name.size() == 64 && name.find_first_not_of("0123456789abcdef") == std::string::npos;
}

}  // namespace

Result<int64_t> FileVault::reseal_all(const crypto::SecretBox& box) {
  std::error_code ec;
  if (!std::filesystem::exists(dir_, ec)) {
    return 0;
  }
  std::vector<std::filesystem::path> stored;
  std::vector<std::filesystem::path> leftovers;
  for (auto it = std::filesystem::recursive_directory_iterator(dir_, ec);
       !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
    if (!it->is_regular_file(ec)) {
      continue;
    }
    const std::string name = it->path().filename().string();
    if (is_sha256_name(name)) {
      stored.push_back(it->path());
    } else if (name.find(".tmp-") != std::string::npos) {
      leftovers.push_back(it->path());
    }
  }
  if (ec) {
    return Error::unavailable("cannot list evidence files in " + dir_.string() + ": " + ec.message());
  }
  for (const auto& path : leftovers) {
    std::filesystem::remove(path, ec);
  }
  int64_t resealed = 0;
  for (const auto& path : stored) {
    const std::string sha = path.filename().string();
    FL_ASSIGN_OR_RETURN(std::string sealed, durable::read_file(path));
    auto plain = box.open(sealed);
    if (!plain.ok()) {
      return Error::corruption("evidence file " + sha + " opens with neither the current nor the previous key");
    }
    if (crypto::sha256_hex(*plain) != sha) {
      return Error::corruption("evidence file " + sha + " does not match its hash");
    }
    FL_TRY(durable::write_file(path, box.seal(*plain), S_IRUSR | S_IWUSR));
    ++resealed;
  }
  return resealed;
}

}  // namespace frontline::store
