// Scan alerts in SQLite (migration 0014). The post's text and identifiers
// are sealed together as one JSON document; the rest is in clear.
#include <nlohmann/json.hpp>

#include "store/sqlite/repos.hpp"

namespace frontline::store::sqlite {
namespace {

using nlohmann::json;

constexpr const char* kColumns =
    "a.id, a.unit_id, u.code, u.path, a.source, a.item, a.post_id, a.sealed, a.risk, a.level, a.flag_ids, a.reasons, "
    "a.known, a.status, a.lead_id, a.raised_at, a.reviewed_by, a.reviewed_at, a.version";
constexpr const char* kFrom = " FROM scan_alerts a JOIN units u ON u.id = a.unit_id";

}  // namespace

std::string SqliteScanAlertRepo::seal(const domain::ScanAlert& a) const {
  json ids = json::array();
  for (const domain::LeadIdentifier& i : a.identifiers) {
    ids.push_back({{"kind", i.kind}, {"value", i.value}, {"key", i.key}, {"qualifier", i.qualifier}, {"channel", i.channel}});
  }
  return sealer_.seal(json{{"text", a.text}, {"identifiers", ids}}.dump());
}

Result<domain::ScanAlert> SqliteScanAlertRepo::read_row(const Stmt& q) {
  domain::ScanAlert a;
  a.id = q.int64(0);
  a.unit_id = q.int64(1);
  a.unit_code = q.text(2);
  a.unit_path = q.text(3);
  a.source = q.text(4);
  a.item = q.int64(5);
  a.post_id = q.text(6);
  const std::string what = "scan alert " + std::to_string(a.id);
  FL_ASSIGN_OR_RETURN(std::string plain, sealer_.open(q.blob(7)));
  const json j = json::parse(plain, nullptr, false);
  if (!j.is_object() || !j.value("identifiers", json::array()).is_array()) {
    return Error::corruption(what + " has a malformed sealed document");
  }
  a.text = j.value("text", "");
  for (const json& i : j["identifiers"]) {
    if (!i.is_object()) return Error::corruption(what + " has malformed identifiers");
    a.identifiers.push_back(
        {i.value("kind", ""), i.value("value", ""), i.value("key", ""), i.value("qualifier", ""), i.value("channel", "")});
  }
  a.risk = q.real(8);
  a.level = q.text(9);
  FL_ASSIGN_OR_RETURN(a.flag_ids, stored_strings(q.text(10), what + " has malformed flag ids"));
  FL_ASSIGN_OR_RETURN(a.reasons, stored_strings(q.text(11), what + " has malformed reasons"));
  a.known = q.int64(12);
  auto status = domain::parse_scan_alert_status(q.text(13));
  if (!status) return Error::corruption(what + " has an unknown status");
  a.status = *status;
  a.lead_id = q.optional_int64(14);
  FL_ASSIGN_OR_RETURN(a.raised_at, stored_time(q.text(15)));
  a.reviewed_by = q.is_null(16) ? 0 : q.int64(16);
  if (!q.is_null(17)) {
    FL_ASSIGN_OR_RETURN(TimePoint at, stored_time(q.text(17)));
    a.reviewed_at = at;
  }
  a.version = q.int64(18);
  return a;
}

Result<int64_t> SqliteScanAlertRepo::insert(const domain::ScanAlert& a) {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare("INSERT INTO scan_alerts(unit_id, source, item, post_id, sealed, risk, level, "
                                         "flag_ids, reasons, known, status, raised_at, version) "
                                         "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"));
  q.bind(1, a.unit_id).bind(2, a.source).bind(3, a.item).bind(4, a.post_id).bind_blob(5, seal(a)).bind(6, a.risk);
  q.bind(7, a.level).bind(8, json(a.flag_ids).dump()).bind(9, json(a.reasons).dump()).bind(10, a.known);
  q.bind(11, domain::scan_alert_status_name(a.status)).bind(12, format_utc(a.raised_at)).bind(13, a.version);
  FL_TRY(q.run());
  return c_.last_insert_rowid();
}

Result<domain::ScanAlert> SqliteScanAlertRepo::get(int64_t id) {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare(std::string("SELECT ") + kColumns + kFrom + " WHERE a.id=?"));
  q.bind(1, id);
  FL_ASSIGN_OR_RETURN(bool row, q.step());
  if (!row) {
    return Error::not_found("scan alert " + std::to_string(id) + " not found");
  }
  return read_row(q);
}

Status SqliteScanAlertRepo::update(const domain::ScanAlert& a) {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare("UPDATE scan_alerts SET status=?, lead_id=?, reviewed_by=?, reviewed_at=?, "
                                         "version=? WHERE id=? AND version=?"));
  q.bind(1, domain::scan_alert_status_name(a.status)).bind_or_null(2, a.lead_id).bind(3, a.reviewed_by);
  q.bind_or_null(4, a.reviewed_at ? format_utc(*a.reviewed_at) : std::string());  // "" binds NULL
  q.bind(5, a.version).bind(6, a.id).bind(7, a.version - 1);
  FL_TRY(q.run());
  if (c_.changes() == 0) {
    return Error::conflict("scan alert " + std::to_string(a.id) + " was changed by someone else; reload and try again");
  }
  return {};
}

Result<domain::ScanAlertPage> SqliteScanAlertRepo::list(const domain::ScanAlertFilter& f, const CaseScope& scope) {
  std::vector<std::string> params;
  std::string where = " WHERE 1=1";
  scope_sql(scope, "a.unit_id", where, params);
  if (f.status) {
    where += " AND a.status=?";
    params.push_back(domain::scan_alert_status_name(*f.status));
  }
  domain::ScanAlertPage page;
  FL_ASSIGN_OR_RETURN(page.total, count_rows(c_, kFrom + where, params));
  FL_ASSIGN_OR_RETURN(Stmt q, prepare_page(c_, std::string("SELECT ") + kColumns + kFrom + where +
                                                   " ORDER BY a.risk DESC, a.id DESC", params, f.limit, f.offset));
  FL_ASSIGN_OR_RETURN(page.items, collect_rows<domain::ScanAlert>(q, [this](const Stmt& r) { return read_row(r); }));
  return page;
}

}  // namespace frontline::store::sqlite
