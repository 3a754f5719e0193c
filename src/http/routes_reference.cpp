#include "http/routes.hpp"

namespace frontline::http {

void add_reference_routes(Router& router, Services& s) {
  using nlohmann::json;

  router.add("GET", "/api/v1/units", Access::kSession, [&s](const ApiRequest&) {
    auto units = store::read_value<std::vector<domain::UnitInfo>>(
        s.store, [](store::Transaction& tx) { return tx.reference().list_units(); });
    return respond(std::move(units), 200, [](const std::vector<domain::UnitInfo>& us) {
      std::map<int64_t, std::string> code_of;
      for (const auto& u : us) {
        code_of[u.id] = u.code;
      }
      json items = json::array();
      for (const auto& u : us) {
        items.push_back({{"id", u.id},
                         {"code", u.code},
                         {"name", u.name},
                         {"name_en", u.name_en},
                         {"kind", u.kind},
                         {"parent_code", u.parent_id == 0 ? json(nullptr) : json(code_of[u.parent_id])},
                         {"province_code", u.province_code},
                         {"facing_country", u.facing_country}});
      }
      return json{{"items", items}, {"total", items.size()}};
    });
  });

  router.add("GET", "/api/v1/provinces", Access::kSession, [&s](const ApiRequest&) {
    auto provinces = store::read_value<std::vector<store::ProvinceInfo>>(
        s.store, [](store::Transaction& tx) { return tx.reference().list_provinces(); });
    return respond(std::move(provinces), 200, [](const std::vector<store::ProvinceInfo>& ps) {
      json items = json::array();
      for (const auto& p : ps) {
        items.push_back({{"code", p.code},
                         {"name", p.name},
                         {"name_en", p.name_en},
                         {"current", p.current},
                         {"coastal", p.coastal},
                         {"land_borders", p.land_borders},
                         {"successor_code", p.successor_code}});
      }
      return json{{"items", items}, {"total", items.size()}};
    });
  });

  router.add("GET", "/api/v1/countries", Access::kSession, [&s](const ApiRequest&) {
    auto countries = store::read_value<std::vector<store::CountryInfo>>(
        s.store, [](store::Transaction& tx) { return tx.reference().list_countries(); });
    return respond(std::move(countries), 200, [](const std::vector<store::CountryInfo>& cs) {
      json items = json::array();
      for (const auto& c : cs) {
        items.push_back({{"code", c.alpha2}, {"name_en", c.name_en}, {"name_vi", c.name_vi}});
      }
      return json{{"items", items}, {"total", items.size()}};
    });
  });
}

}  // namespace frontline::http
