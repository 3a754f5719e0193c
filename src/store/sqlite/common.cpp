#include "store/sqlite/repos.hpp"

namespace frontline::store::sqlite {

std::string join_csv(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) {
    if (!out.empty()) {
      out += ',';
    }
    out += item;
  }
  return out;
}

std::vector<std::string> split_csv(const std::string& text) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start < text.size()) {
    size_t comma = text.find(',', start);
    if (comma == std::string::npos) {
      comma = text.size();
    }
    if (comma > start) {
      out.push_back(text.substr(start, comma - start));
    }
    start = comma + 1;
  }
  return out;
}

Result<TimePoint> stored_time(const std::string& text) {
  auto tp = parse_utc(text);
  if (!tp) {
    return Error::corruption("stored timestamp is malformed: " + text);
  }
  return *tp;
}

void scope_sql(const CaseScope& scope, const std::string& case_unit, std::string& where,
               std::vector<std::string>& params) {
  if (scope.unit_path_prefix) {
    where += " AND " + case_unit + " IN (SELECT id FROM units WHERE path >= ? AND path < ?)";
    params.push_back(*scope.unit_path_prefix);
    params.push_back(*scope.unit_path_prefix + "\x7f");
  }
}

Result<std::vector<std::string>> stored_strings(const std::string& json_text, const std::string& what) {
  const nlohmann::json j = nlohmann::json::parse(json_text, nullptr, false);
  std::vector<std::string> out;
  if (!j.is_array()) return Error::corruption(what);
  for (const nlohmann::json& s : j) {
    if (!s.is_string()) return Error::corruption(what);
    out.push_back(s.get<std::string>());
  }
  return out;
}

Result<int64_t> count_rows(Connection& c, const std::string& from_where, const std::vector<std::string>& params) {
  FL_ASSIGN_OR_RETURN(Stmt q, c.prepare("SELECT COUNT(*)" + from_where));
  for (size_t i = 0; i < params.size(); ++i) {
    q.bind(static_cast<int>(i + 1), params[i]);
  }
  FL_ASSIGN_OR_RETURN(bool row, q.step());
  return row ? q.int64(0) : 0;
}

Result<Stmt> prepare_page(Connection& c, const std::string& select_sql, const std::vector<std::string>& params,
                          int64_t limit, int64_t offset) {
  FL_ASSIGN_OR_RETURN(Stmt q, c.prepare(select_sql + " LIMIT ? OFFSET ?"));
  int next = 1;
  for (const auto& p : params) {
    q.bind(next++, p);
  }
  q.bind(next, limit).bind(next + 1, offset);
  return q;
}

nlohmann::json identity_to_json(const domain::PersonIdentity& id) {
  return {{"full_name", id.full_name},         {"aliases", id.aliases},
          {"date_of_birth", id.date_of_birth}, {"citizen_id", id.citizen_id},
          {"passport_number", id.passport_number}, {"phone", id.phone},
          {"address", id.address},             {"notes", id.notes}};
}

domain::PersonIdentity identity_from_json(const nlohmann::json& j) {
  domain::PersonIdentity id;
  id.full_name = j.value("full_name", "");
  id.aliases = j.value("aliases", std::vector<std::string>{});
  id.date_of_birth = j.value("date_of_birth", "");
  id.citizen_id = j.value("citizen_id", "");
  id.passport_number = j.value("passport_number", "");
  id.phone = j.value("phone", "");
  id.address = j.value("address", "");
  id.notes = j.value("notes", "");
  return id;
}

Result<nlohmann::json> sealed_object(const std::string& plain, const std::string& what) {
  nlohmann::json j = nlohmann::json::parse(plain, nullptr, false);
  if (j.is_discarded() || !j.is_object()) {
    return Error::corruption("sealed data of " + what + " is not a JSON object");
  }
  return j;
}

}  // namespace frontline::store::sqlite
