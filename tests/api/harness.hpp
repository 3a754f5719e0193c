// Harness of the API and CLI tests: runs the real `frontline` binary
// (FRONTLINE_BINARY) as a child process, in a temporary data directory, on a
// free 127.0.0.1 port, and talks to it over HTTP with cpp-httplib.
//
// Typical use: one ApiWorld per test suite (SetUpTestSuite), created with the
// accounts the suite needs; tests log in with world->as("username").
#pragma once

#include <sys/types.h>

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <httplib.h>
#include <nlohmann/json.hpp>

namespace frontline::api_test {

using nlohmann::json;

// The password of every account the harness creates (>= 10 characters).
inline constexpr const char* kPassword = "correct-horse-battery-1";

// A directory under /tmp removed with everything in it on destruction.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

struct CommandResult {
  int exit_code = -1;  // -1 when the process did not exit normally
  std::string out;
  std::string err;
  // Number of lines in `err` (a final line without '\n' counts).
  size_t err_lines() const;
};

// Runs FRONTLINE_BINARY with `args`, feeding `input` on standard input, and
// waits for it. Never throws; a failure to start gives exit_code -1.
CommandResult run_cli(const std::vector<std::string>& args, const std::string& input = "");

// Runs `frontline init --data dir`; returns false (and records a test
// failure) when it does not exit 0.
bool init_data_dir(const std::filesystem::path& dir);

struct TestUser {
  std::string username;
  std::string role;  // comma-separated for several
  std::string unit;  // unit code from data/units.json
};

// Adds `user` with kPassword through `frontline user add`; records a test
// failure and returns false when the command fails.
bool add_user(const std::filesystem::path& dir, const TestUser& user);

// A `frontline serve` child process. The destructor stops it (SIGTERM, then
// SIGKILL after 5 s) and reaps it.
class ServerProcess {
 public:
  // Starts the server on 127.0.0.1:0 over `data_dir` and waits (up to 15 s)
  // for its "listening on" line; nullptr when it does not come up. The
  // server's stdout and stderr go to files in `log_dir`.
  static std::unique_ptr<ServerProcess> start(const std::filesystem::path& data_dir,
                                              const std::filesystem::path& log_dir);
  ~ServerProcess();
  ServerProcess(const ServerProcess&) = delete;
  ServerProcess& operator=(const ServerProcess&) = delete;

  int port() const { return port_; }
  // True while the child has not exited.
  bool running();

 private:
  ServerProcess(pid_t pid, int port) : pid_(pid), port_(port) {}
  pid_t pid_;
  int port_;
};

struct HttpReply {
  int status = 0;  // 0 when no response arrived (connection error)
  std::string body;
  httplib::Headers headers;

  // The body as JSON; a discarded value when it is not JSON.
  json json_body() const;
  // The first value of header `name` (case-insensitive), or "".
  std::string header(const std::string& name) const;
  // error.fields of an error body, or an empty object.
  json error_fields() const;
  // error.code of an error body, or "".
  std::string error_code() const;
};

// One HTTP connection target; not thread-safe. Paths include the query.
class Http {
 public:
  explicit Http(int port);
  // Sends `method path` with `body` as is (Content-Type `content_type` when
  // not empty) and the extra `headers`.
  HttpReply send(const std::string& method, const std::string& path, const std::string& body = "",
                 const std::string& content_type = "", const httplib::Headers& headers = {});
  // POSTs a multipart/form-data body built from `items`.
  HttpReply upload(const std::string& path, const httplib::MultipartFormDataItems& items,
                   const httplib::Headers& headers = {});

 private:
  httplib::Client client_;
};

// A client acting as one logged-in user with a bearer token.
class UserClient {
 public:
  UserClient(int port, std::string token) : http_(port), token_(std::move(token)) {}
  HttpReply get(const std::string& path);
  HttpReply post(const std::string& path, const json& body);
  HttpReply patch(const std::string& path, const json& body);
  HttpReply del(const std::string& path);
  HttpReply upload(const std::string& path, const httplib::MultipartFormDataItems& items);
  // Raw request with this user's bearer token.
  HttpReply send(const std::string& method, const std::string& path, const std::string& body,
                 const std::string& content_type);
  const std::string& token() const { return token_; }

 private:
  httplib::Headers auth() const;
  Http http_;
  std::string token_;
};

// A data directory with accounts and a running server over it.
class ApiWorld {
 public:
  // Inits a fresh data directory, adds `users` via the CLI and starts the
  // server; nullptr (with test failures recorded) when any step fails.
  static std::unique_ptr<ApiWorld> start(const std::vector<TestUser>& users);

  const std::filesystem::path& data_dir() const { return data_dir_; }
  int port() const { return server_->port(); }
  bool server_running() { return server_->running(); }
  Http http() const { return Http(port()); }

  // Logs `username` in with `password`; the full reply.
  HttpReply login(const std::string& username, const std::string& password = kPassword);
  // A client for `username`, logging in on first use and reusing the token
  // afterwards. Records a test failure (and returns a token-less client) when
  // the log-in fails.
  UserClient& as(const std::string& username);

 private:
  ApiWorld() = default;
  std::unique_ptr<TempDir> dir_;
  std::filesystem::path data_dir_;
  std::unique_ptr<ServerProcess> server_;
  std::map<std::string, std::unique_ptr<UserClient>> clients_;
};

// The accounts most suites use: one per role and a spread of units.
//   admin (admin, HQ), analyst.hq (analyst, HQ), trainer.hq (trainer, HQ),
//   officer.ls (frontline_officer, Hữu Nghị post under Lạng Sơn),
//   officer.ls2 (frontline_officer, Tân Thanh post under Lạng Sơn),
//   commander.ls and investigator.ls and support.ls (Lạng Sơn command),
//   officer.qn (frontline_officer, Móng Cái post under Quảng Ninh).
std::vector<TestUser> standard_users();

// A minimal valid case body with `title` (and the other fields merged in).
json case_body(const std::string& title, const json& extra = json::object());

// Creates a case as `who`; its JSON, or a discarded value after recording a failure.
json create_case(UserClient& who, const std::string& title, const json& extra = json::object());

// SHA-256 of `bytes` as lower-case hex (libsodium, independent of the product).
std::string sha256_hex(const std::string& bytes);

// Sends `bytes` as is over a fresh TCP connection to 127.0.0.1:`port` and
// reads one response (up to 5 s); the raw response text ("" when none came).
std::string raw_exchange(int port, const std::string& bytes);

// The database id of the unit with `code`, as GET /api/v1/units lists it for
// `who`; 0 after recording a failure when there is none.
int64_t unit_id(UserClient& who, const std::string& code);

// Percent-encodes `s` for use in a query string.
std::string url_encode(const std::string& s);

}  // namespace frontline::api_test
