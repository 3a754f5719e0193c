// Tests for audit: the canonical hash covers every field (and the previous
// entry's hash), and the ChainVerifier finds the first broken entry when a
// field is altered, an entry removed, entries reordered, or an attacker
// re-hashes the entry they changed.
#include "audit/audit.hpp"

#include <gtest/gtest.h>

#include <functional>
#include <string>
#include <vector>

#include "util/crypto.hpp"

namespace frontline::audit {
namespace {

TimePoint t0() { return *parse_utc("2026-03-15T03:00:00Z"); }

// Seals `e` onto the end of `chain` as the store does.
void append(std::vector<Entry>& chain, Entry e) {
  e.seq = chain.empty() ? 1 : chain.back().seq + 1;
  e.prev_hash = chain.empty() ? kGenesisHash : chain.back().hash;
  e.hash = compute_hash(e);
  chain.push_back(std::move(e));
}

std::vector<Entry> make_chain(int n) {
  std::vector<Entry> chain;
  for (int i = 0; i < n; ++i) {
    Entry e;
    e.at = t0() + std::chrono::minutes(i);
    e.actor_id = 10 + i;
    e.actor = "officer.ls";
    e.action = i % 2 == 0 ? "case.create" : "person.identity.read";
    e.record_type = i % 2 == 0 ? "case" : "person";
    e.record_id = std::to_string(100 + i);
    e.outcome = Outcome::kOk;
    e.detail = R"({"case":)" + std::to_string(100 + i) + "}";
    append(chain, e);
  }
  return chain;
}

VerifyReport verify(const std::vector<Entry>& chain) {
  ChainVerifier v;
  for (const auto& e : chain) {
    v.feed(e);
  }
  return v.report();
}

TEST(AuditHashTest, IsDeterministicHexSha256) {
  auto chain = make_chain(1);
  EXPECT_EQ(compute_hash(chain[0]), compute_hash(chain[0]));
  EXPECT_EQ(chain[0].hash.size(), 64u);
  EXPECT_EQ(chain[0].hash.find_first_not_of("0123456789abcdef"), std::string::npos);
  EXPECT_EQ(chain[0].prev_hash, std::string(64, '0'));
}

TEST(AuditHashTest, CoversEveryFieldButItsOwnHash) {
  const Entry base = make_chain(1)[0];
  const std::string h = compute_hash(base);
  const std::vector<std::pair<const char*, std::function<void(Entry&)>>> changes = {
      {"seq", [](Entry& e) { e.seq = 2; }},
      {"at", [](Entry& e) { e.at += std::chrono::seconds(1); }},
      {"actor_id", [](Entry& e) { e.actor_id = 11; }},
      {"actor", [](Entry& e) { e.actor = "admin"; }},
      {"action", [](Entry& e) { e.action = "case.update"; }},
      {"record_type", [](Entry& e) { e.record_type = "user"; }},
      {"record_id", [](Entry& e) { e.record_id = "101"; }},
      {"outcome", [](Entry& e) { e.outcome = Outcome::kDenied; }},
      {"detail", [](Entry& e) { e.detail = "{}"; }},
      {"prev_hash", [](Entry& e) { e.prev_hash = std::string(64, '1'); }},
  };
  for (const auto& [name, change] : changes) {
    Entry e = base;
    change(e);
    EXPECT_NE(compute_hash(e), h) << name;
  }
  Entry own = base;
  own.hash = "anything";
  EXPECT_EQ(compute_hash(own), h);
}

TEST(AuditHashTest, FieldBoundariesCannotBeShifted) {
  Entry a = make_chain(1)[0];
  Entry b = a;
  a.actor = "ab";
  a.action = "c";
  b.actor = "a";
  b.action = "bc";
  EXPECT_NE(compute_hash(a), compute_hash(b));
}

TEST(AuditHashTest, OutcomeNames) {
  EXPECT_STREQ(outcome_name(Outcome::kOk), "ok");
  EXPECT_STREQ(outcome_name(Outcome::kDenied), "denied");
  EXPECT_STREQ(outcome_name(Outcome::kFailed), "failed");
}

TEST(ChainVerifierTest, IntactChainVerifies) {
  auto report = verify(make_chain(6));
  EXPECT_EQ(report.entries, 6);
  EXPECT_FALSE(report.first_broken_seq.has_value()) << report.problem;
  EXPECT_TRUE(report.problem.empty());
}

TEST(ChainVerifierTest, EmptyChainVerifies) {
  ChainVerifier v;
  EXPECT_EQ(v.report().entries, 0);
  EXPECT_FALSE(v.report().first_broken_seq.has_value());
}

TEST(ChainVerifierTest, EachEntryHashCoversThePrevious) {
  auto chain = make_chain(4);
  for (size_t i = 1; i < chain.size(); ++i) {
    EXPECT_EQ(chain[i].prev_hash, chain[i - 1].hash);
    EXPECT_NE(chain[i].hash, chain[i - 1].hash);
  }
}

TEST(ChainVerifierTest, FindsAnAlteredField) {
  auto chain = make_chain(6);
  chain[2].detail = R"({"case":999})";
  auto report = verify(chain);
  ASSERT_TRUE(report.first_broken_seq.has_value());
  EXPECT_EQ(*report.first_broken_seq, 3);
  EXPECT_NE(report.problem.find("hash"), std::string::npos) << report.problem;
  EXPECT_EQ(report.entries, 3);  // stopped at the first broken entry
}

TEST(ChainVerifierTest, FindsAnAlteredOutcomeOrTime) {
  auto outcome = make_chain(5);
  outcome[3].outcome = Outcome::kDenied;
  EXPECT_EQ(verify(outcome).first_broken_seq, 4);
  auto time = make_chain(5);
  time[0].at -= std::chrono::hours(1);
  EXPECT_EQ(verify(time).first_broken_seq, 1);
}

TEST(ChainVerifierTest, RehashingTheAlteredEntryBreaksTheNextLink) {
  auto chain = make_chain(6);
  chain[2].actor = "someone.else";
  chain[2].hash = compute_hash(chain[2]);  // the attacker fixes the entry's own hash
  auto report = verify(chain);
  ASSERT_TRUE(report.first_broken_seq.has_value());
  EXPECT_EQ(*report.first_broken_seq, 4);
  EXPECT_NE(report.problem.find("previous"), std::string::npos) << report.problem;
}

TEST(ChainVerifierTest, FindsARemovedEntry) {
  auto chain = make_chain(6);
  chain.erase(chain.begin() + 2);  // seq 3 gone
  auto report = verify(chain);
  ASSERT_TRUE(report.first_broken_seq.has_value());
  EXPECT_EQ(*report.first_broken_seq, 4);
  EXPECT_NE(report.problem.find("sequence"), std::string::npos) << report.problem;
}

TEST(ChainVerifierTest, FindsARemovedEntryEvenWhenRenumbered) {
  auto chain = make_chain(6);
  chain.erase(chain.begin() + 2);
  for (size_t i = 2; i < chain.size(); ++i) {
    chain[i].seq -= 1;
    chain[i].hash = compute_hash(chain[i]);
  }
  auto report = verify(chain);
  ASSERT_TRUE(report.first_broken_seq.has_value());
  EXPECT_EQ(*report.first_broken_seq, 3);
}

TEST(ChainVerifierTest, FindsReorderedEntries) {
  auto chain = make_chain(6);
  std::swap(chain[3], chain[4]);  // seq 5 now fed before seq 4
  auto report = verify(chain);
  ASSERT_TRUE(report.first_broken_seq.has_value());
  EXPECT_EQ(*report.first_broken_seq, 5);
  EXPECT_EQ(report.entries, 4);
}

TEST(ChainVerifierTest, ReorderedAndRenumberedStillBreaks) {
  auto chain = make_chain(6);
  std::swap(chain[3], chain[4]);
  std::swap(chain[3].seq, chain[4].seq);
  auto report = verify(chain);
  ASSERT_TRUE(report.first_broken_seq.has_value());
  EXPECT_EQ(*report.first_broken_seq, 4);
}

TEST(ChainVerifierTest, FirstEntryMustChainOntoGenesis) {
  auto chain = make_chain(3);
  chain[0].prev_hash = std::string(64, 'f');
  chain[0].hash = compute_hash(chain[0]);
  auto report = verify(chain);
  EXPECT_EQ(report.first_broken_seq, 1);
}

TEST(ChainVerifierTest, ChainMustStartAtOne) {
  auto chain = make_chain(3);
  chain.erase(chain.begin());
  EXPECT_EQ(verify(chain).first_broken_seq, 2);
}

TEST(ChainVerifierTest, FeedingAfterABreakChangesNothing) {
  auto chain = make_chain(5);
  chain[1].record_id = "tampered";
  ChainVerifier v;
  EXPECT_TRUE(v.feed(chain[0]));
  EXPECT_FALSE(v.feed(chain[1]));
  EXPECT_FALSE(v.feed(chain[2]));
  EXPECT_FALSE(v.feed(chain[3]));
  EXPECT_EQ(v.report().entries, 2);
  EXPECT_EQ(v.report().first_broken_seq, 2);
}

}  // namespace
}  // namespace frontline::audit
