#include "match/phone.hpp"

#include <array>
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

}  // namespace

Result<std::string> normalize_phone(std::string_view raw, std::string_view default_region) {
  std::string digits;
  bool plus = false;
  for (char c : raw) {
    if (c >= '0' && c <= '9') {
      digits.push_back(c);
    } else if (c == '+' && digits.empty()) {
      plus = true;
    }
  }
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

}  // namespace frontline::match
