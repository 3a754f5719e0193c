// Lenient JSON parsing for per-item answers (lenient_json.hpp).
#include "http/lenient_json.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>

namespace frontline::http {
namespace {

// Length of the valid UTF-8 sequence at s[i], or 0 when none starts there.
size_t utf8_sequence(const std::string& s, size_t i) {
  const auto b = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char c = b(i);
  size_t len = 0;
  unsigned char lo = 0x80, hi = 0xBF;
  if (c >= 0xC2 && c <= 0xDF) {
    len = 2;
  } else if (c >= 0xE0 && c <= 0xEF) {
    len = 3;
    lo = c == 0xE0 ? 0xA0 : 0x80;
    hi = c == 0xED ? 0x9F : 0xBF;
  } else if (c >= 0xF0 && c <= 0xF4) {
    len = 4;
    lo = c == 0xF0 ? 0x90 : 0x80;
    hi = c == 0xF4 ? 0x8F : 0xBF;
  } else {
    return 0;
  }
  if (i + len > s.size() || b(i + 1) < lo || b(i + 1) > hi) {
    return 0;
  }
  for (size_t k = 2; k < len; ++k) {
    if (b(i + k) < 0x80 || b(i + k) > 0xBF) {
      return 0;
    }
  }
  return len;
}

// The value of the \uXXXX escape at s[i] ('\\'), or -1.
int escape_at(const std::string& s, size_t i) {
  if (i + 6 > s.size() || s[i] != '\\' || s[i + 1] != 'u') {
    return -1;
  }
  int v = 0;
  for (size_t k = i + 2; k < i + 6; ++k) {
    if (!std::isxdigit(static_cast<unsigned char>(s[k]))) {
      return -1;
    }
    v = v * 16 + (std::isdigit(static_cast<unsigned char>(s[k])) ? s[k] - '0' : (std::tolower(s[k]) - 'a' + 10));
  }
  return v;
}

std::string utf8_of(int cp) {
  std::string out;
  out += static_cast<char>(0xE0 | (cp >> 12));
  out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
  out += static_cast<char>(0x80 | (cp & 0x3F));
  return out;
}

std::string escape_of(int cp) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "\\u%04x", cp);
  return buf;
}

}  // namespace

Result<LenientJson> parse_json_lenient(const std::string& body) {
  std::string lower = body;
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
  int marker = -1;
  for (int cp = 0xFDD0; cp <= 0xFDEF && marker < 0; ++cp) {
    if (body.find(utf8_of(cp)) == std::string::npos && lower.find(escape_of(cp)) == std::string::npos) {
      marker = cp;
    }
  }
  if (marker < 0) {
    return Error::invalid_field("body", "is not valid JSON");
  }
  const std::string replacement = escape_of(marker);
  std::string out;
  out.reserve(body.size());
  bool in_string = false;
  for (size_t i = 0; i < body.size();) {
    const char c = body[i];
    if (!in_string) {
      in_string = c == '"';
      out += c;
      i += 1;
    } else if (c == '"') {
      in_string = false;
      out += c;
      i += 1;
    } else if (c == '\\') {
      const int v = escape_at(body, i);
      if (v >= 0xD800 && v <= 0xDBFF) {
        const int next = escape_at(body, i + 6);
        if (next >= 0xDC00 && next <= 0xDFFF) {
          out.append(body, i, 12);
          i += 12;
        } else {
          out += replacement;
          i += 6;
        }
      } else if (v >= 0xDC00 && v <= 0xDFFF) {
        out += replacement;
        i += 6;
      } else {
        const size_t n = std::min<size_t>(2, body.size() - i);
        out.append(body, i, n);
        i += n;
      }
    } else if (static_cast<unsigned char>(c) < 0x80) {
      out += c;
      i += 1;
    } else if (const size_t n = utf8_sequence(body, i); n > 0) {
      out.append(body, i, n);
      i += n;
    } else {
      out += replacement;
      i += 1;
    }
  }
  nlohmann::json j = nlohmann::json::parse(out, nullptr, false);
  if (j.is_discarded()) {
    return Error::invalid_field("body", "is not valid JSON");
  }
  if (!j.is_object()) {
    return Error::invalid_field("body", "must be a JSON object");
  }
  return LenientJson{std::move(j), utf8_of(marker)};
}

std::string restore_invalid(const std::string& s, const std::string& marker) {
  std::string out;
  size_t from = 0;
  for (size_t at = s.find(marker); at != std::string::npos; at = s.find(marker, from)) {
    out.append(s, from, at - from);
    out += '\xFF';
    from = at + marker.size();
  }
  out.append(s, from, std::string::npos);
  return out;
}

}  // namespace frontline::http
