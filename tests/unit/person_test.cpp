// Tests for domain/person: partial dates of birth (year, year-month, full
// date; everything else refused), the year kept in clear, and the names of
// person roles and sexes.
#include "domain/person.hpp"

#include <gtest/gtest.h>

#include <set>

#include <string>

namespace frontline::domain {
namespace {

TEST(PartialDateTest, AcceptsYearOnly) {
  EXPECT_TRUE(is_valid_partial_date("1990"));
  EXPECT_TRUE(is_valid_partial_date("1900"));
  EXPECT_TRUE(is_valid_partial_date("2100"));
}

TEST(PartialDateTest, AcceptsYearAndMonth) {
  EXPECT_TRUE(is_valid_partial_date("1990-01"));
  EXPECT_TRUE(is_valid_partial_date("2004-12"));
}

TEST(PartialDateTest, AcceptsFullDates) {
  EXPECT_TRUE(is_valid_partial_date("1990-05-17"));
  EXPECT_TRUE(is_valid_partial_date("2000-02-29"));  // leap year
  EXPECT_TRUE(is_valid_partial_date("1999-12-31"));
}

TEST(PartialDateTest, RefusesYearsOutOfRange) {
  EXPECT_FALSE(is_valid_partial_date("1899"));
  EXPECT_FALSE(is_valid_partial_date("2101"));
  EXPECT_FALSE(is_valid_partial_date("0000"));
  EXPECT_FALSE(is_valid_partial_date("1899-12-31"));
}

TEST(PartialDateTest, RefusesImpossibleMonthsAndDays) {
  EXPECT_FALSE(is_valid_partial_date("1990-00"));
  EXPECT_FALSE(is_valid_partial_date("1990-13"));
  EXPECT_FALSE(is_valid_partial_date("1990-05-32"));
  EXPECT_FALSE(is_valid_partial_date("1990-05-00"));
  EXPECT_FALSE(is_valid_partial_date("2001-02-29"));  // not a leap year
  EXPECT_FALSE(is_valid_partial_date("1990-04-31"));
}

TEST(PartialDateTest, RefusesOtherShapes) {
  for (const char* bad : {"", "199", "19900", "1990-5", "1990-05-1", "1990/05/17", "17/05/1990", "199O",
                          "1990-0a", "1990-05-1a", "1990-05x17", "1990-05-17T00", " 1990", "+990", "-1990",
                          "1990-", "1990-05-"}) {
    EXPECT_FALSE(is_valid_partial_date(bad)) << "'" << bad << "'";
  }
}

TEST(PartialDateTest, YearOfValidDates) {
  EXPECT_EQ(partial_date_year("1990"), 1990);
  EXPECT_EQ(partial_date_year("1985-07"), 1985);
  EXPECT_EQ(partial_date_year("2003-11-09"), 2003);
  EXPECT_FALSE(partial_date_year("2003-13").has_value());
  EXPECT_FALSE(partial_date_year("").has_value());
  EXPECT_FALSE(partial_date_year("abcd").has_value());
}

TEST(PersonNamesTest, RolesRoundTrip) {
  const auto names = person_role_names();
  EXPECT_EQ(names, (std::vector<std::string>{"victim", "suspect", "witness", "reporter"}));
  for (const auto& n : names) {
    auto r = parse_person_role(n);
    ASSERT_TRUE(r.has_value()) << n;
    EXPECT_EQ(person_role_name(*r), n);
  }
  EXPECT_EQ(parse_person_role("victim"), PersonRole::kVictim);
  EXPECT_FALSE(parse_person_role("Victim").has_value());
  EXPECT_FALSE(parse_person_role("trafficker").has_value());
}

TEST(PersonNamesTest, SexesRoundTrip) {
  EXPECT_EQ(sex_names(), (std::vector<std::string>{"female", "male", "unknown"}));
  for (Sex s : {Sex::kFemale, Sex::kMale, Sex::kUnknown}) {
    EXPECT_EQ(parse_sex(sex_name(s)), s);
  }
  EXPECT_FALSE(parse_sex("f").has_value());
}

TEST(PersonDefaultsTest, NewPersonIsUnknownSexVersionOne) {
  Person p;
  EXPECT_EQ(p.sex, Sex::kUnknown);
  EXPECT_EQ(p.version, 1);
  EXPECT_FALSE(p.birth_year.has_value());
}

TEST(Pseudonym, StableLabelShapedV7F3A) {
  EXPECT_EQ(pseudonym(42, true), pseudonym(42, true));
  EXPECT_EQ(pseudonym(42, true).substr(2), pseudonym(42, false).substr(2));
  EXPECT_EQ(pseudonym(42, true).substr(0, 2), "V-");
  EXPECT_EQ(pseudonym(42, false).substr(0, 2), "P-");
  std::set<std::string> labels;
  for (int64_t id = 1; id <= 1000; ++id) {
    const std::string label = pseudonym(id, true);
    ASSERT_EQ(label.size(), 6u);
    for (char c : label.substr(2)) {
      EXPECT_NE(std::string("0123456789ABCDEFGHJKMNPQRSTVWXYZ").find(c), std::string::npos) << label;
    }
    labels.insert(label);
  }
  // 20 bits spread over a thousand consecutive ids: almost no two persons share one.
  EXPECT_GE(labels.size(), 990u);
}

}  // namespace
}  // namespace frontline::domain
