#include "store/sqlite/repos.hpp"

namespace frontline::store::sqlite {

std::string join_csv(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) {
    if (!out.empty()) {
      out += ',';
    }
    out += item;
  }
  return out;
}

std::vector<std::string> split_csv(const std::string& text) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start < text.size()) {
    size_t comma = text.find(',', start);
    if (comma == std::string::npos) {
      comma = text.size();
    }
    if (comma > start) {
      out.push_back(text.substr(start, comma - start));
    }
    start = comma + 1;
  }
  return out;
}

Result<TimePoint> stored_time(const std::string& text) {
  auto tp = parse_utc(text);
  if (!tp) {
    return Error::corruption("stored timestamp is malformed: " + text);
  }
  return *tp;
}

}  // namespace frontline::store::sqlite
