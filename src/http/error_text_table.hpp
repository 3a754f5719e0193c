// The translation tables behind error_text.hpp (not part of its interface).
#pragma once

#include <string_view>
#include <vector>

namespace frontline::http {

// One English template and its translation (syntax in error_text.hpp).
struct TextTemplate {
  std::string_view english;
  std::string_view translated;
};

const std::vector<TextTemplate>& vietnamese_error_texts();

}  // namespace frontline::http
