#include "http/static_files.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <utility>
#include <vector>

namespace frontline::http {
namespace fs = std::filesystem;

namespace {

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

// Splits "/a/b/c" into its segments; false when any segment may not be served.
bool safe_segments(std::string_view url_path, std::vector<std::string_view>& out) {
  if (url_path.empty() || url_path.front() != '/') {
    return false;
  }
  if (url_path.find('\\') != std::string_view::npos || url_path.find('\0') != std::string_view::npos) {
    return false;
  }
  size_t pos = 1;
  while (pos <= url_path.size()) {
    size_t end = url_path.find('/', pos);
    if (end == std::string_view::npos) {
      end = url_path.size();
    }
    std::string_view seg = url_path.substr(pos, end - pos);
    if (!seg.empty()) {
      if (seg.front() == '.') {  // ".", "..", and hidden files alike
        return false;
      }
      out.push_back(seg);
    }
    pos = end + 1;
  }
  return true;
}

bool inside(const fs::path& root, const fs::path& p) {
  auto r = root.begin();
  auto q = p.begin();
  for (; r != root.end(); ++r, ++q) {
    if (q == p.end() || *r != *q) {
      return false;
    }
  }
  return true;
}

}  // namespace

StaticFiles::StaticFiles(const fs::path& root) {
  std::error_code ec;
  root_ = fs::weakly_canonical(fs::absolute(root, ec), ec);
}

std::optional<StaticFile> StaticFiles::resolve(std::string_view url_path, WantsHtml html) const {
  std::vector<std::string_view> segments;
  if (is_api_path(url_path) || !safe_segments(url_path, segments)) {
    return std::nullopt;
  }
  std::error_code ec;
  if (!segments.empty()) {
    fs::path candidate = root_;
    for (auto seg : segments) {
      candidate /= fs::path(std::string(seg));
    }
    if (fs::is_regular_file(candidate, ec)) {
      fs::path real = fs::canonical(candidate, ec);
      if (ec || !inside(root_, real)) {
        return std::nullopt;
      }
      StaticFile out{real, content_type_for(real), CachePolicy::kRevalidate};
      if (segments.size() > 1 && segments.front() == "assets") {
        out.cache = CachePolicy::kImmutable;
      } else if (segments.size() == 1 && segments.front() == "index.html") {
        out.cache = CachePolicy::kNoStore;
      }
      return out;
    }
    // A missing file (it has an extension) is a 404, not the page: a stale
    // /assets/app-1234.js must not come back as HTML.
    if (segments.back().find('.') != std::string_view::npos) {
      return std::nullopt;
    }
  }
  if (html == WantsHtml::kNo) {
    return std::nullopt;
  }
  fs::path index = root_ / "index.html";
  if (!fs::is_regular_file(index, ec)) {
    return std::nullopt;
  }
  return StaticFile{index, content_type_for(index), CachePolicy::kNoStore};
}

bool is_api_path(std::string_view p) {
  return p == "/api" || p.rfind("/api/", 0) == 0 || p == "/healthz" || p.rfind("/healthz/", 0) == 0;
}

std::string content_type_for(const fs::path& file) {
  static const std::array<std::pair<const char*, const char*>, 17> kTypes = {{
      {".html", "text/html; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"},
      {".mjs", "text/javascript; charset=utf-8"},
      {".css", "text/css; charset=utf-8"},
      {".json", "application/json; charset=utf-8"},
      {".map", "application/json; charset=utf-8"},
      {".webmanifest", "application/manifest+json; charset=utf-8"},
      {".txt", "text/plain; charset=utf-8"},
      {".svg", "image/svg+xml"},
      {".png", "image/png"},
      {".jpg", "image/jpeg"},
      {".jpeg", "image/jpeg"},
      {".gif", "image/gif"},
      {".webp", "image/webp"},
      {".ico", "image/x-icon"},
      {".woff2", "font/woff2"},
      {".woff", "font/woff"},
  }};
  const std::string ext = lower(file.extension().string());
  for (const auto& [e, type] : kTypes) {
    if (ext == e) {
      return type;
    }
  }
  return "application/octet-stream";
}

std::string_view cache_control(CachePolicy policy) {
  switch (policy) {
    case CachePolicy::kNoStore:
      return "no-store";
    case CachePolicy::kImmutable:
      return "public, max-age=31536000, immutable";
    case CachePolicy::kRevalidate:
      return "no-cache";
  }
  return "no-store";
}

WantsHtml wants_html(std::string_view accept) {
  return lower(std::string(accept)).find("text/html") != std::string::npos ? WantsHtml::kYes : WantsHtml::kNo;
}

std::optional<fs::path> find_web_dir(const fs::path& exe_dir) {
  std::error_code ec;
  for (const auto& candidate : {exe_dir / "web", exe_dir / ".." / "share" / "frontline" / "web"}) {
    if (fs::is_regular_file(candidate / "index.html", ec)) {
      return fs::weakly_canonical(candidate, ec);
    }
  }
  return std::nullopt;
}

std::optional<fs::path> default_web_dir() {
  std::error_code ec;
  auto exe = fs::read_symlink("/proc/self/exe", ec);
  if (ec) {
    return std::nullopt;
  }
  return find_web_dir(exe.parent_path());
}

}  // namespace frontline::http
