// Watchlists, their entries and CSV import of entries.
#include <memory>

#include "http/error_text.hpp"
#include "http/routes.hpp"
#include "http/watchlist_json.hpp"

namespace frontline::http {
namespace {

using nlohmann::json;

std::string lower(std::string s) {
  for (auto& c : s) {
    if (c >= 'A' && c <= 'Z') {
      c = static_cast<char>(c - 'A' + 'a');
    }
  }
  return s;
}

// A boolean query flag: absent → false; "true"/"1" or "false"/"0".
Result<bool> flag(const ApiRequest& req, const std::string& name) {
  auto v = req.query_value(name);
  if (!v) {
    return false;
  }
  if (*v == "true" || *v == "1") {
    return true;
  }
  if (*v == "false" || *v == "0") {
    return false;
  }
  return Error::invalid_field(name, "must be true or false");
}

// The CSV of an import request: a text/csv body, or JSON {"csv": "...", "strict": bool}.
struct ImportBody {
  std::string csv;
  bool strict = false;
};

Result<ImportBody> import_body(const ApiRequest& req) {
  auto ct = req.headers.find("content-type");
  std::string type = ct == req.headers.end() ? "" : lower(ct->second);
  ImportBody out;
  FL_ASSIGN_OR_RETURN(out.strict, flag(req, "strict"));
  if (type.rfind("text/csv", 0) == 0) {
    out.csv = req.body;
    return out;
  }
  if (type.rfind("application/json", 0) != 0) {
    return Error::invalid_field("content-type", "must be text/csv or application/json");
  }
  FL_ASSIGN_OR_RETURN(json body, parse_json_object(req.body));
  FieldReader r(body, {"csv", "strict"});
  out.csv = r.text("csv", Need::kRequired, 5'000'000).value_or("");
  if (auto s = r.boolean("strict", Need::kOptional)) {
    out.strict = out.strict || *s;
  }
  if (!r.ok()) {
    return r.error("the import has invalid fields");
  }
  return out;
}

// The report with each row's reasons in the caller's language (Accept-Language),
// as error bodies are.
json localized_report(const ApiRequest& req, const service::ImportReport& r) {
  json out = import_report_json(r);
  auto lang = req.headers.find("accept-language");
  if (lang == req.headers.end() || preferred_language(lang->second) != Language::kVietnamese) {
    return out;
  }
  for (auto& row : out["errors"]) {
    for (auto& [field, reason] : row["fields"].items()) {
      if (auto vi = translate(reason.get<std::string>(), Language::kVietnamese)) {
        reason = *vi;
      }
    }
  }
  return out;
}

}  // namespace

void add_watchlist_routes(Router& router, Services& s) {
  auto lists = std::make_shared<service::WatchlistService>(s.store, s.clock);
  lists->set_index_sink(&s.watchlist_sink);

  router.add("GET", "/api/v1/watchlists", Access::kSession, [lists](const ApiRequest& req) {
    return respond(lists->list(*req.principal), 200, [](const std::vector<domain::Watchlist>& v) {
      json items = json::array();
      for (const auto& w : v) {
        items.push_back(watchlist_json(w));
      }
      return json{{"items", items}, {"total", items.size()}};
    });
  });

  router.add("POST", "/api/v1/watchlists", Access::kSession, [lists](const ApiRequest& req) {
    return with_body(req, [&](const json& body) {
      auto draft = parse_watchlist_draft(body);
      if (!draft.ok()) {
        return error_response(draft.error());
      }
      return respond(lists->create(*req.principal, *draft), 201, watchlist_json);
    });
  });

  router.add("GET", "/api/v1/watchlists/{id}", Access::kSession, [lists](const ApiRequest& req) {
    auto id = req.id_param("id");
    if (!id.ok()) {
      return error_response(id.error());
    }
    return respond(lists->get(*req.principal, *id), 200, watchlist_json);
  });

  router.add("PATCH", "/api/v1/watchlists/{id}", Access::kSession, [lists](const ApiRequest& req) {
    auto id = req.id_param("id");
    if (!id.ok()) {
      return error_response(id.error());
    }
    return with_body(req, [&](const json& body) {
      auto patch = parse_watchlist_patch(body);
      if (!patch.ok()) {
        return error_response(patch.error());
      }
      return respond(lists->update(*req.principal, *id, *patch), 200, watchlist_json);
    });
  });

  router.add("GET", "/api/v1/watchlists/{id}/entries", Access::kSession, [lists](const ApiRequest& req) {
    auto id = req.id_param("id");
    if (!id.ok()) {
      return error_response(id.error());
    }
    service::WatchlistEntryQuery q;
    q.q = req.query_value("q").value_or("");
    auto offset = req.int_query("offset", 0);
    auto limit = req.int_query("limit", 50);
    auto expired = flag(req, "include_expired");
    for (const Status& st : {offset.ok() ? Status{} : Status(offset.error()),
                             limit.ok() ? Status{} : Status(limit.error()),
                             expired.ok() ? Status{} : Status(expired.error())}) {
      if (!st.ok()) {
        return error_response(st.error());
      }
    }
    q.offset = *offset;
    q.limit = *limit;
    q.include_expired = *expired;
    return respond(lists->entries(*req.principal, *id, q), 200, [](const service::WatchlistEntryPage& page) {
      json items = json::array();
      for (const auto& v : page.items) {
        items.push_back(watchlist_entry_json(v));
      }
      return json{{"items", items}, {"total", page.total}};
    });
  });

  router.add("POST", "/api/v1/watchlists/{id}/entries", Access::kSession, [lists](const ApiRequest& req) {
    auto id = req.id_param("id");
    if (!id.ok()) {
      return error_response(id.error());
    }
    return with_body(req, [&](const json& body) {
      auto draft = parse_watchlist_entry_draft(body);
      if (!draft.ok()) {
        return error_response(draft.error());
      }
      return respond(lists->add_entry(*req.principal, *id, *draft), 201, watchlist_entry_json);
    });
  });

  router.add(
      "POST", "/api/v1/watchlists/{id}/import", Access::kSession,
      [lists](const ApiRequest& req) {
        auto id = req.id_param("id");
        if (!id.ok()) {
          return error_response(id.error());
        }
        auto body = import_body(req);
        if (!body.ok()) {
          return error_response(body.error());
        }
        auto mode = body->strict ? service::ImportMode::kStrict : service::ImportMode::kGoodRows;
        return respond(lists->import_csv(*req.principal, *id, body->csv, mode), 200,
                       [&req](const service::ImportReport& r) { return localized_report(req, r); });
      },
      BodyKind::kUpload);

  router.add("GET", "/api/v1/watchlist-entries/{id}", Access::kSession, [lists](const ApiRequest& req) {
    auto id = req.id_param("id");
    if (!id.ok()) {
      return error_response(id.error());
    }
    return respond(lists->get_entry(*req.principal, *id), 200, watchlist_entry_json);
  });

  router.add("PATCH", "/api/v1/watchlist-entries/{id}", Access::kSession, [lists](const ApiRequest& req) {
    auto id = req.id_param("id");
    if (!id.ok()) {
      return error_response(id.error());
    }
    return with_body(req, [&](const json& body) {
      auto patch = parse_watchlist_entry_patch(body);
      if (!patch.ok()) {
        return error_response(patch.error());
      }
      return respond(lists->update_entry(*req.principal, *id, *patch), 200, watchlist_entry_json);
    });
  });

  router.add("DELETE", "/api/v1/watchlist-entries/{id}", Access::kSession, [lists](const ApiRequest& req) {
    auto id = req.id_param("id");
    if (!id.ok()) {
      return error_response(id.error());
    }
    auto version = req.int_query("version", 0);
    if (!version.ok()) {
      return error_response(version.error());
    }
    Status st = lists->remove_entry(*req.principal, *id,
                                    *version == 0 ? std::nullopt : std::optional<int64_t>(*version));
    if (!st.ok()) {
      return error_response(st.error());
    }
    return ApiResponse::no_content();
  });
}

}  // namespace frontline::http
