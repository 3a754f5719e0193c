// WatchlistService: permissions, the owner-unit rule, masking per role,
// audit, nothing written on error, expiry, duplicates, sealing at rest and
// the CSV import with its per-row report.
#include "service/watchlist_service.hpp"

#include <fstream>
#include <iterator>

#include "raw_sqlite.hpp"
#include "service_fixture.hpp"

namespace frontline::service {
namespace {

using domain::WatchlistType;
using testing::describe;

class WatchlistServiceTest : public testing::ServiceTest {
 protected:
  domain::Watchlist make_list(WatchlistType type, const Principal& who) {
    domain::WatchlistDraft d;
    d.name = std::string("Danh sách ") + domain::watchlist_type_name(type);
    d.type = type;
    d.source = "Cục Cảnh sát hình sự, công văn 123 (thử nghiệm)";
    auto w = lists.create(who, d);
    EXPECT_TRUE(w.ok()) << describe(w);
    return w.ok() ? *w : domain::Watchlist{};
  }

  static domain::WatchlistEntryDraft person_entry(const std::string& name, const std::string& cid = "") {
    domain::WatchlistEntryDraft d;
    d.identity.full_name = name;
    d.identity.date_of_birth = "1985";
    d.identity.citizen_id = cid;
    d.sex = domain::Sex::kMale;
    d.nationality = "VN";
    d.reason = "môi giới đưa người qua biên giới (dữ liệu thử)";
    d.source_ref = "CV 123/C02";
    return d;
  }

  int64_t entry_rows() { return testing::RawDb(env.db_path()).integer("SELECT COUNT(*) FROM watchlist_entries"); }

  WatchlistService lists{*env.store, env.clock};
};

TEST_F(WatchlistServiceTest, ReadersSeeEveryListOnlyManagersCreate) {
  make_list(WatchlistType::kWantedPersons, investigator);
  for (const auto* who : {&officer, &investigator, &support, &commander, &officer_qn}) {
    auto all = lists.list(*who);
    ASSERT_TRUE(all.ok()) << who->username << describe(all);
    EXPECT_EQ(all->size(), 1u) << who->username;
  }
  for (const auto* who : {&analyst, &admin, &trainer}) {
    EXPECT_EQ(lists.list(*who).error().code, ErrorCode::kPermissionDenied) << who->username;
  }
  domain::WatchlistDraft d;
  d.name = "Danh sách";
  d.type = WatchlistType::kFlaggedPhones;
  for (const auto* who : {&officer, &support, &analyst}) {
    EXPECT_EQ(lists.create(*who, d).error().code, ErrorCode::kPermissionDenied) << who->username;
  }
  auto by_commander = lists.create(commander, d);
  ASSERT_TRUE(by_commander.ok()) << describe(by_commander);
  EXPECT_EQ(by_commander->owner_unit_code, "BCH-LS");
  EXPECT_EQ(audits("watchlist.create"), 2);
}

TEST_F(WatchlistServiceTest, InvalidListNamesEveryFieldAndWritesNothing) {
  const int64_t before = env.audit_count();
  domain::WatchlistDraft d;
  d.name = " ";
  d.owner_unit_code = "BCH-QN";  // a sibling province: not below the caller
  auto r = lists.create(investigator, d);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(r.error().fields.count("name"), 1u);
  EXPECT_EQ(r.error().fields.count("type"), 1u);
  EXPECT_EQ(r.error().fields.count("owner_unit_code"), 1u);
  EXPECT_EQ(env.audit_count(), before);
  EXPECT_EQ(testing::RawDb(env.db_path()).integer("SELECT COUNT(*) FROM watchlists"), 0);
}

TEST_F(WatchlistServiceTest, OnlyTheOwningUnitSubtreeManages) {
  auto list = make_list(WatchlistType::kSuspectedTraffickers, investigator);
  auto investigator_qn = env.add_user("investigator.qn", domain::Role::kInvestigator, "BCH-QN");
  auto commander_hq = env.add_user("commander.hq", domain::Role::kCommander, "BTL-BDBP");
  EXPECT_EQ(lists.add_entry(investigator_qn, list.id, person_entry("Trần Văn Thử")).error().code,
            ErrorCode::kPermissionDenied);
  domain::WatchlistPatch rename;
  rename.name = "Tên khác";
  EXPECT_EQ(lists.update(investigator_qn, list.id, rename).error().code, ErrorCode::kPermissionDenied);
  // The owning unit and the units above it may.
  ASSERT_TRUE(lists.add_entry(commander, list.id, person_entry("Trần Văn Thử")).ok());
  auto renamed = lists.update(commander_hq, list.id, rename);
  ASSERT_TRUE(renamed.ok()) << describe(renamed);
  EXPECT_EQ(renamed->name, "Tên khác");
  EXPECT_EQ(renamed->version, 2);
  // But everyone with read access reads it.
  EXPECT_TRUE(lists.entries(investigator_qn, list.id, {}).ok());
}

TEST_F(WatchlistServiceTest, PotentialVictimsAreMaskedWithoutVictimIdentityAccess) {
  auto list = make_list(WatchlistType::kMissingPersons, investigator);
  auto added = lists.add_entry(investigator, list.id, person_entry("Lò Thị Mai", "020304099999"));
  ASSERT_TRUE(added.ok()) << describe(added);
  EXPECT_FALSE(added->masked);

  const int64_t reads_before = audits("watchlist.identity.read");
  auto as_commander = lists.entries(commander, list.id, {});
  ASSERT_TRUE(as_commander.ok()) << describe(as_commander);
  ASSERT_EQ(as_commander->items.size(), 1u);
  const auto& masked = as_commander->items[0];
  EXPECT_TRUE(masked.masked);
  EXPECT_TRUE(masked.entry.identity.full_name.empty());
  EXPECT_TRUE(masked.entry.identity.citizen_id.empty());
  EXPECT_TRUE(masked.entry.reason.empty());
  EXPECT_EQ(masked.label, domain::pseudonym(added->entry.id, true));
  EXPECT_EQ(masked.entry.sex, domain::Sex::kMale);  // kept for the work, as for persons
  EXPECT_EQ(audits("watchlist.identity.read"), reads_before);  // nothing shown, nothing audited
  // A masked identity cannot be probed by name.
  WatchlistEntryQuery by_name;
  by_name.q = "lo thi mai";
  EXPECT_EQ(lists.entries(commander, list.id, by_name)->total, 0);

  for (const auto* who : {&officer, &investigator, &support}) {
    auto shown = lists.entries(*who, list.id, by_name);
    ASSERT_TRUE(shown.ok()) << describe(shown);
    ASSERT_EQ(shown->items.size(), 1u) << who->username;
    EXPECT_FALSE(shown->items[0].masked);
    EXPECT_EQ(shown->items[0].entry.identity.full_name, "Lò Thị Mai");
  }
  EXPECT_EQ(audits("watchlist.identity.read"), reads_before + 3);
  auto one = lists.get_entry(officer, added->entry.id);
  ASSERT_TRUE(one.ok());
  EXPECT_EQ(audits("watchlist.identity.read"), reads_before + 4);
  auto entries = env.audit_entries("watchlist.identity.read");
  ASSERT_FALSE(entries.empty());
  EXPECT_EQ(entries.front().detail.find("Mai"), std::string::npos);  // ids only, never the identity
  // Suspects' lists: commanders see the identity.
  auto suspects = make_list(WatchlistType::kSuspectedTraffickers, investigator);
  ASSERT_TRUE(lists.add_entry(investigator, suspects.id, person_entry("Trần Văn Thử")).ok());
  auto shown = lists.entries(commander, suspects.id, {});
  ASSERT_TRUE(shown.ok());
  EXPECT_FALSE(shown->items.at(0).masked);
}

TEST_F(WatchlistServiceTest, BadEntriesNameEveryFieldAndWriteNothing) {
  auto list = make_list(WatchlistType::kWantedPersons, investigator);
  const int64_t before = env.audit_count();
  domain::WatchlistEntryDraft d;
  d.identity.date_of_birth = "1990-13";
  d.identity.citizen_id = "12ab";
  d.nationality = "QQ";
  d.phone = "0912345678";
  d.expires_on = "2026-02-30";
  auto r = lists.add_entry(investigator, list.id, d);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument);
  for (const char* f : {"identity.full_name", "identity.date_of_birth", "identity.citizen_id", "nationality", "phone",
                        "expires_on"}) {
    EXPECT_EQ(r.error().fields.count(f), 1u) << f;
  }
  EXPECT_EQ(env.audit_count(), before);
  EXPECT_EQ(entry_rows(), 0);
}

TEST_F(WatchlistServiceTest, PhonesAreStoredRawAndE164AccountsNeedPlatformAndHandle) {
  auto phones = make_list(WatchlistType::kFlaggedPhones, investigator);
  domain::WatchlistEntryDraft p;
  p.phone = "0912 345 678";
  auto added = lists.add_entry(investigator, phones.id, p);
  ASSERT_TRUE(added.ok()) << describe(added);
  EXPECT_EQ(added->entry.phone_raw, "0912 345 678");
  EXPECT_EQ(added->entry.phone_e164, "+84912345678");
  domain::WatchlistEntryDraft same;
  same.phone = "+84 912345678";
  auto again = lists.add_entry(investigator, phones.id, same);
  ASSERT_FALSE(again.ok()) << again->entry.phone_e164;
  EXPECT_EQ(again.error().code, ErrorCode::kConflict);
  domain::WatchlistEntryDraft bad;
  bad.phone = "12";
  bad.identity.full_name = "Ai đó";
  auto r = lists.add_entry(investigator, phones.id, bad);
  ASSERT_FALSE(r.ok()) << r->entry.phone_e164;
  EXPECT_EQ(r.error().fields.count("phone"), 1u);
  EXPECT_EQ(r.error().fields.count("identity"), 1u);

  auto accounts = make_list(WatchlistType::kFlaggedAccounts, investigator);
  domain::WatchlistEntryDraft a;
  a.platform = "myspace";
  auto ra = lists.add_entry(investigator, accounts.id, a);
  ASSERT_FALSE(ra.ok()) << ra->entry.handle;
  EXPECT_EQ(ra.error().fields.count("platform"), 1u);
  EXPECT_EQ(ra.error().fields.count("handle"), 1u);
  a.platform = "facebook";
  a.handle = "https://www.facebook.com/viec.lam.luong.cao.test/";
  ASSERT_TRUE(lists.add_entry(investigator, accounts.id, a).ok());
  a.handle = "viec.lam.luong.cao.test";
  auto dup = lists.add_entry(investigator, accounts.id, a);
  ASSERT_FALSE(dup.ok()) << dup->entry.handle;
  EXPECT_EQ(dup.error().code, ErrorCode::kConflict);
  WatchlistEntryQuery q;
  q.q = "LUONG.CAO";
  EXPECT_EQ(lists.entries(officer, accounts.id, q)->total, 1);
}

TEST_F(WatchlistServiceTest, ExpiredEntriesAreKeptMarkedAndOutOfMatching) {
  auto list = make_list(WatchlistType::kWantedPersons, investigator);
  auto current = person_entry("Trần Văn Thử", "001085000001");
  current.expires_on = "2026-12-31";
  auto old = person_entry("Đinh Văn Cũ", "001085000002");
  old.expires_on = "2026-03-01";  // before 15 March 2026
  ASSERT_TRUE(lists.add_entry(investigator, list.id, current).ok());
  auto expired = lists.add_entry(investigator, list.id, old);
  ASSERT_TRUE(expired.ok());
  EXPECT_TRUE(expired->expired);
  EXPECT_EQ(lists.entries(officer, list.id, {})->total, 1);
  WatchlistEntryQuery all;
  all.include_expired = true;
  auto both = lists.entries(officer, list.id, all);
  ASSERT_EQ(both->total, 2);
  EXPECT_TRUE(both->items[1].expired);

  auto matchable = store::read_value<std::vector<domain::MatchableEntry>>(
      *env.store, [](store::Transaction& tx) { return tx.watchlists().matchable_entries("2026-03-15", std::nullopt); });
  ASSERT_TRUE(matchable.ok());
  ASSERT_EQ(matchable->size(), 1u);
  EXPECT_EQ(matchable->at(0).entry.identity.full_name, "Trần Văn Thử");
  EXPECT_EQ(matchable->at(0).list_type, WatchlistType::kWantedPersons);

  // A deactivated entry and an inactive list are out of matching too.
  auto first = matchable->at(0).entry;
  ASSERT_TRUE(lists.remove_entry(investigator, first.id, first.version).ok());
  EXPECT_EQ(audits("watchlist.entry.deactivate"), 1);
  EXPECT_EQ(lists.entries(officer, list.id, all)->total, 1);
  EXPECT_EQ(lists.get_entry(officer, first.id)->entry.active, false);
  EXPECT_EQ(lists.remove_entry(investigator, first.id, std::nullopt).error().code, ErrorCode::kNotFound);
}

TEST_F(WatchlistServiceTest, EntriesAreSealedAtRestAndEditsAreVersioned) {
  auto list = make_list(WatchlistType::kSuspectedTraffickers, investigator);
  auto added = lists.add_entry(investigator, list.id, person_entry("Hoàng Văn Bí Mật", "001085012345"));
  ASSERT_TRUE(added.ok());
  env.reopen();
  WatchlistService again{*env.store, env.clock};
  auto read = again.get_entry(investigator, added->entry.id);
  ASSERT_TRUE(read.ok()) << describe(read);
  EXPECT_EQ(read->entry.identity.full_name, "Hoàng Văn Bí Mật");
  EXPECT_EQ(read->entry.identity.citizen_id, "001085012345");
  EXPECT_EQ(read->entry.reason, "môi giới đưa người qua biên giới (dữ liệu thử)");
  // Not in the database file or its WAL, as typed or folded.
  for (const auto& file : {env.db_path(), std::filesystem::path(env.db_path().string() + "-wal")}) {
    std::ifstream in(file, std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    for (const char* secret : {"Hoàng Văn Bí Mật", "hoang van bi mat", "001085012345", "môi giới"}) {
      EXPECT_EQ(bytes.find(secret), std::string::npos) << secret << " in " << file;
    }
  }
  domain::WatchlistEntryPatch p;
  p.full_name = "Hoàng Văn Khác";
  p.expected_version = 1;
  auto changed = again.update_entry(investigator, added->entry.id, p);
  ASSERT_TRUE(changed.ok()) << describe(changed);
  EXPECT_EQ(changed->entry.version, 2);
  EXPECT_EQ(again.update_entry(investigator, added->entry.id, p).error().code, ErrorCode::kConflict);
  domain::WatchlistEntryPatch blank;
  blank.full_name = "";
  EXPECT_EQ(again.update_entry(investigator, added->entry.id, blank).error().fields.count("identity.full_name"), 1u);
  EXPECT_EQ(audits("watchlist.entry.update"), 1);
}

TEST_F(WatchlistServiceTest, ImportTakesGoodRowsAndReportsBadOnesByLineAndColumn) {
  auto list = make_list(WatchlistType::kWantedPersons, investigator);
  ASSERT_TRUE(lists.add_entry(investigator, list.id, person_entry("Trần Văn Thử", "001085000001")).ok());
  const std::string csv =
      "full_name,date_of_birth,sex,citizen_id,aliases,reason\n"
      "Nguyễn Văn Một,1980,male,001080000011,Một Râu;Một Sẹo,lệnh truy nã (thử)\n"  // line 2: good
      ",1980,male,,,\n"                                                              // line 3: no name
      "Lê Văn Hai,1980-13,robot,12,,\n"                                              // line 4: three bad cells
      "Trần Văn Thử,1985,male,001085000001,,\n"                                      // line 5: on the list already
      "Phạm Văn Ba,1990,,001090000033,,\n"                                           // line 6: good
      "Phạm Văn Ba,1990,,,,\n"                                                       // line 7: repeats line 6
      "Quá,Nhiều,Cột,Ở,Dòng,Này,Nhé\n";                                              // line 8: 7 fields
  const int64_t audit_before = env.audit_count();
  auto r = lists.import_csv(investigator, list.id, csv, ImportMode::kGoodRows);
  ASSERT_TRUE(r.ok()) << describe(r);
  EXPECT_EQ(r->rows, 7);
  EXPECT_EQ(r->imported, 2);
  ASSERT_EQ(r->errors.size(), 3u);
  EXPECT_EQ(r->errors[0].line, 3u);
  EXPECT_EQ(r->errors[0].fields.count("full_name"), 1u);
  EXPECT_EQ(r->errors[1].line, 4u);
  for (const char* f : {"date_of_birth", "sex", "citizen_id"}) {
    EXPECT_EQ(r->errors[1].fields.count(f), 1u) << f;
  }
  EXPECT_EQ(r->errors[2].line, 8u);
  EXPECT_EQ(r->errors[2].fields.count("row"), 1u);
  ASSERT_EQ(r->duplicates.size(), 2u);
  EXPECT_EQ(r->duplicates[0].line, 5u);
  EXPECT_EQ(r->duplicates[0].key, "citizen_id");
  EXPECT_NE(r->duplicates[0].existing_entry_id, 0);
  EXPECT_EQ(r->duplicates[1].line, 7u);
  EXPECT_EQ(r->duplicates[1].first_line, 6u);
  EXPECT_EQ(r->duplicates[1].key, "name_and_date_of_birth");
  EXPECT_EQ(env.audit_count(), audit_before + 1);
  auto entries = lists.entries(investigator, list.id, {});
  ASSERT_EQ(entries->total, 3);
  EXPECT_EQ(entries->items[1].entry.identity.aliases, (std::vector<std::string>{"Một Râu", "Một Sẹo"}));
}

TEST_F(WatchlistServiceTest, StrictImportAndUnusableHeadersWriteNothing) {
  auto list = make_list(WatchlistType::kFlaggedPhones, investigator);
  const int64_t before = env.audit_count();
  auto strict = lists.import_csv(investigator, list.id, "phone,reason\n0912345678,ok\nabc,bad\n", ImportMode::kStrict);
  ASSERT_TRUE(strict.ok()) << describe(strict);
  EXPECT_EQ(strict->imported, 0);
  ASSERT_EQ(strict->errors.size(), 1u);
  EXPECT_EQ(strict->errors[0].line, 3u);
  EXPECT_EQ(strict->errors[0].fields.count("phone"), 1u);
  EXPECT_EQ(entry_rows(), 0);
  EXPECT_EQ(env.audit_count(), before);
  for (const char* header : {"full_name\nA\n", "reason\nx\n", "phone,phone\n1,2\n", ""}) {
    auto r = lists.import_csv(investigator, list.id, header, ImportMode::kGoodRows);
    ASSERT_FALSE(r.ok()) << header;
    EXPECT_EQ(r.error().fields.count("csv"), 1u) << header;
  }
  EXPECT_EQ(lists.import_csv(officer, list.id, "phone\n0912345678\n", ImportMode::kGoodRows).error().code,
            ErrorCode::kPermissionDenied);
  EXPECT_EQ(entry_rows(), 0);
  EXPECT_EQ(env.audit_count(), before);
}

TEST_F(WatchlistServiceTest, ImportIsOneTransactionAFailedWriteLeavesNothing) {
  auto list = make_list(WatchlistType::kFlaggedPhones, investigator);
  const int64_t before = env.audit_count();
  int inserts = 0;
  env.store->set_fault_hook([&inserts](std::string_view sql) -> Status {
    if (sql.find("INSERT INTO watchlist_entries") != std::string_view::npos && ++inserts == 2) {
      return Error::unavailable("disk full (injected)");
    }
    return {};
  });
  auto r = lists.import_csv(investigator, list.id, "phone\n0912345678\n0987654321\n0911111111\n",
                            ImportMode::kGoodRows);
  env.store->set_fault_hook({});
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(entry_rows(), 0);
  EXPECT_EQ(env.audit_count(), before);
  auto ok = lists.import_csv(investigator, list.id, "phone\n0912345678\n0987654321\n", ImportMode::kGoodRows);
  ASSERT_TRUE(ok.ok()) << describe(ok);
  EXPECT_EQ(ok->imported, 2);
  EXPECT_EQ(entry_rows(), 2);
}

}  // namespace
}  // namespace frontline::service
