#include "training/xlsx_table.hpp"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <xlsxwriter.h>

namespace frontline::training::xlsx {

Cell opt(const std::optional<double>& v) { return v ? Cell(*v) : Cell(std::monostate{}); }

Result<std::unique_ptr<Workbook>> Workbook::create() {
  std::error_code ec;
  auto dir = std::filesystem::temp_directory_path(ec);
  if (ec) {
    return Error::internal("no temporary directory for the workbook: " + ec.message());
  }
  std::string path = (dir / "frontline-report-XXXXXX.xlsx").string();
  int fd = mkstemps(path.data(), 5);
  if (fd < 0) {
    return Error::internal("cannot create a temporary file for the workbook");
  }
  close(fd);
  lxw_workbook_options options{};
  options.constant_memory = LXW_FALSE;  // keep shared strings: the sheets are small
  std::string tmpdir = dir.string();
  options.tmpdir = tmpdir.data();
  lxw_workbook* wb = workbook_new_opt(path.c_str(), &options);
  if (wb == nullptr) {
    std::filesystem::remove(path, ec);
    return Error::internal("libxlsxwriter could not start a workbook");
  }
  return std::unique_ptr<Workbook>(new Workbook(std::move(path), wb));
}

Workbook::Workbook(std::string path, lxw_workbook* wb) : path_(std::move(path)), wb_(wb) {
  heading_vi_ = workbook_add_format(wb_);
  format_set_bold(heading_vi_);
  format_set_bg_color(heading_vi_, 0xD9E1F2);
  format_set_text_wrap(heading_vi_);
  format_set_align(heading_vi_, LXW_ALIGN_VERTICAL_TOP);
  format_set_border(heading_vi_, LXW_BORDER_THIN);
  heading_en_ = workbook_add_format(wb_);
  format_set_italic(heading_en_);
  format_set_font_color(heading_en_, LXW_COLOR_GRAY);
  format_set_bg_color(heading_en_, 0xF2F2F2);
  format_set_text_wrap(heading_en_);
  format_set_align(heading_en_, LXW_ALIGN_VERTICAL_TOP);
  format_set_border(heading_en_, LXW_BORDER_THIN);
  text_ = workbook_add_format(wb_);
  format_set_text_wrap(text_);
  format_set_align(text_, LXW_ALIGN_VERTICAL_TOP);
  integer_ = workbook_add_format(wb_);
  format_set_num_format(integer_, "#,##0");
  format_set_align(integer_, LXW_ALIGN_VERTICAL_TOP);
  decimal_ = workbook_add_format(wb_);
  format_set_num_format(decimal_, "0.0");
  format_set_align(decimal_, LXW_ALIGN_VERTICAL_TOP);
  percent_ = workbook_add_format(wb_);
  format_set_num_format(percent_, "0.0%");
  format_set_align(percent_, LXW_ALIGN_VERTICAL_TOP);
}

Workbook::~Workbook() {
  if (wb_ != nullptr) {
    workbook_close(wb_);  // frees it; the file is removed below
  }
  std::error_code ec;
  std::filesystem::remove(path_, ec);
}

void Workbook::note(int lxw_error) {
  if (first_error_ == 0 && lxw_error != LXW_NO_ERROR) {
    first_error_ = lxw_error;
  }
}

void Workbook::add_table(const std::string& name, const std::vector<Column>& columns,
                         const std::vector<std::vector<Cell>>& rows) {
  lxw_worksheet* ws = workbook_add_worksheet(wb_, name.c_str());
  if (ws == nullptr) {
    note(LXW_ERROR_SHEETNAME_ALREADY_USED);
    return;
  }
  for (size_t c = 0; c < columns.size(); ++c) {
    const auto col = static_cast<lxw_col_t>(c);
    note(worksheet_set_column(ws, col, col, columns[c].width, nullptr));
    note(worksheet_write_string(ws, 0, col, columns[c].vi.c_str(), heading_vi_));
    note(worksheet_write_string(ws, 1, col, columns[c].en.c_str(), heading_en_));
  }
  worksheet_freeze_panes(ws, 2, 0);
  for (size_t r = 0; r < rows.size(); ++r) {
    const auto row = static_cast<lxw_row_t>(r + 2);
    for (size_t c = 0; c < rows[r].size() && c < columns.size(); ++c) {
      const auto col = static_cast<lxw_col_t>(c);
      const Cell& cell = rows[r][c];
      lxw_format* number = columns[c].kind == CellKind::kPercent   ? percent_
                           : columns[c].kind == CellKind::kDecimal ? decimal_
                                                                   : integer_;
      if (const auto* s = std::get_if<std::string>(&cell)) {
        note(worksheet_write_string(ws, row, col, s->c_str(), text_));
      } else if (const auto* i = std::get_if<int64_t>(&cell)) {
        note(worksheet_write_number(ws, row, col, static_cast<double>(*i), number));
      } else if (const auto* d = std::get_if<double>(&cell)) {
        note(worksheet_write_number(ws, row, col, *d, number));
      }
    }
  }
}

Result<std::string> Workbook::finish() {
  lxw_error closed = workbook_close(wb_);
  wb_ = nullptr;
  note(closed);
  if (first_error_ != 0) {
    return Error::internal(std::string("libxlsxwriter: ") + lxw_strerror(static_cast<lxw_error>(first_error_)));
  }
  std::ifstream in(path_, std::ios::binary);
  if (!in) {
    return Error::internal("cannot read back the workbook");
  }
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

}  // namespace frontline::training::xlsx
