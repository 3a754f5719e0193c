// Changing the data key of a data directory (`frontline keys rotate`).
//
// Steps, and what a crash after each leaves (K = current key, N = new key):
//  0. Recovery: if keys/data.key.old exists, an earlier rotation stopped
//     after step 2. Its work is finished first: every evidence file and
//     sealed value is re-sealed under data.key (opening with data.key or
//     data.key.old), the database pass commits with its own `keys.rotate`
//     audit entry ("resumed": true), then data.key.old is removed.
//  1. N is written durably to keys/data.key.new (0600). Crash: data.key is
//     still K; the stray data.key.new is ignored and deleted by the next run.
//  2. data.key.old is made a hard link to data.key (K), then data.key.new is
//     renamed over data.key (each followed by a directory fsync). Crash
//     between the two: data.key and data.key.old are both K, harmless.
//     From here on every opener (server, CLI) reads with N and falls back
//     to K while data.key.old exists, and seals new values with N.
//  3. Every evidence file is re-sealed under N, one durable replace each.
//     Crash: each file is whole under K or N; all readable (fallback).
//  4. Every sealed database value (the list in store/sqlite/sealed_columns.hpp)
//     is re-sealed under N in ONE write transaction that also appends the
//     `keys.rotate` audit entry with the counts. Crash or failure: SQLite
//     rolls back, values stay under K, readable through the fallback.
//  5. Only after that commit is data.key.old removed. Crash before: step 0
//     of the next run re-seals (a no-op in effect) and removes it.
// In every state the data stays readable, and running `frontline keys rotate`
// again always ends with everything under one key and no data.key.old.
//
// Concurrency: the rotation needs the data directory opened with
// Access::kExclusive, so it refuses to start while a server or any other
// command has it open, and they refuse to open it while it runs.
#pragma once

#include <cstdint>

#include "app/data_dir.hpp"
#include "util/clock.hpp"

namespace frontline::app {

struct RotationReport {
  int64_t values = 0;    // sealed database values re-encrypted under the new key
  int64_t files = 0;     // evidence files re-encrypted under the new key
  bool resumed = false;  // an interrupted earlier rotation was finished first (step 0)
};

// Rotates the key of `dir` as described above, auditing each database pass
// as the system. `dir` must come from open_data_dir(..., Access::kExclusive)
// (InvalidArgument otherwise). It is consumed: its store and vault still
// seal with the old key, so reopen the directory to go on. On failure after
// step 2 the error says the data stays readable and to run the command again.
Result<RotationReport> rotate_data_key(DataDir dir, const Clock& clock);

}  // namespace frontline::app
