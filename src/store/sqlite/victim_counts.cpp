// Victim statistics as GROUP BY queries: SqlitePersonRepo::victim_counts (the
// victims of the cases in a scope) and SqliteCtdcRecordRepo::counts (historic
// CTDC records). Each is one statement: the victims (or records) are selected
// once into a materialized common table expression, then every breakdown is a
// GROUP BY over it, joined with UNION ALL. No sealed column is read.
#include "ctdc/layout.hpp"
#include "store/sqlite/repos.hpp"

namespace frontline::store::sqlite {
namespace {

Result<std::vector<VictimCount>> read_counts(Stmt& q) {
  return collect_rows<VictimCount>(q, [](const Stmt& r) {
    return VictimCount{r.text(0), r.text(1), r.int64(2)};
  });
}

// `dimension`, its key expression over table `from`, and the row count.
std::string group(const char* dimension, const std::string& key, const char* from) {
  return std::string(" UNION ALL SELECT '") + dimension + "', " + key + ", COUNT(*) FROM " + from + " GROUP BY 2";
}

}  // namespace

Result<std::vector<VictimCount>> SqlitePersonRepo::victim_counts(const VictimCountQuery& q) {
  // ranked: every (victim, case) link in scope, numbered per person from the
  // earliest case. v: one row per victim with the facts statistics group by.
  std::string sql =
      "WITH ranked AS ("
      " SELECT cp.person_id AS person_id, c.reported_on AS reported_on, c.trafficking_form AS form,"
      " COALESCE(c.destination_country, '') AS destination, c.province_code AS province_code,"
      " ROW_NUMBER() OVER (PARTITION BY cp.person_id ORDER BY c.reported_on, c.id) AS n"
      " FROM case_persons cp JOIN cases c ON c.id = cp.case_id"
      " WHERE cp.role = 'victim' AND c.status NOT IN ('dismissed', 'merged')";
  std::vector<std::string> params;
  if (q.scope.unit_path_prefix) {
    sql += " AND c.unit_id IN (SELECT id FROM units WHERE path >= ? AND path < ?)";
    params.push_back(*q.scope.unit_path_prefix);
    params.push_back(*q.scope.unit_path_prefix + "\x7f");
  }
  sql +=
      "), v AS MATERIALIZED ("
      " SELECT p.sex AS sex,"
      " CASE WHEN p.birth_year IS NULL THEN ''"
      "  ELSE CAST(CAST(substr(r.reported_on, 1, 4) AS INTEGER) - p.birth_year AS TEXT) END AS age,"
      " r.form AS form, r.destination AS destination, COALESCE(p.nationality, '') AS citizenship,"
      " COALESCE((SELECT d.status FROM identification_decisions d WHERE d.person_id = r.person_id"
      "  ORDER BY d.id DESC LIMIT 1), 'none') AS identification,"
      " (SELECT CASE WHEN COUNT(*) = 0 THEN 'none'"
      "  WHEN SUM(f.status NOT IN ('completed', 'declined')) > 0 THEN 'in_progress'"
      "  WHEN SUM(f.status = 'completed') > 0 THEN 'completed' ELSE 'declined' END"
      "  FROM referrals f WHERE f.person_id = r.person_id) AS referral,"
      " COALESCE(pr.successor_code, r.province_code) AS province,"
      " substr(r.reported_on, 1, 7) AS period"
      " FROM ranked r JOIN persons p ON p.id = r.person_id LEFT JOIN provinces pr ON pr.code = r.province_code"
      " WHERE r.n = 1";
  if (q.reported_from) {
    sql += " AND r.reported_on >= ?";
    params.push_back(*q.reported_from);
  }
  if (q.reported_to) {
    sql += " AND r.reported_on <= ?";
    params.push_back(*q.reported_to);
  }
  if (!q.province_code.empty()) {
    sql += " AND r.province_code IN (SELECT code FROM provinces WHERE code = ? OR successor_code = ?)";
    params.push_back(q.province_code);
    params.push_back(q.province_code);
  }
  sql += ") SELECT 'total', '', COUNT(*) FROM v";
  sql += group("sex", "sex", "v");
  sql += group("age", "age", "v");
  sql += group("trafficking_form", "form", "v");
  sql += group("destination_country", "destination", "v");
  sql += group("citizenship", "citizenship", "v");
  sql += group("identification_status", "identification", "v");
  sql += group("referral_status", "referral", "v");
  sql += group("province", "province", "v");
  sql += group("period", "period", "v");
  FL_ASSIGN_OR_RETURN(Stmt stmt, c_.prepare(sql));
  for (size_t i = 0; i < params.size(); ++i) {
    stmt.bind(static_cast<int>(i + 1), params[i]);
  }
  return read_counts(stmt);
}

Result<std::vector<VictimCount>> SqliteCtdcRecordRepo::counts(int from_year, int to_year) {
  std::string sql =
      "WITH h AS MATERIALIZED (SELECT year_of_registration AS year, gender, age_broad, citizenship,"
      " country_of_exploitation, cells FROM ctdc_records";
  if (from_year > 0 || to_year > 0) {
    sql += " WHERE CAST(substr(year_of_registration, 1, 4) AS INTEGER) BETWEEN ? AND ?";
  }
  sql += ") SELECT 'total', '', COUNT(*) FROM h";
  sql += group("year", "year", "h");
  sql += group("gender", "gender", "h");
  sql += group("age_broad", "age_broad", "h");
  sql += group("citizenship", "citizenship", "h");
  sql += group("country_of_exploitation", "country_of_exploitation", "h");
  for (const auto& flag : ctdc::exploitation_flags()) {
    // The flag names are fixed identifiers from the layout, never input.
    sql += " UNION ALL SELECT 'flag', '" + flag + "', COUNT(*) FROM h WHERE json_extract(cells, '$." + flag +
           "') = '1'";
  }
  FL_ASSIGN_OR_RETURN(Stmt stmt, c_.prepare(sql));
  if (from_year > 0 || to_year > 0) {
    stmt.bind_all(from_year > 0 ? from_year : 0, to_year > 0 ? to_year : 9999);
  }
  return read_counts(stmt);
}

}  // namespace frontline::store::sqlite
