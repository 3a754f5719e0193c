#include "http/error_text.hpp"

#include <nlohmann/json.hpp>

#include <cstdlib>
#include <vector>

#include "http/error_text_table.hpp"

namespace frontline::http {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) {
    s.remove_prefix(1);
  }
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) {
    s.remove_suffix(1);
  }
  return s;
}

// An English template cut at its holes: literals[i] precedes hole i, and
// literals.back() follows the last hole.
struct Shape {
  std::vector<std::string_view> literals;
  std::vector<bool> translated_holes;
};

Shape shape_of(std::string_view tmpl) {
  Shape s;
  size_t from = 0;
  for (;;) {
    const size_t plain = tmpl.find("{}", from);
    const size_t nested = tmpl.find("{t}", from);
    const size_t at = std::min(plain, nested);
    if (at == std::string_view::npos) {
      s.literals.push_back(tmpl.substr(from));
      return s;
    }
    s.literals.push_back(tmpl.substr(from, at - from));
    s.translated_holes.push_back(at == nested);
    from = at + (at == nested ? 3 : 2);
  }
}

// Fills `captures` with what each hole of `shape` holds in `text`; false when
// the text does not have the template's shape. Each hole takes the shortest
// span (possibly empty: "unknown status ''") that lets the next literal follow.
bool match(const Shape& shape, std::string_view text, std::vector<std::string_view>& captures) {
  captures.clear();
  const auto& lit = shape.literals;
  if (lit.size() == 1) {
    return text == lit[0];
  }
  if (text.substr(0, lit[0].size()) != lit[0]) {
    return false;
  }
  size_t pos = lit[0].size();
  for (size_t hole = 0; hole + 1 < lit.size(); ++hole) {
    const std::string_view next = lit[hole + 1];
    if (hole + 2 == lit.size()) {
      if (text.size() < pos + next.size() || text.substr(text.size() - next.size()) != next) {
        return false;
      }
      captures.push_back(text.substr(pos, text.size() - next.size() - pos));
      return true;
    }
    if (next.empty()) {
      return false;  // adjacent holes would be ambiguous; the table has none
    }
    const size_t found = text.find(next, pos);
    if (found == std::string_view::npos) {
      return false;
    }
    captures.push_back(text.substr(pos, found - pos));
    pos = found + next.size();
  }
  return false;
}

std::string fill(std::string_view translated, const std::vector<std::string>& values) {
  std::string out;
  for (size_t i = 0; i < translated.size(); ++i) {
    if (translated[i] == '{' && i + 2 < translated.size() && translated[i + 2] == '}' && translated[i + 1] >= '0' &&
        translated[i + 1] <= '9') {
      const size_t index = static_cast<size_t>(translated[i + 1] - '0');
      out += index < values.size() ? values[index] : std::string();
      i += 2;
    } else {
      out += translated[i];
    }
  }
  return out;
}

// Quality of one Accept-Language entry ("vi-VN;q=0.8" -> 0.8); 1 without q.
double quality(std::string_view params) {
  const size_t q = params.find("q=");
  if (q == std::string_view::npos) {
    return 1.0;
  }
  return std::strtod(std::string(params.substr(q + 2)).c_str(), nullptr);
}

}  // namespace

Language preferred_language(std::string_view accept_language) {
  double best_vi = 0.0;
  double best_en = 0.0;
  int first_vi = -1;
  int first_en = -1;
  int index = 0;
  while (!accept_language.empty()) {
    const size_t comma = accept_language.find(',');
    std::string_view entry = trim(accept_language.substr(0, comma));
    accept_language = comma == std::string_view::npos ? std::string_view() : accept_language.substr(comma + 1);
    const size_t semi = entry.find(';');
    const std::string_view tag = trim(entry.substr(0, semi));
    const double q = semi == std::string_view::npos ? 1.0 : quality(entry.substr(semi + 1));
    const std::string_view primary = tag.substr(0, tag.find('-'));
    auto is = [&](std::string_view lang) {
      return primary.size() == 2 && (primary[0] | 0x20) == lang[0] && (primary[1] | 0x20) == lang[1];
    };
    if (is("vi") && q > best_vi) {
      best_vi = q;
      first_vi = first_vi < 0 ? index : first_vi;
    } else if (is("en") && q > best_en) {
      best_en = q;
      first_en = first_en < 0 ? index : first_en;
    }
    ++index;
  }
  if (best_vi <= 0.0) {
    return Language::kEnglish;
  }
  if (best_vi > best_en || (best_vi == best_en && (first_en < 0 || first_vi < first_en))) {
    return Language::kVietnamese;
  }
  return Language::kEnglish;
}

std::optional<std::string> translate(std::string_view text, Language to) {
  if (to == Language::kEnglish) {
    return std::string(text);
  }
  std::vector<std::string_view> captures;
  for (const auto& t : vietnamese_error_texts()) {
    const Shape shape = shape_of(t.english);
    if (!match(shape, text, captures)) {
      continue;
    }
    std::vector<std::string> values;
    for (size_t i = 0; i < captures.size(); ++i) {
      std::optional<std::string> nested;
      if (shape.translated_holes[i]) {
        nested = translate(captures[i], to);
      }
      values.push_back(nested ? *nested : std::string(captures[i]));
    }
    return fill(t.translated, values);
  }
  return std::nullopt;
}

std::string localize_error_body(const std::string& body, Language to) {
  if (to == Language::kEnglish) {
    return body;
  }
  nlohmann::json j = nlohmann::json::parse(body, nullptr, false);
  if (j.is_discarded() || !j.is_object() || !j.contains("error") || !j["error"].is_object()) {
    return body;
  }
  nlohmann::json& e = j["error"];
  if (e.contains("message") && e["message"].is_string()) {
    if (auto m = translate(e["message"].get<std::string>(), to)) {
      e["message"] = *m;
    }
  }
  if (e.contains("fields") && e["fields"].is_object()) {
    for (auto& [field, reason] : e["fields"].items()) {
      if (!reason.is_string()) {
        continue;
      }
      if (auto r = translate(reason.get<std::string>(), to)) {
        reason = *r;
      }
    }
  }
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace frontline::http
