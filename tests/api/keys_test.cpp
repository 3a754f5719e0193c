// Identities at rest and `frontline keys rotate`, end to end against the real
// binary: victims created through the API (and demo data) leave no full
// name, citizen id, passport number or phone in the SQLite database or its
// WAL, neither in NFC nor ASCII-folded; the rotation refuses to run beside a
// server, then changes the key file, prints its one-line summary, and the
// API returns the same identities and evidence afterwards. Key files open to
// group or others stop both the server and the commands with one line.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <sys/wait.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <fstream>
#include <iterator>

#include <sqlite3.h>

#include "harness.hpp"
#include "store/sqlite/sealed_columns.hpp"
#include "util/text.hpp"

namespace frontline::api_test {
namespace {

// The first column of the first row of `sql` on the database file, read-only.
int64_t sqlite_count(const std::filesystem::path& db, const std::string& sql) {
  sqlite3* h = nullptr;
  int64_t out = -1;
  if (sqlite3_open_v2(db.c_str(), &h, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
    sqlite3_stmt* q = nullptr;
    if (sqlite3_prepare_v2(h, sql.c_str(), -1, &q, nullptr) == SQLITE_OK && sqlite3_step(q) == SQLITE_ROW) {
      out = sqlite3_column_int64(q, 0);
    }
    sqlite3_finalize(q);
  }
  sqlite3_close(h);
  return out;
}

namespace fs = std::filesystem;

std::string read_bytes(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

std::string ascii_lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

// Logs `username` in; a client with its token (token-less after a failure).
UserClient log_in(int port, const std::string& username) {
  HttpReply r = Http(port).send("POST", "/api/v1/session", json{{"username", username}, {"password", kPassword}}.dump(),
                                "application/json");
  EXPECT_EQ(r.status, 200) << username << ": " << r.body;
  json body = r.json_body();
  return UserClient(port, body.is_object() && body.contains("token") ? body["token"].get<std::string>() : "");
}

struct Victim {
  std::string full_name;
  std::string citizen_id;
  std::string passport_number;
  std::string phone;
};

const std::vector<Victim> kVictims = {
    {"Lò Thị Khuyến", "001203014455", "C8812345", "+84 912 004 118"},
    {"Vàng Seo Phử", "002199087766", "B7734561", "0987 661 203"},
    {"Hoàng Thị Ngọc Ánh", "036304512398", "N2297310", "(+84) 203-456-789"},
};

constexpr const char* kCaseTitle = "Ba phụ nữ bị đưa qua biên giới ở Hữu Nghị";

class KeysCli : public ::testing::Test {
 protected:
  fs::path data() const { return dir_.path() / "data"; }
  fs::path key_file() const { return data() / "keys" / "data.key"; }

  // Checks that no victim's identifying value is anywhere in the database
  // files, as typed (NFC), folded, or folded against lower-cased bytes.
  void expect_no_identity_in_database_files(const std::string& when) {
    std::string bytes = read_bytes(data() / "frontline.db");
    ASSERT_FALSE(bytes.empty());
    bytes += read_bytes(data() / "frontline.db-wal");
    const std::string lowered = ascii_lower(bytes);
    // The scan does see what is stored in clear: the case title and its folded search text.
    EXPECT_NE(bytes.find(kCaseTitle), std::string::npos) << when;
    EXPECT_NE(lowered.find(text::fold(kCaseTitle)), std::string::npos) << when;
    for (const auto& v : kVictims) {
      for (const std::string& value : {v.full_name, v.citizen_id, v.passport_number, v.phone}) {
        auto nfc = text::to_nfc(value);
        ASSERT_TRUE(nfc.ok());
        const std::string folded = text::fold(value);
        EXPECT_EQ(bytes.find(*nfc), std::string::npos) << when << ": '" << value << "' is in the database in clear";
        EXPECT_EQ(lowered.find(folded), std::string::npos) << when << ": '" << folded << "' is in the database";
      }
    }
  }

  TempDir dir_;
};

TEST_F(KeysCli, IdentitiesAreSealedAtRestAndSurviveKeyRotation) {
  ASSERT_TRUE(init_data_dir(data()));
  ASSERT_TRUE(add_user(data(), {"keys.officer", "frontline_officer", "DBP-LS-HUUNGHI"}));
  ASSERT_TRUE(add_user(data(), {"keys.analyst", "analyst", "BTL-BDBP"}));
  CommandResult demo = run_cli({"demo-data", "--data", data().string(), "--cases", "4", "--seed", "11"});
  ASSERT_EQ(demo.exit_code, 0) << demo.err;

  auto server = ServerProcess::start(data(), dir_.path());
  ASSERT_TRUE(server);
  UserClient officer = log_in(server->port(), "keys.officer");
  json kase = create_case(officer, kCaseTitle);
  ASSERT_TRUE(kase.is_object());
  const std::string case_path = "/api/v1/cases/" + std::to_string(kase["id"].get<int64_t>());
  std::vector<int64_t> ids;
  std::vector<json> identities;
  for (const auto& v : kVictims) {
    HttpReply r = officer.post(case_path + "/persons",
                               {{"role", "victim"},
                                {"sex", "female"},
                                {"identity",
                                 {{"full_name", v.full_name},
                                  {"citizen_id", v.citizen_id},
                                  {"passport_number", v.passport_number},
                                  {"phone", v.phone}}}});
    ASSERT_EQ(r.status, 201) << r.body;
    ids.push_back(r.json_body()["id"].get<int64_t>());
    identities.push_back(r.json_body()["identity"]);
    EXPECT_EQ(identities.back()["full_name"], v.full_name);
  }
  const std::string evidence = "Lời khai: " + kVictims[0].full_name + " bị giữ tại Bằng Tường";
  HttpReply up = officer.upload(case_path + "/evidence", {{"title", "Lời khai", "", ""},
                                                          {"kind", "document", "", ""},
                                                          {"file", evidence, "loi-khai.txt", "text/plain"}});
  ASSERT_EQ(up.status, 201) << up.body;
  const std::string download = up.json_body()["download"].get<std::string>();
  expect_no_identity_in_database_files("with the server running");

  // Not while a server holds the data directory.
  CommandResult refused = run_cli({"keys", "rotate", "--data", data().string()});
  EXPECT_EQ(refused.exit_code, 1);
  EXPECT_EQ(refused.err_lines(), 1u) << refused.err;
  EXPECT_NE(refused.err.find("in use"), std::string::npos) << refused.err;

  server.reset();
  const std::string old_key = read_bytes(key_file());
  CommandResult rotated = run_cli({"keys", "rotate", "--data", data().string()});
  ASSERT_EQ(rotated.exit_code, 0) << rotated.err;
  // Every sealed value of every listed column: demo persons and ours (one
  // identity each) and the demo's victim records (screening notes, decisions,
  // receptions).
  const std::string demo_persons = demo.out.substr(demo.out.find(" cases, ") + 8);
  const int64_t persons = std::stoll(demo_persons) + static_cast<int64_t>(kVictims.size());
  int64_t sealed = 0;
  for (const auto& col : store::sqlite::kSealedColumns) {
    sealed += sqlite_count(data() / "frontline.db", std::string("SELECT COUNT(*) FROM ") + col.table + " WHERE " +
                                                        col.column + " IS NOT NULL");
  }
  EXPECT_GT(sealed, persons);
  EXPECT_EQ(sqlite_count(data() / "frontline.db", "SELECT COUNT(*) FROM persons"), persons);
  EXPECT_EQ(rotated.out, "rotated the data key: re-encrypted " + std::to_string(sealed) +
                             " sealed values and 1 evidence files\n");
  const std::string new_key = read_bytes(key_file());
  EXPECT_EQ(new_key.size(), 32u);
  EXPECT_NE(new_key, old_key);
  struct stat st {};
  ASSERT_EQ(::stat(key_file().c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0600u);
  EXPECT_FALSE(fs::exists(data() / "keys" / "data.key.old"));

  server = ServerProcess::start(data(), dir_.path());
  ASSERT_TRUE(server);
  UserClient officer_again = log_in(server->port(), "keys.officer");
  for (size_t i = 0; i < ids.size(); ++i) {
    HttpReply r = officer_again.get("/api/v1/persons/" + std::to_string(ids[i]));
    ASSERT_EQ(r.status, 200) << r.body;
    EXPECT_EQ(r.json_body()["identity"], identities[i]);
  }
  HttpReply down = officer_again.get(download);
  EXPECT_EQ(down.status, 200);
  EXPECT_TRUE(down.body == evidence) << "evidence differs after rotation";
  // No need to know: the analyst still sees no identity.
  HttpReply masked = log_in(server->port(), "keys.analyst").get("/api/v1/persons/" + std::to_string(ids[0]));
  ASSERT_EQ(masked.status, 200) << masked.body;
  EXPECT_TRUE(masked.json_body()["identity"].is_null());
  server.reset();
  expect_no_identity_in_database_files("after rotation");

  CommandResult verify = run_cli({"audit", "verify", "--data", data().string()});
  EXPECT_EQ(verify.exit_code, 0) << verify.err;
}

TEST_F(KeysCli, KeysRotateHasHelp) {
  CommandResult top = run_cli({"--help"});
  EXPECT_NE(top.out.find("keys"), std::string::npos) << top.out;
  CommandResult keys = run_cli({"keys", "--help"});
  EXPECT_EQ(keys.exit_code, 0);
  EXPECT_NE(keys.out.find("rotate"), std::string::npos) << keys.out;
  CommandResult rotate = run_cli({"keys", "rotate", "--help"});
  EXPECT_EQ(rotate.exit_code, 0);
  EXPECT_NE(rotate.out.find("--data"), std::string::npos) << rotate.out;
  EXPECT_TRUE(rotate.err.empty()) << rotate.err;
}

// Runs `frontline serve` over `data` with a time limit (so a server that
// wrongly starts cannot hang the test); its exit status and standard error.
std::pair<int, std::string> serve_briefly(const fs::path& data) {
  const std::string cmd = std::string("timeout 10 ") + FRONTLINE_BINARY + " serve --data '" + data.string() +
                          "' --listen 127.0.0.1:0 2>&1 >/dev/null";
  FILE* pipe = ::popen(cmd.c_str(), "r");
  std::string out;
  char buf[4096];
  size_t n = 0;
  while (pipe != nullptr && (n = std::fread(buf, 1, sizeof buf, pipe)) > 0) {
    out.append(buf, n);
  }
  int status = pipe != nullptr ? ::pclose(pipe) : -1;
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, out};
}

TEST_F(KeysCli, KeyFileOpenToGroupOrOthersStopsServerAndCommands) {
  ASSERT_TRUE(init_data_dir(data()));
  ASSERT_EQ(::chmod(key_file().c_str(), 0640), 0);
  auto [status, out] = serve_briefly(data());
  EXPECT_EQ(status, 1) << out;  // 124 would mean it started and was killed by the time limit
  EXPECT_EQ(out, "frontline: error: key file " + key_file().string() +
                     " is open to group or others (mode 0640); it must be 0600: run `chmod 600 " +
                     key_file().string() + "`\n");

  ASSERT_EQ(::chmod(key_file().c_str(), 0604), 0);
  CommandResult list = run_cli({"user", "list", "--data", data().string()});
  EXPECT_EQ(list.exit_code, 1);
  EXPECT_EQ(list.err_lines(), 1u) << list.err;
  EXPECT_NE(list.err.find("mode 0604"), std::string::npos) << list.err;
  CommandResult rotate = run_cli({"keys", "rotate", "--data", data().string()});
  EXPECT_EQ(rotate.exit_code, 1);
  EXPECT_NE(rotate.err.find("chmod 600"), std::string::npos) << rotate.err;

  ASSERT_EQ(::chmod(key_file().c_str(), 0600), 0);
  CommandResult fixed = run_cli({"user", "list", "--data", data().string()});
  EXPECT_EQ(fixed.exit_code, 0) << fixed.err;
}

}  // namespace
}  // namespace frontline::api_test
