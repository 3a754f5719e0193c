// PersonRepo::scan_linked: every person linked to a case, with their links,
// in two statements merged by person id (the screening index's start-up read).
#include "store/sqlite/repos.hpp"

namespace frontline::store::sqlite {
namespace {

// The columns SqlitePersonRepo::read_row expects (person_repo.cpp).
constexpr const char* kColumns =
    "p.id, p.identity, p.sex, p.birth_year, COALESCE(p.nationality, ''), COALESCE(p.home_province, ''), "
    "p.created_at, p.updated_at, p.version";

}  // namespace

Status SqlitePersonRepo::scan_linked(const std::function<bool(const LinkedPerson&)>& visit,
                                     std::optional<int64_t> only_person) {
  const std::string one = only_person ? " AND p.id = ?" : "";
  FL_ASSIGN_OR_RETURN(Stmt persons,
                      c_.prepare(std::string("SELECT ") + kColumns +
                                 " FROM persons p WHERE EXISTS (SELECT 1 FROM case_persons cp WHERE cp.person_id = "
                                 "p.id)" + one + " ORDER BY p.id"));
  FL_ASSIGN_OR_RETURN(Stmt links,
                      c_.prepare(std::string("SELECT cp.person_id, cp.case_id, c.number, cp.role, u.code, u.path "
                                             "FROM case_persons cp JOIN cases c ON c.id = cp.case_id "
                                             "JOIN units u ON u.id = c.unit_id") +
                                 (only_person ? " WHERE cp.person_id = ?" : "") +
                                 " ORDER BY cp.person_id, cp.case_id"));
  if (only_person) {
    persons.bind(1, *only_person);
    links.bind(1, *only_person);
  }
  FL_ASSIGN_OR_RETURN(bool link_row, links.step());
  while (true) {
    FL_ASSIGN_OR_RETURN(bool row, persons.step());
    if (!row) {
      return {};
    }
    LinkedPerson lp;
    FL_ASSIGN_OR_RETURN(lp.person, read_row(persons, 0));
    // Both statements are ordered by person id: skip links of persons not
    // visited (none exist: every linked person is selected), take this one's.
    while (link_row && links.int64(0) < lp.person.id) {
      FL_ASSIGN_OR_RETURN(link_row, links.step());
    }
    while (link_row && links.int64(0) == lp.person.id) {
      auto role = domain::parse_person_role(links.text(3));
      if (!role) {
        return Error::corruption("case person link has an unknown role");
      }
      lp.links.push_back({links.int64(1), links.text(2), *role, links.text(4), links.text(5)});
      FL_ASSIGN_OR_RETURN(link_row, links.step());
    }
    if (!visit(lp)) {
      return {};
    }
  }
}

}  // namespace frontline::store::sqlite
