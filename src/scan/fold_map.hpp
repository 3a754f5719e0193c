// The texts the scanner searches, and how their bytes map back to the
// original:
//
// - the marked text: every character folded as text::fold folds it (lower-
//   case ASCII, no diacritics, đ -> d, Chinese as pinyin) but ASCII
//   punctuation and spacing kept, so "@", "/", "$", "+" and "." remain for
//   links, handles, amounts and phone numbers;
// - the word text: the marked text with every run of non-letters made one
//   space and trimmed — exactly text::fold's output — where phrases are
//   plain literals ("viec nhe luong cao" also for "Việc nhẹ, lương cao!").
//
// Folding is per character, through text::fold itself: a table of folded
// characters filled lazily, 256 code points at a time, the first time a
// character of that block is seen (thread-safe; ASCII never needs it).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace frontline::scan {

// Positions of a derived text mapped to its source, stored only where the
// two do not advance byte for byte (dropped bytes).
class OffsetMap {
 public:
  struct Piece {
    uint32_t derived;      // first byte in the derived text
    uint32_t source;       // first byte in the source
    uint32_t derived_len;  // may be 0 (a combining mark, a dropped run)
    uint32_t source_len;
  };
  void clear() { pieces_.clear(); }
  // Source byte `source` is left out of the derived text before position `derived`.
  void drop(size_t derived, size_t source) {
    if (!pieces_.empty()) {
      Piece& last = pieces_.back();
      if (last.derived == derived && last.derived_len == 0 && last.source + last.source_len == source) {
        ++last.source_len;
        return;
      }
    }
    pieces_.push_back({static_cast<uint32_t>(derived), static_cast<uint32_t>(source), 0, 1});
  }
  // The source position of derived byte `i`.
  size_t start(size_t i) const;
  // The source position just after derived bytes [.., end).
  size_t end(size_t end) const;

 private:
  const Piece* piece_for(size_t i) const;  // last piece starting at or before i; null if none
  std::vector<Piece> pieces_;
};

// Marked-text positions back to the original. Only a checkpoint every 32
// bytes or so is kept while folding (a record per character would cost more
// than the folding); a position is found by folding again from the
// checkpoint before it.
class OriginMap {
 public:
  void clear(std::string_view original) {
    original_ = original;
    checkpoints_.clear();
  }
  void add(size_t folded, size_t original) {
    checkpoints_.push_back({static_cast<uint32_t>(folded), static_cast<uint32_t>(original)});
  }
  // The original position where marked byte `i`'s character starts.
  size_t start(size_t i) const;
  // The original position just after marked bytes [.., end): whole
  // characters, with the combining marks that follow them.
  size_t end(size_t end, size_t folded_size) const;

 private:
  struct Checkpoint {
    uint32_t folded;
    uint32_t original;
  };
  // The character holding marked byte `i`: its original start and end.
  std::pair<size_t, size_t> char_at(size_t i) const;
  std::string_view original_;
  std::vector<Checkpoint> checkpoints_;
};

struct FoldedText {
  std::string_view text;   // the marked text, ASCII (in buffer)
  OriginMap map;           // text -> original (valid while the original is)
  std::string_view words;  // the word text (in words_buffer)
  OffsetMap words_map;     // words -> text
  std::vector<char> buffer;  // reused from call to call
  std::string words_buffer;
};

// Folds `original` into `out` (its buffers reused). False, leaving `out`
// unspecified, when `original` is not well-formed UTF-8.
bool fold_with_map(std::string_view original, FoldedText& out);

// True for the bytes text::fold keeps as letters or digits.
inline bool is_alnum_ascii(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

}  // namespace frontline::scan
