#include "match/scoring_config.hpp"

#include <cstdio>
#include <cstdlib>

#include "match/data_reader.hpp"
#include "refdata/json_reader.hpp"
#include "util/text.hpp"

namespace frontline::match {

std::string_view embedded_scoring_json();  // generated from data/match/scoring.json

namespace {

constexpr const char* kFile = "scoring.json";

using detail::expect_keys;
using nlohmann::json;

Result<double> unit(const json& object, const char* key, const std::string& where) {
  return detail::read_number(object, key, kFile, where, 0.0, 1.0);
}

Status parse_name(const json& j, NameScoring& out) {
  const std::string where = "name";
  FL_TRY(expect_keys(j, kFile, where,
                     {"weight", "min_token_similarity", "fuzzy_min_length", "single_token_cap",
                      "common_middle_names", "common_middle_factor",
                      "missing_middle_factor", "missing_token_factor", "middle_conflict_factor",
                      "diacritic_mismatch_penalty", "typo_similarity", "given_role_mismatch_penalty",
                      "other_name_penalty", "family_conflict_cap"}));
  FL_ASSIGN_OR_RETURN(out.weight, unit(j, "weight", where));
  FL_ASSIGN_OR_RETURN(out.min_token_similarity, unit(j, "min_token_similarity", where));
  FL_ASSIGN_OR_RETURN(double fuzzy_min_length, detail::read_number(j, "fuzzy_min_length", kFile, where, 1, 100));
  if (fuzzy_min_length != static_cast<int>(fuzzy_min_length)) {
    return refdata::detail::file_error(kFile, "name.fuzzy_min_length: must be a whole number");
  }
  out.fuzzy_min_length = static_cast<int>(fuzzy_min_length);
  FL_ASSIGN_OR_RETURN(out.single_token_cap, unit(j, "single_token_cap", where));
  FL_ASSIGN_OR_RETURN(out.common_middle_factor, unit(j, "common_middle_factor", where));
  FL_ASSIGN_OR_RETURN(out.missing_middle_factor, unit(j, "missing_middle_factor", where));
  FL_ASSIGN_OR_RETURN(out.missing_token_factor, unit(j, "missing_token_factor", where));
  FL_ASSIGN_OR_RETURN(out.middle_conflict_factor, unit(j, "middle_conflict_factor", where));
  FL_ASSIGN_OR_RETURN(out.diacritic_mismatch_penalty, unit(j, "diacritic_mismatch_penalty", where));
  FL_ASSIGN_OR_RETURN(out.typo_similarity, unit(j, "typo_similarity", where));
  FL_ASSIGN_OR_RETURN(out.given_role_mismatch_penalty, unit(j, "given_role_mismatch_penalty", where));
  FL_ASSIGN_OR_RETURN(out.other_name_penalty, unit(j, "other_name_penalty", where));
  FL_ASSIGN_OR_RETURN(out.family_conflict_cap, unit(j, "family_conflict_cap", where));
  if (out.min_token_similarity <= 0.0) {
    return refdata::detail::file_error(kFile, "name.min_token_similarity: must be above 0");
  }
  const json& names = j.at("common_middle_names");
  if (!names.is_array()) {
    return refdata::detail::file_error(kFile, "name.common_middle_names: must be an array");
  }
  for (const json& n : names) {
    if (!n.is_string() || n.get<std::string>().empty() || text::fold(n.get<std::string>()) != n.get<std::string>() ||
        n.get<std::string>().find(' ') != std::string::npos) {
      return refdata::detail::file_error(kFile, "name.common_middle_names: every entry must be one folded word");
    }
    out.common_middle_names.push_back(n.get<std::string>());
  }
  return {};
}

Status parse_birth_date(const json& j, BirthDateScoring& out) {
  const std::string where = "date_of_birth";
  FL_TRY(expect_keys(j, kFile, where,
                     {"exact", "year_month", "year", "day_month_swapped", "same_year_other_day_penalty",
                      "conflict_penalty"}));
  FL_ASSIGN_OR_RETURN(out.exact, unit(j, "exact", where));
  FL_ASSIGN_OR_RETURN(out.year_month, unit(j, "year_month", where));
  FL_ASSIGN_OR_RETURN(out.year, unit(j, "year", where));
  FL_ASSIGN_OR_RETURN(out.day_month_swapped, unit(j, "day_month_swapped", where));
  FL_ASSIGN_OR_RETURN(out.same_year_other_day_penalty, unit(j, "same_year_other_day_penalty", where));
  FL_ASSIGN_OR_RETURN(out.conflict_penalty, unit(j, "conflict_penalty", where));
  return {};
}

}  // namespace

Result<ScoringConfig> load_scoring_config(std::string_view text_json) {
  FL_ASSIGN_OR_RETURN(json doc, refdata::detail::parse_json_text(kFile, text_json));
  const std::string top = "document";
  FL_TRY(expect_keys(doc, kFile, top,
                     {"source", "thresholds", "name", "date_of_birth", "sex_mismatch_penalty",
                      "inferred_sex_mismatch_penalty", "nationality_mismatch_penalty", "citizen_id_mismatch_penalty",
                      "document_match", "phone_match"}));
  FL_TRY(discard_value(detail::read_text(doc, "source", kFile, top)));
  ScoringConfig c;
  const json& thresholds = doc.at("thresholds");
  FL_TRY(expect_keys(thresholds, kFile, "thresholds", {"alert", "review"}));
  FL_ASSIGN_OR_RETURN(c.alert, unit(thresholds, "alert", "thresholds"));
  FL_ASSIGN_OR_RETURN(c.review, unit(thresholds, "review", "thresholds"));
  if (c.review > c.alert) {
    return refdata::detail::file_error(kFile, "thresholds: review must not exceed alert");
  }
  FL_TRY(parse_name(doc.at("name"), c.name));
  FL_TRY(parse_birth_date(doc.at("date_of_birth"), c.date_of_birth));
  FL_ASSIGN_OR_RETURN(c.sex_mismatch_penalty, unit(doc, "sex_mismatch_penalty", top));
  FL_ASSIGN_OR_RETURN(c.inferred_sex_mismatch_penalty, unit(doc, "inferred_sex_mismatch_penalty", top));
  FL_ASSIGN_OR_RETURN(c.nationality_mismatch_penalty, unit(doc, "nationality_mismatch_penalty", top));
  FL_ASSIGN_OR_RETURN(c.citizen_id_mismatch_penalty, unit(doc, "citizen_id_mismatch_penalty", top));
  FL_ASSIGN_OR_RETURN(c.document_match, unit(doc, "document_match", top));
  FL_ASSIGN_OR_RETURN(c.phone_match, unit(doc, "phone_match", top));
  return c;
}

const ScoringConfig& builtin_scoring_config() {
  static const ScoringConfig config = [] {
    auto loaded = load_scoring_config(embedded_scoring_json());
    if (!loaded.ok()) {
      std::fprintf(stderr, "embedded scoring configuration is invalid: %s\n", loaded.error().message.c_str());
      std::abort();
    }
    return std::move(loaded).value();
  }();
  return config;
}

}  // namespace frontline::match
