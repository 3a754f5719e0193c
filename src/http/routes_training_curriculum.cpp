// Training curriculum: modules and their versions, editions of the manual and
// their receipts by units, and the training vocabulary (docs/training.md).
#include <memory>

#include "http/routes.hpp"
#include "http/training_input.hpp"
#include "http/training_json.hpp"

namespace frontline::http {
namespace {

using nlohmann::json;

template <typename T>
json list_json(const std::vector<T>& items, json (*to_json)(const T&)) {
  json out = json::array();
  for (const auto& i : items) out.push_back(to_json(i));
  return out;
}

}  // namespace

void add_training_curriculum_routes(Router& router, Services& s) {
  auto training = std::make_shared<service::TrainingService>(s.store, s.clock);

  router.add("GET", "/api/v1/training/vocab", Access::kSession, [](const ApiRequest& req) {
    if (!req.principal->can(domain::Permission::kTrainingRead)) {
      return error_response(Error::denied("your role may not read the training programme"));
    }
    return ApiResponse::json(200, vocab_json());
  });

  router.add("GET", "/api/v1/training/modules", Access::kSession, [training](const ApiRequest& req) {
    return respond(training->list_modules(*req.principal), 200, [](const std::vector<service::ModuleView>& modules) {
      json items = json::array();
      for (const auto& m : modules) {
        json j = module_json(m);
        j.erase("versions");
        items.push_back(j);
      }
      return json{{"items", items}};
    });
  });

  router.add("POST", "/api/v1/training/modules", Access::kSession, [training](const ApiRequest& req) {
    return with_body(req, [&](const json& body) {
      FieldReader r(body, {"code", "position", "title_vi", "title_en", "content_vi", "content_en", "objectives",
                           "citations", "effective_date"});
      service::ModuleDraft d;
      d.code = r.text("code", Need::kRequired, 20).value_or("");
      d.position = r.integer("position", Need::kOptional);
      d.first = read_module_version(r, body, false);
      if (!r.ok()) {
        return error_response(merged_error("the module has invalid fields", r, service::TrainingService::module_draft_errors(d)));
      }
      return respond(training->create_module(*req.principal, d), 201, module_json);
    });
  });

  router.add("GET", "/api/v1/training/modules/{id}", Access::kSession, [training](const ApiRequest& req) {
    auto id = req.id_param("id");
    if (!id.ok()) return error_response(id.error());
    return respond(training->get_module(*req.principal, *id), 200, module_json);
  });

  router.add("POST", "/api/v1/training/modules/{id}/versions", Access::kSession, [training](const ApiRequest& req) {
    auto id = req.id_param("id");
    if (!id.ok()) return error_response(id.error());
    return with_body(req, [&](const json& body) {
      FieldReader r(body, {"title_vi", "title_en", "content_vi", "content_en", "objectives", "citations",
                           "effective_date", "change_note"});
      service::ModuleVersionDraft d = read_module_version(r, body, true);
      if (!r.ok()) {
        return error_response(merged_error("the module version has invalid fields", r,
                                           service::TrainingService::version_draft_errors(d)));
      }
      return respond(training->add_version(*req.principal, *id, d), 201, module_version_json);
    });
  });

  router.add("GET", "/api/v1/training/editions", Access::kSession, [training](const ApiRequest& req) {
    return respond(training->list_editions(*req.principal), 200, [](const std::vector<service::EditionView>& list) {
      return json{{"items", list_json(list, edition_json)}};
    });
  });

  router.add("POST", "/api/v1/training/editions", Access::kSession, [training](const ApiRequest& req) {
    return with_body(req, [&](const json& body) {
      FieldReader r(body, {"code", "title", "effective_date", "note", "module_version_ids"});
      service::EditionDraft d;
      d.code = r.text("code", Need::kRequired, 40).value_or("");
      d.title = r.text("title", Need::kRequired, 300).value_or("");
      d.effective_date = r.text("effective_date", Need::kRequired, 10).value_or("");
      d.note = r.text("note", Need::kOptional, 2000).value_or("");
      d.module_version_ids = id_list(r, body, "module_version_ids", Need::kRequired, 200).value_or(std::vector<int64_t>{});
      if (!r.ok()) return error_response(r.error("the edition has invalid fields"));
      return respond(training->create_edition(*req.principal, d), 201, edition_json);
    });
  });

  router.add("GET", "/api/v1/training/editions/{id}", Access::kSession, [training](const ApiRequest& req) {
    auto id = req.id_param("id");
    if (!id.ok()) return error_response(id.error());
    return respond(training->get_edition(*req.principal, *id), 200, edition_json);
  });

  router.add("POST", "/api/v1/training/editions/{id}/receipts", Access::kSession, [training](const ApiRequest& req) {
    auto id = req.id_param("id");
    if (!id.ok()) return error_response(id.error());
    return with_body(req, [&](const json& body) {
      FieldReader r(body, {"unit_id", "received_on", "copies", "medium", "note"});
      service::ReceiptDraft d;
      d.unit_id = r.integer("unit_id", Need::kRequired).value_or(0);
      d.received_on = r.text("received_on", Need::kRequired, 10).value_or("");
      d.copies = r.integer("copies", Need::kOptional).value_or(0);
      d.medium = r.text("medium", Need::kOptional, 20).value_or("print");
      d.note = r.text("note", Need::kOptional, 2000).value_or("");
      if (!r.ok()) return error_response(r.error("the receipt has invalid fields"));
      return respond(training->add_receipt(*req.principal, *id, d), 201, receipt_json);
    });
  });

  router.add("GET", "/api/v1/training/receipts", Access::kSession, [training](const ApiRequest& req) {
    std::optional<int64_t> edition;
    if (req.query_value("edition_id")) {
      auto e = req.int_query("edition_id", 0);
      if (!e.ok()) return error_response(e.error());
      if (*e <= 0) return error_response(Error::invalid_field("edition_id", "must be a positive integer id"));
      edition = *e;
    }
    return respond(training->receipts(*req.principal, edition), 200, [](const std::vector<service::UnitReceipt>& rows) {
      json items = json::array();
      for (const auto& row : rows) {
        items.push_back({{"unit_id", row.unit.id},
                         {"unit_code", row.unit.code},
                         {"unit_name", row.unit.name},
                         {"unit_kind", row.unit.kind},
                         {"province_code", row.unit.province_code},
                         {"latest", row.latest ? receipt_json(*row.latest) : json(nullptr)}});
      }
      return json{{"items", items}};
    });
  });
}

}  // namespace frontline::http
