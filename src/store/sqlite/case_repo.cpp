#include <sstream>

#include "store/sqlite/repos.hpp"
#include "util/text.hpp"

namespace frontline::store::sqlite {
namespace {

constexpr const char* kCaseColumns =
    "SELECT c.id, c.number, c.title, c.summary, c.status, c.trafficking_form, c.unit_id, u.code, c.province_code, "
    "c.reported_on, COALESCE(c.origin_country, ''), c.transit_countries, COALESCE(c.destination_country, ''), "
    "c.border_crossing, c.recruitment_channel, c.recruitment_platform, c.recruitment_platform_name, c.merged_into, "
    "c.created_by, c.created_at, c.updated_at, c.version ";
constexpr const char* kCaseFrom = "FROM cases c JOIN units u ON u.id = c.unit_id ";

Result<domain::Case> read_case(const Stmt& q) {
  domain::Case c;
  c.id = q.int64(0);
  c.number = q.text(1);
  c.title = q.text(2);
  c.summary = q.text(3);
  auto status = domain::parse_case_status(q.text(4));
  auto form = domain::parse_trafficking_form(q.text(5));
  auto channel = domain::parse_recruitment_channel(q.text(14));
  if (!status || !form || !channel) {
    return Error::corruption("case " + c.number + " has an unknown status, form or channel");
  }
  c.status = *status;
  c.trafficking_form = *form;
  c.unit_id = q.int64(6);
  c.unit_code = q.text(7);
  c.province_code = q.text(8);
  c.reported_on = q.text(9);
  c.route.origin_country = q.text(10);
  c.route.transit_countries = split_csv(q.text(11));
  c.route.destination_country = q.text(12);
  c.route.border_crossing = q.text(13);
  c.recruitment.channel = *channel;
  c.recruitment.platform = q.text(15);
  c.recruitment.platform_name = q.text(16);
  c.merged_into = q.optional_int64(17);
  c.created_by = q.int64(18);
  FL_ASSIGN_OR_RETURN(c.created_at, stored_time(q.text(19)));
  FL_ASSIGN_OR_RETURN(c.updated_at, stored_time(q.text(20)));
  c.version = q.int64(21);
  return c;
}

// FTS5 query from free text: every folded word must appear, as a prefix.
std::string fts_query(const std::string& text) {
  std::istringstream words(text::fold(text));
  std::string word;
  std::string out;
  while (words >> word) {
    if (!out.empty()) {
      out += ' ';
    }
    std::string quoted;
    for (char ch : word) {
      quoted += ch == '"' ? std::string("\"\"") : std::string(1, ch);  // FTS5 doubles quotes in a string
    }
    out += '"' + quoted + "\"*";
  }
  return out;
}

}  // namespace

Result<int64_t> SqliteCaseRepo::next_sequence(const std::string& prefix, int year) {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare(
      "INSERT INTO case_sequences(prefix, year, last) VALUES (?, ?, 1) "
      "ON CONFLICT(prefix, year) DO UPDATE SET last = last + 1 RETURNING last"));
  q.bind_all(prefix, year);
  FL_ASSIGN_OR_RETURN(bool row, q.step());
  if (!row) {
    return Error::internal("case sequence returned no value");
  }
  int64_t next = q.int64(0);
  FL_TRY(q.run());
  return next;
}

Status SqliteCaseRepo::index_text(const domain::Case& c) {
  FL_ASSIGN_OR_RETURN(Stmt del, c_.prepare("DELETE FROM cases_fts WHERE rowid=?"));
  del.bind(1, c.id);
  FL_TRY(del.run());
  std::string body = c.number + " " + c.title + " " + c.summary + " " + c.route.border_crossing + " " +
                     c.recruitment.platform + " " + c.recruitment.platform_name;
  FL_ASSIGN_OR_RETURN(Stmt ins, c_.prepare("INSERT INTO cases_fts(rowid, body) VALUES (?, ?)"));
  ins.bind_all(c.id, text::fold(body));
  return ins.run();
}

Result<int64_t> SqliteCaseRepo::insert(const domain::Case& c) {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare(
      "INSERT INTO cases(number, title, summary, status, trafficking_form, unit_id, province_code, reported_on, "
      "origin_country, transit_countries, destination_country, border_crossing, recruitment_channel, "
      "recruitment_platform, recruitment_platform_name, merged_into, created_by, created_at, updated_at, version) "
      "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
  q.bind_all(c.number, c.title, c.summary, domain::case_status_name(c.status),
             domain::trafficking_form_name(c.trafficking_form), c.unit_id, c.province_code, c.reported_on);
  q.bind_or_null(9, c.route.origin_country).bind(10, join_csv(c.route.transit_countries));
  q.bind_or_null(11, c.route.destination_country).bind(12, c.route.border_crossing);
  q.bind(13, domain::recruitment_channel_name(c.recruitment.channel)).bind(14, c.recruitment.platform);
  q.bind(15, c.recruitment.platform_name).bind_or_null(16, c.merged_into).bind(17, c.created_by);
  q.bind(18, format_utc(c.created_at)).bind(19, format_utc(c.updated_at)).bind(20, c.version);
  FL_TRY(q.run());
  domain::Case stored = c;
  stored.id = c_.last_insert_rowid();
  FL_TRY(index_text(stored));
  return stored.id;
}

Result<domain::Case> SqliteCaseRepo::get(int64_t id) {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare(std::string(kCaseColumns) + kCaseFrom + "WHERE c.id=?"));
  q.bind(1, id);
  FL_ASSIGN_OR_RETURN(bool row, q.step());
  if (!row) {
    return Error::not_found("case " + std::to_string(id) + " not found");
  }
  return read_case(q);
}

Status SqliteCaseRepo::update(const domain::Case& c) {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare(
      "UPDATE cases SET title=?, summary=?, status=?, trafficking_form=?, unit_id=?, province_code=?, "
      "reported_on=?, origin_country=?, transit_countries=?, destination_country=?, border_crossing=?, "
      "recruitment_channel=?, recruitment_platform=?, recruitment_platform_name=?, merged_into=?, updated_at=?, "
      "version=? WHERE id=? AND version=?"));
  q.bind_all(c.title, c.summary, domain::case_status_name(c.status), domain::trafficking_form_name(c.trafficking_form),
             c.unit_id, c.province_code, c.reported_on);
  q.bind_or_null(8, c.route.origin_country).bind(9, join_csv(c.route.transit_countries));
  q.bind_or_null(10, c.route.destination_country).bind(11, c.route.border_crossing);
  q.bind(12, domain::recruitment_channel_name(c.recruitment.channel)).bind(13, c.recruitment.platform);
  q.bind(14, c.recruitment.platform_name).bind_or_null(15, c.merged_into).bind(16, format_utc(c.updated_at));
  q.bind(17, c.version).bind(18, c.id).bind(19, c.version - 1);
  FL_TRY(q.run());
  if (c_.changes() == 0) {
    return Error::conflict("case " + c.number + " was changed by someone else; reload and try again");
  }
  return index_text(c);
}

namespace {

// The FROM and WHERE of a case list, its parameters, and the newest-first
// ORDER BY the walk uses. `from` is empty when the text has no searchable
// word (nothing can match).
struct ListSql {
  std::string from = "FROM cases c";
  std::string where = " WHERE 1=1";
  std::vector<std::string> params;
  std::string order = " ORDER BY c.id DESC";
};

ListSql list_sql(const domain::CaseFilter& f, const CaseScope& scope) {
  ListSql sql;
  std::string& where = sql.where;
  std::vector<std::string>& params = sql.params;
  if (scope.unit_path_prefix) {
    where += " AND c.unit_id IN (SELECT id FROM units WHERE path >= ? AND path < ?)";
    params.push_back(*scope.unit_path_prefix);
    params.push_back(*scope.unit_path_prefix + "\x7f");
  }
  if (!f.unit_code.empty()) {
    where += " AND c.unit_id IN (SELECT s.id FROM units s, units p WHERE p.code = ? "
             "AND s.path >= p.path AND s.path < p.path || char(127))";
    params.push_back(f.unit_code);
  }
  if (!f.statuses.empty()) {
    where += " AND c.status IN (";
    for (size_t i = 0; i < f.statuses.size(); ++i) {
      where += i == 0 ? "?" : ",?";
      params.emplace_back(domain::case_status_name(f.statuses[i]));
    }
    where += ")";
  }
  if (!f.province_code.empty()) {
    where += " AND c.province_code IN (SELECT code FROM provinces WHERE code = ? OR successor_code = ?)";
    params.push_back(f.province_code);
    params.push_back(f.province_code);
  }
  if (f.trafficking_form) {
    where += " AND c.trafficking_form = ?";
    params.emplace_back(domain::trafficking_form_name(*f.trafficking_form));
  }
  // Date ranges are kept out of index choice (unary +): they are broad in
  // practice and ids follow report dates, so walking ids newest first and
  // testing the date beats sorting a whole range.
  if (!f.reported_from.empty()) {
    where += " AND +c.reported_on >= ?";
    params.push_back(f.reported_from);
  }
  if (!f.reported_to.empty()) {
    where += " AND +c.reported_on <= ?";
    params.push_back(f.reported_to);
  }
  // With free text the full-text index drives the query, newest match first,
  // so a page of a common word stops after `limit` rows instead of collecting
  // every match first.
  if (!f.text.empty()) {
    std::string match = fts_query(f.text);
    if (match.empty()) {
      sql.from.clear();
      return sql;
    }
    sql.from = "FROM cases_fts f JOIN cases c ON c.id = f.rowid";
    where += " AND f.cases_fts MATCH ?";
    params.push_back(match);
    sql.order = " ORDER BY f.rowid DESC";
  }
  return sql;
}

}  // namespace

Result<domain::CasePage> SqliteCaseRepo::list(const domain::CaseFilter& f, const CaseScope& scope) {
  auto [from, where, params, order] = list_sql(f, scope);
  if (from.empty()) {
    return domain::CasePage{};  // only punctuation: nothing can match
  }
  domain::CasePage page;
  FL_ASSIGN_OR_RETURN(page.total, count_matches(from + where, params));
  if (page.total == 0 || f.offset >= page.total) {
    return page;
  }
  // An id-ordered walk of an index stops once the page is full; when the page
  // reaches (or nearly reaches) the last match, it visits every candidate
  // instead. Then collecting the matches through the most selective index and
  // sorting them can only be cheaper: ordering by an expression keeps the
  // planner from choosing the walk.
  if (f.text.empty() && page.total <= 2 * (f.offset + f.limit)) {
    order = " ORDER BY c.id + 0 DESC";
  }
  // The page's ids first, from indexes alone, then the rows of just those ids:
  // sorting or skipping (OFFSET) whole rows with their summaries costs far more.
  std::string ids = "[";
  {
    FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare("SELECT c.id " + from + where + order + " LIMIT ? OFFSET ?"));
    int i = 0;
    for (const auto& p : params) {
      q.bind(++i, p);
    }
    q.bind(i + 1, f.limit).bind(i + 2, f.offset);
    FL_ASSIGN_OR_RETURN(auto page_ids, collect_rows<int64_t>(q, [](const Stmt& row) { return row.int64(0); }));
    for (size_t n = 0; n < page_ids.size(); ++n) {
      ids += (n == 0 ? "" : ",") + std::to_string(page_ids[n]);
    }
  }
  ids += "]";
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare(std::string(kCaseColumns) + kCaseFrom +
                                         "WHERE c.id IN (SELECT value FROM json_each(?)) ORDER BY c.id DESC"));
  q.bind(1, ids);
  FL_ASSIGN_OR_RETURN(page.items, collect_rows<domain::Case>(q, read_case));
  return page;
}

Result<int64_t> SqliteCaseRepo::count_matches(const std::string& from_where, const std::vector<std::string>& params) {
  std::string key;
  int64_t generation = 0;
  if (totals_ != nullptr) {
    FL_ASSIGN_OR_RETURN(Stmt g, c_.prepare("SELECT gen FROM data_generation WHERE name = 'case_lists'"));
    FL_ASSIGN_OR_RETURN(bool row, g.step());
    generation = row ? g.int64(0) : 0;
    FL_TRY(g.run());
    key = from_where;
    for (const auto& p : params) {
      key += '\x1f' + p;
    }
    if (auto hit = totals_->find(key, generation)) {
      return *hit;
    }
  }
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare("SELECT COUNT(*) " + from_where));
  for (size_t i = 0; i < params.size(); ++i) {
    q.bind(static_cast<int>(i + 1), params[i]);
  }
  FL_ASSIGN_OR_RETURN(bool row, q.step());
  int64_t total = row ? q.int64(0) : 0;
  FL_TRY(q.run());
  if (totals_ != nullptr) {
    totals_->put(key, generation, total);
  }
  return total;
}

Result<int64_t> SqliteCaseRepo::count() {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare("SELECT COUNT(*) FROM cases"));
  FL_ASSIGN_OR_RETURN(bool row, q.step());
  return row ? q.int64(0) : 0;
}

}  // namespace frontline::store::sqlite
