// A fixed two-way table between an enum and its stable API names, so each
// enum's names are written once and parsing, printing and listing agree.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace frontline {

template <typename E, size_t N>
class EnumNames {
 public:
  constexpr explicit EnumNames(std::array<std::pair<E, const char*>, N> items) : items_(items) {}

  // The name of `value`; every enumerator must be in the table.
  constexpr const char* name(E value) const {
    for (const auto& [e, n] : items_) {
      if (e == value) {
        return n;
      }
    }
    return "";
  }
  // The enumerator named `text`, or nullopt.
  constexpr std::optional<E> parse(std::string_view text) const {
    for (const auto& [e, n] : items_) {
      if (text == n) {
        return e;
      }
    }
    return std::nullopt;
  }
  std::vector<std::string> names() const {
    std::vector<std::string> out;
    out.reserve(N);
    for (const auto& item : items_) {
      out.emplace_back(item.second);
    }
    return out;
  }
  std::vector<E> values() const {
    std::vector<E> out;
    for (const auto& item : items_) {
      out.push_back(item.first);
    }
    return out;
  }

 private:
  std::array<std::pair<E, const char*>, N> items_;
};

}  // namespace frontline
