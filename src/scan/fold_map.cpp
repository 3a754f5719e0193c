// Per-character folding with an offset map (fold_map.hpp).
#include "scan/fold_map.hpp"

#include <algorithm>
#include <array>
#include <atomic>
#include <cstring>
#include <memory>
#include <mutex>

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include "util/text.hpp"

namespace frontline::scan {
namespace {

constexpr uint32_t kBlocks = 0x110000 >> 8;
constexpr size_t kCheckpointEvery = 32;

// The folded form of the 256 code points of one block.
struct Block {
  std::string pool;
  std::array<uint32_t, 256> off{};
  std::array<uint8_t, 256> len{};
  // Entries of at most three bytes packed for the hot loop: the bytes in
  // the low 24 bits (little-endian order), the length in the top 8; a
  // length of kLong sends the loop to the pool.
  std::array<uint32_t, 256> packed{};
};
constexpr uint32_t kLong = 0xFF;

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

  const Block& block(uint32_t b) {
    Block* block = blocks_[b].load(std::memory_order_acquire);
    if (block == nullptr) {
      std::call_once(once_[b], [&] { blocks_[b].store(fill(b), std::memory_order_release); });
      block = blocks_[b].load(std::memory_order_acquire);
    }
    return *block;
  }

  std::string_view entry(UChar32 c) {
    const Block& b = block(static_cast<uint32_t>(c) >> 8);
    const uint32_t i = static_cast<uint32_t>(c) & 0xFF;
    return std::string_view(b.pool).substr(b.off[i], b.len[i]);
  }

 private:
  static Block* fill(uint32_t b) {
    auto* block = new Block;
    for (uint32_t i = 0; i < 256; ++i) {
      const std::string f = fold_char(static_cast<UChar32>((b << 8) | i));
      block->off[i] = static_cast<uint32_t>(block->pool.size());
      block->len[i] = static_cast<uint8_t>(f.size());
      block->pool += f;
      uint32_t packed = f.size() <= 3 ? static_cast<uint32_t>(f.size()) << 24 : kLong << 24;
      for (size_t k = 0; k < f.size() && k < 3; ++k) packed |= static_cast<uint32_t>(static_cast<uint8_t>(f[k])) << (8 * k);
      block->packed[i] = packed;
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

const OffsetMap::Piece* OffsetMap::piece_for(size_t i) const {
  // The last piece with derived <= i.
  auto it = std::upper_bound(pieces_.begin(), pieces_.end(), i,
                             [](size_t v, const Piece& p) { return v < p.derived; });
  return it == pieces_.begin() ? nullptr : &*(it - 1);
}

size_t OffsetMap::start(size_t i) const {
  const Piece* p = piece_for(i);
  if (p == nullptr) return i;
  if (i < p->derived + p->derived_len) return p->source;
  return p->source + p->source_len + (i - p->derived - p->derived_len);
}

size_t OffsetMap::end(size_t end) const {
  if (end == 0) return start(0);
  const Piece* p = piece_for(end - 1);
  if (p != nullptr && end - 1 < p->derived + p->derived_len) return p->source + p->source_len;
  return start(end - 1) + 1;
}

namespace {

// Letters and digits of the marked text, as is_alnum_ascii says.
constexpr std::array<bool, 256> kAlnum = [] {
  std::array<bool, 256> t{};
  for (int c = 0; c < 256; ++c) t[c] = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  return t;
}();

// The word text of `marked` (fold_map.hpp), mapped back to it: each
// non-letter becomes a space and a space after a space (or at the start)
// is dropped; the trailing one is cut. Only dropped bytes need a piece of
// the map, and most text drops few; the loop has no branch per byte.
void make_words(std::string_view marked, std::string& words, OffsetMap& map) {
  map.clear();
  words.resize(marked.size() + 1);
  char* const base = words.data();
  char* w = base;
  bool prev_sep = true;
  const auto* m = reinterpret_cast<const uint8_t*>(marked.data());
  const size_t n = marked.size();
  for (size_t i = 0; i < n; ++i) {
    const bool alnum = kAlnum[m[i]];
    *w = alnum ? static_cast<char>(m[i]) : ' ';
    const bool keep = alnum || !prev_sep;
    if (!keep) map.drop(static_cast<size_t>(w - base), i);
    w += keep;
    prev_sep = !alnum;
  }
  if (w > base && w[-1] == ' ') --w;  // trailing: nothing maps past the end
  words.resize(static_cast<size_t>(w - base));
}

}  // namespace

bool fold_with_map(std::string_view original, FoldedText& out) {
  const size_t n = original.size();
  out.map.clear(original);
  // Every character but a long entry (checked where met) writes at most
  // three bytes per input byte, plus one byte of a packed store.
  if (out.buffer.size() < 3 * n + 8) out.buffer.resize(3 * n + 64);
  char* w = out.buffer.data();
  const auto* p = reinterpret_cast<const uint8_t*>(original.data());
  FoldTable& table = fold_table();
  size_t i = 0;
  size_t next_checkpoint = 0;  // marked position from which the next checkpoint is due
  auto written = [&] { return static_cast<size_t>(w - out.buffer.data()); };
  while (i < n) {
    if (written() >= next_checkpoint) {
      out.map.add(written(), i);
      next_checkpoint = written() + kCheckpointEvery;
    }
    // Eight ASCII bytes at a time while there are.
    if (i + 8 <= n) {
      uint64_t block;
      std::memcpy(&block, p + i, 8);
      if ((block & 0x8080808080808080ULL) == 0) {
        for (int k = 0; k < 8; ++k) w[k] = kAscii[p[i + k]];
        w += 8;
        i += 8;
        continue;
      }
    }
    const uint8_t b0 = p[i];
    if (b0 < 0x80) {
      *w++ = kAscii[b0];
      ++i;
      continue;
    }
    // Two- and three-byte characters (Latin, Vietnamese) decoded here;
    // E1-EC lead bytes take any continuation (no overlong or surrogate).
    UChar32 c = -1;
    if (b0 >= 0xC2 && b0 <= 0xDF && i + 1 < n && (p[i + 1] & 0xC0) == 0x80) {
      c = ((b0 & 0x1F) << 6) | (p[i + 1] & 0x3F);
      i += 2;
    } else if (b0 >= 0xE1 && b0 <= 0xEC && i + 2 < n && (p[i + 1] & 0xC0) == 0x80 && (p[i + 2] & 0xC0) == 0x80) {
      c = ((b0 & 0x0F) << 12) | ((p[i + 1] & 0x3F) << 6) | (p[i + 2] & 0x3F);
      i += 3;
    } else {
      int32_t next = static_cast<int32_t>(i);
      U8_NEXT(p, next, static_cast<int32_t>(n), c);
      if (c < 0) {
        return false;
      }
      i = static_cast<size_t>(next);
    }
    const uint32_t packed = table.block(static_cast<uint32_t>(c) >> 8).packed[static_cast<uint32_t>(c) & 0xFF];
    const uint32_t len = packed >> 24;
    if (len != kLong) {
      std::memcpy(w, &packed, 4);  // little-endian: the entry's bytes first
      w += len;
      continue;
    }
    const std::string_view entry = table.entry(c);
    const size_t at = written();
    if (out.buffer.size() < at + entry.size() + 3 * (n - i) + 8) {
      out.buffer.resize(out.buffer.size() * 2 + entry.size());
      w = out.buffer.data() + at;
    }
    std::memcpy(w, entry.data(), entry.size());
    w += entry.size();
  }
  out.text = std::string_view(out.buffer.data(), written());
  make_words(out.text, out.words_buffer, out.words_map);
  out.words = std::string_view(out.words_buffer.data(), out.words_buffer.size());
  return true;
}

std::pair<size_t, size_t> OriginMap::char_at(size_t i) const {
  auto it = std::upper_bound(checkpoints_.begin(), checkpoints_.end(), i,
                             [](size_t v, const Checkpoint& c) { return v < c.folded; });
  size_t folded = 0, pos = 0;
  if (it != checkpoints_.begin()) {
    folded = (it - 1)->folded;
    pos = (it - 1)->original;
  }
  const auto* p = reinterpret_cast<const uint8_t*>(original_.data());
  const auto n = static_cast<int32_t>(original_.size());
  FoldTable& table = fold_table();
  while (pos < original_.size()) {
    int32_t next = static_cast<int32_t>(pos);
    size_t len = 1;
    if (p[pos] < 0x80) {
      ++next;
    } else {
      UChar32 c = 0;
      U8_NEXT(p, next, n, c);
      len = c < 0 ? 0 : table.entry(c).size();
    }
    if (i < folded + len) return {pos, static_cast<size_t>(next)};
    folded += len;
    pos = static_cast<size_t>(next);
  }
  return {original_.size(), original_.size()};
}

size_t OriginMap::start(size_t i) const { return char_at(i).first; }

size_t OriginMap::end(size_t end, size_t folded_size) const {
  if (end == 0) return start(0);
  if (end >= folded_size) return original_.size();
  size_t out = char_at(end - 1).second;
  // Characters that fold to nothing right after (combining marks) belong to it.
  const auto* p = reinterpret_cast<const uint8_t*>(original_.data());
  const auto n = static_cast<int32_t>(original_.size());
  while (out < original_.size() && p[out] >= 0x80) {
    int32_t next = static_cast<int32_t>(out);
    UChar32 c = 0;
    U8_NEXT(p, next, n, c);
    if (c < 0 || !fold_table().entry(c).empty()) break;
    out = static_cast<size_t>(next);
  }
  return out;
}

}  // namespace frontline::scan
