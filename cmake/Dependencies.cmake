# Every dependency comes from a Debian 12 package (scripts/install-deps).
find_package(PkgConfig REQUIRED)
find_package(Threads REQUIRED)
find_package(nlohmann_json 3.11 REQUIRED)
find_package(fmt REQUIRED)
find_package(spdlog REQUIRED)
find_package(CLI11 REQUIRED)
pkg_check_modules(HTTPLIB REQUIRED IMPORTED_TARGET cpp-httplib)
pkg_check_modules(SQLITE3 REQUIRED IMPORTED_TARGET sqlite3)
pkg_check_modules(SODIUM REQUIRED IMPORTED_TARGET libsodium)
pkg_check_modules(ICU REQUIRED IMPORTED_TARGET icu-uc icu-i18n)
# Hyperscan: the online-recruitment scanner's one-pass multi-pattern matcher.
pkg_check_modules(HYPERSCAN REQUIRED IMPORTED_TARGET libhs)
# libxlsxwriter: the training reports' Excel workbook (training/report_xlsx.cpp).
pkg_check_modules(XLSXWRITER REQUIRED IMPORTED_TARGET xlsxwriter)
# libphonenumber (Debian libphonenumber-dev) ships neither a CMake config nor a
# pkg-config file: find its header and library, and protobuf, whose generated
# types its headers use. Only src/match/phone.cpp includes it.
find_path(PHONENUMBER_INCLUDE_DIR phonenumbers/phonenumberutil.h REQUIRED)
find_library(PHONENUMBER_LIBRARY phonenumber REQUIRED)
pkg_check_modules(PROTOBUF REQUIRED IMPORTED_TARGET protobuf)
add_library(Frontline::PhoneNumber INTERFACE IMPORTED)
target_include_directories(Frontline::PhoneNumber SYSTEM INTERFACE ${PHONENUMBER_INCLUDE_DIR})
target_link_libraries(Frontline::PhoneNumber INTERFACE ${PHONENUMBER_LIBRARY} PkgConfig::PROTOBUF)
# libharu (Debian libhpdf-dev, no pkg-config file): training certificates as
# PDF (src/training/certificate_pdf.cpp), with DejaVu fonts (fonts-dejavu-core).
find_path(HPDF_INCLUDE_DIR hpdf.h REQUIRED)
find_library(HPDF_LIBRARY hpdf REQUIRED)
add_library(Frontline::Hpdf INTERFACE IMPORTED)
target_include_directories(Frontline::Hpdf SYSTEM INTERFACE ${HPDF_INCLUDE_DIR})
target_link_libraries(Frontline::Hpdf INTERFACE ${HPDF_LIBRARY})
if(FRONTLINE_BUILD_TESTS)
  find_package(GTest REQUIRED)
endif()
if(FRONTLINE_BUILD_BENCH)
  find_package(benchmark REQUIRED)
endif()
