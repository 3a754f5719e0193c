// Many texts from one input, for `frontline scan` and `frontline scan
// watch`: a whole text, one text per line, a CSV column or a JSON Lines
// field. A bad row becomes an item with an error and the rest are still
// read (issue 6, point 7).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "util/result.hpp"

namespace frontline::scan {

enum class InputFormat { kText, kLines, kCsv, kJsonl };

// "text", "lines", "csv", "jsonl"; nullopt otherwise.
std::optional<InputFormat> parse_input_format(std::string_view name);
// By file name: .csv -> csv, .jsonl/.ndjson -> jsonl, anything else -> text.
InputFormat format_of_path(std::string_view path);

struct BatchItem {
  size_t item = 0;    // 1-based: line of a text per line or JSON Lines, record of a CSV
  std::string id;     // the "id" field or column when there is one
  std::string text;
  std::string error;  // non-empty: the row could not be read (the text is then empty)
};

struct BatchOptions {
  InputFormat format = InputFormat::kText;
  std::string field = "text";  // JSON Lines field / CSV column holding the text
};

// InvalidArgument naming "column" when a CSV header lacks the column.
Result<std::vector<BatchItem>> read_batch(std::string_view content, const BatchOptions& options);

}  // namespace frontline::scan
