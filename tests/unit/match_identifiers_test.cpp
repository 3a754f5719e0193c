// Tests for match/phone and match/document: Vietnamese phone numbers in their
// usual spellings (with trunk 0, +84, 84 without "+", 0084, spaces and
// hyphens) give one E.164 number; old 11-digit mobile numbers are converted;
// the neighbours' numbers are accepted; invalid ones refused. Identity numbers
// keep their digits and type; passports are upper-cased without spaces.
#include <gtest/gtest.h>

#include <cstdio>
#include <random>
#include <string>

#include "match/document.hpp"
#include "match/phone.hpp"

namespace frontline::match {
namespace {

std::string e164(std::string_view raw) {
  auto r = normalize_phone(raw);
  EXPECT_TRUE(r.ok()) << raw << ": " << (r.ok() ? "" : r.error().fields.begin()->second);
  return r.ok() ? *r : std::string();
}

TEST(PhoneTest, VietnameseSpellingsGiveOneNumber) {
  for (std::string_view raw : {"0912 345 678", "0912345678", "091-234-5678", "+84 912345678", "+84912345678",
                               "84912345678", "0084 912 345 678", "(+84) 912.345.678"}) {
    EXPECT_EQ(e164(raw), "+84912345678") << raw;
  }
  EXPECT_EQ(e164("0385 123 456"), "+84385123456");  // Viettel, 10 digits
  EXPECT_EQ(e164("024 3825 1234"), "+842438251234");  // Hà Nội landline
}

TEST(PhoneTest, OldElevenDigitMobilesAreConverted) {
  EXPECT_EQ(e164("0168 123 4567"), "+84381234567");   // Viettel 0168 -> 038
  EXPECT_EQ(e164("+84 168 123 4567"), "+84381234567");
  EXPECT_EQ(e164("841681234567"), "+84381234567");
  EXPECT_EQ(e164("01201234567"), "+84701234567");     // MobiFone 0120 -> 070
  EXPECT_EQ(e164("01231234567"), "+84831234567");     // VinaPhone 0123 -> 083
  EXPECT_EQ(e164("01881234567"), "+84581234567");     // Vietnamobile 0188 -> 058
  EXPECT_EQ(e164("01991234567"), "+84591234567");     // Gmobile 0199 -> 059
}

TEST(PhoneTest, NeighbouringCountries) {
  EXPECT_EQ(e164("+855 12 345 678"), "+85512345678");     // Cambodia
  EXPECT_EQ(e164("+856 20 5555 1234"), "+8562055551234");  // Laos
  EXPECT_EQ(e164("+86 138 0013 8000"), "+8613800138000");  // China
  EXPECT_EQ(e164("+95 9 4500 12345"), "+959450012345");    // Myanmar
  EXPECT_EQ(e164("+66 81 234 5678"), "+66812345678");      // Thailand
  auto cambodia_local = normalize_phone("012 345 678", "KH");
  ASSERT_TRUE(cambodia_local.ok());
  EXPECT_EQ(*cambodia_local, "+85512345678");
}

TEST(PhoneTest, InvalidNumbersAreRefused) {
  for (std::string_view raw : {"", "abc", "12", "0912 345", "0000000000", "+84 012 345 678 999",
                               "01001234567" /* 0100 was never a mobile prefix */}) {
    auto r = normalize_phone(raw);
    ASSERT_FALSE(r.ok()) << raw << " -> " << (r.ok() ? *r : "");
    EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument);
    EXPECT_EQ(r.error().fields.count("phone"), 1U);
  }
}

TEST(DocumentTest, IdentityNumbers) {
  auto cccd = normalize_identity_number("001 089 012 345");
  ASSERT_TRUE(cccd.ok());
  EXPECT_EQ(cccd->type, DocumentType::kCitizenId);
  EXPECT_EQ(cccd->number, "001089012345");
  EXPECT_EQ(*cccd, *normalize_identity_number("001-089-012.345"));
  auto cmnd = normalize_identity_number("012 345 678");
  ASSERT_TRUE(cmnd.ok());
  EXPECT_EQ(cmnd->type, DocumentType::kIdentityCard);
  EXPECT_EQ(cmnd->number, "012345678");
  EXPECT_STREQ(document_type_name(cmnd->type), "identity_card");
  for (std::string_view bad : {"", "12345", "0010890123456", "00108901234A", "012345678 / 2"}) {
    auto r = normalize_identity_number(bad);
    ASSERT_FALSE(r.ok()) << bad;
    EXPECT_EQ(r.error().fields.count("citizen_id"), 1U);
  }
}

TEST(DocumentTest, Passports) {
  auto p = normalize_passport(" c 1234-567 ");
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(p->type, DocumentType::kPassport);
  EXPECT_EQ(p->number, "C1234567");
  EXPECT_EQ(*p, *normalize_passport("C1234567"));
  for (std::string_view bad : {"", "C12", "C1234567/89", "Đ1234567", "C123456789012345678901"}) {
    auto r = normalize_passport(bad);
    ASSERT_FALSE(r.ok()) << bad;
    EXPECT_EQ(r.error().fields.count("passport_number"), 1U);
  }
}

}  // namespace
}  // namespace frontline::match

namespace frontline::match {
namespace {

// The fast path for simple Vietnamese mobile numbers must answer exactly as
// libphonenumber does, for every national prefix, valid or not.
TEST(MatchPhone, FastPathAgreesWithLibphonenumber) {
  std::mt19937 rng(11);
  std::uniform_int_distribution<int> digit(0, 9);
  int fast_valid = 0;
  for (int prefix = 0; prefix < 1000; ++prefix) {
    for (int sample = 0; sample < 4; ++sample) {
      char national[16];
      std::snprintf(national, sizeof national, "%03d%d%d%d%d%d%d", prefix, digit(rng), digit(rng), digit(rng), digit(rng),
                    digit(rng), digit(rng));
      for (const std::string& written : {std::string("0") + national, std::string("+84 ") + national,
                                        std::string("0") + std::string(national).insert(3, ".").insert(7, ".")}) {
        auto fast = normalize_phone(written);
        auto slow = detail::normalize_phone_with_libphonenumber(written, "VN");
        ASSERT_EQ(fast.ok(), slow.ok()) << written;
        if (fast.ok()) {
          EXPECT_EQ(*fast, *slow) << written;
          ++fast_valid;
        }
      }
    }
  }
  EXPECT_GT(fast_valid, 1000);  // the mobile ranges are there
}

}  // namespace
}  // namespace frontline::match
