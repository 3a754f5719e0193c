// `frontline watchlist import` against the real binary: a file with one bad
// row (reported by line and column, the good rows stored, a duplicate
// reported), and --strict, which stores nothing when a row is bad.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "app/data_dir.hpp"
#include "harness.hpp"
#include "service/watchlist_service.hpp"

namespace frontline::api_test {
namespace {

namespace fs = std::filesystem;

void write(const fs::path& p, const std::string& bytes) {
  std::ofstream f(p, std::ios::binary);
  f << bytes;
}

class WatchlistCli : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(init_data_dir(data_));
    auto dir = app::open_data_dir(data_, app::Create::kNever);
    ASSERT_TRUE(dir.ok()) << dir.error().message;
    SystemClock clock;
    service::WatchlistService lists(*dir->store, clock);
    domain::WatchlistDraft d;
    d.name = "Số điện thoại môi giới (thử)";
    d.type = domain::WatchlistType::kFlaggedPhones;
    d.owner_unit_code = "BCH-LS";
    auto w = lists.create(service::Principal::system(), d);
    ASSERT_TRUE(w.ok()) << w.error().message;
    list_ = std::to_string(w->id);
  }
  int64_t entries() {
    auto dir = app::open_data_dir(data_, app::Create::kNever);
    EXPECT_TRUE(dir.ok());
    SystemClock clock;
    service::WatchlistService lists(*dir->store, clock);
    auto page = lists.entries(service::Principal::system(), std::stoll(list_), {});
    EXPECT_TRUE(page.ok());
    return page.ok() ? page->total : -1;
  }

  TempDir dir_;
  fs::path data_ = dir_.path() / "data";
  std::string list_;
};

TEST_F(WatchlistCli, ImportsGoodRowsAndReportsTheBadOneByLine) {
  const fs::path file = dir_.path() / "phones.csv";
  write(file, "phone,reason,expires_on\n0912345678,môi giới (thử),\nkhông phải số,,\n0987 654 321,,2030-01-01\n"
              "+84912345678,,\n");
  CommandResult r = run_cli({"watchlist", "import", "--data", data_.string(), "--list", list_, file.string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "watchlist import: 4 rows read, 2 imported, 1 bad, 1 duplicates\n");
  EXPECT_NE(r.err.find(file.string() + ":3: phone: is not a valid phone number"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find(file.string() + ":5: duplicate (phone) of line 2"), std::string::npos) << r.err;
  EXPECT_EQ(entries(), 2);
  CommandResult verify = run_cli({"audit", "verify", "--data", data_.string()});
  EXPECT_EQ(verify.exit_code, 0) << verify.err;

  // The imported phones are screened: the batch names the entry and its list.
  const fs::path in = dir_.path() / "screen.csv";
  write(in, "full_name,phone\nTrần Văn Thử,+84 912 345 678\n");
  CommandResult s = run_cli({"screen", "--data", data_.string(), "--csv", in.string()});
  ASSERT_EQ(s.exit_code, 0) << s.err;
  EXPECT_EQ(s.out.rfind("row,line,person_id,score,alert,review,candidates,error,entry_id,watchlist_id\r\n", 0), 0u)
      << s.out;
  const std::string row = s.out.substr(s.out.find('\n') + 1);
  EXPECT_EQ(row.rfind("1,2,,0.750,true,", 0), 0u) << row;
  EXPECT_NE(row.find("," + list_ + "\r\n"), std::string::npos) << row;
}

TEST_F(WatchlistCli, StrictImportsNothingWhenARowIsBad) {
  const fs::path file = dir_.path() / "phones.csv";
  write(file, "phone\n0912345678\nabc\n");
  CommandResult r =
      run_cli({"watchlist", "import", "--strict", "--data", data_.string(), "--list", list_, file.string()});
  EXPECT_NE(r.exit_code, 0);
  EXPECT_NE(r.err.find(":3: phone:"), std::string::npos) << r.err;
  EXPECT_EQ(entries(), 0);
  write(file, "colour\nred\n");
  CommandResult header = run_cli({"watchlist", "import", "--data", data_.string(), "--list", list_, file.string()});
  EXPECT_NE(header.exit_code, 0);
  EXPECT_NE(header.err.find("csv: unknown column 'colour'"), std::string::npos) << header.err;
  EXPECT_EQ(entries(), 0);
}

}  // namespace
}  // namespace frontline::api_test
