# Compiler policy as INTERFACE targets (after ccache's standard_settings /
# standard_warnings): every target of ours links both.
add_library(frontline_settings INTERFACE)
target_compile_features(frontline_settings INTERFACE cxx_std_20)
target_compile_definitions(frontline_settings INTERFACE
  $<$<CONFIG:Debug>:_GLIBCXX_ASSERTIONS>)
if(FRONTLINE_SANITIZE)
  target_compile_options(frontline_settings INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
  target_link_options(frontline_settings INTERFACE -fsanitize=address,undefined)
endif()

add_library(frontline_warnings INTERFACE)
target_compile_options(frontline_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
  -Wcast-align -Woverloaded-virtual -Wimplicit-fallthrough
  # GCC 12 reports false -Wrestrict positives inside std::string (GCC bug 105329).
  $<$<CXX_COMPILER_ID:GNU>:-Wno-restrict>
  $<$<BOOL:${FRONTLINE_WERROR}>:-Werror>)
