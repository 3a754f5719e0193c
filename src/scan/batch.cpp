// Reading texts in batches (batch.hpp).
#include "scan/batch.hpp"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "util/csv.hpp"
#include "util/text.hpp"

namespace frontline::scan {
namespace {

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

template <typename Fn>
void each_line(std::string_view content, Fn fn) {
  size_t line = 0;
  while (!content.empty()) {
    const size_t nl = content.find('\n');
    std::string_view l = content.substr(0, nl);
    if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
    fn(++line, l);
    if (nl == std::string_view::npos) break;
    content.remove_prefix(nl + 1);
  }
}

std::string id_of(const nlohmann::json& v) {
  if (v.is_string()) return v.get<std::string>();
  if (v.is_number_integer()) return std::to_string(v.get<int64_t>());
  return {};
}

std::vector<BatchItem> read_jsonl(std::string_view content, const std::string& field) {
  std::vector<BatchItem> out;
  each_line(content, [&](size_t line, std::string_view l) {
    if (l.find_first_not_of(" \t") == std::string_view::npos) return;
    BatchItem item;
    item.item = line;
    nlohmann::json doc;
    if (!text::is_valid_utf8(l)) {
      item.error = "line " + std::to_string(line) + " is not valid UTF-8";
      out.push_back(std::move(item));
      return;
    }
    doc = nlohmann::json::parse(l, nullptr, false);
    if (doc.is_discarded() || !doc.is_object()) {
      item.error = "line " + std::to_string(line) + " is not a JSON object";
    } else if (auto f = doc.find(field); f == doc.end() || !f->is_string()) {
      item.error = "line " + std::to_string(line) + " has no text field \"" + field + "\"";
    } else {
      item.text = f->get<std::string>();
    }
    if (doc.is_object() && doc.contains("id")) item.id = id_of(doc["id"]);
    out.push_back(std::move(item));
  });
  return out;
}

Result<std::vector<BatchItem>> read_csv(std::string_view content, const std::string& column) {
  std::vector<csv::Record> records = csv::parse(content);
  if (records.empty()) return std::vector<BatchItem>{};
  const csv::Record& head = records.front();
  if (!head.error.empty()) return Error::invalid_field("column", "the CSV header is malformed: " + head.error);
  auto col = std::find(head.fields.begin(), head.fields.end(), column);
  if (col == head.fields.end()) {
    return Error::invalid_field("column", "the CSV header has no column \"" + column + "\"");
  }
  const size_t at = static_cast<size_t>(col - head.fields.begin());
  auto id_col = std::find(head.fields.begin(), head.fields.end(), "id");
  std::vector<BatchItem> out;
  for (size_t r = 1; r < records.size(); ++r) {
    const csv::Record& rec = records[r];
    BatchItem item;
    item.item = r;
    if (!rec.error.empty()) {
      item.error = "record on line " + std::to_string(rec.line) + ": " + rec.error;
    } else if (rec.fields.size() <= at) {
      item.error = "record on line " + std::to_string(rec.line) + " has no \"" + column + "\" field";
    } else {
      item.text = rec.fields[at];
      if (id_col != head.fields.end() && static_cast<size_t>(id_col - head.fields.begin()) < rec.fields.size()) {
        item.id = rec.fields[static_cast<size_t>(id_col - head.fields.begin())];
      }
    }
    out.push_back(std::move(item));
  }
  return out;
}

}  // namespace

std::optional<InputFormat> parse_input_format(std::string_view name) {
  if (name == "text") return InputFormat::kText;
  if (name == "lines") return InputFormat::kLines;
  if (name == "csv") return InputFormat::kCsv;
  if (name == "jsonl") return InputFormat::kJsonl;
  return std::nullopt;
}

InputFormat format_of_path(std::string_view path) {
  if (ends_with(path, ".csv")) return InputFormat::kCsv;
  if (ends_with(path, ".jsonl") || ends_with(path, ".ndjson")) return InputFormat::kJsonl;
  return InputFormat::kText;
}

Result<std::vector<BatchItem>> read_batch(std::string_view content, const BatchOptions& options) {
  switch (options.format) {
    case InputFormat::kCsv: return read_csv(content, options.field);
    case InputFormat::kJsonl: return read_jsonl(content, options.field);
    case InputFormat::kLines: {
      std::vector<BatchItem> out;
      each_line(content, [&](size_t line, std::string_view l) {
        if (l.find_first_not_of(" \t") != std::string_view::npos) out.push_back({line, "", std::string(l), ""});
      });
      return out;
    }
    case InputFormat::kText: break;
  }
  std::vector<BatchItem> one;
  one.push_back({1, "", std::string(content), ""});
  return one;
}

}  // namespace frontline::scan
