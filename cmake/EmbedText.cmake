# Generates a .cpp that defines `std::string_view SYMBOL()` returning the
# contents of INPUT, so a data file ships inside the binary.
# Usage: cmake -DINPUT=... -DOUTPUT=... -DSYMBOL=ns::name -P EmbedText.cmake
file(READ "${INPUT}" content)
string(REGEX MATCH "^(.*)::([^:]+)$" _ "${SYMBOL}")
set(ns "${CMAKE_MATCH_1}")
set(fn "${CMAKE_MATCH_2}")
set(out "// Generated from ${INPUT} by cmake/EmbedText.cmake. Do not edit.
#include <string_view>

namespace ${ns} {

std::string_view ${fn}() {
  // An array, not a constexpr string_view: the compiler's constexpr strlen
  // stops at 262,144 characters.
  static constexpr char text[] = R\"__embed__(${content})__embed__\";
  return std::string_view(text, sizeof(text) - 1);
}

}  // namespace ${ns}
")
file(WRITE "${OUTPUT}.tmp" "${out}")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
