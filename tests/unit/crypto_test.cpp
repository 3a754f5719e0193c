// Tests for util/crypto: SHA-256 against published vectors, tokens, Argon2id
// password hashes, the SecretBox (round trip, tamper detection, a fresh nonce
// per message, wrong key) and the key file.
#include "util/crypto.hpp"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <fstream>
#include <set>
#include <string>

#include "test_support.hpp"

namespace frontline::crypto {
namespace {

using frontline::testing::fixed_key;
using frontline::testing::TempDir;

constexpr size_t kNonceBytes = 24;
constexpr size_t kMacBytes = 16;

class CryptoTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_TRUE(init_crypto().ok()); }
};

TEST_F(CryptoTest, Sha256MatchesKnownVectors) {
  EXPECT_EQ(sha256_hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(sha256_hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

TEST_F(CryptoTest, IncrementalSha256EqualsOneShot) {
  const std::string data = "Đồn Biên phòng Cửa khẩu Quốc tế Hữu Nghị";
  Sha256 h;
  h.update(data.substr(0, 5));
  h.update(data.substr(5, 11));
  h.update(data.substr(16));
  EXPECT_EQ(h.finish_hex(), sha256_hex(data));
  Sha256 abc;
  abc.update("a");
  abc.update("");
  abc.update("bc");
  EXPECT_EQ(abc.finish_hex(), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST_F(CryptoTest, RandomTokensAreUrlSafeAndDistinct) {
  std::set<std::string> seen;
  for (int i = 0; i < 20; ++i) {
    std::string t = random_token();
    EXPECT_EQ(t.size(), 43u);  // 32 bytes, unpadded base64
    EXPECT_EQ(t.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
              std::string::npos)
        << t;
    seen.insert(t);
  }
  EXPECT_EQ(seen.size(), 20u);
  EXPECT_EQ(random_token(8).size(), 11u);
}

TEST_F(CryptoTest, ConstantTimeEquality) {
  EXPECT_TRUE(equal_constant_time("abc", "abc"));
  EXPECT_FALSE(equal_constant_time("abc", "abd"));
  EXPECT_FALSE(equal_constant_time("abc", "abcd"));
  EXPECT_TRUE(equal_constant_time("", ""));
}

TEST_F(CryptoTest, Argon2idHashVerifiesOnlyTheRightPassword) {
  auto hash = hash_password("mật khẩu đúng 2026");
  ASSERT_TRUE(hash.ok());
  EXPECT_EQ(hash->rfind("$argon2id$", 0), 0u) << *hash;
  EXPECT_EQ(hash->find("mật khẩu"), std::string::npos);
  EXPECT_TRUE(verify_password(*hash, "mật khẩu đúng 2026"));
  EXPECT_FALSE(verify_password(*hash, "mật khẩu sai 2026"));
  EXPECT_FALSE(verify_password(*hash, ""));
  EXPECT_FALSE(verify_password("not a hash", "mật khẩu đúng 2026"));
  EXPECT_FALSE(verify_password("", ""));
}

TEST_F(CryptoTest, SecretBoxRoundTrip) {
  SecretBox box(fixed_key(1));
  const std::string plain = R"({"full_name":"Nguyễn Thị Hồng","citizen_id":"001190012345"})";
  std::string sealed = box.seal(plain);
  EXPECT_EQ(sealed.size(), kNonceBytes + kMacBytes + plain.size());
  EXPECT_EQ(sealed.find("Nguyễn"), std::string::npos);
  EXPECT_EQ(sealed.find("001190012345"), std::string::npos);
  auto opened = box.open(sealed);
  ASSERT_TRUE(opened.ok());
  EXPECT_EQ(*opened, plain);

  auto empty = box.open(box.seal(""));
  ASSERT_TRUE(empty.ok());
  EXPECT_EQ(*empty, "");
}

TEST_F(CryptoTest, SecretBoxUsesAFreshNonceEachTime) {
  SecretBox box(fixed_key(1));
  std::string a = box.seal("same message");
  std::string b = box.seal("same message");
  EXPECT_NE(a.substr(0, kNonceBytes), b.substr(0, kNonceBytes));
  EXPECT_NE(a, b);
}

TEST_F(CryptoTest, SecretBoxDetectsTampering) {
  SecretBox box(fixed_key(1));
  const std::string sealed = box.seal("victim address: Bản Vược, Lào Cai");
  // Flip one bit in each region: nonce, MAC, ciphertext.
  for (size_t pos : {size_t{0}, kNonceBytes + 1, sealed.size() - 1}) {
    std::string bad = sealed;
    bad[pos] = static_cast<char>(bad[pos] ^ 0x01);
    auto r = box.open(bad);
    ASSERT_FALSE(r.ok()) << "flipped byte " << pos;
    EXPECT_EQ(r.error().code, ErrorCode::kCorruption);
  }
  auto truncated = box.open(sealed.substr(0, kNonceBytes + kMacBytes - 1));
  ASSERT_FALSE(truncated.ok());
  EXPECT_EQ(truncated.error().code, ErrorCode::kCorruption);
  auto shortened = box.open(sealed.substr(0, sealed.size() - 1));
  EXPECT_FALSE(shortened.ok());
}

TEST_F(CryptoTest, SecretBoxRefusesAnotherKey) {
  SecretBox one(fixed_key(1));
  SecretBox two(fixed_key(2));
  auto r = two.open(one.seal("sealed with key one"));
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::kCorruption);
}

TEST_F(CryptoTest, KeyFileIsCreatedOnceWithOwnerOnlyMode) {
  TempDir dir("key");
  const auto path = dir.path() / "data.key";
  auto first = load_or_create_key(path);
  ASSERT_TRUE(first.ok());
  EXPECT_EQ(std::filesystem::file_size(path), SecretBox::kKeyBytes);
  struct stat st {};
  ASSERT_EQ(::stat(path.c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0600u);
  auto second = load_or_create_key(path);
  ASSERT_TRUE(second.ok());
  EXPECT_EQ(*first, *second);

  auto other = load_or_create_key(dir.path() / "other.key");
  ASSERT_TRUE(other.ok());
  EXPECT_NE(*first, *other);
}

TEST_F(CryptoTest, KeyFileOfTheWrongSizeIsCorruption) {
  TempDir dir("key");
  const auto path = dir.path() / "short.key";
  std::ofstream(path, std::ios::binary) << "too short";
  auto r = load_or_create_key(path);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::kCorruption);
}

TEST_F(CryptoTest, SecretBoxWithAPreviousKeyOpensBothAndSealsWithTheCurrent) {
  SecretBox old_box(fixed_key(1));
  SecretBox both(fixed_key(2), fixed_key(1));
  SecretBox current_only(fixed_key(2));
  EXPECT_TRUE(both.has_previous());
  EXPECT_FALSE(current_only.has_previous());
  const std::string plain = "Trần Văn Nam, CCCD 001203012345";
  EXPECT_EQ(*both.open(old_box.seal(plain)), plain);
  EXPECT_EQ(*both.open(current_only.seal(plain)), plain);
  const std::string sealed = both.seal(plain);
  EXPECT_EQ(*current_only.open(sealed), plain);
  EXPECT_FALSE(old_box.open(sealed).ok());
  EXPECT_EQ(both.open(SecretBox(fixed_key(3)).seal(plain)).error().code, ErrorCode::kCorruption);
}

TEST_F(CryptoTest, KeyFileOpenToGroupOrOthersIsRefused) {
  TempDir dir("key");
  const auto path = dir.path() / "data.key";
  ASSERT_TRUE(load_or_create_key(path).ok());
  ::chmod(path.c_str(), 0640);
  auto r = load_key(path);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::kPermissionDenied);
  EXPECT_NE(r.error().message.find("mode 0640"), std::string::npos) << r.error().message;
  EXPECT_EQ(load_or_create_key(path).error().code, ErrorCode::kPermissionDenied);
  ::chmod(path.c_str(), 0600);
  EXPECT_TRUE(load_key(path).ok());
  EXPECT_EQ(load_key(dir.path() / "absent.key").error().code, ErrorCode::kNotFound);
}

}  // namespace
}  // namespace frontline::crypto
