#include "store/sqlite/repos.hpp"

#include <map>

namespace frontline::store::sqlite {
namespace {

constexpr const char* kUnitColumns =
    "SELECT id, code, name, name_en, kind, COALESCE(parent_id, 0), COALESCE(province_code, ''), "
    "COALESCE(facing_country, ''), path FROM units ";

domain::UnitInfo read_unit(const Stmt& q) {
  domain::UnitInfo u;
  u.id = q.int64(0);
  u.code = q.text(1);
  u.name = q.text(2);
  u.name_en = q.text(3);
  u.kind = q.text(4);
  u.parent_id = q.int64(5);
  u.province_code = q.text(6);
  u.facing_country = q.text(7);
  u.path = q.text(8);
  return u;
}

constexpr const char* kProvinceColumns =
    "SELECT code, name, name_en, is_current, coastal, land_borders, successor_code FROM provinces ";

ProvinceInfo read_province(const Stmt& q) {
  ProvinceInfo p;
  p.code = q.text(0);
  p.name = q.text(1);
  p.name_en = q.text(2);
  p.current = q.int64(3) != 0;
  p.coastal = q.int64(4) != 0;
  p.land_borders = split_csv(q.text(5));
  p.successor_code = q.text(6);
  return p;
}

}  // namespace

Status SqliteReferenceRepo::load(const refdata::ReferenceData& data) {
  {
    FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare(
        "INSERT INTO countries(alpha2, alpha3, numeric, name_en, name_vi) VALUES (?,?,?,?,?) "
        "ON CONFLICT(alpha2) DO UPDATE SET alpha3=excluded.alpha3, numeric=excluded.numeric, "
        "name_en=excluded.name_en, name_vi=excluded.name_vi"));
    for (const auto& c : data.countries) {
      q.bind_all(c.alpha2, c.alpha3, c.numeric, c.name_en, c.name_vi);
      FL_TRY(q.run());
    }
  }
  {
    FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare(
        "INSERT INTO provinces(code, gso_code, name, name_en, is_current, coastal, land_borders, successor_code) "
        "VALUES (?,?,?,?,?,?,?,?) ON CONFLICT(code) DO UPDATE SET gso_code=excluded.gso_code, name=excluded.name, "
        "name_en=excluded.name_en, is_current=excluded.is_current, coastal=excluded.coastal, "
        "land_borders=excluded.land_borders, successor_code=excluded.successor_code"));
    for (const auto& p : data.provinces) {
      q.bind_all(p.code, p.gso_code, p.name, p.name_en, true, p.coastal, join_csv(p.land_borders), p.code);
      FL_TRY(q.run());
    }
    for (const auto& p : data.former_provinces) {
      q.bind_all(p.code, p.code, p.name, p.name_en, false, p.coastal, join_csv(p.land_borders), p.merged_into);
      FL_TRY(q.run());
    }
  }
  FL_ASSIGN_OR_RETURN(Stmt upsert, c_.prepare(
      "INSERT INTO units(code, name, name_en, kind, parent_id, province_code, facing_country, path) "
      "VALUES (?,?,?,?,?,?,?,'') ON CONFLICT(code) DO UPDATE SET name=excluded.name, name_en=excluded.name_en, "
      "kind=excluded.kind, parent_id=excluded.parent_id, province_code=excluded.province_code, "
      "facing_country=excluded.facing_country RETURNING id"));
  FL_ASSIGN_OR_RETURN(Stmt set_path, c_.prepare("UPDATE units SET path=? WHERE id=?"));
  std::map<std::string, std::pair<int64_t, std::string>> by_code;  // code -> (id, path)
  for (const auto& u : data.units) {
    int64_t parent_id = 0;
    std::string parent_path = "/";
    if (!u.parent_code.empty()) {
      auto it = by_code.find(u.parent_code);
      if (it == by_code.end()) {
        return Error::invalid("unit " + u.code + " names unknown parent " + u.parent_code);
      }
      parent_id = it->second.first;
      parent_path = it->second.second;
    }
    upsert.bind(1, u.code).bind(2, u.name).bind(3, u.name_en).bind(4, refdata::unit_kind_name(u.kind));
    upsert.bind_or_null(5, parent_id == 0 ? std::optional<int64_t>() : std::optional<int64_t>(parent_id));
    upsert.bind_or_null(6, u.province_code).bind_or_null(7, u.facing_country);
    FL_ASSIGN_OR_RETURN(bool row, upsert.step());
    if (!row) {
      return Error::internal("unit upsert returned no id");
    }
    int64_t id = upsert.int64(0);
    FL_TRY(upsert.run());
    std::string path = parent_path + std::to_string(id) + "/";
    set_path.bind_all(path, id);
    FL_TRY(set_path.run());
    by_code[u.code] = {id, path};
  }
  return {};
}

Result<std::optional<domain::UnitInfo>> SqliteReferenceRepo::find_unit(const std::string& code) {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare(std::string(kUnitColumns) + "WHERE code=?"));
  q.bind(1, code);
  FL_ASSIGN_OR_RETURN(bool row, q.step());
  if (!row) {
    return std::optional<domain::UnitInfo>();
  }
  return std::optional<domain::UnitInfo>(read_unit(q));
}

Result<domain::UnitInfo> SqliteReferenceRepo::get_unit(int64_t id) {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare(std::string(kUnitColumns) + "WHERE id=?"));
  q.bind(1, id);
  FL_ASSIGN_OR_RETURN(bool row, q.step());
  if (!row) {
    return Error::not_found("unit " + std::to_string(id) + " not found");
  }
  return read_unit(q);
}

Result<std::vector<domain::UnitInfo>> SqliteReferenceRepo::list_units() {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare(std::string(kUnitColumns) + "ORDER BY path"));
  return collect_rows<domain::UnitInfo>(q, read_unit);
}

Result<std::optional<ProvinceInfo>> SqliteReferenceRepo::find_province(const std::string& code) {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare(std::string(kProvinceColumns) + "WHERE code=?"));
  q.bind(1, code);
  FL_ASSIGN_OR_RETURN(bool row, q.step());
  if (!row) {
    return std::optional<ProvinceInfo>();
  }
  return std::optional<ProvinceInfo>(read_province(q));
}

Result<std::vector<ProvinceInfo>> SqliteReferenceRepo::list_provinces() {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare(std::string(kProvinceColumns) + "ORDER BY is_current DESC, name"));
  return collect_rows<ProvinceInfo>(q, read_province);
}

Result<bool> SqliteReferenceRepo::country_exists(const std::string& alpha2) {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare("SELECT 1 FROM countries WHERE alpha2=?"));
  q.bind(1, alpha2);
  return q.step();
}

Result<std::vector<CountryInfo>> SqliteReferenceRepo::list_countries() {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare("SELECT alpha2, name_en, name_vi FROM countries ORDER BY name_en"));
  return collect_rows<CountryInfo>(q, [](const Stmt& r) { return CountryInfo{r.text(0), r.text(1), r.text(2)}; });
}

}  // namespace frontline::store::sqlite
