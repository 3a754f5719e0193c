#include <iostream>

#include "app/data_dir.hpp"
#include "cli/commands.hpp"
#include "demo/demo.hpp"

namespace frontline::cli {

void add_demo_command(CLI::App& app, const Runner& runner) {
  auto* cmd = app.add_subcommand("demo-data", "Fill a data directory with realistic generated demo data");
  auto data = std::make_shared<std::string>();
  auto opts = std::make_shared<demo::DemoOptions>();
  cmd->add_option("--data", *data, "data directory (initialized)")->required();
  cmd->add_option("--cases", opts->cases, "number of cases to generate")->capture_default_str()->check(CLI::Range(0, 10000000));
  cmd->add_option("--seed", opts->seed, "random seed; the same seed gives the same data")->capture_default_str();
  cmd->callback([=] {
    runner([=]() -> Status {
      FL_ASSIGN_OR_RETURN(app::DataDir dir, app::open_data_dir(*data, app::Create::kNever));
      SystemClock clock;
      FL_ASSIGN_OR_RETURN(demo::DemoSummary summary, demo::generate(*dir.store, clock, *opts));
      std::cout << "generated " << summary.cases << " cases, " << summary.persons << " persons, " << summary.events
                << " timeline events, " << summary.identifiers << " case identifiers\n";
      if (!summary.users.empty()) {
        std::cout << "demo log-ins (username / password / role / unit):\n";
        for (const auto& u : summary.users) {
          std::cout << "  " << u.username << " / " << u.password << " / " << u.role << " / " << u.unit_code << "\n";
        }
      }
      return {};
    });
  });
}

}  // namespace frontline::cli
