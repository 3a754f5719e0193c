#include <iostream>

#include "app/data_dir.hpp"
#include "cli/commands.hpp"
#include "store/audit_append.hpp"

namespace frontline::cli {

void add_audit_commands(CLI::App& app, const Runner& runner) {
  auto* audit = app.add_subcommand("audit", "Work with the tamper-evident audit log");
  audit->require_subcommand(1);
  auto* verify = audit->add_subcommand("verify", "Check the audit hash chain; exit 0 when intact");
  auto data = std::make_shared<std::string>();
  verify->add_option("--data", *data, "data directory")->required();
  verify->callback([=] {
    runner([=]() -> Status {
      FL_ASSIGN_OR_RETURN(app::DataDir dir, app::open_data_dir(*data, app::Create::kNever));
      FL_ASSIGN_OR_RETURN(audit::VerifyReport report, store::verify_audit(*dir.store));
      if (report.first_broken_seq) {
        return Error::corruption("audit chain broken at entry " + std::to_string(*report.first_broken_seq) + ": " +
                                 report.problem);
      }
      std::cout << "audit chain intact: " << report.entries << " entries\n";
      return {};
    });
  });
}

}  // namespace frontline::cli
