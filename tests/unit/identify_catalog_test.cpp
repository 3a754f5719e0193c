// Tests for identify/catalog: the embedded ILO/EC catalog holds the published
// lists (counts, texts, strengths as DOMAIN.md §1 gives them), and every kind
// of broken catalog file is refused with InvalidArgument naming the problem.
#include "identify/catalog.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <functional>
#include <map>
#include <set>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

namespace frontline::identify {
namespace {

using nlohmann::json;

std::string real_file_text() {
  std::ifstream in(std::string(FRONTLINE_SOURCE_DIR) + "/data/indicators/ilo_ec_2009.json", std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

const IndicatorSet& set(const char* id) {
  const IndicatorSet* s = builtin_catalog().find_set(id);
  if (s == nullptr) {
    ADD_FAILURE() << "no set " << id;
    static const IndicatorSet empty;
    return empty;
  }
  return *s;
}

std::map<Dimension, int> counts(const IndicatorSet& s) {
  std::map<Dimension, int> out;
  for (const Indicator& i : s.indicators) {
    ++out[i.dimension];
  }
  return out;
}

TEST(IdentifyCatalog, EmbeddedCopyIsTheDataFile) {
  auto from_file = load_catalog(real_file_text());
  ASSERT_TRUE(from_file.ok()) << from_file.error().message;
  ASSERT_EQ(from_file->sets.size(), builtin_catalog().sets.size());
  for (size_t i = 0; i < from_file->sets.size(); ++i) {
    EXPECT_EQ(from_file->sets[i].indicators.size(), builtin_catalog().sets[i].indicators.size());
  }
  EXPECT_NE(builtin_catalog().source.find("WCMS_105023"), std::string::npos);
}

TEST(IdentifyCatalog, HasTheFourLists) {
  const Catalog& c = builtin_catalog();
  ASSERT_EQ(c.sets.size(), 4U);
  struct Row {
    const char* id;
    bool children;
    Exploitation exploitation;
    Verification checked;  // the sexual-exploitation lists could not be had (data/README.md)
  };
  for (const Row& row : {Row{"adult_labour", false, Exploitation::kLabour, Verification::kSecondary},
                         Row{"adult_sexual", false, Exploitation::kSexual, Verification::kReconstructed},
                         Row{"child_labour", true, Exploitation::kLabour, Verification::kSecondary},
                         Row{"child_sexual", true, Exploitation::kSexual, Verification::kReconstructed}}) {
    const IndicatorSet& s = set(row.id);
    EXPECT_EQ(s.children, row.children) << row.id;
    EXPECT_EQ(s.exploitation, row.exploitation) << row.id;
    EXPECT_EQ(s.verification_status, row.checked) << row.id;
    EXPECT_FALSE(s.title_en.empty());
    EXPECT_FALSE(s.title_vi.empty());
    EXPECT_FALSE(s.verification.empty());
  }
  EXPECT_EQ(c.find_set("adult"), nullptr);
}

TEST(IdentifyCatalog, AdultLabourHas67IndicatorsInThePublishedCounts) {
  const IndicatorSet& s = set("adult_labour");
  EXPECT_EQ(s.indicators.size(), 67U);
  const std::map<Dimension, int> expected = {
      {Dimension::kDeceptiveRecruitment, 10},   {Dimension::kCoerciveRecruitment, 10},
      {Dimension::kAbuseOfVulnerabilityRecruitment, 16}, {Dimension::kExploitativeConditions, 9},
      {Dimension::kCoercionAtDestination, 15},  {Dimension::kAbuseOfVulnerabilityDestination, 7},
  };
  EXPECT_EQ(counts(s), expected);
}

TEST(IdentifyCatalog, ChildListsLeaveOutTheAdultsOnlyItems) {
  for (const char* id : {"child_labour", "child_sexual"}) {
    const IndicatorSet& s = set(id);
    EXPECT_EQ(s.indicators.size(), 65U) << id;
    EXPECT_EQ(s.find(std::string(id) == "child_labour" ? "CL-AVR-14" : "CS-AVR-14"), nullptr);
    EXPECT_EQ(s.find(std::string(id) == "child_labour" ? "CL-EC-08" : "CS-EC-08"), nullptr);
    for (const Indicator& i : s.indicators) {
      EXPECT_NE(i.strength, Strength::kWeak) << i.id << ": the child lists have no weak indicator";
    }
  }
  ASSERT_NE(set("adult_labour").find("AL-AVR-14"), nullptr);
  EXPECT_EQ(set("adult_labour").find("AL-AVR-14")->text_en, "False information about law, attitude of authorities");
  ASSERT_NE(set("adult_labour").find("AL-EC-08"), nullptr);
}

TEST(IdentifyCatalog, EveryIndicatorHasBothTextsAndAUniqueWellFormedId) {
  std::set<std::string> ids;
  for (const IndicatorSet& s : builtin_catalog().sets) {
    for (const Indicator& i : s.indicators) {
      EXPECT_FALSE(i.text_en.empty()) << i.id;
      EXPECT_FALSE(i.text_vi.empty()) << i.id;
      EXPECT_NE(i.text_en, i.text_vi) << i.id;
      EXPECT_TRUE(ids.insert(i.id).second) << "repeated id " << i.id;
      EXPECT_EQ(builtin_catalog().set_of_indicator(i.id), &s) << i.id;
    }
  }
  EXPECT_EQ(ids.size(), 67U + 67U + 65U + 65U);
}

// Strengths as DOMAIN.md §1 lists them (adult weight / child weight).
TEST(IdentifyCatalog, StrengthsFollowTheAdultAndChildWeights) {
  using S = Strength;
  struct Row {
    const char* item;  // "<dim>-<nn>"
    const char* text_en;
    S adult;
    S child;
  };
  const Row rows[] = {
      {"DR-01", "Deceived about the nature of the job, location or employer", S::kStrong, S::kStrong},
      {"DR-02", "Deceived about wages/earnings", S::kMedium, S::kMedium},
      {"DR-10", "Deceived about access to education opportunities", S::kWeak, S::kStrong},
      {"CR-01", "Violence on victims", S::kStrong, S::kStrong},
      {"CR-02", "Threats of violence against victim", S::kMedium, S::kStrong},
      {"CR-04", "Debt bondage", S::kMedium, S::kStrong},
      {"CR-05", "Confiscation of documents", S::kMedium, S::kMedium},
      {"AVR-01", "Abuse of difficult family situation", S::kMedium, S::kMedium},
      {"AVR-15", "Abuse of cultural/religious beliefs", S::kWeak, S::kMedium},
      {"AVR-16", "General context", S::kWeak, S::kMedium},
      {"EC-01", "Excessive working days or hours", S::kStrong, S::kStrong},
      {"EC-06", "Hazardous work", S::kMedium, S::kMedium},
      {"EC-09", "No access to education", S::kWeak, S::kMedium},
      {"CD-01", "Confiscation of documents", S::kStrong, S::kStrong},
      {"CD-04", "Violence on victims", S::kStrong, S::kStrong},
      {"CD-06", "Forced into illicit/criminal activities", S::kMedium, S::kStrong},
      {"CD-07", "Forced tasks or clients", S::kMedium, S::kStrong},
      {"CD-12", "Threat to impose even worse working conditions", S::kMedium, S::kMedium},
      {"CD-15", "Threats to inform family, community or public", S::kWeak, S::kMedium},
      {"AVD-01", "Dependency on exploiters", S::kMedium, S::kMedium},
      {"AVD-07", "Personal characteristics", S::kWeak, S::kMedium},
  };
  for (const Row& row : rows) {
    const Indicator* adult = set("adult_labour").find(std::string("AL-") + row.item);
    const Indicator* child = set("child_labour").find(std::string("CL-") + row.item);
    ASSERT_NE(adult, nullptr) << row.item;
    ASSERT_NE(child, nullptr) << row.item;
    EXPECT_EQ(adult->text_en, row.text_en);
    EXPECT_EQ(child->text_en, row.text_en);
    EXPECT_EQ(adult->strength, row.adult) << adult->id;
    EXPECT_EQ(child->strength, row.child) << child->id;
  }
}

TEST(IdentifyCatalog, RuleIsLoadedFromTheData) {
  const Rule& adult = set("adult_labour").rule;
  ASSERT_EQ(adult.positive_when.size(), 5U);
  EXPECT_EQ(adult.positive_when[0].strong, 2);
  ASSERT_EQ(adult.trafficked_when.size(), 3U);
  EXPECT_EQ(adult.trafficked_when[1].size(), 1U);
  EXPECT_EQ(adult.trafficked_when[1][0].dimension, Dimension::kExploitativeConditions);
  const Rule& child = set("child_sexual").rule;
  ASSERT_EQ(child.trafficked_when.size(), 2U);
  EXPECT_EQ(term_name(child.trafficked_when[0].back()), "act_of_recruitment");
  EXPECT_EQ(term_name(child.trafficked_when[1][1]), "coercion_at_destination");
}

TEST(IdentifyCatalog, EnumNamesRoundTrip) {
  for (Dimension d : kAllDimensions) {
    EXPECT_EQ(parse_dimension(dimension_name(d)), d);
  }
  EXPECT_EQ(dimension_names().size(), 6U);
  EXPECT_EQ(parse_strength("medium"), Strength::kMedium);
  EXPECT_EQ(parse_strength("Medium"), std::nullopt);
  EXPECT_EQ(parse_exploitation("sexual"), Exploitation::kSexual);
  EXPECT_STREQ(exploitation_name(Exploitation::kLabour), "labour");
}

TEST(IdentifyCatalog, SelectSetByAge) {
  const Catalog& c = builtin_catalog();
  struct Row {
    std::optional<int> age;
    Exploitation e;
    const char* expected;
  };
  for (const Row& row : {Row{17, Exploitation::kLabour, "child_labour"}, Row{0, Exploitation::kSexual, "child_sexual"},
                         Row{18, Exploitation::kLabour, "adult_labour"}, Row{45, Exploitation::kSexual, "adult_sexual"},
                         Row{std::nullopt, Exploitation::kLabour, "child_labour"},
                         Row{std::nullopt, Exploitation::kSexual, "child_sexual"}}) {
    auto s = select_set(c, row.age, row.e);
    ASSERT_TRUE(s.ok());
    EXPECT_EQ((*s)->id, row.expected) << (row.age ? std::to_string(*row.age) : "unknown age");
  }
  for (int bad : {-1, 151}) {
    auto s = select_set(c, bad, Exploitation::kLabour);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, ErrorCode::kInvalidArgument);
    EXPECT_EQ(s.error().fields.count("age"), 1U);
  }
  Catalog only_adults = c;
  only_adults.sets.erase(only_adults.sets.begin() + 2, only_adults.sets.end());
  auto missing = select_set(only_adults, 10, Exploitation::kLabour);
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().code, ErrorCode::kNotFound);
}

// Each row breaks the real file in one way and names words the error must hold.
TEST(IdentifyCatalog, BrokenFilesAreRefused) {
  struct Row {
    const char* what;
    std::function<void(json&)> mutate;
    const char* expected;
  };
  auto ind = [](json& doc, size_t set, size_t i) -> json& { return doc["sets"][set]["indicators"][i]; };
  const Row rows[] = {
      {"repeated id", [&](json& d) { ind(d, 0, 1)["id"] = "AL-DR-01"; }, "\"AL-DR-01\" is used twice"},
      {"id used in two sets", [&](json& d) { ind(d, 1, 0)["id"] = "AL-DR-01"; }, "differs from the set's"},
      {"unknown strength", [&](json& d) { ind(d, 0, 3)["strength"] = "strng"; }, "unknown strength \"strng\""},
      {"unknown dimension", [&](json& d) { ind(d, 0, 3)["dimension"] = "deception"; }, "unknown dimension"},
      {"id code differs from dimension", [&](json& d) { ind(d, 0, 0)["dimension"] = "coercive_recruitment"; },
       "dimension code \"DR\""},
      {"badly shaped id", [&](json& d) { ind(d, 0, 0)["id"] = "AL-DR-1"; }, "must look like"},
      {"empty Vietnamese text", [&](json& d) { ind(d, 0, 0)["text_vi"] = ""; }, "\"text_vi\" must not be empty"},
      {"text not NFC", [&](json& d) { ind(d, 0, 0)["text_vi"] = "Bi\xCC\xA3 lu\xCC\x9B\xCC\x80" "a"; }, "NFC"},
      {"missing text", [&](json& d) { ind(d, 0, 0).erase("text_en"); }, "missing key \"text_en\""},
      {"unknown key", [&](json& d) { ind(d, 0, 0)["note"] = "x"; }, "unknown key \"note\""},
      {"count differs", [&](json& d) { d["sets"][0]["counts"]["deceptive_recruitment"] = 11; }, "counts says 11"},
      {"dimension left empty",
       [&](json& d) {
         auto& list = d["sets"][0]["indicators"];
         json kept = json::array();
         for (const json& i : list) {
           if (i["dimension"] != "abuse_of_vulnerability_destination") {
             kept.push_back(i);
           }
         }
         list = kept;
       },
       "no indicator in dimension \"abuse_of_vulnerability_destination\""},
      {"weak-only combination",
       [&](json& d) { d["rule"]["dimension_positive_when"].push_back({{"strong", 0}, {"medium", 0}, {"weak", 4}}); },
       "weak indicators alone"},
      {"negative count", [&](json& d) { d["rule"]["dimension_positive_when"][0]["strong"] = -1; }, "whole number"},
      {"unknown formula term", [&](json& d) { d["rule"]["adult_trafficked_when"][1].push_back("exploitation"); },
       "unknown term \"exploitation\""},
      {"term used twice",
       [&](json& d) { d["rule"]["child_trafficked_when"][1].push_back("deceptive_recruitment"); }, "more than once"},
      {"empty formula group", [&](json& d) { d["rule"]["adult_trafficked_when"][0] = json::array(); }, "non-empty"},
      {"two lists of one kind", [&](json& d) { d["sets"][1]["exploitation"] = "labour"; }, "a second list for adults"},
      {"unknown exploitation", [&](json& d) { d["sets"][1]["exploitation"] = "begging"; }, "unknown exploitation"},
      {"repeated set id", [&](json& d) { d["sets"][1]["id"] = "adult_labour"; }, "set id \"adult_labour\" is used twice"},
      {"no sets", [&](json& d) { d["sets"] = json::array(); }, "at least one indicator set"},
      {"no source", [&](json& d) { d.erase("source"); }, "missing key \"source\""},
      {"children not a boolean", [&](json& d) { d["sets"][0]["children"] = "false"; }, "must be a boolean"},
  };
  const json original = json::parse(real_file_text());
  for (const Row& row : rows) {
    json doc = original;
    row.mutate(doc);
    auto loaded = load_catalog(doc.dump());
    ASSERT_FALSE(loaded.ok()) << row.what;
    EXPECT_EQ(loaded.error().code, ErrorCode::kInvalidArgument) << row.what;
    EXPECT_NE(loaded.error().message.find(row.expected), std::string::npos)
        << row.what << ": " << loaded.error().message;
    EXPECT_EQ(loaded.error().message.rfind("ilo_ec_2009.json: ", 0), 0U) << loaded.error().message;
  }
  // The unmutated file loads, so each failure above is the mutation's.
  EXPECT_TRUE(load_catalog(original.dump()).ok());
}

TEST(IdentifyCatalog, MalformedTextIsRefused) {
  auto bad = load_catalog("{\"source\": ");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.error().message.find("malformed JSON"), std::string::npos);
  std::string repeated = real_file_text();
  repeated.replace(repeated.find("\"source\""), 8, "\"sets\": [], \"source\"");
  auto twice = load_catalog(repeated);
  ASSERT_FALSE(twice.ok());
  EXPECT_NE(twice.error().message.find("repeats the key \"sets\""), std::string::npos) << twice.error().message;
}

}  // namespace
}  // namespace frontline::identify
