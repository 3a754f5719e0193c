// Shared fixtures for the unit tests (header-only: the unit binary globs only
// *_test.cpp). A TestEnv is a fresh temporary directory holding a real SQLite
// store with the reference data of data/ loaded, a FileVault, a ManualClock
// and helpers to create users of each role with cheap Argon2id hashes.
#pragma once

#include <gtest/gtest.h>
#include <sodium.h>
#include <unistd.h>

#include <array>
#include <atomic>
#include <filesystem>
#include <memory>
#include <set>
#include <optional>
#include <string>
#include <vector>

#include "domain/user.hpp"
#include "refdata/refdata.hpp"
#include "service/auth_service.hpp"
#include "service/principal.hpp"
#include "store/audit_append.hpp"
#include "store/file_vault.hpp"
#include "store/sqlite/sqlite_store.hpp"
#include "util/clock.hpp"
#include "util/crypto.hpp"

namespace frontline::testing {

namespace fs = std::filesystem;

// Prints a failed Result's error in assertion messages.
template <typename R>
std::string describe(const R& r) {
  if (r.ok()) {
    return "ok";
  }
  std::string out = std::string(error_code_name(r.error().code)) + ": " + r.error().message;
  for (const auto& [field, reason] : r.error().fields) {
    out += " [" + field + ": " + reason + "]";
  }
  return out;
}

// A directory under the system temp dir, removed with everything in it.
class TempDir {
 public:
  explicit TempDir(const std::string& tag = "unit") {
    static std::atomic<int> counter{0};
    path_ = fs::temp_directory_path() /
            ("frontline-" + tag + "-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    fs::remove_all(path_);
    fs::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

// 10:00 in Hà Nội on 15 March 2026.
inline TimePoint test_now() { return *parse_utc("2026-03-15T03:00:00Z"); }

// The real reference data, read once per process.
inline const refdata::ReferenceData& reference_data() {
  static const refdata::ReferenceData data = [] {
    auto loaded = refdata::load_reference_data(fs::path(FRONTLINE_SOURCE_DIR) / "data");
    if (!loaded.ok()) {
      ADD_FAILURE() << "data/ failed to load: " << loaded.error().message;
      return refdata::ReferenceData{};
    }
    return std::move(loaded).value();
  }();
  return data;
}

// An Argon2id hash with libsodium's minimum cost, so tests that log in stay
// fast. verify_password reads the cost from the hash string.
inline std::string cheap_password_hash(const std::string& password) {
  char out[crypto_pwhash_STRBYTES];
  int rc = crypto_pwhash_str_alg(out, password.data(), password.size(), crypto_pwhash_OPSLIMIT_MIN,
                                 crypto_pwhash_MEMLIMIT_MIN, crypto_pwhash_ALG_ARGON2ID13);
  EXPECT_EQ(rc, 0);
  return out;
}

inline std::array<unsigned char, crypto::SecretBox::kKeyBytes> fixed_key(unsigned char fill) {
  std::array<unsigned char, crypto::SecretBox::kKeyBytes> key{};
  key.fill(fill);
  return key;
}

// A real store in a temp dir with reference data, a vault and a manual clock.
class TestEnv {
 public:
  explicit TestEnv(unsigned char key_fill = 7) : clock(test_now()) {
    EXPECT_TRUE(crypto::init_crypto().ok());
    sealer = std::make_unique<crypto::SecretBox>(fixed_key(key_fill));
    reopen();
    auto loaded = store->write([&](store::Transaction& tx) { return tx.reference().load(reference_data()); });
    EXPECT_TRUE(loaded.ok()) << describe(loaded);
    vault = std::make_unique<store::FileVault>(dir.path() / "evidence", *sealer);
  }

  fs::path db_path() const { return dir.path() / "frontline.db"; }

  // Closes and reopens the store on the same file (migrations run again).
  void reopen() {
    store.reset();
    store::sqlite::Options options;
    options.path = db_path();
    options.sealer = sealer.get();
    auto opened = store::sqlite::SqliteStore::open(std::move(options));
    ASSERT_TRUE(opened.ok()) << describe(opened);
    store = std::move(opened).value();
  }

  domain::UnitInfo unit(const std::string& code) {
    auto found = store::read_value<std::optional<domain::UnitInfo>>(
        *store, [&](store::Transaction& tx) { return tx.reference().find_unit(code); });
    EXPECT_TRUE(found.ok() && found->has_value()) << "unit " << code;
    return found.ok() && found->has_value() ? **found : domain::UnitInfo{};
  }

  // Inserts a user directly (cheap hash) and returns their principal.
  service::Principal add_user(const std::string& username, std::set<domain::Role> roles, const std::string& unit_code,
                              const std::string& password = "correct horse battery") {
    domain::User u;
    u.username = username;
    u.display_name = username;
    u.unit_id = unit(unit_code).id;
    u.roles = std::move(roles);
    u.password_hash = cheap_password_hash(password);
    u.created_at = clock.now();
    auto p = store::write_value<service::Principal>(*store, [&](store::Transaction& tx) -> Result<service::Principal> {
      FL_ASSIGN_OR_RETURN(u.id, tx.users().insert(u));
      return service::principal_for(tx, u);
    });
    EXPECT_TRUE(p.ok()) << describe(p);
    return p.ok() ? *p : service::Principal{};
  }

  service::Principal add_user(const std::string& username, domain::Role role, const std::string& unit_code) {
    return add_user(username, std::set<domain::Role>{role}, unit_code);
  }

  // Number of audit entries, and whether the chain verifies.
  int64_t audit_count() {
    auto report = store::verify_audit(*store);
    EXPECT_TRUE(report.ok()) << describe(report);
    return report.ok() ? report->entries : -1;
  }
  bool audit_intact() {
    auto report = store::verify_audit(*store);
    return report.ok() && !report->first_broken_seq;
  }
  // Entries newest first, optionally for one action prefix.
  std::vector<audit::Entry> audit_entries(const std::string& action_prefix = "") {
    store::AuditQuery q;
    q.action_prefix = action_prefix;
    q.limit = 1000;
    auto r = store::read_value<std::vector<audit::Entry>>(*store,
                                                          [&](store::Transaction& tx) { return tx.audit().query(q); });
    EXPECT_TRUE(r.ok()) << describe(r);
    return r.ok() ? *r : std::vector<audit::Entry>{};
  }

  TempDir dir{"env"};
  ManualClock clock;
  std::unique_ptr<crypto::SecretBox> sealer;
  std::unique_ptr<store::sqlite::SqliteStore> store;
  std::unique_ptr<store::FileVault> vault;
};

}  // namespace frontline::testing
