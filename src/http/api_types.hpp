// Transport-neutral request and response types. Handlers see only these, so
// they can be tested without a socket; httplib stays inside server.cpp.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "service/principal.hpp"
#include "util/result.hpp"

namespace frontline::http {

struct FilePart {
  std::string filename;
  std::string content_type;
  std::string content;
};

struct ApiRequest {
  std::string method;
  std::string path;
  std::map<std::string, std::string> path_params;
  std::multimap<std::string, std::string> query;
  std::map<std::string, std::string> headers;  // names lower-cased
  std::string body;
  std::map<std::string, FilePart> files;       // multipart file parts by field name
  std::map<std::string, std::string> form;     // multipart text parts by field name
  const service::Principal* principal = nullptr;  // set for routes that need a session
  std::string token;                              // the session token presented, if any
  std::string remote_addr;

  // The first value of query parameter `name`, if present.
  std::optional<std::string> query_value(const std::string& name) const;
  // The path parameter as a positive id; InvalidArgument naming it otherwise.
  Result<int64_t> id_param(const std::string& name) const;
  // Query parameter `name` as an integer, `fallback` when absent;
  // InvalidArgument naming it when it is not an integer.
  Result<int64_t> int_query(const std::string& name, int64_t fallback) const;
};

struct ApiResponse {
  int status = 200;
  std::string content_type = "application/json; charset=utf-8";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;

  static ApiResponse json(int status, const nlohmann::json& body);
  static ApiResponse no_content();
};

using Handler = std::function<ApiResponse(const ApiRequest&)>;

// The one place where ErrorCode becomes an HTTP status.
int http_status(ErrorCode code);
// {"error":{"code","message","fields":{…}[, "allowed":[…]]}} with the mapped status.
ApiResponse error_response(const Error& error);

// Unwraps a Result into a JSON response via `to_json`, or an error response.
template <typename T, typename F>
ApiResponse respond(Result<T> r, int status, F to_json) {
  if (!r.ok()) {
    return error_response(r.error());
  }
  return ApiResponse::json(status, to_json(r.value()));
}

}  // namespace frontline::http
