#include "http/json_mapping.hpp"
#include "http/routes.hpp"
#include "util/text.hpp"

#include <cctype>

namespace frontline::http {
namespace {

using nlohmann::json;

template <typename T, typename F>
json items_json(const std::vector<T>& items, F to_json) {
  json out = json::array();
  for (const auto& i : items) {
    out.push_back(to_json(i));
  }
  return {{"items", out}, {"total", out.size()}};
}

// Multipart form: a "file" part and text parts title, kind, description, collected_on.
Result<domain::EvidenceDraft> parse_evidence_form(const ApiRequest& req) {
  std::map<std::string, std::string> bad;
  static const std::set<std::string> kFields = {"title", "kind", "description", "collected_on"};
  for (const auto& [name, value] : req.form) {
    if (kFields.count(name) == 0) {
      bad[name] = "unknown field";
    } else if (!text::is_valid_utf8(value) || text::has_control_chars(value)) {
      bad[name] = "is not valid text";
    }
  }
  for (const auto& [name, part] : req.files) {
    if (name != "file") {
      bad[name] = "unknown file field; send the file as 'file'";
    }
  }
  domain::EvidenceDraft d;
  auto text_of = [&](const std::string& name) {
    auto it = req.form.find(name);
    if (it == req.form.end() || bad.count(name) != 0) {
      return std::string();
    }
    auto nfc = text::to_nfc(it->second);
    return nfc.ok() ? std::move(nfc).value() : std::string();
  };
  d.title = text_of("title");
  d.description = text_of("description");
  d.collected_on = text_of("collected_on");
  std::string kind = text_of("kind");
  if (!kind.empty()) {
    d.kind = domain::parse_evidence_kind(kind);
    if (!d.kind) {
      std::string names;
      for (const auto& n : domain::evidence_kind_names()) {
        names += (names.empty() ? "" : ", ") + n;
      }
      bad["kind"] = "must be one of: " + names;
    }
  }
  auto file = req.files.find("file");
  if (file == req.files.end()) {
    bad["file"] = "is required (multipart/form-data part named 'file')";
  } else {
    auto name = text::to_nfc(file->second.filename);
    d.file_name = name.ok() ? std::move(name).value() : std::string();
    d.media_type = file->second.content_type;
  }
  if (!bad.empty()) {
    return Error::invalid("the evidence has invalid fields", bad);
  }
  return d;
}

std::string content_disposition(const std::string& file_name) {
  // RFC 6266 / 5987: an ASCII fallback plus the UTF-8 name percent-encoded.
  std::string ascii;
  std::string encoded;
  static const char* hex = "0123456789ABCDEF";
  for (unsigned char c : file_name) {
    bool plain = std::isalnum(c) || c == '.' || c == '-' || c == '_';
    ascii += plain ? static_cast<char>(c) : '_';
    if (plain) {
      encoded += static_cast<char>(c);
    } else {
      encoded += '%';
      encoded += hex[c >> 4];
      encoded += hex[c & 15];
    }
  }
  return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
}

}  // namespace

void add_record_routes(Router& router, Services& s) {
  router.add("GET", "/api/v1/cases/{id}/events", Access::kSession, [&s](const ApiRequest& req) {
    auto id = req.id_param("id");
    if (!id.ok()) {
      return error_response(id.error());
    }
    return respond(s.cases.list_events(*req.principal, *id), 200,
                   [](const auto& v) { return items_json(v, event_json); });
  });

  router.add("POST", "/api/v1/cases/{id}/events", Access::kSession, [&s](const ApiRequest& req) {
    auto id = req.id_param("id");
    if (!id.ok()) {
      return error_response(id.error());
    }
    return with_body(req, [&](const json& body) {
      auto draft = parse_event_draft(body);
      if (!draft.ok()) {
        return error_response(draft.error());
      }
      return respond(s.cases.add_event(*req.principal, *id, *draft), 201, event_json);
    });
  });

  router.add("GET", "/api/v1/cases/{id}/evidence", Access::kSession, [&s](const ApiRequest& req) {
    auto id = req.id_param("id");
    if (!id.ok()) {
      return error_response(id.error());
    }
    return respond(s.cases.list_evidence(*req.principal, *id), 200,
                   [](const auto& v) { return items_json(v, evidence_json); });
  });

  router.add(
      "POST", "/api/v1/cases/{id}/evidence", Access::kSession,
      [&s](const ApiRequest& req) {
        auto id = req.id_param("id");
        if (!id.ok()) {
          return error_response(id.error());
        }
        auto draft = parse_evidence_form(req);
        if (!draft.ok()) {
          return error_response(draft.error());
        }
        const std::string& bytes = req.files.at("file").content;
        return respond(s.cases.add_evidence(*req.principal, *id, *draft, bytes), 201, evidence_json);
      },
      BodyKind::kUpload);

  router.add("GET", "/api/v1/evidence/{id}", Access::kSession, [&s](const ApiRequest& req) {
    auto id = req.id_param("id");
    if (!id.ok()) {
      return error_response(id.error());
    }
    return respond(s.cases.get_evidence(*req.principal, *id), 200, evidence_json);
  });

  router.add("GET", "/api/v1/evidence/{id}/content", Access::kSession, [&s](const ApiRequest& req) {
    auto id = req.id_param("id");
    if (!id.ok()) {
      return error_response(id.error());
    }
    auto got = s.cases.download_evidence(*req.principal, *id);
    if (!got.ok()) {
      return error_response(got.error());
    }
    ApiResponse res;
    res.status = 200;
    res.content_type = got->first.media_type;
    res.body = std::move(got->second);
    res.headers.emplace_back("Content-Disposition", content_disposition(got->first.file_name));
    res.headers.emplace_back("X-Content-SHA256", got->first.sha256);
    return res;
  });
}

}  // namespace frontline::http
