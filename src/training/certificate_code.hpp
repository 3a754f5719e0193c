// Certificate verification codes (docs/training.md): "FL-XXXX-XXXX", the 40
// bits of five random bytes in Crockford base-32 (0-9 A-Z without I L O U).
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace frontline::training {

// The code of five bytes, most significant bits first.
std::string certificate_code(const std::array<uint8_t, 5>& bytes);
// A fresh code from libsodium's random bytes.
std::string random_certificate_code();
// The canonical code of what a person typed or a link carried: case
// ignored, "FL" prefix and dashes optional, Crockford's look-alikes mapped
// (I, L -> 1; O -> 0). nullopt when it cannot be a code.
std::optional<std::string> normalize_certificate_code(std::string_view text);

}  // namespace frontline::training
