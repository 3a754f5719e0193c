// Routes of the training tests (docs/training.md, "Questions and tests"):
// the question bank, the tests of a course, results and gains, paper
// results, reopening, and the officer's start and submit. Thin: parse, call
// TrainingTestService, map to JSON.
#include <memory>

#include "http/routes.hpp"
#include "http/training_test_json.hpp"
#include "service/training_tests.hpp"

namespace frontline::http {
namespace {

using nlohmann::json;

Result<domain::QuestionFilter> question_filter(const ApiRequest& req) {
  domain::QuestionFilter f;
  std::map<std::string, std::string> bad;
  if (auto m = req.query_value("module_id"); m && !m->empty()) {
    auto id = req.int_query("module_id", 0);
    if (!id.ok() || *id <= 0) {
      bad["module_id"] = "must be a positive integer id";
    } else {
      f.module_id = *id;
    }
  }
  if (auto a = req.query_value("active"); a && !a->empty()) {
    if (*a == "true") {
      f.active = true;
    } else if (*a == "false") {
      f.active = false;
    } else {
      bad["active"] = "must be true or false";
    }
  }
  if (!bad.empty()) {
    return Error::invalid("invalid filters", bad);
  }
  return f;
}

// Runs `next` with the path parameter `name` as an id, or answers 400.
template <typename F>
ApiResponse with_id(const ApiRequest& req, const char* name, F next) {
  auto id = req.id_param(name);
  if (!id.ok()) {
    return error_response(id.error());
  }
  return next(*id);
}

}  // namespace

void add_training_test_routes(Router& router, Services& s) {
  auto tests = std::make_shared<service::TrainingTestService>(s.store, s.clock);

  router.add("GET", "/api/v1/training/questions", Access::kSession, [tests](const ApiRequest& req) {
    auto filter = question_filter(req);
    if (!filter.ok()) {
      return error_response(filter.error());
    }
    return respond(tests->list_questions(*req.principal, *filter), 200, [](const auto& items) {
      json out = json::array();
      for (const auto& q : items) out.push_back(question_json(q));
      return json{{"items", out}, {"total", items.size()}};
    });
  });
  router.add("POST", "/api/v1/training/questions", Access::kSession, [tests](const ApiRequest& req) {
    return with_body(req, [&](const json& body) {
      auto draft = question_draft_from(body);
      if (!draft.ok()) {
        return error_response(draft.error());
      }
      return respond(tests->create_question(*req.principal, *draft), 201,
                     [](const domain::Question& q) { return question_json(q); });
    });
  });
  router.add("GET", "/api/v1/training/questions/{id}", Access::kSession, [tests](const ApiRequest& req) {
    return with_id(req, "id", [&](int64_t id) {
      return respond(tests->get_question(*req.principal, id), 200,
                     [](const domain::Question& q) { return question_json(q); });
    });
  });
  router.add("PATCH", "/api/v1/training/questions/{id}", Access::kSession, [tests](const ApiRequest& req) {
    return with_id(req, "id", [&](int64_t id) {
      return with_body(req, [&](const json& body) {
        auto patch = question_patch_from(body);
        if (!patch.ok()) {
          return error_response(patch.error());
        }
        return respond(tests->update_question(*req.principal, id, *patch), 200,
                       [](const domain::Question& q) { return question_json(q); });
      });
    });
  });

  router.add("POST", "/api/v1/training/courses/{id}/tests", Access::kSession, [tests](const ApiRequest& req) {
    return with_id(req, "id", [&](int64_t course_id) {
      return with_body(req, [&](const json& body) {
        auto draft = test_draft_from(body);
        if (!draft.ok()) {
          return error_response(draft.error());
        }
        return respond(tests->create_test(*req.principal, course_id, *draft), 201, test_json);
      });
    });
  });
  router.add("GET", "/api/v1/training/courses/{id}/tests", Access::kSession, [tests](const ApiRequest& req) {
    return with_id(req, "id", [&](int64_t course_id) {
      return respond(tests->list_tests(*req.principal, course_id), 200, [](const auto& views) {
        json out = json::array();
        for (const auto& v : views) out.push_back(test_json(v));
        return json{{"items", out}};
      });
    });
  });
  router.add("GET", "/api/v1/training/courses/{id}/gain", Access::kSession, [tests](const ApiRequest& req) {
    return with_id(req, "id", [&](int64_t course_id) {
      return respond(tests->gain(*req.principal, course_id), 200, course_gain_json);
    });
  });
  router.add("GET", "/api/v1/training/tests/{id}", Access::kSession, [tests](const ApiRequest& req) {
    return with_id(req, "id", [&](int64_t id) { return respond(tests->get_test(*req.principal, id), 200, test_json); });
  });
  router.add("PATCH", "/api/v1/training/tests/{id}", Access::kSession, [tests](const ApiRequest& req) {
    return with_id(req, "id", [&](int64_t id) {
      return with_body(req, [&](const json& body) {
        auto patch = test_patch_from(body);
        if (!patch.ok()) {
          return error_response(patch.error());
        }
        return respond(tests->update_test(*req.principal, id, *patch), 200, test_json);
      });
    });
  });
  router.add("GET", "/api/v1/training/tests/{id}/results", Access::kSession, [tests](const ApiRequest& req) {
    return with_id(req, "id", [&](int64_t id) {
      return respond(tests->results(*req.principal, id), 200, test_results_json);
    });
  });
  // The body is the CSV itself (text/csv, UTF-8).
  router.add(
      "POST", "/api/v1/training/tests/{id}/paper-results", Access::kSession,
      [tests](const ApiRequest& req) {
        return with_id(req, "id", [&](int64_t id) {
          auto ct = req.headers.find("content-type");
          if (ct == req.headers.end() || ct->second.rfind("text/csv", 0) != 0) {
            return error_response(Error::invalid_field("content-type", "must be text/csv"));
          }
          return respond(tests->import_paper(*req.principal, id, req.body), 201, paper_import_json);
        });
      },
      BodyKind::kUpload);
  router.add("POST", "/api/v1/training/tests/{id}/attempts/{attempt_id}/reopen", Access::kSession,
             [tests](const ApiRequest& req) {
               return with_id(req, "id", [&](int64_t id) {
                 return with_id(req, "attempt_id", [&](int64_t attempt_id) {
                   return respond(tests->reopen(*req.principal, id, attempt_id), 200, attempt_json);
                 });
               });
             });

  // Officer side: the caller's own officer record takes the test.
  router.add("POST", "/api/v1/training/tests/{id}/start", Access::kSession, [tests](const ApiRequest& req) {
    return with_id(req, "id", [&](int64_t id) {
      auto started = tests->start(*req.principal, id);
      if (!started.ok()) {
        return error_response(started.error());
      }
      // 201 for a new attempt, 200 when the one in progress is handed back.
      return ApiResponse::json(started->resumed ? 200 : 201, started_attempt_json(*started));
    });
  });
  router.add("POST", "/api/v1/training/attempts/{id}/submit", Access::kSession, [tests](const ApiRequest& req) {
    return with_id(req, "id", [&](int64_t id) {
      return with_body(req, [&](const json& body) {
        auto answers = answers_from(body);
        if (!answers.ok()) {
          return error_response(answers.error());
        }
        return respond(tests->submit(*req.principal, id, *answers), 200, submitted_attempt_json);
      });
    });
  });
}

}  // namespace frontline::http
