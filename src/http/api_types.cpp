#include "http/api_types.hpp"
#include "http/json_input.hpp"

#include <charconv>

namespace frontline::http {

std::optional<std::string> ApiRequest::query_value(const std::string& name) const {
  auto it = query.find(name);
  if (it == query.end()) {
    return std::nullopt;
  }
  return it->second;
}

Result<int64_t> ApiRequest::id_param(const std::string& name) const {
  auto it = path_params.find(name);
  int64_t id = 0;
  if (it != path_params.end()) {
    const auto& s = it->second;
    auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), id);
    if (ec == std::errc() && ptr == s.data() + s.size() && id > 0) {
      return id;
    }
  }
  return Error::invalid_field(name, "must be a positive integer id");
}

Result<int64_t> ApiRequest::int_query(const std::string& name, int64_t fallback) const {
  return query_int(query, name, fallback);
}

ApiResponse ApiResponse::json(int status, const nlohmann::json& body) {
  ApiResponse r;
  r.status = status;
  r.body = body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  return r;
}

ApiResponse ApiResponse::no_content() {
  ApiResponse r;
  r.status = 204;
  r.content_type.clear();
  return r;
}

int http_status(ErrorCode code) {
  switch (code) {
    case ErrorCode::kInvalidArgument: return 400;
    case ErrorCode::kUnauthenticated: return 401;
    case ErrorCode::kPermissionDenied: return 403;
    case ErrorCode::kNotFound: return 404;
    case ErrorCode::kConflict: return 409;
    case ErrorCode::kUnprocessable: return 422;
    case ErrorCode::kTooLarge: return 413;
    case ErrorCode::kLocked: return 423;
    case ErrorCode::kUnavailable: return 503;
    case ErrorCode::kCorruption: return 500;
    case ErrorCode::kInternal: return 500;
  }
  return 500;
}

ApiResponse error_response(const Error& error) {
  nlohmann::json e = {{"code", error_code_name(error.code)},
                      {"message", error.message},
                      {"fields", nlohmann::json::object()}};
  for (const auto& [field, reason] : error.fields) {
    e["fields"][field] = reason;
  }
  if (!error.allowed.empty()) {
    e["allowed"] = error.allowed;
  }
  return ApiResponse::json(http_status(error.code), {{"error", e}});
}

}  // namespace frontline::http
