// Maps (method, path) to handlers. Patterns use {name} segments; a segment
// named "id" or ending in "_id" matches digits only. Knowing every route lets
// the server answer 405 (with Allow) for a known path with the wrong method,
// and lets a test compare the routes with openapi.json.
#pragma once

#include <string>
#include <vector>

#include "http/api_types.hpp"

namespace frontline::http {

enum class Access { kPublic, kSession };
// How a route's request body is limited (see ServerOptions): JSON, JSON
// batches (POST /scan: many texts), multipart uploads.
enum class BodyKind { kJson, kBulkJson, kUpload };

struct Route {
  std::string method;
  std::string pattern;  // "/api/v1/cases/{id}"
  Access access = Access::kSession;
  BodyKind body = BodyKind::kJson;
  Handler handler;
  // Pattern split at '/': a literal segment, or a parameter name ("{id}" → "id").
  struct Segment {
    std::string text;
    bool is_param = false;
    bool numeric = false;
  };
  std::vector<Segment> segments;
};

struct RouteMatch {
  const Route* route = nullptr;              // set when method and path match
  std::map<std::string, std::string> params;
  std::vector<std::string> allowed_methods;  // when the path matched other methods only
};

class Router {
 public:
  void add(std::string method, std::string pattern, Access access, Handler handler, BodyKind body = BodyKind::kJson);
  RouteMatch match(const std::string& method, const std::string& path) const;
  const std::vector<Route>& routes() const { return routes_; }

 private:
  std::vector<Route> routes_;
};

}  // namespace frontline::http
