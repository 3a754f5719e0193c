// Tests for match/jaro_winkler against the published vectors of jellyfish
// (testdata/jaro_winkler.csv: every row), the classic Jaro values, and the
// conventions stated in the header (empty strings, prefix cap of 4, boost
// only above 0.7).
#include "match/jaro_winkler.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace frontline::match {
namespace {

struct Vector {
  const char* a;
  const char* b;
  double expected;  // rounded to 3 decimals as published
};

TEST(JaroWinklerTest, JellyfishPublishedVectors) {
  // github.com/jamesturk/jellyfish testdata/jaro_winkler.csv, all seven rows.
  const Vector vectors[] = {
      {"dixon", "dicksonx", 0.813}, {"martha", "marhta", 0.961}, {"dwayne", "duane", 0.84},
      {"William", "Williams", 0.975}, {"", "foo", 0.0}, {"a", "a", 1.0}, {"abc", "xyz", 0.0},
  };
  for (const Vector& v : vectors) {
    const double got = jaro_winkler_similarity(v.a, v.b);
    EXPECT_NEAR(got, v.expected, 0.0005) << v.a << " / " << v.b;
    EXPECT_DOUBLE_EQ(got, jaro_winkler_similarity(v.b, v.a)) << "symmetric";
  }
}

TEST(JaroWinklerTest, JaroValues) {
  EXPECT_NEAR(jaro_similarity("martha", "marhta"), 0.944444, 1e-6);
  EXPECT_NEAR(jaro_similarity("dixon", "dicksonx"), 0.766667, 1e-6);
  EXPECT_NEAR(jaro_similarity("jellyfish", "smellyfish"), 0.896296, 1e-6);
  EXPECT_NEAR(jaro_similarity("crate", "trace"), 0.733333, 1e-6);
}

TEST(JaroWinklerTest, Conventions) {
  EXPECT_EQ(jaro_winkler_similarity("", ""), 0.0);  // jellyfish: either empty gives 0
  EXPECT_EQ(jaro_winkler_similarity("foo", ""), 0.0);
  EXPECT_EQ(jaro_winkler_similarity("nguyen", "nguyen"), 1.0);
  // A common prefix of 6 counts as 4: j + 4 * 0.1 * (1 - j).
  const double j = jaro_similarity("abcdefgh", "abcdefhg");
  EXPECT_NEAR(jaro_winkler_similarity("abcdefgh", "abcdefhg"), j + 0.4 * (1.0 - j), 1e-12);
  // No boost at or below 0.7: "crate"/"trace" share no prefix anyway, so use
  // a pair with a prefix and a low Jaro similarity.
  const double low = jaro_similarity("abxxxxxxxx", "abyyyyyyyy");
  ASSERT_LE(low, 0.7);
  EXPECT_EQ(jaro_winkler_similarity("abxxxxxxxx", "abyyyyyyyy"), low);
  // Vietnamese tokens after folding.
  EXPECT_GT(jaro_winkler_similarity("quynh", "quyn"), 0.9);
  EXPECT_LT(jaro_winkler_similarity("lan", "hoa"), 0.6);
}

}  // namespace
}  // namespace frontline::match
