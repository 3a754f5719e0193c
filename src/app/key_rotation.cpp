#include "app/key_rotation.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "service/audit_helpers.hpp"
#include "util/durable_file.hpp"

namespace frontline::app {
namespace {

std::filesystem::path new_key_path(const std::filesystem::path& root) { return root / "keys" / "data.key.new"; }

// Removes what an interrupted step 1 or durable write left in keys/.
void remove_stray_key_files(const std::filesystem::path& root) {
  std::error_code ec;
  std::filesystem::remove(new_key_path(root), ec);
  for (auto it = std::filesystem::directory_iterator(root / "keys", ec);
       !ec && it != std::filesystem::directory_iterator(); it.increment(ec)) {
    if (it->path().filename().string().find(durable::kTempMarker) != std::string::npos) {
      std::error_code ignored;
      std::filesystem::remove(it->path(), ignored);
    }
  }
}

// Steps 3 and 4 (or 0): re-seals the vault, then the database with the audit
// entry, under `box`'s key. Adds the counts to `report`.
Status reseal_everything(DataDir& dir, const crypto::SecretBox& box, const Clock& clock, bool resumed,
                         RotationReport& report) {
  FL_ASSIGN_OR_RETURN(int64_t files, dir.vault->reseal_all(box));
  int64_t values = 0;
  FL_TRY(dir.store->write([&](store::Transaction& tx) -> Status {
    FL_ASSIGN_OR_RETURN(values, tx.sealed().reseal_all(box));
    nlohmann::json detail = {{"values", values}, {"files", files}, {"resumed", resumed}};
    return store::append_audit(tx, service::audit_entry(service::Principal::system(), clock, "keys.rotate", "key",
                                                        "data.key", audit::Outcome::kOk, detail));
  }));
  if (!resumed) {
    report.values = values;
    report.files = files;
  }
  return {};
}

// Step 2: keeps the current key as data.key.old and installs the new one.
Status install_new_key(const std::filesystem::path& root) {
  if (::link(key_path(root).c_str(), old_key_path(root).c_str()) != 0) {
    return Error::unavailable("cannot keep the current key as " + old_key_path(root).string() + ": " +
                              std::strerror(errno));
  }
  FL_TRY(durable::sync_dir(root / "keys"));
  if (::rename(new_key_path(root).c_str(), key_path(root).c_str()) != 0) {
    return Error::unavailable("cannot install the new key as " + key_path(root).string() + ": " +
                              std::strerror(errno));
  }
  return durable::sync_dir(root / "keys");
}

Error with_recovery_hint(Error e, const std::filesystem::path& root) {
  e.message = "key rotation stopped: " + e.message + "; all data stays readable with keys/data.key and " +
              "keys/data.key.old: fix the cause and run `frontline keys rotate --data " + root.string() +
              "` again to finish";
  return e;
}

}  // namespace

Result<RotationReport> rotate_data_key(DataDir dir, const Clock& clock) {
  if (!dir.lock.held() || dir.lock.access() != Access::kExclusive) {
    return Error::invalid("key rotation needs the data directory opened for exclusive access");
  }
  const std::filesystem::path root = dir.root;
  RotationReport report;
  remove_stray_key_files(root);
  if (dir.sealer->has_previous()) {  // step 0
    Status finished = reseal_everything(dir, *dir.sealer, clock, /*resumed=*/true, report);
    if (!finished.ok()) {
      return with_recovery_hint(std::move(finished).error(), root);
    }
    FL_TRY(durable::remove_file(old_key_path(root)));
    report.resumed = true;
  }
  FL_ASSIGN_OR_RETURN(crypto::SecretBox::Key current, crypto::load_key(key_path(root)));
  crypto::SecretBox::Key next = crypto::random_key();
  std::string_view next_bytes(reinterpret_cast<const char*>(next.data()), next.size());
  FL_TRY(durable::write_file(new_key_path(root), next_bytes, S_IRUSR | S_IWUSR));  // step 1
  if (Status installed = install_new_key(root); !installed.ok()) {                  // step 2
    return with_recovery_hint(std::move(installed).error(), root);
  }
  crypto::SecretBox box(next, current);
  if (Status done = reseal_everything(dir, box, clock, /*resumed=*/false, report); !done.ok()) {  // steps 3, 4
    return with_recovery_hint(std::move(done).error(), root);
  }
  FL_TRY(durable::remove_file(old_key_path(root)));  // step 5
  return report;
}

}  // namespace frontline::app
