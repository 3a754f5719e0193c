#include "util/csv.hpp"

namespace frontline::csv {

std::string field(const std::string& value) {
  bool quote = !value.empty() && (value.front() == ' ' || value.back() == ' ');
  quote = quote || value.find_first_of(",\"\r\n") != std::string::npos;
  if (!quote) {
    return value;
  }
  std::string out = "\"";
  for (char c : value) {
    out += c;
    if (c == '"') {
      out += '"';
    }
  }
  out += '"';
  return out;
}

std::string record(const std::vector<std::string>& fields) {
  std::string out;
  for (size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) {
      out += ',';
    }
    out += field(fields[i]);
  }
  out += "\r\n";
  return out;
}

namespace {

class Reader {
 public:
  explicit Reader(std::string_view text) : text_(text) {
    if (text_.substr(0, 3) == "\xEF\xBB\xBF") {
      pos_ = 3;
    }
  }

  bool done() const { return pos_ >= text_.size(); }

  // Reads one record starting at pos_ (which is at the start of a line).
  Record next() {
    Record rec;
    rec.line = line_;
    std::string current;
    while (true) {
      if (pos_ >= text_.size()) {
        rec.fields.push_back(std::move(current));
        return rec;
      }
      char c = text_[pos_];
      if (c == '"' && current.empty() && at_field_start_) {
        if (!read_quoted(current, rec)) {
          return rec;
        }
        continue;
      }
      if (c == '"') {
        rec.error = "a quote inside an unquoted field";
        skip_line();
        return rec;
      }
      if (c == ',') {
        rec.fields.push_back(std::move(current));
        current.clear();
        at_field_start_ = true;
        ++pos_;
        continue;
      }
      if (c == '\r' || c == '\n') {
        end_line();
        rec.fields.push_back(std::move(current));
        at_field_start_ = true;
        return rec;
      }
      current += c;
      at_field_start_ = false;
      ++pos_;
    }
  }

  // Skips blank lines; true when a record follows.
  bool skip_blank_lines() {
    while (pos_ < text_.size() && (text_[pos_] == '\r' || text_[pos_] == '\n')) {
      end_line();
    }
    return pos_ < text_.size();
  }

 private:
  // pos_ at the opening quote. Appends the field's text to `out`; leaves pos_
  // after the closing quote. False (with rec.error set) when malformed.
  bool read_quoted(std::string& out, Record& rec) {
    ++pos_;
    while (true) {
      if (pos_ >= text_.size()) {
        rec.error = "a quoted field is not closed";
        return false;
      }
      char c = text_[pos_];
      if (c == '"') {
        if (pos_ + 1 < text_.size() && text_[pos_ + 1] == '"') {
          out += '"';
          pos_ += 2;
          continue;
        }
        ++pos_;
        at_field_start_ = false;
        if (pos_ < text_.size() && text_[pos_] != ',' && text_[pos_] != '\r' && text_[pos_] != '\n') {
          rec.error = "characters after a closing quote";
          skip_line();
          return false;
        }
        return true;
      }
      if (c == '\n') {
        ++line_;
      }
      out += c;
      ++pos_;
    }
  }

  // Consumes one line break ("\n", "\r\n" or a lone "\r").
  void end_line() {
    if (text_[pos_] == '\r' && pos_ + 1 < text_.size() && text_[pos_ + 1] == '\n') {
      ++pos_;
    }
    ++pos_;
    ++line_;
  }

  void skip_line() {
    while (pos_ < text_.size() && text_[pos_] != '\r' && text_[pos_] != '\n') {
      ++pos_;
    }
    if (pos_ < text_.size()) {
      end_line();
    }
    at_field_start_ = true;
  }

  std::string_view text_;
  size_t pos_ = 0;
  size_t line_ = 1;
  bool at_field_start_ = true;
};

}  // namespace

std::vector<Record> parse(std::string_view text) {
  std::vector<Record> out;
  Reader reader(text);
  while (reader.skip_blank_lines()) {
    out.push_back(reader.next());
  }
  return out;
}

std::string trim(std::string_view s) {
  const size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return "";
  const size_t e = s.find_last_not_of(" \t\r\n");
  return std::string(s.substr(b, e - b + 1));
}

std::vector<std::string> split_list(std::string_view cell, char sep) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= cell.size()) {
    size_t end = cell.find(sep, start);
    if (end == std::string_view::npos) end = cell.size();
    std::string part = trim(cell.substr(start, end - start));
    if (!part.empty()) out.push_back(std::move(part));
    start = end + 1;
  }
  return out;
}

}  // namespace frontline::csv
