#include "cli/cli.hpp"

int main(int argc, char** argv) { return frontline::cli::run(argc, argv); }
