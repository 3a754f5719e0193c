// Sub-command registration; each adds its options and callback to the app.
// Callbacks report failure by returning a non-ok Status through `fail`.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>
#include <string>

#include "util/result.hpp"

namespace frontline::cli {

// Runs a command body; stores its Status for run() to report.
using Runner = std::function<void(std::function<Status()>)>;

void add_init_command(CLI::App& app, const Runner& runner);
void add_serve_command(CLI::App& app, const Runner& runner);
void add_user_commands(CLI::App& app, const Runner& runner);
void add_demo_command(CLI::App& app, const Runner& runner);
void add_audit_commands(CLI::App& app, const Runner& runner);
void add_ctdc_commands(CLI::App& app, const Runner& runner);
void add_keys_commands(CLI::App& app, const Runner& runner);
void add_watchlist_commands(CLI::App& app, const Runner& runner);
void add_screen_command(CLI::App& app, const Runner& runner);
void add_graph_commands(CLI::App& app, const Runner& runner);
void add_links_commands(CLI::App& app, const Runner& runner);
// `frontline scan` and its sub-commands (`scan watch`, `scan train`).
void add_scan_commands(CLI::App& app, const Runner& runner);
// `frontline scan watch` (cmd_scan_watch.cpp), under `scan`.
void add_scan_watch_command(CLI::App& scan, const Runner& runner);
// `scan train` under the `scan` group (cmd_scan_train.cpp).
void add_scan_train_command(CLI::App& scan, const Runner& runner);

// Reads the whole of standard input, without a trailing newline.
std::string read_stdin_line();

// The whole of an input file named on the command line; NotFound "cannot
// read PATH: why" otherwise.
Result<std::string> read_input_file(const std::string& path);

}  // namespace frontline::cli
