// Tests for store/file_vault: evidence files are stored once under the
// SHA-256 of their plaintext, sealed on disk, and read back only when they
// still authenticate and match their name.
#include "store/file_vault.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
#include <string>

#include "test_support.hpp"

namespace frontline::store {
namespace {

namespace fs = std::filesystem;
using frontline::testing::fixed_key;
using frontline::testing::TempDir;

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

void write_file(const fs::path& p, const std::string& bytes) {
  std::ofstream out(p, std::ios::binary | std::ios::trunc);
  out << bytes;
}

// Regular files under `dir`, recursively.
int file_count(const fs::path& dir) {
  int n = 0;
  for (const auto& e : fs::recursive_directory_iterator(dir)) {
    n += e.is_regular_file() ? 1 : 0;
  }
  return n;
}

class FileVaultTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_TRUE(crypto::init_crypto().ok()); }
  TempDir dir_{"vault"};
  crypto::SecretBox box_{fixed_key(5)};
  FileVault vault_{dir_.path() / "evidence", box_};
  const std::string content_ = "Biên bản lời khai của nạn nhân Nguyễn Thị Hồng, Lào Cai 2026";
};

TEST_F(FileVaultTest, StoreAndLoadRoundTrip) {
  auto sha = vault_.put(content_);
  ASSERT_TRUE(sha.ok());
  auto back = vault_.get(*sha);
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(*back, content_);
  const std::string binary("\x00\x01\xFF\xFE payload", 12);
  auto bin_sha = vault_.put(binary);
  ASSERT_TRUE(bin_sha.ok());
  EXPECT_EQ(*vault_.get(*bin_sha), binary);
}

TEST_F(FileVaultTest, ContentIsAddressedBySha256) {
  auto sha = vault_.put(content_);
  ASSERT_TRUE(sha.ok());
  EXPECT_EQ(*sha, crypto::sha256_hex(content_));
  const fs::path file = dir_.path() / "evidence" / sha->substr(0, 2) / *sha;
  EXPECT_TRUE(fs::exists(file)) << file;
}

TEST_F(FileVaultTest, FileOnDiskIsNotPlaintext) {
  auto sha = vault_.put(content_);
  ASSERT_TRUE(sha.ok());
  const std::string on_disk = read_file(dir_.path() / "evidence" / sha->substr(0, 2) / *sha);
  EXPECT_GT(on_disk.size(), content_.size());
  EXPECT_EQ(on_disk.find("Nguyễn"), std::string::npos);
  EXPECT_EQ(on_disk.find("Biên bản"), std::string::npos);
  EXPECT_EQ(on_disk.find(content_.substr(0, 8)), std::string::npos);
}

TEST_F(FileVaultTest, SameBytesAreKeptOnce) {
  auto a = vault_.put(content_);
  auto b = vault_.put(content_);
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_EQ(*a, *b);
  EXPECT_EQ(file_count(dir_.path() / "evidence"), 1);  // no temporary files left either
  ASSERT_TRUE(vault_.put("other bytes").ok());
  EXPECT_EQ(file_count(dir_.path() / "evidence"), 2);
}

TEST_F(FileVaultTest, MissingFileIsNotFound) {
  auto r = vault_.get(crypto::sha256_hex("never stored"));
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::kNotFound);
  auto short_name = vault_.get("abc");
  ASSERT_FALSE(short_name.ok());
  EXPECT_EQ(short_name.error().code, ErrorCode::kNotFound);
}

TEST_F(FileVaultTest, TamperedFileIsCorruption) {
  auto sha = vault_.put(content_);
  ASSERT_TRUE(sha.ok());
  const fs::path file = dir_.path() / "evidence" / sha->substr(0, 2) / *sha;
  std::string bytes = read_file(file);
  bytes[bytes.size() / 2] = static_cast<char>(bytes[bytes.size() / 2] ^ 0x40);
  write_file(file, bytes);
  auto r = vault_.get(*sha);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::kCorruption);
}

TEST_F(FileVaultTest, SwappedFileIsCorruption) {
  // A validly sealed file moved under another file's name fails the name check.
  auto a = vault_.put("first evidence file");
  auto b = vault_.put("second evidence file");
  ASSERT_TRUE(a.ok() && b.ok());
  const fs::path fa = dir_.path() / "evidence" / a->substr(0, 2) / *a;
  const fs::path fb = dir_.path() / "evidence" / b->substr(0, 2) / *b;
  write_file(fa, read_file(fb));
  auto r = vault_.get(*a);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::kCorruption);
}

TEST_F(FileVaultTest, AnotherKeyCannotRead) {
  auto sha = vault_.put(content_);
  ASSERT_TRUE(sha.ok());
  crypto::SecretBox other(fixed_key(6));
  FileVault foreign(dir_.path() / "evidence", other);
  auto r = foreign.get(*sha);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::kCorruption);
}

TEST_F(FileVaultTest, RemoveDeletesTheFile) {
  auto sha = vault_.put(content_);
  ASSERT_TRUE(sha.ok());
  vault_.remove(*sha);
  auto r = vault_.get(*sha);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::kNotFound);
  vault_.remove(*sha);  // removing twice is harmless
}

}  // namespace
}  // namespace frontline::store
