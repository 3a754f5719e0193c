// A Frontline data directory and everything opened from it:
//   DIR/frontline.db   SQLite database (WAL)
//   DIR/frontline.lock  advisory lock held while the directory is open (dir_lock.hpp)
//   DIR/keys/data.key  32-byte key sealing identities and evidence (mode 0600)
//   DIR/keys/data.key.old  the previous key, only while a key rotation is
//                      unfinished (app/key_rotation.hpp)
//   DIR/evidence/      sealed evidence files by SHA-256
// Shared by the CLI commands and the server.
#pragma once

#include <filesystem>
#include <memory>

#include "app/dir_lock.hpp"
#include "store/file_vault.hpp"
#include "store/sqlite/sqlite_store.hpp"
#include "util/crypto.hpp"

namespace frontline::app {

enum class Create { kIfMissing, kNever };

struct DataDir {
  DirLock lock;  // first member: released last, after the store has closed
  std::filesystem::path root;
  std::unique_ptr<crypto::SecretBox> sealer;
  std::unique_ptr<store::sqlite::SqliteStore> store;
  std::unique_ptr<store::FileVault> vault;
};

// Opens the data directory at `root`, holding its lock in `access` mode for
// the DataDir's lifetime. With Create::kNever, NotFound (with a hint to run
// `frontline init`) when it has not been initialized. Unavailable when the
// lock is taken in a conflicting mode (see DirLock). PermissionDenied, with a
// one-line message, when a key file is not private to the running user
// (crypto::check_key_file): the server and every command refuse to start.
// When keys/data.key.old exists (an unfinished key rotation) the sealer also
// opens what that key sealed, and a warning says to run `frontline keys rotate`.
Result<DataDir> open_data_dir(const std::filesystem::path& root, Create create, Access access = Access::kShared);

// The key files of the data directory at `root`.
std::filesystem::path key_path(const std::filesystem::path& root);
std::filesystem::path old_key_path(const std::filesystem::path& root);

// Where reference data files are looked for when no directory is given:
// beside the installed binary (../share/frontline/data), then the source tree.
std::filesystem::path default_reference_dir();

}  // namespace frontline::app
