#include "match/phone.hpp"

#include <array>
#include <atomic>
#include <utility>

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

namespace frontline::match {
namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

// The 2018 renumbering of 11-digit mobile numbers: old prefix after the
// trunk 0 (three digits) -> new prefix (two digits); the last seven digits stay.
constexpr std::array<std::pair<std::string_view, std::string_view>, 21> kOldMobilePrefixes = {{
    {"162", "32"}, {"163", "33"}, {"164", "34"}, {"165", "35"}, {"166", "36"}, {"167", "37"},
    {"168", "38"}, {"169", "39"},                                                  // Viettel
    {"120", "70"}, {"121", "79"}, {"122", "77"}, {"126", "76"}, {"128", "78"},  // MobiFone
    {"123", "83"}, {"124", "84"}, {"125", "85"}, {"127", "81"}, {"129", "82"},  // VinaPhone
    {"186", "56"}, {"188", "58"},                                                // Vietnamobile
    {"199", "59"},                                                               // Gmobile
}};

// "+84" and the current national number when `digits` (with `plus` telling
// whether a "+" led them) is an old 11-digit Vietnamese mobile number in any
// of its spellings; empty otherwise.
std::string convert_old_mobile(const std::string& digits, bool plus, std::string_view region) {
  std::string national;  // "1xy" + 7 digits
  if (!plus && region == "VN" && digits.size() == 11 && digits[0] == '0') {
    national = digits.substr(1);
  } else if ((plus || region == "VN") && digits.size() == 12 && digits.starts_with("84")) {
    national = digits.substr(2);
  } else if (!plus && digits.size() == 14 && digits.starts_with("0084")) {
    national = digits.substr(4);
  }
  if (national.size() != 10 || national[0] != '1') {
    return {};
  }
  for (const auto& [old_prefix, new_prefix] : kOldMobilePrefixes) {
    if (national.starts_with(old_prefix)) {
      return "+84" + std::string(new_prefix) + national.substr(3);
    }
  }
  return {};
}

// The digits of a number as written, and whether a "+" led them.
std::pair<std::string, bool> digits_of(std::string_view raw) {
  std::string digits;
  bool plus = false;
  for (char c : raw) {
    if (c >= '0' && c <= '9') {
      digits.push_back(c);
    } else if (c == '+' && digits.empty()) {
      plus = true;
    }
  }
  return {digits, plus};
}

// Whether every Vietnamese mobile number whose national number starts with
// `key` (its first three digits) is one libphonenumber accepts as written
// with a trunk 0 or +84: learnt from libphonenumber itself, on five numbers
// of the prefix, the first time the prefix is seen. Parsing costs about
// 20 µs, which the scanner cannot afford per phone number of a post.
class FastPrefixes {
 public:
  bool fast(int key) {
    int state = state_[key].load(std::memory_order_relaxed);
    if (state == kUnknown) {
      state = learn(key) ? kFast : kSlow;
      state_[key].store(state, std::memory_order_relaxed);  // every thread learns the same
    }
    return state == kFast;
  }

 private:
  static constexpr int kUnknown = 0, kFast = 1, kSlow = 2;
  static bool learn(int key) {
    const std::string prefix = {static_cast<char>('0' + key / 100), static_cast<char>('0' + key / 10 % 10),
                                static_cast<char>('0' + key % 10)};
    for (const char* rest : {"000000", "555555", "999999", "123456", "987654"}) {
      const std::string national = prefix + rest;
      auto e164 = detail::normalize_phone_with_libphonenumber("0" + national, "VN");
      if (!e164.ok() || *e164 != "+84" + national) return false;
    }
    return true;
  }
  std::array<std::atomic<int>, 1000> state_{};
};

FastPrefixes& fast_prefixes() {
  static FastPrefixes table;  // caches only libphonenumber's own answers
  return table;
}

// "+84" and the 9-digit national number of a current Vietnamese mobile
// number written simply ("0912 345 678", "+84 912.345.678"); empty for any
// other spelling, left to libphonenumber.
std::string fast_vietnamese_mobile(std::string_view raw, const std::string& digits, bool plus, std::string_view region) {
  for (char c : raw) {
    if (!((c >= '0' && c <= '9') || c == ' ' || c == '.' || c == '-' || c == '(' || c == ')' || c == '+')) return {};
  }
  std::string national;
  if (!plus && region == "VN" && digits.size() == 10 && digits[0] == '0') {
    national = digits.substr(1);
  } else if (plus && digits.size() == 11 && digits.starts_with("84")) {
    national = digits.substr(2);
  }
  if (national.empty() || national[0] == '0') return {};
  const int key = (national[0] - '0') * 100 + (national[1] - '0') * 10 + (national[2] - '0');
  return fast_prefixes().fast(key) ? "+84" + national : std::string();
}

}  // namespace

Result<std::string> normalize_phone(std::string_view raw, std::string_view default_region) {
  const auto [digits, plus] = digits_of(raw);
  if (std::string fast = fast_vietnamese_mobile(raw, digits, plus, default_region); !fast.empty()) {
    return fast;
  }
  return detail::normalize_phone_with_libphonenumber(raw, default_region);
}

namespace detail {

Result<std::string> normalize_phone_with_libphonenumber(std::string_view raw, std::string_view default_region) {
  const auto [digits, plus] = digits_of(raw);
  std::string text(raw);
  if (std::string converted = convert_old_mobile(digits, plus, default_region); !converted.empty()) {
    text = std::move(converted);
  }
  const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
  PhoneNumber number;
  if (util.Parse(text, std::string(default_region), &number) != PhoneNumberUtil::NO_PARSING_ERROR) {
    return Error::invalid_field("phone", "not a phone number");
  }
  if (!util.IsValidNumber(number)) {
    return Error::invalid_field("phone", "not a valid number for its country");
  }
  std::string e164;
  util.Format(number, PhoneNumberUtil::E164, &e164);
  return e164;
}

}  // namespace detail

}  // namespace frontline::match
