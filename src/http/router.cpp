#include "http/router.hpp"

#include <algorithm>

namespace frontline::http {
namespace {

std::vector<std::string_view> split_path(std::string_view path) {
  std::vector<std::string_view> out;
  size_t start = 1;  // paths start with '/'
  while (start <= path.size()) {
    size_t slash = path.find('/', start);
    if (slash == std::string_view::npos) {
      slash = path.size();
    }
    out.push_back(path.substr(start, slash - start));
    start = slash + 1;
  }
  return out;
}

bool all_digits(std::string_view s) {
  return !s.empty() && s.size() <= 18 && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

void Router::add(std::string method, std::string pattern, Access access, Handler handler, BodyKind body) {
  Route r;
  r.method = std::move(method);
  r.pattern = std::move(pattern);
  r.access = access;
  r.body = body;
  r.handler = std::move(handler);
  for (auto seg : split_path(r.pattern)) {
    Route::Segment s;
    if (!seg.empty() && seg.front() == '{' && seg.back() == '}') {
      s.text = std::string(seg.substr(1, seg.size() - 2));
      s.is_param = true;
      s.numeric = s.text == "id" || (s.text.size() > 3 && s.text.compare(s.text.size() - 3, 3, "_id") == 0);
    } else {
      s.text = std::string(seg);
    }
    r.segments.push_back(std::move(s));
  }
  routes_.push_back(std::move(r));
}

RouteMatch Router::match(const std::string& method, const std::string& path) const {
  RouteMatch m;
  if (path.empty() || path.front() != '/') {
    return m;
  }
  const auto parts = split_path(path);
  for (const auto& r : routes_) {
    if (r.segments.size() != parts.size()) {
      continue;
    }
    bool fits = true;
    for (size_t i = 0; i < parts.size() && fits; ++i) {
      const auto& seg = r.segments[i];
      if (!seg.is_param) {
        fits = seg.text == parts[i];
      } else {
        fits = seg.numeric ? all_digits(parts[i]) : !parts[i].empty();
      }
    }
    if (!fits) {
      continue;
    }
    if (r.method != method) {
      if (std::find(m.allowed_methods.begin(), m.allowed_methods.end(), r.method) == m.allowed_methods.end()) {
        m.allowed_methods.push_back(r.method);
      }
      continue;
    }
    m.route = &r;
    for (size_t i = 0; i < parts.size(); ++i) {
      if (r.segments[i].is_param) {
        m.params[r.segments[i].text] = std::string(parts[i]);
      }
    }
    return m;
  }
  return m;
}

}  // namespace frontline::http
