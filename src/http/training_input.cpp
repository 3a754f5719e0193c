#include "http/training_input.hpp"

namespace frontline::http {

using nlohmann::json;

namespace {

constexpr size_t kText = 2000;
constexpr size_t kTitle = 300;
constexpr size_t kContent = 100000;

}  // namespace

std::optional<std::vector<int64_t>> id_list(FieldReader& r, const json& body, const std::string& name, Need need,
                                            size_t max_items) {
  auto it = body.find(name);
  if (it == body.end() || it->is_null()) {
    if (need == Need::kRequired) r.fail(name, "is required");
    return std::nullopt;
  }
  if (!it->is_array()) {
    r.fail(name, "must be an array of ids");
    return std::nullopt;
  }
  if (it->size() > max_items) {
    r.fail(name, "at most " + std::to_string(max_items) + " items");
    return std::nullopt;
  }
  std::vector<int64_t> out;
  for (size_t i = 0; i < it->size(); ++i) {
    const json& v = (*it)[i];
    if (!v.is_number_integer() || v.get<int64_t>() <= 0) {
      r.fail(name + "[" + std::to_string(i) + "]", "must be a positive integer id");
      continue;
    }
    out.push_back(v.get<int64_t>());
  }
  return out;
}

Error merged_error(const std::string& message, const FieldReader& r, std::map<std::string, std::string> checked) {
  for (const auto& [field, reason] : r.errors()) {
    // The reader's reason wins, and a field it could not read ("is required",
    // wrong type) is not also reported for its empty stand-in's sub-fields.
    checked[field] = reason;
    for (auto it = checked.lower_bound(field + "."); it != checked.end() && it->first.rfind(field + ".", 0) == 0;) {
      it = checked.erase(it);
    }
  }
  return Error::invalid(message, std::move(checked));
}

service::ModuleVersionDraft read_module_version(FieldReader& r, const json& body, bool with_note) {
  service::ModuleVersionDraft d;
  d.title_vi = r.text("title_vi", Need::kRequired, kTitle).value_or("");
  d.title_en = r.text("title_en", Need::kRequired, kTitle).value_or("");
  d.content_vi = r.text("content_vi", Need::kRequired, kContent).value_or("");
  d.content_en = r.text("content_en", Need::kOptional, kContent).value_or("");
  d.effective_date = r.text("effective_date", Need::kRequired, 10).value_or("");
  d.objectives = object_list<domain::LocalizedText>(r, body, "objectives", Need::kOptional, 50, {"vi", "en"},
                                                    [](FieldReader& o) {
                                                      return domain::LocalizedText{
                                                          o.text("vi", Need::kRequired, kText).value_or(""),
                                                          o.text("en", Need::kOptional, kText).value_or("")};
                                                    })
                     .value_or(std::vector<domain::LocalizedText>{});
  d.citations = object_list<domain::Citation>(r, body, "citations", Need::kOptional, 50, {"kind", "ref", "title"},
                                              [](FieldReader& c) {
                                                return domain::Citation{
                                                    c.text("kind", Need::kRequired, 20).value_or(""),
                                                    c.text("ref", Need::kRequired, kTitle).value_or(""),
                                                    c.text("title", Need::kOptional, kText).value_or("")};
                                              })
                    .value_or(std::vector<domain::Citation>{});
  if (with_note) {
    r.object("change_note", Need::kRequired, {"vi", "en"}, [&](FieldReader& n) {
      d.change_note.vi = n.text("vi", Need::kRequired, kText).value_or("");
      d.change_note.en = n.text("en", Need::kOptional, kText).value_or("");
    });
  }
  return d;
}

service::OfficerDraft read_officer_draft(FieldReader& r) {
  service::OfficerDraft d;
  d.full_name = r.text("full_name", Need::kRequired, 200).value_or("");
  d.service_number = r.text("service_number", Need::kRequired, 32).value_or("");
  d.unit_id = r.integer("unit_id", Need::kRequired).value_or(0);
  d.rank = r.text("rank", Need::kRequired, 40).value_or("");
  d.sex = r.text("sex", Need::kRequired, 10).value_or("");
  d.position = r.text("position", Need::kOptional, 200).value_or("");
  d.user_id = r.integer("user_id", Need::kOptional);
  return d;
}

}  // namespace frontline::http
