// Screenings, identification decisions and receptions in SQLite. Free text
// that may name people is sealed with the identity key before it is stored.
#include <nlohmann/json.hpp>

#include "store/sqlite/repos.hpp"

namespace frontline::store::sqlite {
namespace {

using nlohmann::json;

// Answers are stored compactly, as the ids given each answer (an id in no
// list was not asked) and the act of recruitment:
// {"present": [ids], "absent": [ids], "unknown": [ids], "act": answer}.
std::string answers_to_json(const identify::Answers& a) {
  json by_answer = {{"present", json::array()}, {"absent", json::array()}, {"unknown", json::array()}};
  for (const auto& [id, answer] : a.by_indicator) {
    by_answer[identify::answer_name(answer)].push_back(id);
  }
  by_answer["act"] = identify::answer_name(a.act_of_recruitment);
  return by_answer.dump();
}

Result<identify::Answers> answers_from_json(const std::string& text, int64_t screening_id) {
  const auto bad = [&] { return Error::corruption("screening " + std::to_string(screening_id) + " has bad answers"); };
  json j = json::parse(text, nullptr, false);
  if (j.is_discarded() || !j.is_object()) {
    return bad();
  }
  identify::Answers a;
  for (const auto& [key, answer] : {std::pair{"present", identify::Answer::kPresent},
                                    std::pair{"absent", identify::Answer::kAbsent},
                                    std::pair{"unknown", identify::Answer::kUnknown}}) {
    const json& ids = j.contains(key) ? j[key] : json::array();
    if (!ids.is_array()) {
      return bad();
    }
    for (const auto& id : ids) {
      if (!id.is_string()) {
        return bad();
      }
      a.by_indicator[id.get<std::string>()] = answer;
    }
  }
  auto act = identify::parse_answer(j.value("act", "unknown"));
  if (!act) {
    return bad();
  }
  a.act_of_recruitment = *act;
  return a;
}

std::string needs_to_csv(const std::vector<domain::ImmediateNeed>& needs) {
  std::vector<std::string> names;
  for (auto n : needs) {
    names.emplace_back(domain::immediate_need_name(n));
  }
  return join_csv(names);
}

constexpr const char* kScreeningColumns =
    "SELECT id, person_id, case_id, set_id, answers, notes, status, verdict, created_by, updated_by, created_at, "
    "updated_at, completed_at, version FROM screenings ";

constexpr const char* kReceptionColumns =
    "SELECT r.id, r.case_id, c.number, r.unit_id, u.code, r.handover_country, r.handover_agency, r.handed_over_at, "
    "r.receiving_officer_id, r.notes, r.created_by, r.created_at FROM receptions r "
    "JOIN cases c ON c.id = r.case_id JOIN units u ON u.id = r.unit_id ";

}  // namespace

Result<domain::Screening> SqliteVictimRepo::read_screening(const Stmt& q) {
  domain::Screening s;
  s.id = q.int64(0);
  s.person_id = q.int64(1);
  s.case_id = q.int64(2);
  s.set_id = q.text(3);
  FL_ASSIGN_OR_RETURN(s.answers, answers_from_json(q.text(4), s.id));
  FL_ASSIGN_OR_RETURN(s.notes, sealer_.open(q.blob(5)));
  auto status = domain::parse_screening_status(q.text(6));
  auto verdict = identify::parse_verdict(q.text(7));
  if (!status || !verdict) {
    return Error::corruption("screening " + std::to_string(s.id) + " has an unknown status or verdict");
  }
  s.status = *status;
  s.verdict = *verdict;
  s.created_by = q.int64(8);
  s.updated_by = q.int64(9);
  FL_ASSIGN_OR_RETURN(s.created_at, stored_time(q.text(10)));
  FL_ASSIGN_OR_RETURN(s.updated_at, stored_time(q.text(11)));
  if (!q.is_null(12)) {
    FL_ASSIGN_OR_RETURN(s.completed_at, stored_time(q.text(12)));
  }
  s.version = q.int64(13);
  return s;
}

Result<int64_t> SqliteVictimRepo::insert_screening(const domain::Screening& s) {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare(
      "INSERT INTO screenings(person_id, case_id, set_id, answers, notes, status, verdict, created_by, updated_by, "
      "created_at, updated_at, completed_at, version) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"));
  q.bind_all(s.person_id, s.case_id, s.set_id, answers_to_json(s.answers));
  q.bind_blob(5, sealer_.seal(s.notes)).bind(6, domain::screening_status_name(s.status));
  q.bind(7, identify::verdict_name(s.verdict)).bind(8, s.created_by).bind(9, s.updated_by);
  q.bind(10, format_utc(s.created_at)).bind(11, format_utc(s.updated_at));
  q.bind_or_null(12, s.completed_at ? format_utc(*s.completed_at) : std::string()).bind(13, s.version);
  FL_TRY(q.run());
  return c_.last_insert_rowid();
}

Result<domain::Screening> SqliteVictimRepo::get_screening(int64_t id) {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare(std::string(kScreeningColumns) + "WHERE id=?"));
  q.bind(1, id);
  FL_ASSIGN_OR_RETURN(bool row, q.step());
  if (!row) {
    return Error::not_found("screening " + std::to_string(id) + " not found");
  }
  return read_screening(q);
}

Status SqliteVictimRepo::update_screening(const domain::Screening& s) {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare(
      "UPDATE screenings SET answers=?, notes=?, status=?, verdict=?, updated_by=?, updated_at=?, completed_at=?, "
      "version=? WHERE id=? AND version=?"));
  q.bind(1, answers_to_json(s.answers)).bind_blob(2, sealer_.seal(s.notes));
  q.bind(3, domain::screening_status_name(s.status)).bind(4, identify::verdict_name(s.verdict));
  q.bind(5, s.updated_by).bind(6, format_utc(s.updated_at));
  q.bind_or_null(7, s.completed_at ? format_utc(*s.completed_at) : std::string());
  q.bind(8, s.version).bind(9, s.id).bind(10, s.version - 1);
  FL_TRY(q.run());
  if (c_.changes() == 0) {
    return Error::conflict("screening " + std::to_string(s.id) + " was changed by someone else; reload and try again");
  }
  return {};
}

Result<std::vector<domain::Screening>> SqliteVictimRepo::screenings_of(int64_t person_id) {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare(std::string(kScreeningColumns) + "WHERE person_id=? ORDER BY id DESC"));
  q.bind(1, person_id);
  return collect_rows<domain::Screening>(q, [this](const Stmt& row) { return read_screening(row); });
}

Result<int64_t> SqliteVictimRepo::insert_decision(const domain::IdentificationDecision& d) {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare(
      "INSERT INTO identification_decisions(person_id, case_id, status, decided_on, agency, details, screening_id, "
      "decided_by, created_at) VALUES (?,?,?,?,?,?,?,?,?)"));
  q.bind_all(d.person_id, d.case_id, domain::legal_status_name(d.status), d.decided_on, d.agency);
  q.bind_blob(6, sealer_.seal(json{{"grounds", d.grounds}, {"documents", d.documents}}.dump()));
  q.bind_or_null(7, d.screening_id).bind(8, d.decided_by).bind(9, format_utc(d.created_at));
  FL_TRY(q.run());
  return c_.last_insert_rowid();
}

Result<std::vector<domain::IdentificationDecision>> SqliteVictimRepo::decisions_of(int64_t person_id) {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare(
      "SELECT id, person_id, case_id, status, decided_on, agency, details, screening_id, decided_by, created_at "
      "FROM identification_decisions WHERE person_id=? ORDER BY id"));
  q.bind(1, person_id);
  return collect_rows<domain::IdentificationDecision>(q, [this](const Stmt& row) -> Result<domain::IdentificationDecision> {
    domain::IdentificationDecision d;
    d.id = row.int64(0);
    d.person_id = row.int64(1);
    d.case_id = row.int64(2);
    auto status = domain::parse_legal_status(row.text(3));
    if (!status) {
      return Error::corruption("identification decision " + std::to_string(d.id) + " has an unknown status");
    }
    d.status = *status;
    d.decided_on = row.text(4);
    d.agency = row.text(5);
    FL_ASSIGN_OR_RETURN(std::string details, sealer_.open(row.blob(6)));
    json j = json::parse(details, nullptr, false);
    if (j.is_discarded() || !j.is_object()) {
      return Error::corruption("identification decision " + std::to_string(d.id) + " has unreadable details");
    }
    d.grounds = j.value("grounds", "");
    d.documents = j.value("documents", std::vector<std::string>{});
    if (!row.is_null(7)) {
      d.screening_id = row.int64(7);
    }
    d.decided_by = row.int64(8);
    FL_ASSIGN_OR_RETURN(d.created_at, stored_time(row.text(9)));
    return d;
  });
}

Result<int64_t> SqliteVictimRepo::insert_reception(const domain::Reception& r) {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare(
      "INSERT INTO receptions(case_id, unit_id, handover_country, handover_agency, handed_over_at, "
      "receiving_officer_id, notes, created_by, created_at) VALUES (?,?,?,?,?,?,?,?,?)"));
  q.bind_all(r.case_id, r.unit_id, r.handover_country, r.handover_agency, format_utc(r.handed_over_at),
             r.receiving_officer_id);
  q.bind_blob(7, sealer_.seal(r.notes)).bind(8, r.created_by).bind(9, format_utc(r.created_at));
  FL_TRY(q.run());
  const int64_t id = c_.last_insert_rowid();
  for (const auto& person : r.persons) {
    FL_ASSIGN_OR_RETURN(Stmt p, c_.prepare(
        "INSERT INTO reception_persons(reception_id, person_id, needs, needs_note) VALUES (?,?,?,?)"));
    p.bind_all(id, person.person_id, needs_to_csv(person.needs));
    p.bind_blob(4, sealer_.seal(person.needs_note));
    FL_TRY(p.run());
  }
  return id;
}

Result<domain::Reception> SqliteVictimRepo::read_reception(const Stmt& q) {
  domain::Reception r;
  r.id = q.int64(0);
  r.case_id = q.int64(1);
  r.case_number = q.text(2);
  r.unit_id = q.int64(3);
  r.unit_code = q.text(4);
  r.handover_country = q.text(5);
  r.handover_agency = q.text(6);
  FL_ASSIGN_OR_RETURN(r.handed_over_at, stored_time(q.text(7)));
  r.receiving_officer_id = q.int64(8);
  FL_ASSIGN_OR_RETURN(r.notes, sealer_.open(q.blob(9)));
  r.created_by = q.int64(10);
  FL_ASSIGN_OR_RETURN(r.created_at, stored_time(q.text(11)));
  FL_ASSIGN_OR_RETURN(Stmt p, c_.prepare(
      "SELECT person_id, needs, needs_note FROM reception_persons WHERE reception_id=? ORDER BY person_id"));
  p.bind(1, r.id);
  FL_ASSIGN_OR_RETURN(r.persons, collect_rows<domain::ReceivedPerson>(p, [this, &r](const Stmt& row)
                                                                          -> Result<domain::ReceivedPerson> {
    domain::ReceivedPerson person;
    person.person_id = row.int64(0);
    for (const auto& name : split_csv(row.text(1))) {
      auto need = domain::parse_immediate_need(name);
      if (!need) {
        return Error::corruption("reception " + std::to_string(r.id) + " has an unknown need");
      }
      person.needs.push_back(*need);
    }
    FL_ASSIGN_OR_RETURN(person.needs_note, sealer_.open(row.blob(2)));
    return person;
  }));
  return r;
}

Result<domain::Reception> SqliteVictimRepo::get_reception(int64_t id) {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare(std::string(kReceptionColumns) + "WHERE r.id=?"));
  q.bind(1, id);
  FL_ASSIGN_OR_RETURN(bool row, q.step());
  if (!row) {
    return Error::not_found("reception " + std::to_string(id) + " not found");
  }
  return read_reception(q);
}

Result<std::pair<std::vector<domain::Reception>, int64_t>> SqliteVictimRepo::list_receptions(const CaseScope& scope,
                                                                                            int64_t offset,
                                                                                            int64_t limit) {
  const std::string where = scope.unit_path_prefix ? "WHERE u.path >= ? AND u.path < ? " : "";
  auto bind_scope = [&](Stmt& q) {
    if (scope.unit_path_prefix) {
      q.bind(1, *scope.unit_path_prefix).bind(2, *scope.unit_path_prefix + "\x7f");
    }
  };
  FL_ASSIGN_OR_RETURN(Stmt count, c_.prepare("SELECT COUNT(*) FROM receptions r JOIN units u ON u.id = r.unit_id " +
                                             where));
  bind_scope(count);
  FL_ASSIGN_OR_RETURN(bool counted, count.step());
  const int64_t total = counted ? count.int64(0) : 0;
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare(std::string(kReceptionColumns) + where +
                                         "ORDER BY r.handed_over_at DESC, r.id DESC LIMIT ? OFFSET ?"));
  bind_scope(q);
  const int next = scope.unit_path_prefix ? 3 : 1;
  q.bind(next, limit).bind(next + 1, offset);
  // Each row reads its persons with another statement; collect ids first so
  // that statement does not interleave with this one's cursor.
  std::vector<int64_t> ids;
  for (;;) {
    FL_ASSIGN_OR_RETURN(bool row, q.step());
    if (!row) {
      break;
    }
    ids.push_back(q.int64(0));
  }
  std::vector<domain::Reception> out;
  for (int64_t id : ids) {
    FL_ASSIGN_OR_RETURN(domain::Reception r, get_reception(id));
    out.push_back(std::move(r));
  }
  return std::make_pair(std::move(out), total);
}

}  // namespace frontline::store::sqlite
