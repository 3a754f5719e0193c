// `frontline export ctdc` and `frontline import ctdc`: the anonymized CTDC
// layout out of and into a data directory, as the system (all units).
#include <fstream>
#include <iostream>
#include <sstream>

#include "app/data_dir.hpp"
#include "cli/commands.hpp"
#include "ctdc/export_format.hpp"
#include "service/ctdc_service.hpp"

namespace frontline::cli {
namespace {

struct ExportArgs {
  std::string data;
  std::string format = "csv";
  int k = ctdc::kDefaultK;
  std::string out;
};

Status write_file(const std::string& path, const std::string& bytes) {
  std::ofstream f(path, std::ios::binary | std::ios::trunc);
  f << bytes;
  f.close();
  if (!f) {
    return Error::unavailable("cannot write " + path);
  }
  return {};
}

Status run_export(const ExportArgs& a) {
  FL_ASSIGN_OR_RETURN(app::DataDir dir, app::open_data_dir(a.data, app::Create::kNever));
  SystemClock clock;
  service::CtdcService ctdc(*dir.store, clock);
  FL_ASSIGN_OR_RETURN(service::CtdcExport e, ctdc.export_victims(service::Principal::system(), a.k));
  std::string body = a.format == "csv" ? ctdc::rows_csv(e.rows) : ctdc::export_json(e.rows, e.report).dump(2) + "\n";
  const auto& r = e.report;
  std::ostringstream summary;
  summary << "ctdc export: k=" << r.k << ", " << r.input_rows << " victims, " << r.output_rows << " rows exported, "
          << r.suppressed_rows << " suppressed, " << r.generalized.size() << " generalizations\n";
  if (a.out.empty()) {
    std::cout << body;
    std::cerr << summary.str();
    return {};
  }
  FL_TRY(write_file(a.out, body));
  std::cout << summary.str();
  return {};
}

Status run_import(const std::string& data, const std::string& file) {
  FL_ASSIGN_OR_RETURN(std::string text, read_input_file(file));
  FL_ASSIGN_OR_RETURN(app::DataDir dir, app::open_data_dir(data, app::Create::kNever));
  SystemClock clock;
  service::CtdcService ctdc(*dir.store, clock);
  FL_ASSIGN_OR_RETURN(service::CtdcImportSummary s, ctdc.import_csv(service::Principal::system(), text));
  for (const auto& p : s.problems) {
    std::cerr << file << ":" << p.line << ": " << p.field << ": " << p.reason << "\n";
  }
  std::cout << "ctdc import: " << s.rows_read << " rows read, " << s.imported << " imported, " << s.already_present
            << " already present, " << s.bad_rows << " bad\n";
  return {};
}

}  // namespace

void add_ctdc_commands(CLI::App& app, const Runner& runner) {
  auto* exp = app.add_subcommand("export", "Export anonymized statistics");
  exp->require_subcommand(1);
  auto* exp_ctdc = exp->add_subcommand(
      "ctdc", "Victims of every unit in the CTDC global dataset layout, k-anonymous (see docs/ctdc.md)");
  auto args = std::make_shared<ExportArgs>();
  exp_ctdc->add_option("--data", args->data, "data directory")->required();
  exp_ctdc->add_option("--format", args->format, "csv or json")
      ->capture_default_str()
      ->check(CLI::IsMember({"csv", "json"}));
  exp_ctdc->add_option("--k", args->k, "every quasi-identifier combination is shared by at least k rows")
      ->capture_default_str()
      ->check(CLI::Range(service::kMinExportK, service::kMaxExportK));
  exp_ctdc->add_option("--out", args->out, "write to this file instead of standard output");
  exp_ctdc->callback([=] { runner([=] { return run_export(*args); }); });

  auto* imp = app.add_subcommand("import", "Import historic records");
  imp->require_subcommand(1);
  auto* imp_ctdc = imp->add_subcommand(
      "ctdc", "Store the rows of a CSV file in the CTDC layout as historic anonymized records; bad rows are "
              "reported by line and skipped, rows already imported are not added again");
  auto data = std::make_shared<std::string>();
  auto file = std::make_shared<std::string>();
  imp_ctdc->add_option("FILE", *file, "CSV file with a header row")->required();
  imp_ctdc->add_option("--data", *data, "data directory")->required();
  imp_ctdc->callback([=] { runner([=] { return run_import(*data, *file); }); });
}

}  // namespace frontline::cli
