#include "harness.hpp"

#include <fcntl.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>
#include <sodium.h>

#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <thread>

extern char** environ;

namespace frontline::api_test {
namespace {

using Clock = std::chrono::steady_clock;

std::vector<char*> argv_of(std::vector<std::string>& args) {
  std::vector<char*> argv;
  for (auto& a : args) {
    argv.push_back(a.data());
  }
  argv.push_back(nullptr);
  return argv;
}

std::string read_file(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Waits for `pid` up to `limit`; its wait status, or nullopt on timeout.
std::optional<int> wait_for(pid_t pid, std::chrono::milliseconds limit) {
  const auto deadline = Clock::now() + limit;
  while (true) {
    int status = 0;
    pid_t r = waitpid(pid, &status, WNOHANG);
    if (r == pid) {
      return status;
    }
    if (r < 0 && errno != EINTR) {
      return status;
    }
    if (Clock::now() >= deadline) {
      return std::nullopt;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
}

}  // namespace

TempDir::TempDir() {
  std::string tmpl = (std::filesystem::temp_directory_path() / "frontline-api-XXXXXX").string();
  if (mkdtemp(tmpl.data()) == nullptr) {
    throw std::runtime_error("mkdtemp failed");
  }
  path_ = tmpl;
}

TempDir::~TempDir() {
  std::error_code ec;
  std::filesystem::remove_all(path_, ec);
}

size_t CommandResult::err_lines() const {
  size_t n = 0;
  for (char c : err) {
    n += c == '\n' ? 1 : 0;
  }
  if (!err.empty() && err.back() != '\n') {
    ++n;
  }
  return n;
}

CommandResult run_cli(const std::vector<std::string>& args, const std::string& input) {
  CommandResult result;
  int in_pipe[2];
  int out_pipe[2];
  int err_pipe[2];
  if (pipe2(in_pipe, O_CLOEXEC) != 0 || pipe2(out_pipe, O_CLOEXEC) != 0 || pipe2(err_pipe, O_CLOEXEC) != 0) {
    return result;
  }
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, in_pipe[0], 0);
  posix_spawn_file_actions_adddup2(&actions, out_pipe[1], 1);
  posix_spawn_file_actions_adddup2(&actions, err_pipe[1], 2);
  std::vector<std::string> full = {FRONTLINE_BINARY};
  full.insert(full.end(), args.begin(), args.end());
  auto argv = argv_of(full);
  pid_t pid = 0;
  int rc = posix_spawn(&pid, FRONTLINE_BINARY, &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  close(in_pipe[0]);
  close(out_pipe[1]);
  close(err_pipe[1]);
  if (rc != 0) {
    close(in_pipe[1]);
    close(out_pipe[0]);
    close(err_pipe[0]);
    return result;
  }
  // Feed stdin and drain both outputs together so no pipe can fill and block.
  size_t written = 0;
  int in_fd = in_pipe[1];
  if (input.empty()) {
    close(in_fd);
    in_fd = -1;
  } else {
    fcntl(in_fd, F_SETFL, O_NONBLOCK);
  }
  bool out_open = true;
  bool err_open = true;
  char buf[65536];
  while (out_open || err_open) {
    std::vector<pollfd> fds;
    if (out_open) {
      fds.push_back({out_pipe[0], POLLIN, 0});
    }
    if (err_open) {
      fds.push_back({err_pipe[0], POLLIN, 0});
    }
    if (in_fd >= 0) {
      fds.push_back({in_fd, POLLOUT, 0});
    }
    if (poll(fds.data(), fds.size(), 60000) <= 0) {
      break;
    }
    for (const auto& p : fds) {
      if (p.revents == 0) {
        continue;
      }
      if (p.fd == in_fd) {
        ssize_t n = write(in_fd, input.data() + written, input.size() - written);
        if (n > 0) {
          written += static_cast<size_t>(n);
        }
        if (n < 0 || written == input.size()) {
          close(in_fd);
          in_fd = -1;
        }
        continue;
      }
      ssize_t n = read(p.fd, buf, sizeof buf);
      if (n <= 0) {
        (p.fd == out_pipe[0] ? out_open : err_open) = false;
      } else {
        (p.fd == out_pipe[0] ? result.out : result.err).append(buf, static_cast<size_t>(n));
      }
    }
  }
  if (in_fd >= 0) {
    close(in_fd);
  }
  close(out_pipe[0]);
  close(err_pipe[0]);
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

bool init_data_dir(const std::filesystem::path& dir) {
  auto r = run_cli({"init", "--data", dir.string()});
  EXPECT_EQ(r.exit_code, 0) << "init failed: " << r.err;
  return r.exit_code == 0;
}

bool add_user(const std::filesystem::path& dir, const TestUser& user) {
  auto r = run_cli({"user", "add", "--data", dir.string(), "--username", user.username, "--role", user.role, "--unit",
                    user.unit, "--password-stdin"},
                   std::string(kPassword) + "\n");
  EXPECT_EQ(r.exit_code, 0) << "user add " << user.username << " failed: " << r.err;
  return r.exit_code == 0;
}

std::unique_ptr<ServerProcess> ServerProcess::start(const std::filesystem::path& data_dir,
                                                    const std::filesystem::path& log_dir) {
  const auto out_path = log_dir / "server.out";
  const auto err_path = log_dir / "server.err";
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 1, out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  posix_spawn_file_actions_addopen(&actions, 2, err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  std::vector<std::string> args = {FRONTLINE_BINARY, "serve", "--data", data_dir.string(), "--listen",
                                   "127.0.0.1:0",    "--threads", "8"};
  auto argv = argv_of(args);
  pid_t pid = 0;
  int rc = posix_spawn(&pid, FRONTLINE_BINARY, &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (rc != 0) {
    ADD_FAILURE() << "cannot start " << FRONTLINE_BINARY;
    return nullptr;
  }
  const std::string marker = "Frontline listening on http://127.0.0.1:";
  const auto deadline = Clock::now() + std::chrono::seconds(15);
  while (Clock::now() < deadline) {
    std::string out = read_file(out_path);
    auto at = out.find(marker);
    if (at != std::string::npos && out.find('\n', at) != std::string::npos) {
      int port = std::atoi(out.c_str() + at + marker.size());
      return std::unique_ptr<ServerProcess>(new ServerProcess(pid, port));
    }
    if (wait_for(pid, std::chrono::milliseconds(0))) {
      ADD_FAILURE() << "the server exited early: " << read_file(err_path) << read_file(out_path);
      return nullptr;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  kill(pid, SIGKILL);
  wait_for(pid, std::chrono::seconds(5));
  ADD_FAILURE() << "the server did not report its port within 15 s";
  return nullptr;
}

bool ServerProcess::running() { return pid_ > 0 && !wait_for(pid_, std::chrono::milliseconds(0)); }

ServerProcess::~ServerProcess() {
  if (pid_ <= 0 || !running()) {
    return;
  }
  kill(pid_, SIGTERM);
  if (!wait_for(pid_, std::chrono::seconds(5))) {
    kill(pid_, SIGKILL);
    wait_for(pid_, std::chrono::seconds(5));
  }
}

json HttpReply::json_body() const { return json::parse(body, nullptr, false); }

std::string HttpReply::header(const std::string& name) const {
  for (const auto& [k, v] : headers) {
    if (strcasecmp(k.c_str(), name.c_str()) == 0) {
      return v;
    }
  }
  return "";
}

json HttpReply::error_fields() const {
  json j = json_body();
  if (j.is_object() && j.contains("error") && j["error"].is_object() && j["error"].contains("fields")) {
    return j["error"]["fields"];
  }
  return json::object();
}

std::string HttpReply::error_code() const {
  json j = json_body();
  if (j.is_object() && j.contains("error") && j["error"].is_object() && j["error"].contains("code") &&
      j["error"]["code"].is_string()) {
    return j["error"]["code"].get<std::string>();
  }
  return "";
}

Http::Http(int port) : client_("127.0.0.1", port) {
  client_.set_connection_timeout(5, 0);
  client_.set_read_timeout(30, 0);
  client_.set_write_timeout(30, 0);
}

namespace {

HttpReply to_reply(const httplib::Result& r) {
  HttpReply out;
  if (r) {
    out.status = r->status;
    out.body = r->body;
    out.headers = r->headers;
  }
  return out;
}

}  // namespace

HttpReply Http::send(const std::string& method, const std::string& path, const std::string& body,
                     const std::string& content_type, const httplib::Headers& headers) {
  httplib::Request req;
  req.method = method;
  req.path = path;
  req.headers = headers;
  req.body = body;
  if (!content_type.empty()) {
    req.set_header("Content-Type", content_type);
  }
  if (body.empty() && method != "GET" && method != "HEAD" && method != "OPTIONS") {
    req.set_header("Content-Length", "0");
  }
  return to_reply(client_.send(req));
}

HttpReply Http::upload(const std::string& path, const httplib::MultipartFormDataItems& items,
                       const httplib::Headers& headers) {
  return to_reply(client_.Post(path.c_str(), headers, items));
}

httplib::Headers UserClient::auth() const { return {{"Authorization", "Bearer " + token_}}; }

HttpReply UserClient::get(const std::string& path) { return http_.send("GET", path, "", "", auth()); }

HttpReply UserClient::post(const std::string& path, const json& body) {
  return http_.send("POST", path, body.dump(), "application/json", auth());
}

HttpReply UserClient::patch(const std::string& path, const json& body) {
  return http_.send("PATCH", path, body.dump(), "application/json", auth());
}

HttpReply UserClient::del(const std::string& path) { return http_.send("DELETE", path, "", "", auth()); }

HttpReply UserClient::upload(const std::string& path, const httplib::MultipartFormDataItems& items) {
  return http_.upload(path, items, auth());
}

HttpReply UserClient::send(const std::string& method, const std::string& path, const std::string& body,
                           const std::string& content_type) {
  return http_.send(method, path, body, content_type, auth());
}

std::unique_ptr<ApiWorld> ApiWorld::start(const std::vector<TestUser>& users) {
  std::unique_ptr<ApiWorld> w(new ApiWorld());
  w->dir_ = std::make_unique<TempDir>();
  w->data_dir_ = w->dir_->path() / "data";
  if (!init_data_dir(w->data_dir_)) {
    return nullptr;
  }
  for (const auto& u : users) {
    if (!add_user(w->data_dir_, u)) {
      return nullptr;
    }
  }
  w->server_ = ServerProcess::start(w->data_dir_, w->dir_->path());
  if (!w->server_) {
    return nullptr;
  }
  return w;
}

HttpReply ApiWorld::login(const std::string& username, const std::string& password) {
  return http().send("POST", "/api/v1/session", json{{"username", username}, {"password", password}}.dump(),
                     "application/json");
}

UserClient& ApiWorld::as(const std::string& username) {
  auto it = clients_.find(username);
  if (it != clients_.end()) {
    return *it->second;
  }
  HttpReply r = login(username);
  std::string token;
  if (r.status == 200) {
    token = r.json_body().value("token", "");
  } else {
    ADD_FAILURE() << "log-in of " << username << " failed: " << r.status << " " << r.body;
  }
  auto client = std::make_unique<UserClient>(port(), token);
  UserClient& ref = *client;
  if (!token.empty()) {
    clients_[username] = std::move(client);
  } else {
    // Kept alive for the caller's use but not cached, so the next call retries.
    clients_["~failed~" + username + std::to_string(clients_.size())] = std::move(client);
  }
  return ref;
}

std::vector<TestUser> standard_users() {
  return {
      {"admin", "admin", "BTL-BDBP"},
      {"analyst.hq", "analyst", "BTL-BDBP"},
      {"trainer.hq", "trainer", "BTL-BDBP"},
      {"officer.ls", "frontline_officer", "DBP-LS-HUUNGHI"},
      {"officer.ls2", "frontline_officer", "DBP-LS-TANTHANH"},
      {"commander.ls", "commander", "BCH-LS"},
      {"investigator.ls", "investigator", "BCH-LS"},
      {"support.ls", "victim_support", "BCH-LS"},
      {"officer.qn", "frontline_officer", "DBP-QN-MONGCAI"},
  };
}

json case_body(const std::string& title, const json& extra) {
  json body = {{"title", title}, {"trafficking_form", "forced_labour"}};
  body.update(extra);
  return body;
}

json create_case(UserClient& who, const std::string& title, const json& extra) {
  HttpReply r = who.post("/api/v1/cases", case_body(title, extra));
  if (r.status != 201) {
    ADD_FAILURE() << "creating case '" << title << "' failed: " << r.status << " " << r.body;
    return json(json::value_t::discarded);
  }
  return r.json_body();
}

std::string sha256_hex(const std::string& bytes) {
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
  static const char* hex = "0123456789abcdef";
  std::string out;
  for (unsigned char c : digest) {
    out += hex[c >> 4];
    out += hex[c & 15];
  }
  return out;
}

std::string raw_exchange(int port, const std::string& bytes) {
  int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (fd < 0) {
    return "";
  }
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<uint16_t>(port));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  std::string out;
  if (connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0 &&
      ::send(fd, bytes.data(), bytes.size(), MSG_NOSIGNAL) == static_cast<ssize_t>(bytes.size())) {
    // The server keeps the connection alive: stop once one whole response
    // (headers and Content-Length bytes of body) has arrived.
    const auto deadline = Clock::now() + std::chrono::seconds(5);
    char buf[4096];
    while (Clock::now() < deadline) {
      pollfd p{fd, POLLIN, 0};
      if (poll(&p, 1, 100) <= 0) {
        continue;
      }
      ssize_t n = recv(fd, buf, sizeof buf, 0);
      if (n <= 0) {
        break;
      }
      out.append(buf, static_cast<size_t>(n));
      size_t end = out.find("\r\n\r\n");
      if (end != std::string::npos) {
        size_t length = 0;
        size_t at = out.find("Content-Length: ");
        if (at != std::string::npos && at < end) {
          length = std::strtoul(out.c_str() + at + 16, nullptr, 10);
        }
        if (out.size() >= end + 4 + length) {
          break;
        }
      }
    }
  }
  close(fd);
  return out;
}

std::string url_encode(const std::string& s) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : s) {
    if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  return out;
}

int64_t unit_id(UserClient& who, const std::string& code) {
  const json units = who.get("/api/v1/units").json_body();
  if (units.contains("items")) {
    for (const auto& u : units["items"]) {
      if (u.value("code", "") == code) return u["id"].get<int64_t>();
    }
  }
  ADD_FAILURE() << "no unit " << code;
  return 0;
}

}  // namespace frontline::api_test
