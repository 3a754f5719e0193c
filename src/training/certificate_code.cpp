#include "training/certificate_code.hpp"

#include <sodium.h>

namespace frontline::training {
namespace {

constexpr std::string_view kAlphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

}  // namespace

std::string certificate_code(const std::array<uint8_t, 5>& bytes) {
  uint64_t bits = 0;
  for (uint8_t b : bytes) bits = (bits << 8) | b;
  std::string digits(8, '0');
  for (int i = 7; i >= 0; --i) {
    digits[static_cast<size_t>(i)] = kAlphabet[bits & 31];
    bits >>= 5;
  }
  return "FL-" + digits.substr(0, 4) + "-" + digits.substr(4);
}

std::string random_certificate_code() {
  std::array<uint8_t, 5> bytes{};
  randombytes_buf(bytes.data(), bytes.size());
  return certificate_code(bytes);
}

std::optional<std::string> normalize_certificate_code(std::string_view text) {
  std::string digits;
  for (char c : text) {
    if (c == '-' || c == ' ') continue;
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    digits.push_back(c);
  }
  if (digits.size() == 10 && digits.compare(0, 2, "FL") == 0) digits.erase(0, 2);
  if (digits.size() != 8) return std::nullopt;
  for (char& c : digits) {
    if (c == 'I' || c == 'L') c = '1';
    if (c == 'O') c = '0';
    if (kAlphabet.find(c) == std::string_view::npos) return std::nullopt;
  }
  return "FL-" + digits.substr(0, 4) + "-" + digits.substr(4);
}

}  // namespace frontline::training
