// Parsing the labelled posts and assigning splits (labelled.hpp).
#include "scan/labelled.hpp"

#include <map>
#include <set>

#include <nlohmann/json.hpp>

#include "util/text.hpp"

namespace frontline::scan {

std::string_view embedded_labelled_jsonl();  // generated from data/scan/labelled/*.jsonl

namespace {

using nlohmann::json;

constexpr size_t kMaxErrors = 20;

// One line's post, or the reason it is refused.
Result<LabelledText> parse_line(std::string_view line) {
  json obj = json::parse(line.begin(), line.end(), nullptr, /*allow_exceptions=*/false);
  if (obj.is_discarded()) {
    return Error::invalid("not JSON (or not valid UTF-8)");
  }
  if (!obj.is_object()) {
    return Error::invalid("must be a JSON object");
  }
  LabelledText t;
  auto id = obj.find("id");
  if (id == obj.end() || !id->is_string() || id->get<std::string>().empty()) {
    return Error::invalid("id must be a non-empty string");
  }
  t.id = id->get<std::string>();
  auto label = obj.find("label");
  if (label == obj.end() || !label->is_number_integer() || (label->get<int64_t>() != 0 && label->get<int64_t>() != 1)) {
    return Error::invalid("label must be 0 or 1");
  }
  t.label = static_cast<int>(label->get<int64_t>());
  auto text = obj.find("text");
  if (text == obj.end() || !text->is_string() || text::is_blank(text->get<std::string>())) {
    return Error::invalid("text must be a non-blank string");
  }
  t.text = text->get<std::string>();
  for (const char* key : {"lang", "kind"}) {
    auto it = obj.find(key);
    if (it == obj.end()) {
      continue;
    }
    if (!it->is_string()) {
      return Error::invalid(std::string(key) + " must be a string");
    }
    (std::string_view(key) == "lang" ? t.lang : t.kind) = it->get<std::string>();
  }
  return t;
}

}  // namespace

Result<std::vector<LabelledText>> parse_labelled(std::string_view jsonl) {
  std::vector<LabelledText> out;
  std::map<std::string, std::string> errors;
  std::map<std::string, size_t> first_line_of_id;
  size_t line_no = 0;
  size_t pos = 0;
  while (pos < jsonl.size()) {
    size_t end = jsonl.find('\n', pos);
    if (end == std::string_view::npos) {
      end = jsonl.size();
    }
    std::string_view line = jsonl.substr(pos, end - pos);
    pos = end + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') {
      line.remove_suffix(1);
    }
    if (text::is_blank(line)) {
      continue;
    }
    auto parsed = parse_line(line);
    std::string why;
    if (!parsed.ok()) {
      why = parsed.error().message;
    } else if (auto [it, fresh] = first_line_of_id.emplace(parsed->id, line_no); !fresh) {
      why = "id \"" + parsed->id + "\" already used on line " + std::to_string(it->second);
    }
    if (!why.empty()) {
      if (errors.size() < kMaxErrors) {
        errors["line " + std::to_string(line_no)] = why;
      }
      continue;
    }
    out.push_back(std::move(parsed).value());
  }
  if (!errors.empty()) {
    return Error::invalid("the labelled posts are invalid", std::move(errors));
  }
  if (out.empty()) {
    return Error::invalid_field("data", "holds no labelled posts");
  }
  return out;
}

const std::vector<LabelledText>& builtin_labelled() {
  static const std::vector<LabelledText> set = [] {
    auto parsed = parse_labelled(embedded_labelled_jsonl());
    // The files are part of the source and checked by the tests; a broken
    // one is a build defect, not a run-time condition.
    return parsed.ok() ? std::move(parsed).value() : std::vector<LabelledText>{};
  }();
  return set;
}

const char* split_name(Split s) {
  switch (s) {
    case Split::kTrain:
      return "train";
    case Split::kValidation:
      return "validation";
    case Split::kTest:
      return "test";
  }
  return "train";
}

uint64_t fnv1a64(std::string_view bytes, uint64_t seed) {
  uint64_t h = seed;
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  return h;
}

Split split_of(std::string_view id) {
  const uint64_t bucket = fnv1a64(id) % 100;
  if (bucket < 70) {
    return Split::kTrain;
  }
  return bucket < 85 ? Split::kValidation : Split::kTest;
}

}  // namespace frontline::scan
