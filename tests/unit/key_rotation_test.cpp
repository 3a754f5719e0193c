// Tests for app/key_rotation and the key file rules of app/data_dir: after
// `keys rotate` every sealed identity opens with the new key and not the old
// one, evidence files come back byte-identical, a failure injected part-way
// (through the store's fault hook) or a crash between steps leaves every
// value readable and the next run finishes the job, the rotation refuses to
// run while the directory is open elsewhere, and key files open to group or
// others stop the directory from opening.
#include "app/key_rotation.hpp"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "raw_sqlite.hpp"
#include "test_support.hpp"

namespace frontline::app {
namespace {

namespace fs = std::filesystem;
using frontline::testing::describe;
using frontline::testing::RawDb;
using frontline::testing::TempDir;
using Key = crypto::SecretBox::Key;

std::string read_bytes(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

Key read_key(const fs::path& p) {
  std::string bytes = read_bytes(p);
  Key key{};
  EXPECT_EQ(bytes.size(), key.size()) << p;
  std::copy_n(bytes.begin(), std::min(bytes.size(), key.size()), key.begin());
  return key;
}

unsigned mode_of(const fs::path& p) {
  struct stat st {};
  EXPECT_EQ(::stat(p.c_str(), &st), 0) << p;
  return st.st_mode & 0777;
}

domain::PersonIdentity identity(int i) {
  domain::PersonIdentity id;
  id.full_name = "Nguyễn Thị Hồng " + std::to_string(i);
  id.citizen_id = "0012030" + std::to_string(10000 + i);
  id.passport_number = "C" + std::to_string(7000000 + i);
  id.phone = "+84 912 345 " + std::to_string(100 + i);
  return id;
}

class KeyRotationTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto d = open_data_dir(root(), Create::kIfMissing);
    ASSERT_TRUE(d.ok()) << describe(d);
  }

  fs::path root() const { return tmp_.path() / "data"; }

  // Adds `n` persons (and, the first time, the evidence files) through a shared open.
  void add_data(int n) {
    auto d = open_data_dir(root(), Create::kNever);
    ASSERT_TRUE(d.ok()) << describe(d);
    Status s = d->store->write([&](store::Transaction& tx) -> Status {
      for (int i = 0; i < n; ++i) {
        domain::Person p;
        p.identity = identity(static_cast<int>(ids_.size()));
        p.created_at = p.updated_at = frontline::testing::test_now();
        FL_ASSIGN_OR_RETURN(int64_t id, tx.persons().insert(p));
        ids_.push_back(id);
      }
      return {};
    });
    ASSERT_TRUE(s.ok()) << describe(s);
    for (const auto& content : files_) {
      if (shas_.size() == files_.size()) {
        break;
      }
      auto sha = d->vault->put(content);
      ASSERT_TRUE(sha.ok()) << describe(sha);
      shas_.push_back(*sha);
    }
  }

  Result<RotationReport> rotate() {
    FL_ASSIGN_OR_RETURN(DataDir d, open_data_dir(root(), Create::kNever, Access::kExclusive));
    return rotate_data_key(std::move(d), clock_);
  }

  // Every person and evidence file, read back through a fresh shared open.
  void expect_all_readable() {
    auto d = open_data_dir(root(), Create::kNever);
    ASSERT_TRUE(d.ok()) << describe(d);
    for (size_t i = 0; i < ids_.size(); ++i) {
      auto p = store::read_value<domain::Person>(
          *d->store, [&](store::Transaction& tx) { return tx.persons().get(ids_[i]); });
      ASSERT_TRUE(p.ok()) << "person " << ids_[i] << ": " << describe(p);
      EXPECT_EQ(p->identity.full_name, identity(static_cast<int>(i)).full_name);
      EXPECT_EQ(p->identity.citizen_id, identity(static_cast<int>(i)).citizen_id);
    }
    for (size_t i = 0; i < shas_.size(); ++i) {
      auto back = d->vault->get(shas_[i]);
      ASSERT_TRUE(back.ok()) << describe(back);
      EXPECT_EQ(*back, files_[i]);
    }
  }

  // True when every sealed identity and evidence file opens with `key`
  // alone; false as soon as one does not.
  bool everything_opens_with(const Key& key) {
    crypto::SecretBox box(key);
    RawDb db(root() / "frontline.db");
    for (int64_t id : ids_) {
      if (!box.open(db.scalar("SELECT identity FROM persons WHERE id = " + std::to_string(id))).ok()) {
        return false;
      }
    }
    for (const auto& sha : shas_) {
      if (!box.open(read_bytes(root() / "evidence" / sha.substr(0, 2) / sha)).ok()) {
        return false;
      }
    }
    return true;
  }
  bool nothing_opens_with(const Key& key) {
    crypto::SecretBox box(key);
    RawDb db(root() / "frontline.db");
    for (int64_t id : ids_) {
      if (box.open(db.scalar("SELECT identity FROM persons WHERE id = " + std::to_string(id))).ok()) {
        return false;
      }
    }
    for (const auto& sha : shas_) {
      if (box.open(read_bytes(root() / "evidence" / sha.substr(0, 2) / sha)).ok()) {
        return false;
      }
    }
    return true;
  }

  int64_t rotate_audit_entries() {
    RawDb db(root() / "frontline.db");
    return db.integer("SELECT COUNT(*) FROM audit_log WHERE action = 'keys.rotate'");
  }

  TempDir tmp_{"keys"};
  ManualClock clock_{frontline::testing::test_now()};
  std::vector<int64_t> ids_;
  std::vector<std::string> shas_;
  const std::vector<std::string> files_ = {"Biên bản lời khai của nạn nhân, Lào Cai 2026",
                                           std::string("\x00\x01\xFF\xFE ảnh hộ chiếu", 20)};
};

TEST_F(KeyRotationTest, EveryIdentityOpensWithTheNewKeyAndNotTheOld) {
  add_data(3);
  const Key old_key = read_key(key_path(root()));
  ASSERT_TRUE(everything_opens_with(old_key));

  auto report = rotate();
  ASSERT_TRUE(report.ok()) << describe(report);
  EXPECT_EQ(report->values, 3);
  EXPECT_EQ(report->files, 2);
  EXPECT_FALSE(report->resumed);

  const Key new_key = read_key(key_path(root()));
  EXPECT_NE(new_key, old_key);
  EXPECT_EQ(mode_of(key_path(root())), 0600u);
  EXPECT_FALSE(fs::exists(old_key_path(root())));
  EXPECT_FALSE(fs::exists(root() / "keys" / "data.key.new"));
  EXPECT_TRUE(everything_opens_with(new_key));
  EXPECT_TRUE(nothing_opens_with(old_key));
  expect_all_readable();
}

// Watchlist entries (watchlist_entries.sealed) join rotation like identities.
TEST_F(KeyRotationTest, WatchlistEntriesAreResealedWithTheNewKey) {
  int64_t entry_id = 0;
  {
    auto d = open_data_dir(root(), Create::kNever);
    ASSERT_TRUE(d.ok()) << describe(d);
    Status s = d->store->write([&](store::Transaction& tx) -> Status {
      FL_TRY(tx.reference().load(frontline::testing::reference_data()));
      FL_ASSIGN_OR_RETURN(auto unit, tx.reference().find_unit("BCH-LS"));
      domain::Watchlist w;
      w.name = "Danh sách thử";
      w.owner_unit_id = unit ? unit->id : 1;
      w.created_at = w.updated_at = frontline::testing::test_now();
      FL_ASSIGN_OR_RETURN(w.id, tx.watchlists().insert_list(w));
      domain::WatchlistEntry e;
      e.watchlist_id = w.id;
      e.identity.full_name = "Đặng Văn Xoay Khoá";
      e.added_at = e.updated_at = w.created_at;
      FL_ASSIGN_OR_RETURN(entry_id, tx.watchlists().insert_entry(e));
      return {};
    });
    ASSERT_TRUE(s.ok()) << describe(s);
  }
  const Key old_key = read_key(key_path(root()));
  auto report = rotate();
  ASSERT_TRUE(report.ok()) << describe(report);
  EXPECT_EQ(report->values, 1);
  const std::string sealed =
      RawDb(root() / "frontline.db").scalar("SELECT sealed FROM watchlist_entries WHERE id = " + std::to_string(entry_id));
  EXPECT_TRUE(crypto::SecretBox(read_key(key_path(root()))).open(sealed).ok());
  EXPECT_FALSE(crypto::SecretBox(old_key).open(sealed).ok());
  auto d = open_data_dir(root(), Create::kNever);
  ASSERT_TRUE(d.ok()) << describe(d);
  auto back = store::read_value<domain::WatchlistEntry>(
      *d->store, [&](store::Transaction& tx) { return tx.watchlists().get_entry(entry_id); });
  ASSERT_TRUE(back.ok()) << describe(back);
  EXPECT_EQ(back->identity.full_name, "Đặng Văn Xoay Khoá");
}

TEST_F(KeyRotationTest, EvidenceFilesAreByteIdenticalAfterRotation) {
  add_data(1);
  const std::string sealed_before = read_bytes(root() / "evidence" / shas_[0].substr(0, 2) / shas_[0]);
  ASSERT_TRUE(rotate().ok());
  ASSERT_TRUE(rotate().ok());
  auto d = open_data_dir(root(), Create::kNever);
  ASSERT_TRUE(d.ok()) << describe(d);
  for (size_t i = 0; i < shas_.size(); ++i) {
    auto back = d->vault->get(shas_[i]);
    ASSERT_TRUE(back.ok()) << describe(back);
    EXPECT_EQ(*back, files_[i]);
    EXPECT_EQ(crypto::sha256_hex(*back), shas_[i]);
  }
  EXPECT_NE(read_bytes(root() / "evidence" / shas_[0].substr(0, 2) / shas_[0]), sealed_before);
}

TEST_F(KeyRotationTest, AuditsEachRotationWithItsCountsAsTheSystem) {
  add_data(2);
  ASSERT_TRUE(rotate().ok());
  RawDb db(root() / "frontline.db");
  EXPECT_EQ(db.scalar("SELECT actor FROM audit_log WHERE action = 'keys.rotate'"), "system");
  EXPECT_EQ(db.scalar("SELECT detail FROM audit_log WHERE action = 'keys.rotate'"),
            R"({"files":2,"resumed":false,"values":2})");
  EXPECT_EQ(rotate_audit_entries(), 1);
  auto d = open_data_dir(root(), Create::kNever);
  ASSERT_TRUE(d.ok());
  auto report = store::verify_audit(*d->store);
  ASSERT_TRUE(report.ok());
  EXPECT_FALSE(report->first_broken_seq);
}

TEST_F(KeyRotationTest, FailureInjectedMidwayLeavesEverythingReadableAndTheNextRunFinishes) {
  add_data(620);  // more than one batch of 500 rows
  const Key first_key = read_key(key_path(root()));
  {
    auto d = open_data_dir(root(), Create::kNever, Access::kExclusive);
    ASSERT_TRUE(d.ok()) << describe(d);
    int updates = 0;
    d->store->set_fault_hook([&](std::string_view sql) -> Status {
      if (sql.rfind("UPDATE persons SET identity", 0) == 0 && ++updates == 550) {
        return Error::unavailable("injected disk failure");
      }
      return {};
    });
    auto failed = rotate_data_key(std::move(d).value(), clock_);
    ASSERT_FALSE(failed.ok());
    EXPECT_NE(failed.error().message.find("injected disk failure"), std::string::npos) << failed.error().message;
    EXPECT_NE(failed.error().message.find("run `frontline keys rotate"), std::string::npos) << failed.error().message;
  }
  // The new key is installed, the old one kept; the files moved, the database did not.
  const Key second_key = read_key(key_path(root()));
  EXPECT_NE(second_key, first_key);
  ASSERT_TRUE(fs::exists(old_key_path(root())));
  EXPECT_EQ(read_key(old_key_path(root())), first_key);
  EXPECT_EQ(rotate_audit_entries(), 0);
  expect_all_readable();

  // New writes while the rotation is unfinished seal with the new key.
  add_data(1);
  expect_all_readable();

  auto finished = rotate();
  ASSERT_TRUE(finished.ok()) << describe(finished);
  EXPECT_TRUE(finished->resumed);
  EXPECT_EQ(finished->values, 621);
  EXPECT_EQ(finished->files, 2);
  EXPECT_EQ(rotate_audit_entries(), 2);
  EXPECT_FALSE(fs::exists(old_key_path(root())));
  const Key third_key = read_key(key_path(root()));
  EXPECT_TRUE(everything_opens_with(third_key));
  EXPECT_TRUE(nothing_opens_with(first_key));
  EXPECT_TRUE(nothing_opens_with(second_key));
  expect_all_readable();
}

TEST_F(KeyRotationTest, CrashAfterEachKeyFileStepStaysReadable) {
  add_data(2);
  const Key k1 = read_key(key_path(root()));
  // Crash after step 1: a stray data.key.new (and a temporary file).
  const Key stray = crypto::random_key();
  std::ofstream(root() / "keys" / "data.key.new", std::ios::binary)
      .write(reinterpret_cast<const char*>(stray.data()), stray.size());
  std::ofstream(root() / "keys" / "data.key.new.tmp-abc") << "partial";
  expect_all_readable();
  // Crash inside step 2: data.key.old linked to the still-current key.
  ASSERT_EQ(::link(key_path(root()).c_str(), old_key_path(root()).c_str()), 0);
  expect_all_readable();
  // Crash after step 2: a new key installed, nothing re-sealed yet.
  const Key k2 = crypto::random_key();
  std::ofstream(root() / "keys" / "data.key.2", std::ios::binary)
      .write(reinterpret_cast<const char*>(k2.data()), k2.size());
  fs::permissions(root() / "keys" / "data.key.2", fs::perms::owner_read | fs::perms::owner_write);
  fs::rename(root() / "keys" / "data.key.2", key_path(root()));
  expect_all_readable();

  auto report = rotate();
  ASSERT_TRUE(report.ok()) << describe(report);
  EXPECT_TRUE(report->resumed);
  EXPECT_FALSE(fs::exists(root() / "keys" / "data.key.new"));
  EXPECT_FALSE(fs::exists(root() / "keys" / "data.key.new.tmp-abc"));
  EXPECT_FALSE(fs::exists(old_key_path(root())));
  const Key k3 = read_key(key_path(root()));
  EXPECT_TRUE(everything_opens_with(k3));
  EXPECT_TRUE(nothing_opens_with(k1));
  EXPECT_TRUE(nothing_opens_with(k2));
  expect_all_readable();
}

TEST_F(KeyRotationTest, RefusesWhileTheDirectoryIsOpenElsewhere) {
  {
    auto serving = open_data_dir(root(), Create::kNever);
    ASSERT_TRUE(serving.ok());
    auto r = rotate();
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::kUnavailable);
    EXPECT_NE(r.error().message.find("in use"), std::string::npos) << r.error().message;
  }
  auto rotating = open_data_dir(root(), Create::kNever, Access::kExclusive);
  ASSERT_TRUE(rotating.ok());
  auto other = open_data_dir(root(), Create::kNever);
  ASSERT_FALSE(other.ok());
  EXPECT_NE(other.error().message.find("keys rotate"), std::string::npos) << other.error().message;
}

TEST_F(KeyRotationTest, NeedsExclusiveAccess) {
  auto d = open_data_dir(root(), Create::kNever);
  ASSERT_TRUE(d.ok());
  auto r = rotate_data_key(std::move(d).value(), clock_);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument);
}

TEST_F(KeyRotationTest, KeyFileOpenToGroupOrOthersStopsTheDirectoryOpening) {
  for (auto mode : {fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read,
                    fs::perms::owner_read | fs::perms::owner_write | fs::perms::others_read}) {
    fs::permissions(key_path(root()), mode);
    auto d = open_data_dir(root(), Create::kNever);
    ASSERT_FALSE(d.ok());
    EXPECT_EQ(d.error().code, ErrorCode::kPermissionDenied);
    EXPECT_NE(d.error().message.find("chmod 600"), std::string::npos) << d.error().message;
    EXPECT_EQ(d.error().message.find('\n'), std::string::npos);
  }
  fs::permissions(key_path(root()), fs::perms::owner_read);
  EXPECT_TRUE(open_data_dir(root(), Create::kNever).ok());
  fs::permissions(key_path(root()), fs::perms::owner_read | fs::perms::owner_write);

  // The previous key of an unfinished rotation is held to the same rule.
  ASSERT_EQ(::link(key_path(root()).c_str(), old_key_path(root()).c_str()), 0);
  ASSERT_TRUE(open_data_dir(root(), Create::kNever).ok());
}

TEST_F(KeyRotationTest, OldKeyFileOpenToOthersStopsTheDirectoryOpening) {
  const Key k = crypto::random_key();
  std::ofstream(old_key_path(root()), std::ios::binary).write(reinterpret_cast<const char*>(k.data()), k.size());
  fs::permissions(old_key_path(root()), fs::perms::owner_read | fs::perms::owner_write | fs::perms::others_read);
  auto d = open_data_dir(root(), Create::kNever);
  ASSERT_FALSE(d.ok());
  EXPECT_EQ(d.error().code, ErrorCode::kPermissionDenied);
  EXPECT_NE(d.error().message.find("data.key.old"), std::string::npos) << d.error().message;
}

}  // namespace
}  // namespace frontline::app
