// The HTTP server: cpp-httplib underneath (included only in server.cpp),
// one dispatcher in front of the Router that handles authentication, CSRF,
// body limits, 404/405, security headers and the mapping of failures to
// JSON errors, so that no handler has to. It also serves the web interface's
// files for non-API paths when ServerOptions::web_root is set.
#pragma once

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "http/router.hpp"
#include "http/routes.hpp"

namespace frontline::http {

struct ServerOptions {
  std::string host = "127.0.0.1";
  int port = 8080;                            // 0: pick a free port
  size_t max_json_bytes = 1024 * 1024;        // larger JSON bodies get 413
  size_t max_bulk_json_bytes = 16 * 1024 * 1024;  // JSON batches (BodyKind::kBulkJson)
  size_t max_upload_bytes = 21 * 1024 * 1024; // multipart evidence uploads
  size_t threads = 32;                        // concurrent connections served
  // The built web interface (index.html, assets/); when set, GET and HEAD of
  // non-API paths are answered from it (see StaticFiles::resolve).
  std::optional<std::filesystem::path> web_root;
};

class Server {
 public:
  Server(Services services, ServerOptions options);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Binds the socket; returns the bound port, or Unavailable if it cannot bind.
  Result<int> bind();
  // Serves until stop() is called from another thread (or a signal handler thread).
  Status listen();
  void stop();

  // Dispatches one request exactly as the network path does (tests, benchmarks).
  ApiResponse dispatch(ApiRequest& req);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace frontline::http
