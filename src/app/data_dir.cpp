#include "app/data_dir.hpp"

#include <spdlog/spdlog.h>
#include <unistd.h>

namespace frontline::app {

std::filesystem::path key_path(const std::filesystem::path& root) { return root / "keys" / "data.key"; }
std::filesystem::path old_key_path(const std::filesystem::path& root) { return root / "keys" / "data.key.old"; }

Result<DataDir> open_data_dir(const std::filesystem::path& root, Create create, Access access) {
  FL_TRY(crypto::init_crypto());
  std::error_code ec;
  const auto db_path = root / "frontline.db";
  if (create == Create::kNever && !std::filesystem::exists(db_path, ec)) {
    return Error::not_found("no Frontline data in " + root.string() + "; run `frontline init --data " +
                            root.string() + "` first");
  }
  std::filesystem::create_directories(root / "keys", ec);
  if (ec) {
    return Error::unavailable("cannot create " + (root / "keys").string() + ": " + ec.message());
  }
  std::filesystem::permissions(root / "keys", std::filesystem::perms::owner_all, ec);
  std::filesystem::create_directories(root / "evidence", ec);
  if (ec) {
    return Error::unavailable("cannot create " + (root / "evidence").string() + ": " + ec.message());
  }
  DataDir d;
  FL_ASSIGN_OR_RETURN(d.lock, DirLock::acquire(root / "frontline.lock", access));
  d.root = root;
  FL_ASSIGN_OR_RETURN(auto key, crypto::load_or_create_key(key_path(root)));
  std::optional<crypto::SecretBox::Key> previous;
  if (std::filesystem::exists(old_key_path(root), ec)) {
    FL_ASSIGN_OR_RETURN(previous, crypto::load_key(old_key_path(root)));
    if (access == Access::kShared) {  // kExclusive is `keys rotate`, which finishes it
      spdlog::warn("{} holds a key rotation that did not finish; data sealed with either key stays readable; run "
                   "`frontline keys rotate --data {}` to finish it",
                   root.string(), root.string());
    }
  }
  d.sealer = std::make_unique<crypto::SecretBox>(key, previous);
  store::sqlite::Options options;
  options.path = db_path;
  options.sealer = d.sealer.get();
  FL_ASSIGN_OR_RETURN(d.store, store::sqlite::SqliteStore::open(std::move(options)));
  d.vault = std::make_unique<store::FileVault>(root / "evidence", *d.sealer);
  return d;
}

std::filesystem::path default_reference_dir() {
  std::error_code ec;
  auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    for (const auto& candidate : {exe.parent_path() / ".." / "share" / "frontline" / "data",
                                  exe.parent_path() / ".." / "data"}) {
      if (std::filesystem::exists(candidate / "units.json", ec)) {
        return std::filesystem::weakly_canonical(candidate, ec);
      }
    }
  }
  return std::filesystem::path(FRONTLINE_SOURCE_DIR) / "data";
}

}  // namespace frontline::app
