// The `frontline` command line. main() only calls run().
#pragma once

namespace frontline::cli {

// Parses argv and runs the sub-command. Returns the process exit code: 0 on
// success, 1 on a failure (one line on stderr), 2 on a usage error.
int run(int argc, char** argv);

}  // namespace frontline::cli
