// Tests for refdata: the real files under data/ load and hold the facts the
// rest of Frontline relies on, and each kind of broken file is refused with
// InvalidArgument naming the file and the problem.
#include "refdata/refdata.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>

#include <nlohmann/json.hpp>

namespace frontline::refdata {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

fs::path real_data_dir() { return fs::path(FRONTLINE_SOURCE_DIR) / "data"; }

const ReferenceData& real_data() {
  static const ReferenceData data = [] {
    auto loaded = load_reference_data(real_data_dir());
    if (!loaded.ok()) {
      ADD_FAILURE() << "data/ failed to load: " << loaded.error().message;
      return ReferenceData{};
    }
    return std::move(loaded).value();
  }();
  return data;
}

const CurrentProvince* current(const std::string& code) {
  const auto& p = real_data().provinces;
  auto it = std::find_if(p.begin(), p.end(), [&](const CurrentProvince& x) { return x.code == code; });
  return it == p.end() ? nullptr : &*it;
}

bool has(const std::vector<std::string>& items, const std::string& item) {
  return std::find(items.begin(), items.end(), item) != items.end();
}

TEST(RefdataRealFiles, HasThirtyFourCurrentAndSixtyThreeFormerProvinces) {
  EXPECT_EQ(real_data().provinces.size(), 34u);
  EXPECT_EQ(real_data().former_provinces.size(), 63u);
}

TEST(RefdataRealFiles, EveryFormerProvinceIsMappedToACurrentOne) {
  size_t parts = 0;
  for (const auto& p : real_data().provinces) {
    parts += p.formed_from.size();
  }
  EXPECT_EQ(parts, 63u);
  for (const auto& f : real_data().former_provinces) {
    const CurrentProvince* into = current(f.merged_into);
    ASSERT_NE(into, nullptr) << f.code;
    EXPECT_TRUE(has(into->formed_from, f.code)) << f.code;
  }
}

TEST(RefdataRealFiles, KeyProvinceFacts) {
  const CurrentProvince* lang_son = current("LS");
  ASSERT_NE(lang_son, nullptr);
  EXPECT_EQ(lang_son->name, "Lạng Sơn");
  EXPECT_TRUE(has(lang_son->land_borders, "CN"));

  const CurrentProvince* an_giang = current("AG");
  ASSERT_NE(an_giang, nullptr);
  EXPECT_TRUE(an_giang->coastal);  // through the former Kiên Giang
  EXPECT_TRUE(has(an_giang->land_borders, "KH"));
  EXPECT_TRUE(has(an_giang->formed_from, "91"));

  const auto& former = real_data().former_provinces;
  auto ha_giang = std::find_if(former.begin(), former.end(), [](const FormerProvince& f) { return f.code == "02"; });
  ASSERT_NE(ha_giang, former.end());
  EXPECT_EQ(ha_giang->name, "Hà Giang");
  EXPECT_EQ(ha_giang->merged_into, "TQ");
}

TEST(RefdataRealFiles, CountriesCoverIso3166WithVietnameseNames) {
  const auto& countries = real_data().countries;
  EXPECT_GE(countries.size(), 240u);
  std::map<std::string, std::string> vi;
  for (const auto& c : countries) {
    vi[c.alpha2] = c.name_vi;
  }
  EXPECT_EQ(vi["VN"], "Việt Nam");
  EXPECT_EQ(vi["CN"], "Trung Quốc");
  EXPECT_EQ(vi["LA"], "Lào");
  EXPECT_EQ(vi["KH"], "Campuchia");
}

TEST(RefdataRealFiles, UnitTreeHasOneRootAndParentsComeFirst) {
  const auto& units = real_data().units;
  ASSERT_FALSE(units.empty());
  EXPECT_EQ(std::count_if(units.begin(), units.end(), [](const Unit& u) { return u.parent_code.empty(); }), 1);
  EXPECT_EQ(units.front().kind, UnitKind::kCommandHq);
  std::map<std::string, size_t> position;
  for (size_t i = 0; i < units.size(); ++i) {
    position[units[i].code] = i;
  }
  for (size_t i = 1; i < units.size(); ++i) {
    ASSERT_TRUE(position.count(units[i].parent_code)) << units[i].code;
    EXPECT_LT(position[units[i].parent_code], i) << units[i].code;
  }
  // Every province on a border or the coast has a provincial command.
  for (const auto& p : real_data().provinces) {
    const bool needs_command = p.coastal || !p.land_borders.empty();
    const bool has_command = std::any_of(units.begin(), units.end(), [&](const Unit& u) {
      return u.kind == UnitKind::kProvincialCommand && u.province_code == p.code;
    });
    EXPECT_EQ(needs_command, has_command) << p.code;
  }
}

TEST(RefdataRealFiles, RecordsEachFilesSource) {
  ASSERT_EQ(real_data().sources.size(), 3u);
  for (const auto& s : real_data().sources) {
    EXPECT_FALSE(s.empty());
  }
}

TEST(RefdataUnitKind, NamesRoundTrip) {
  for (UnitKind k : {UnitKind::kCommandHq, UnitKind::kDepartment, UnitKind::kProvincialCommand,
                     UnitKind::kBorderPost, UnitKind::kBorderGate}) {
    EXPECT_EQ(parse_unit_kind(unit_kind_name(k)), k);
  }
  EXPECT_EQ(std::string(unit_kind_name(UnitKind::kBorderGate)), "border_gate");
  EXPECT_FALSE(parse_unit_kind("Border_Gate").has_value());
}

// Each test gets a private copy of data/ to break one thing in.
class RefdataBrokenFiles : public ::testing::Test {
 protected:
  void SetUp() override {
    static std::atomic<int> counter{0};
    const auto stamp = std::chrono::steady_clock::now().time_since_epoch().count();
    dir_ = fs::temp_directory_path() /
           ("frontline_refdata_" + std::to_string(stamp) + "_" + std::to_string(counter++));
    fs::create_directories(dir_);
    for (const char* name : {"provinces.json", "countries.json", "units.json"}) {
      fs::copy_file(real_data_dir() / name, dir_ / name);
    }
  }
  void TearDown() override {
    std::error_code ignored;
    fs::remove_all(dir_, ignored);
  }

  json read(const std::string& name) {
    std::ifstream in(dir_ / name);
    return json::parse(in);
  }
  void write(const std::string& name, const std::string& text) {
    std::ofstream out(dir_ / name, std::ios::trunc);
    out << text;
  }
  void write(const std::string& name, const json& doc) { write(name, doc.dump(2)); }

  // Loads the broken copy and returns the error message; fails the test unless
  // the load failed with InvalidArgument.
  std::string invalid_message() {
    auto loaded = load_reference_data(dir_);
    if (loaded.ok()) {
      ADD_FAILURE() << "broken data loaded without error";
      return {};
    }
    EXPECT_EQ(loaded.error().code, ErrorCode::kInvalidArgument) << loaded.error().message;
    return loaded.error().message;
  }

  fs::path dir_;
};

TEST_F(RefdataBrokenFiles, UnknownParent) {
  json units = read("units.json");
  const std::string code = units["units"][5]["code"];
  units["units"][5]["parent_code"] = "NO-SUCH-UNIT";
  write("units.json", units);
  EXPECT_EQ(invalid_message(), "units.json: unit \"" + code + "\" has unknown parent \"NO-SUCH-UNIT\"");
}

TEST_F(RefdataBrokenFiles, DuplicateUnitCode) {
  json units = read("units.json");
  units["units"][4]["code"] = units["units"][3]["code"];
  write("units.json", units);
  const std::string dup = units["units"][3]["code"];
  EXPECT_EQ(invalid_message(), "units.json: duplicate unit code \"" + dup + "\"");
}

TEST_F(RefdataBrokenFiles, FormerProvinceMergedIntoUnknownCode) {
  json provinces = read("provinces.json");
  const std::string code = provinces["former"][0]["code"];
  provinces["former"][0]["merged_into"] = "ZZ";
  write("provinces.json", provinces);
  EXPECT_EQ(invalid_message(),
            "provinces.json: former province \"" + code + "\" merged into unknown code \"ZZ\"");
}

TEST_F(RefdataBrokenFiles, MalformedJson) {
  write("countries.json", std::string("{\"source\": \"x\", \"countries\": [ {\"alpha2\": "));
  EXPECT_EQ(invalid_message().rfind("countries.json: malformed JSON", 0), 0u);
}

TEST_F(RefdataBrokenFiles, RepeatedKeyIsMalformed) {
  write("countries.json", std::string("{\"source\": \"x\", \"source\": \"y\", \"countries\": []}"));
  EXPECT_EQ(invalid_message(), "countries.json: malformed JSON: an object repeats the key \"source\"");
}

TEST_F(RefdataBrokenFiles, BooleanMustBeABoolean) {
  json provinces = read("provinces.json");
  provinces["current"][0]["coastal"] = "false";
  write("provinces.json", provinces);
  const std::string message = invalid_message();
  EXPECT_NE(message.find("provinces.json: current[0]"), std::string::npos) << message;
  EXPECT_NE(message.find("\"coastal\" must be a boolean"), std::string::npos) << message;
}

TEST_F(RefdataBrokenFiles, UnknownAndMissingKeys) {
  json units = read("units.json");
  units["units"][0]["colour"] = "green";
  write("units.json", units);
  EXPECT_NE(invalid_message().find("units[0] (\"BTL-BDBP\"): unknown key \"colour\""), std::string::npos);

  units["units"][0].erase("colour");
  units["units"][0].erase("name_en");
  write("units.json", units);
  EXPECT_NE(invalid_message().find("missing key \"name_en\""), std::string::npos);
}

TEST_F(RefdataBrokenFiles, TextMustBeNfc) {
  json provinces = read("provinces.json");
  provinces["former"][0]["name"] = "Ha\xCC\x80 N\xC3\xB4\xCC\xA3i";  // "Hà Nội" decomposed (NFD)
  write("provinces.json", provinces);
  EXPECT_NE(invalid_message().find("\"name\" is not in Unicode NFC"), std::string::npos);
}

TEST_F(RefdataBrokenFiles, FormedFromMustAgreeWithMergedInto) {
  json provinces = read("provinces.json");
  for (auto& p : provinces["current"]) {
    if (p["code"] == "LC") {
      p["formed_from"].push_back("02");  // Hà Giang went to Tuyên Quang, not Lào Cai
    }
  }
  write("provinces.json", provinces);
  EXPECT_EQ(invalid_message(), "provinces.json: current province \"LC\" lists \"02\" in formed_from, "
                               "but \"02\" is merged into \"TQ\"");
}

TEST_F(RefdataBrokenFiles, LandBorderMustBeAKnownCountry) {
  json provinces = read("provinces.json");
  provinces["former"][1]["land_borders"] = json::array({"XQ"});
  write("provinces.json", provinces);
  EXPECT_NE(invalid_message().find("has unknown land border \"XQ\""), std::string::npos);
}

TEST_F(RefdataBrokenFiles, MissingFileIsUnavailable) {
  fs::remove(dir_ / "units.json");
  auto loaded = load_reference_data(dir_);
  ASSERT_FALSE(loaded.ok());
  EXPECT_EQ(loaded.error().code, ErrorCode::kUnavailable);
  EXPECT_NE(loaded.error().message.find("units.json"), std::string::npos);
}

}  // namespace
}  // namespace frontline::refdata
