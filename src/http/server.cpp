#include "http/server.hpp"

#include <httplib.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <fstream>
#include <iterator>

#include "http/error_text.hpp"
#include "http/static_files.hpp"

namespace frontline::http {
namespace {

// On every response. Nothing inline may run or style the page, and nothing is
// loaded from another origin (border posts may be offline). Cache-Control is
// no-store unless the response set its own (static files).
void add_security_headers(httplib::Response& res) {
  res.set_header("Content-Security-Policy",
                 "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
                 "connect-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'");
  res.set_header("X-Frame-Options", "DENY");
  res.set_header("X-Content-Type-Options", "nosniff");
  res.set_header("Referrer-Policy", "no-referrer");
  if (!res.has_header("Cache-Control")) {
    res.set_header("Cache-Control", "no-store");
  }
}

// Reads a whole file; false when it cannot be read.
bool read_whole_file(const std::filesystem::path& p, std::string& out) {
  std::ifstream in(p, std::ios::binary);
  if (!in) {
    return false;
  }
  out.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  return !in.bad();
}

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

std::string cookie_value(const std::string& header, const std::string& name) {
  size_t pos = 0;
  while (pos < header.size()) {
    size_t end = header.find(';', pos);
    if (end == std::string::npos) {
      end = header.size();
    }
    std::string part = header.substr(pos, end - pos);
    size_t start = part.find_first_not_of(' ');
    if (start != std::string::npos && part.compare(start, name.size() + 1, name + "=") == 0) {
      return part.substr(start + name.size() + 1);
    }
    pos = end + 1;
  }
  return {};
}

bool is_safe_method(const std::string& m) { return m == "GET" || m == "HEAD" || m == "OPTIONS"; }

}  // namespace

struct Server::Impl {
  Impl(Services s, ServerOptions o) : services(s), options(std::move(o)), router(build_router(services)) {
    if (options.web_root) {
      web.emplace(*options.web_root);
    }
  }
  Services services;
  ServerOptions options;
  Router router;
  std::optional<StaticFiles> web;
  httplib::Server http;

  ApiResponse route(ApiRequest& req);
  // Answers GET/HEAD of a web interface file; false when `in` is not one.
  bool serve_static(const httplib::Request& in, httplib::Response& out);
  void serve(const httplib::Request& in, httplib::Response& out);
};

bool Server::Impl::serve_static(const httplib::Request& in, httplib::Response& out) {
  if (!web || (in.method != "GET" && in.method != "HEAD") || is_api_path(in.path)) {
    return false;
  }
  auto file = web->resolve(in.path, wants_html(in.get_header_value("Accept")));
  std::string body;
  if (!file || !read_whole_file(file->file, body)) {
    return false;
  }
  out.status = 200;
  out.set_header("Cache-Control", std::string(cache_control(file->cache)));
  out.set_content(std::move(body), file->content_type);
  add_security_headers(out);
  return true;
}

ApiResponse Server::Impl::route(ApiRequest& req) {
  RouteMatch m = router.match(req.method, req.path);
  if (m.route == nullptr) {
    if (!m.allowed_methods.empty()) {
      ApiResponse res = ApiResponse::json(
          405, {{"error", {{"code", "method_not_allowed"},
                           {"message", req.method + " is not allowed on " + req.path},
                           {"fields", nlohmann::json::object()},
                           {"allowed", m.allowed_methods}}}});
      std::string allow;
      for (const auto& a : m.allowed_methods) {
        allow += (allow.empty() ? "" : ", ") + a;
      }
      res.headers.emplace_back("Allow", allow);
      return res;
    }
    return error_response(Error::not_found("no such route: " + req.path));
  }
  req.path_params = m.params;
  const Route& r = *m.route;
  const size_t json_limit = r.body == BodyKind::kBulkJson ? options.max_bulk_json_bytes : options.max_json_bytes;
  const bool json_body = r.body == BodyKind::kJson || r.body == BodyKind::kBulkJson;
  if (json_body && req.body.size() > json_limit) {
    return error_response(Error::too_large("request bodies are limited to " + std::to_string(json_limit) + " bytes"));
  }
  if (json_body && !req.body.empty() && !is_safe_method(req.method)) {
    auto ct = req.headers.find("content-type");
    if (ct == req.headers.end() || lower(ct->second).rfind("application/json", 0) != 0) {
      return error_response(Error::invalid_field("content-type", "must be application/json"));
    }
  }
  service::Principal principal;
  if (r.access == Access::kSession) {
    bool from_cookie = false;
    auto auth = req.headers.find("authorization");
    if (auth != req.headers.end() && lower(auth->second.substr(0, 7)) == "bearer ") {
      req.token = auth->second.substr(7);
    } else if (auto c = req.headers.find("cookie"); c != req.headers.end()) {
      req.token = cookie_value(c->second, kSessionCookie);
      from_cookie = !req.token.empty();
    }
    auto who = services.auth.authenticate(req.token);
    if (!who.ok()) {
      return error_response(who.error());
    }
    principal = std::move(who).value();
    // Browsers attach cookies to cross-site requests; bearer tokens they do not.
    if (from_cookie && !is_safe_method(req.method)) {
      auto csrf = req.headers.find("x-csrf-token");
      if (csrf == req.headers.end() || csrf->second != principal.csrf_token) {
        return error_response(Error::denied("missing or wrong X-CSRF-Token header"));
      }
    }
    req.principal = &principal;
  }
  return r.handler(req);
}

void Server::Impl::serve(const httplib::Request& in, httplib::Response& out) {
  const auto started = std::chrono::steady_clock::now();
  if (serve_static(in, out)) {
    return;
  }
  ApiRequest req;
  req.method = in.method;
  req.path = in.path;
  req.remote_addr = in.remote_addr;
  for (const auto& [k, v] : in.params) {
    req.query.emplace(k, v);
  }
  for (const auto& [k, v] : in.headers) {
    req.headers.emplace(lower(k), v);
  }
  req.body = in.body;
  for (const auto& [name, part] : in.files) {
    if (part.filename.empty()) {
      req.form[name] = part.content;
    } else {
      req.files[name] = FilePart{part.filename, part.content_type, part.content};
    }
  }
  ApiResponse res;
  try {
    res = route(req);
  } catch (const std::exception& e) {
    spdlog::error("unhandled exception in {} {}: {}", req.method, req.path, e.what());
    res = error_response(Error::internal("internal error"));
  }
  if (res.status >= 400 && res.content_type.rfind("application/json", 0) == 0) {
    auto lang = req.headers.find("accept-language");
    if (lang != req.headers.end()) {
      res.body = localize_error_body(res.body, preferred_language(lang->second));
    }
  }
  out.status = res.status;
  for (const auto& [k, v] : res.headers) {
    out.set_header(k, v);
  }
  if (!res.content_type.empty()) {
    out.set_content(std::move(res.body), res.content_type);
  }
  add_security_headers(out);
  const auto ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
  spdlog::debug("{} {} {} {:.1f}ms", req.method, req.path, res.status, ms);
}

Server::Server(Services services, ServerOptions options) : impl_(std::make_unique<Impl>(services, std::move(options))) {
  auto& h = impl_->http;
  const size_t threads = impl_->options.threads;
  h.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  h.set_payload_max_length(std::max(impl_->options.max_upload_bytes, impl_->options.max_bulk_json_bytes));
  h.set_keep_alive_max_count(100000);
  h.set_keep_alive_timeout(10);
  // httplib writes headers and body in separate sends; without TCP_NODELAY,
  // Nagle holds the body until the client's delayed ACK (40 ms on Linux), so
  // every request after the first on a kept-alive connection took >= 40 ms.
  h.set_tcp_nodelay(true);
  h.set_read_timeout(30, 0);
  h.set_write_timeout(30, 0);
  auto handler = [this](const httplib::Request& in, httplib::Response& out) { impl_->serve(in, out); };
  h.Get(".*", handler);
  h.Post(".*", handler);
  h.Put(".*", handler);
  h.Patch(".*", handler);
  h.Delete(".*", handler);
  h.Options(".*", handler);
  // Failures httplib answers itself (oversized payload, malformed request line).
  h.set_error_handler(httplib::Server::HandlerWithResponse([](const httplib::Request&, httplib::Response& res) {
    if (res.body.empty()) {
      Error e = res.status == 413 ? Error::too_large("the request body is too large")
                                  : Error::invalid("the request could not be read");
      ApiResponse body = error_response(e);
      res.set_content(body.body, body.content_type);
      add_security_headers(res);
    }
    return httplib::Server::HandlerResponse::Handled;
  }));
}

Server::~Server() { stop(); }

Result<int> Server::bind() {
  auto& h = impl_->http;
  int port = impl_->options.port;
  if (port == 0) {
    port = h.bind_to_any_port(impl_->options.host);
  } else if (!h.bind_to_port(impl_->options.host, port)) {
    port = -1;
  }
  if (port <= 0) {
    return Error::unavailable("cannot listen on " + impl_->options.host + ":" + std::to_string(impl_->options.port));
  }
  return port;
}

Status Server::listen() {
  if (!impl_->http.listen_after_bind()) {
    return Error::unavailable("the server stopped unexpectedly");
  }
  return {};
}

void Server::stop() { impl_->http.stop(); }

ApiResponse Server::dispatch(ApiRequest& req) { return impl_->route(req); }

}  // namespace frontline::http
