#include "util/text.hpp"

#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <memory>

namespace frontline::text {
namespace {

// ICU transliterators are not safe to share between threads; each thread
// keeps its own instance, built once.
icu::Transliterator& folding_transliterator() {
  thread_local std::unique_ptr<icu::Transliterator> t = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> made(icu::Transliterator::createInstance(
        "Any-Latin; Latin-ASCII; Lower", UTRANS_FORWARD, status));
    if (U_FAILURE(status) || !made) {
      throw std::runtime_error("ICU transliterator unavailable");
    }
    return made;
  }();
  return *t;
}

}  // namespace

bool is_valid_utf8(std::string_view s) {
  int32_t i = 0;
  const auto n = static_cast<int32_t>(s.size());
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  while (i < n) {
    UChar32 c = 0;
    U8_NEXT(p, i, n, c);
    if (c < 0) {
      return false;
    }
  }
  return true;
}

Result<std::string> to_nfc(std::string_view s) {
  if (!is_valid_utf8(s)) {
    return Error::invalid("text is not valid UTF-8");
  }
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) {
    return Error::internal("ICU NFC normalizer unavailable");
  }
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
  u.findAndReplace(icu::UnicodeString(static_cast<UChar32>(0x00D0)), icu::UnicodeString(static_cast<UChar32>(0x0110)));
  icu::UnicodeString out = nfc->normalize(u, status);
  if (U_FAILURE(status)) {
    return Error::internal("NFC normalization failed");
  }
  std::string result;
  out.toUTF8String(result);
  return result;
}

std::string fold(std::string_view s) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
  folding_transliterator().transliterate(u);
  std::string ascii;
  u.toUTF8String(ascii);
  std::string out;
  out.reserve(ascii.size());
  bool pending_space = false;
  for (char c : ascii) {
    bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (c >= 'A' && c <= 'Z') {
      c = static_cast<char>(c - 'A' + 'a');
      alnum = true;
    }
    if (!alnum) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) {
      out.push_back(' ');
      pending_space = false;
    }
    out.push_back(c);
  }
  return out;
}

size_t code_points(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) {
    if ((c & 0xC0) != 0x80) {
      ++n;
    }
  }
  return n;
}

std::string excerpt(std::string_view s, size_t max_points) {
  if (code_points(s) <= max_points) {
    return std::string(s);
  }
  // Byte offset where code point number `max_points - 1` would start: room for "…".
  size_t keep = max_points == 0 ? 0 : max_points - 1;
  size_t end = 0;
  for (size_t seen = 0; end < s.size(); ++end) {
    if ((static_cast<unsigned char>(s[end]) & 0xC0) != 0x80) {
      if (seen == keep) {
        break;
      }
      ++seen;
    }
  }
  std::string_view cut = s.substr(0, end);
  const bool at_word_end = end < s.size() && s[end] == ' ';
  if (size_t space = cut.find_last_of(' '); !at_word_end && space != std::string_view::npos && space > 0) {
    cut = cut.substr(0, space);
  }
  while (!cut.empty() && cut.back() == ' ') {
    cut.remove_suffix(1);
  }
  return std::string(cut) + "\u2026";
}

bool has_control_chars(std::string_view s) {
  for (size_t i = 0; i < s.size(); ++i) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
      return true;
    }
    if (c == 0x7F) {
      return true;
    }
    // C1 controls U+0080..U+009F are encoded as C2 80..C2 9F.
    if (c == 0xC2 && i + 1 < s.size()) {
      auto d = static_cast<unsigned char>(s[i + 1]);
      if (d >= 0x80 && d <= 0x9F) {
        return true;
      }
    }
  }
  return false;
}

bool is_blank(std::string_view s) { return s.find_first_not_of(" \t\r\n") == std::string_view::npos; }

std::string digits_only(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c >= '0' && c <= '9') {
      out += c;
    }
  }
  return out;
}

}  // namespace frontline::text
