// Phone numbers in E.164 through libphonenumber (the only file that includes
// it is phone.cpp). Safe from any thread: libphonenumber's PhoneNumberUtil is
// an immutable singleton after its first use.
#pragma once

#include <string>
#include <string_view>

#include "util/result.hpp"

namespace frontline::match {

// The E.164 form ("+84912345678") of a phone number as written.
//
// Without a leading "+" or "00" the number is read in `default_region` (ISO
// alpha-2, "VN" by default): "0912 345 678", "091-234-5678" and
// "(+84) 912 345 678" are all +84912345678; "84912345678" (the country code
// without "+") is also accepted, as libphonenumber does for the default
// region. Numbers of any country are accepted when written with their country
// code, the neighbours' included (+855 Cambodia, +856 Laos, +86 China,
// +95 Myanmar, +66 Thailand).
//
// Old 11-digit Vietnamese mobile numbers (prefixes 012x, 016x, 018x, 0199,
// renumbered to 10 digits in 2018) are converted to their current number
// first, e.g. 0168 123 4567 -> +84381234567, so old records match new ones.
// The 2017 change of landline area codes is not converted.
//
// InvalidArgument on field "phone" when the text is not a number libphonenumber
// can parse, or parses to a number that is not valid for its region.
//
// Current Vietnamese mobile numbers written simply take a fast path that
// gives libphonenumber's answer without parsing (learnt from it per
// prefix); anything else is parsed.
Result<std::string> normalize_phone(std::string_view raw, std::string_view default_region = "VN");

namespace detail {
// normalize_phone without the fast path (for the test that holds them equal).
Result<std::string> normalize_phone_with_libphonenumber(std::string_view raw, std::string_view default_region);
}  // namespace detail

}  // namespace frontline::match
