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
  static constexpr std::string_view text = R\"__embed__(${content})__embed__\";
  return text;
}

}  // namespace ${ns}
")
file(WRITE "${OUTPUT}.tmp" "${out}")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
