// The web interface's files (the Vite bundle, see docs/web.md) as the server
// sends them: which file answers a request path, with which content type and
// cache policy. Knows nothing of httplib; reads nothing but the file system.
// Thread-safe: a StaticFiles is immutable after construction.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace frontline::http {

enum class CachePolicy {
  kNoStore,    // index.html: always fetched again, so a new build takes effect at once
  kImmutable,  // /assets/*: Vite names them by content hash, so they never change
  kRevalidate  // any other file (favicon, …): cached, but checked each time
};

// Whether a client wants an HTML page: its Accept header names text/html.
// Browsers navigating send it; API clients (and httplib/curl's */*) do not.
enum class WantsHtml { kNo, kYes };

struct StaticFile {
  std::filesystem::path file;  // absolute, inside the web root
  std::string content_type;
  CachePolicy cache = CachePolicy::kRevalidate;
};

class StaticFiles {
 public:
  // `root` holds index.html and assets/; it is made canonical here.
  explicit StaticFiles(const std::filesystem::path& root);

  // The file answering a GET of `url_path` (already percent-decoded, starting
  // with '/'), or nullopt (the server then answers its JSON 404):
  //   - an existing regular file under the root is served as itself;
  //   - "/" and any other path without a file extension in its last segment
  //     get index.html (client-side routing), but only when `html` is kYes;
  //   - a "." or ".." segment, a hidden segment (".x"), a backslash or NUL, or
  //     a symlink leading outside the root never resolve;
  //   - API paths (is_api_path) never resolve: the API keeps priority.
  std::optional<StaticFile> resolve(std::string_view url_path, WantsHtml html) const;

  const std::filesystem::path& root() const { return root_; }

 private:
  std::filesystem::path root_;
};

// True for the paths the API owns: "/api", "/api/…" and "/healthz".
bool is_api_path(std::string_view url_path);

// Content type by file extension (lower-cased); text types carry charset=utf-8.
// Unknown extensions are application/octet-stream.
std::string content_type_for(const std::filesystem::path& file);

// The Cache-Control header value for a policy.
std::string_view cache_control(CachePolicy policy);

// Parses an Accept header value into WantsHtml.
WantsHtml wants_html(std::string_view accept_header);

// Where an installed or built Frontline keeps its web interface, given the
// directory of the running binary: `exe_dir/web`, then
// `exe_dir/../share/frontline/web`; the first holding index.html, or nullopt.
std::optional<std::filesystem::path> find_web_dir(const std::filesystem::path& exe_dir);

// find_web_dir() for the running binary (/proc/self/exe).
std::optional<std::filesystem::path> default_web_dir();

}  // namespace frontline::http
