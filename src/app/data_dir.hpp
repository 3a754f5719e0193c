// A Frontline data directory and everything opened from it:
//   DIR/frontline.db   SQLite database (WAL)
//   DIR/keys/data.key  32-byte key sealing identities and evidence (mode 0600)
//   DIR/evidence/      sealed evidence files by SHA-256
// Shared by the CLI commands and the server.
#pragma once

#include <filesystem>
#include <memory>

#include "store/file_vault.hpp"
#include "store/sqlite/sqlite_store.hpp"
#include "util/crypto.hpp"

namespace frontline::app {

enum class Create { kIfMissing, kNever };

struct DataDir {
  std::filesystem::path root;
  std::unique_ptr<crypto::SecretBox> sealer;
  std::unique_ptr<store::sqlite::SqliteStore> store;
  std::unique_ptr<store::FileVault> vault;
};

// Opens the data directory at `root`. With Create::kNever, NotFound (with a
// hint to run `frontline init`) when it has not been initialized.
Result<DataDir> open_data_dir(const std::filesystem::path& root, Create create);

// Where reference data files are looked for when no directory is given:
// beside the installed binary (../share/frontline/data), then the source tree.
std::filesystem::path default_reference_dir();

}  // namespace frontline::app
