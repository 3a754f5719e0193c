#include <iostream>

#include "app/data_dir.hpp"
#include "app/key_rotation.hpp"
#include "cli/commands.hpp"

namespace frontline::cli {

void add_keys_commands(CLI::App& app, const Runner& runner) {
  auto* keys = app.add_subcommand("keys", "Manage the key that seals identities and evidence files");
  keys->require_subcommand(1);
  auto* rotate = keys->add_subcommand(
      "rotate", "Replace the data key and re-encrypt every sealed value and evidence file (stop the server first)");
  auto data = std::make_shared<std::string>();
  rotate->add_option("--data", *data, "data directory")->required();
  rotate->callback([=] {
    runner([=]() -> Status {
      FL_ASSIGN_OR_RETURN(app::DataDir dir, app::open_data_dir(*data, app::Create::kNever, app::Access::kExclusive));
      SystemClock clock;
      FL_ASSIGN_OR_RETURN(app::RotationReport report, app::rotate_data_key(std::move(dir), clock));
      std::cout << "rotated the data key: re-encrypted " << report.values << " sealed values and " << report.files
                << " evidence files" << (report.resumed ? " (after finishing an interrupted rotation)" : "") << "\n";
      return {};
    });
  });
}

}  // namespace frontline::cli
