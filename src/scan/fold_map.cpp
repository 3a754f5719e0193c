// Per-character folding with an offset map (fold_map.hpp).
#include "scan/fold_map.hpp"

#include <array>
#include <atomic>
#include <memory>
#include <mutex>

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include "util/text.hpp"

namespace frontline::scan {
namespace {

constexpr uint32_t kBlocks = 0x110000 >> 8;

// The folded form of the 256 code points of one block.
struct Block {
  std::string pool;
  std::array<uint32_t, 256> off{};
  std::array<uint8_t, 256> len{};
};

// What one character becomes: text::fold of it alone; a separator (" ")
// when that leaves nothing, except for combining marks, which fold into
// the letter before them; Chinese, Japanese and Korean characters as
// separate words (" qing "), as text::fold spaces them in a run.
std::string fold_char(UChar32 c) {
  if (U_IS_SURROGATE(c)) {
    return " ";
  }
  char buf[4];
  int32_t n = 0;
  U8_APPEND_UNSAFE(buf, n, c);
  std::string f = text::fold(std::string_view(buf, static_cast<size_t>(n)));
  if (f.empty()) {
    const int8_t type = u_charType(c);
    return type == U_NON_SPACING_MARK || type == U_ENCLOSING_MARK ? std::string() : std::string(" ");
  }
  UErrorCode err = U_ZERO_ERROR;
  const UScriptCode script = uscript_getScript(c, &err);
  if (script == USCRIPT_HAN || script == USCRIPT_HIRAGANA || script == USCRIPT_KATAKANA || script == USCRIPT_HANGUL) {
    f = " " + f + " ";
  }
  return f.size() > 255 ? f.substr(0, 255) : f;
}

class FoldTable {
 public:
  FoldTable() : blocks_(std::make_unique<std::atomic<Block*>[]>(kBlocks)), once_(std::make_unique<std::once_flag[]>(kBlocks)) {}
  ~FoldTable() {
    for (uint32_t b = 0; b < kBlocks; ++b) {
      delete blocks_[b].load();
    }
  }
  FoldTable(const FoldTable&) = delete;
  FoldTable& operator=(const FoldTable&) = delete;

  std::string_view entry(UChar32 c) {
    const uint32_t b = static_cast<uint32_t>(c) >> 8;
    Block* block = blocks_[b].load(std::memory_order_acquire);
    if (block == nullptr) {
      std::call_once(once_[b], [&] { blocks_[b].store(fill(b), std::memory_order_release); });
      block = blocks_[b].load(std::memory_order_acquire);
    }
    const uint32_t i = static_cast<uint32_t>(c) & 0xFF;
    return std::string_view(block->pool).substr(block->off[i], block->len[i]);
  }

 private:
  static Block* fill(uint32_t b) {
    auto* block = new Block;
    for (uint32_t i = 0; i < 256; ++i) {
      const std::string f = fold_char(static_cast<UChar32>((b << 8) | i));
      block->off[i] = static_cast<uint32_t>(block->pool.size());
      block->len[i] = static_cast<uint8_t>(f.size());
      block->pool += f;
    }
    return block;
  }

  std::unique_ptr<std::atomic<Block*>[]> blocks_;
  std::unique_ptr<std::once_flag[]> once_;
};

// Shared by every scanner: it only caches what text::fold answers.
FoldTable& fold_table() {
  static FoldTable table;
  return table;
}

// ASCII as the scanner sees it: letters lower-cased, controls as spaces.
constexpr std::array<char, 128> kAscii = [] {
  std::array<char, 128> t{};
  for (int c = 0; c < 128; ++c) {
    t[c] = c < 0x20 || c == 0x7F ? ' ' : (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : static_cast<char>(c);
  }
  return t;
}();

}  // namespace

bool fold_with_map(std::string_view original, FoldedText& out) {
  out.text.clear();
  out.origin.clear();
  out.text.reserve(original.size() + 16);
  out.origin.reserve(original.size() + 17);
  const auto* p = reinterpret_cast<const uint8_t*>(original.data());
  const auto n = static_cast<int32_t>(original.size());
  FoldTable& table = fold_table();
  int32_t i = 0;
  while (i < n) {
    if (p[i] < 0x80) {
      out.text.push_back(kAscii[p[i]]);
      out.origin.push_back(static_cast<uint32_t>(i));
      ++i;
      continue;
    }
    const int32_t start = i;
    UChar32 c = 0;
    U8_NEXT(p, i, n, c);
    if (c < 0) {
      return false;
    }
    for (char f : table.entry(c)) {
      out.text.push_back(f);
      out.origin.push_back(static_cast<uint32_t>(start));
    }
  }
  out.origin.push_back(static_cast<uint32_t>(n));
  return true;
}

}  // namespace frontline::scan
