#include "ctdc/regions.hpp"

#include <map>
#include <sstream>

namespace frontline::ctdc {
namespace {

struct SubRegion {
  const char* name;
  const char* region;
  const char* countries;  // ISO alpha-2 codes separated by spaces
};

// UN M49 (unstats.un.org/unsd/methodology/m49) sub-regions and regions.
const SubRegion kSubRegions[] = {
    {"Northern Africa", "Africa", "DZ EG LY MA SD TN EH"},
    {"Sub-Saharan Africa", "Africa",
     "AO BF BI BJ BW CD CF CG CI CM CV DJ ER ET GA GH GM GN GQ GW KE KM LR LS MG ML MR MU MW MZ NA NE NG RE RW SC "
     "SH SL SN SO SS ST SZ TD TG TZ UG YT ZA ZM ZW IO TF"},
    {"Latin America and the Caribbean", "Americas",
     "AG AI AR AW BB BL BO BQ BR BS BV BZ CL CO CR CU CW DM DO EC FK GD GF GP GS GT GY HN HT JM KN KY LC MF MQ MS "
     "MX NI PA PE PR PY SR SV SX TC TT UY VC VE VG VI"},
    {"Northern America", "Americas", "BM CA GL PM US"},
    {"Central Asia", "Asia", "KG KZ TJ TM UZ"},
    {"Eastern Asia", "Asia", "CN HK JP KP KR MN MO TW"},
    {"South-eastern Asia", "Asia", "BN ID KH LA MM MY PH SG TH TL VN"},
    {"Southern Asia", "Asia", "AF BD BT IN IR LK MV NP PK"},
    {"Western Asia", "Asia", "AE AM AZ BH CY GE IL IQ JO KW LB OM PS QA SA SY TR YE"},
    {"Eastern Europe", "Europe", "BG BY CZ HU MD PL RO RU SK UA"},
    {"Northern Europe", "Europe", "AX DK EE FI FO GB GG IE IM IS JE LT LV NO SE SJ"},
    {"Southern Europe", "Europe", "AD AL BA ES GI GR HR IT ME MK MT PT RS SI SM VA"},
    {"Western Europe", "Europe", "AT BE CH DE FR LI LU MC NL"},
    {"Australia and New Zealand", "Oceania", "AU CC CX HM NF NZ"},
    {"Melanesia", "Oceania", "FJ NC PG SB VU"},
    {"Micronesia", "Oceania", "FM GU KI MH MP NR PW UM"},
    {"Polynesia", "Oceania", "AS CK NU PF PN TK TO TV WF WS"},
};

// value -> its parent in the hierarchy.
const std::map<std::string, std::string>& parents() {
  static const std::map<std::string, std::string> table = [] {
    std::map<std::string, std::string> m;
    for (const auto& s : kSubRegions) {
      m[s.name] = s.region;
      m[s.region] = kOtherRegion;
      std::istringstream codes(s.countries);
      std::string code;
      while (codes >> code) {
        m[code] = s.name;
      }
    }
    return m;
  }();
  return table;
}

}  // namespace

std::string generalize_place(const std::string& value) {
  if (value.empty()) {
    return value;
  }
  auto it = parents().find(value);
  return it == parents().end() ? kOtherRegion : it->second;
}

bool is_place_group(const std::string& value) {
  if (value == kOtherRegion) {
    return true;
  }
  auto it = parents().find(value);
  return it != parents().end() && value.size() != 2;
}

std::vector<std::string> sub_regions() {
  std::vector<std::string> out;
  for (const auto& s : kSubRegions) {
    out.emplace_back(s.name);
  }
  return out;
}

}  // namespace frontline::ctdc
