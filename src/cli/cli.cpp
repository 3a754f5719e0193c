#include "cli/cli.hpp"

#include <spdlog/spdlog.h>

#include <iostream>

#include "cli/commands.hpp"
#include "util/durable_file.hpp"

namespace frontline::cli {

std::string read_stdin_line() {
  std::string line;
  std::getline(std::cin, line);
  if (!line.empty() && line.back() == '\r') {
    line.pop_back();
  }
  return line;
}

Result<std::string> read_input_file(const std::string& path) {
  auto bytes = durable::read_file(path);
  if (!bytes.ok()) {
    return Error::not_found("cannot read " + path + ": " + bytes.error().message);
  }
  return bytes;
}

int run(int argc, char** argv) {
  CLI::App app{"Frontline: counter-trafficking cases, victims and intelligence for the Border Guard", "frontline"};
  app.require_subcommand(1);
  app.set_version_flag("--version", FRONTLINE_VERSION);
  std::string log_level = "info";
  app.add_option("--log-level", log_level, "trace, debug, info, warn, error or off")
      ->check(CLI::IsMember({"trace", "debug", "info", "warn", "error", "off"}));

  Status outcome;
  Runner runner = [&outcome](const std::function<Status()>& body) { outcome = body(); };
  add_init_command(app, runner);
  add_serve_command(app, runner);
  add_user_commands(app, runner);
  add_demo_command(app, runner);
  add_audit_commands(app, runner);
  add_ctdc_commands(app, runner);
  add_keys_commands(app, runner);
  add_watchlist_commands(app, runner);
  add_screen_command(app, runner);
  add_graph_commands(app, runner);
  add_links_commands(app, runner);
  add_scan_commands(app, runner);
  app.parse_complete_callback([&] { spdlog::set_level(spdlog::level::from_str(log_level)); });

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    // --help and --version print their text and succeed; any other parse
    // error is one line on stderr like every other error (README contract).
    if (e.get_exit_code() == static_cast<int>(CLI::ExitCodes::Success)) {
      return app.exit(e);
    }
    std::cerr << "frontline: error: " << e.what() << "\n";
    return e.get_exit_code();
  } catch (const std::exception& e) {
    std::cerr << "frontline: error: " << e.what() << "\n";
    return 1;
  }
  if (!outcome.ok()) {
    std::cerr << "frontline: error: " << outcome.error().message;
    for (const auto& [field, reason] : outcome.error().fields) {
      std::cerr << "; " << field << " " << reason;
    }
    std::cerr << "\n";
    return 1;
  }
  return 0;
}

}  // namespace frontline::cli
