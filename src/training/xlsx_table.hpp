// A small layer over libxlsxwriter for the report workbook: a workbook
// written to a temporary file and read back as bytes, and sheets laid out as
// one table each (Vietnamese heading row, English heading row beneath, both
// frozen; a width and a number format per column). Only report_xlsx.cpp uses it.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "util/result.hpp"

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace frontline::training::xlsx {

enum class CellKind { kText, kInteger, kDecimal, kPercent };

struct Column {
  std::string vi;
  std::string en;
  double width = 12;
  CellKind kind = CellKind::kText;
};

// A cell: text, a number, or empty (a missing figure).
using Cell = std::variant<std::monostate, std::string, int64_t, double>;
Cell opt(const std::optional<double>& v);

class Workbook {
 public:
  // Opens a workbook on a fresh temporary file; Internal when it cannot.
  static Result<std::unique_ptr<Workbook>> create();
  ~Workbook();
  Workbook(const Workbook&) = delete;
  Workbook& operator=(const Workbook&) = delete;

  // Adds a sheet named `name` holding one table: headings in rows 1–2 (frozen),
  // then `rows`, each cell formatted by its column's kind.
  void add_table(const std::string& name, const std::vector<Column>& columns, const std::vector<std::vector<Cell>>& rows);
  // Closes the workbook and returns the file's bytes (the file is removed).
  // Internal naming the first library error met while writing.
  Result<std::string> finish();

 private:
  Workbook(std::string path, lxw_workbook* wb);
  void note(int lxw_error);

  std::string path_;
  lxw_workbook* wb_ = nullptr;
  lxw_format* heading_vi_ = nullptr;
  lxw_format* heading_en_ = nullptr;
  lxw_format* text_ = nullptr;
  lxw_format* integer_ = nullptr;
  lxw_format* decimal_ = nullptr;
  lxw_format* percent_ = nullptr;
  int first_error_ = 0;
};

}  // namespace frontline::training::xlsx
