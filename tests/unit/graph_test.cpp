// The link graph's topology (sources replacing their edges), its walks
// (neighbourhood, shortest path checked against a plain BFS, components),
// identifier keys and the GraphML/CSV writers' escaping.
#include <gtest/gtest.h>

#include <deque>
#include <map>
#include <random>
#include <set>

#include "graph/entity_key.hpp"
#include "graph/export.hpp"
#include "graph/graph.hpp"
#include "graph/traverse.hpp"
#include "util/csv.hpp"

namespace frontline::graph {
namespace {

NodeKey phone(const std::string& e164) { return {NodeKind::kPhone, e164}; }
SourceKey person_src(int64_t id) { return {SourceType::kPerson, id}; }
SourceKey ident_src(int64_t id) { return {SourceType::kIdentifier, id}; }

NodeId at(const Graph& g, const NodeKey& k) {
  auto n = g.find(k);
  EXPECT_TRUE(n.has_value()) << k.key;
  return n.value_or(0);
}

TEST(Graph, SourcesReplaceTheirEdgesAndSharedEdgesStay) {
  Graph g("salt");
  g.put_source(person_src(1), {{person_node(1), case_node(10), EdgeKind::kVictim, ""},
                               {person_node(1), phone("+84912345678"), EdgeKind::kHas, "+84912345678"}});
  // An identifier states the same person-phone edge.
  g.put_source(ident_src(5), {{person_node(1), phone("+84912345678"), EdgeKind::kHas, "0912 345 678"}});
  EXPECT_EQ(g.edge_count(), 2u);
  EXPECT_EQ(g.label(at(g, phone("+84912345678"))), "+84912345678");  // the first label stays
  // The person is edited: no phone any more, now on case 11 too.
  g.put_source(person_src(1), {{person_node(1), case_node(10), EdgeKind::kVictim, ""},
                               {person_node(1), case_node(11), EdgeKind::kWitness, ""}});
  EXPECT_EQ(g.edge_count(), 3u);  // the identifier still ties the phone to the person
  EXPECT_EQ(g.edges(at(g, phone("+84912345678"))).size(), 1u);
  g.remove_source(ident_src(5));
  EXPECT_TRUE(g.edges(at(g, phone("+84912345678"))).empty());
  EXPECT_EQ(g.edge_count(), 2u);
  const uint64_t gen = g.generation();
  g.remove_source(ident_src(5));  // nothing to remove
  EXPECT_EQ(g.generation(), gen);
}

TEST(Graph, TokensAreOpaqueStableAndSaltedPerGraph) {
  Graph a("one");
  Graph b("two");
  for (Graph* g : {&a, &b}) {
    g->put_source(ident_src(1), {{case_node(3), phone("+84912345678"), EdgeKind::kAppearsIn, ""}});
  }
  const NodeId na = at(a, phone("+84912345678"));
  EXPECT_EQ(a.token(na).size(), 16u);
  EXPECT_EQ(a.token(na).find("849"), std::string::npos);
  EXPECT_EQ(a.find_token(a.token(na)), na);
  EXPECT_NE(a.token(na), b.token(at(b, phone("+84912345678"))));
  EXPECT_FALSE(a.find_token("0000000000000000").has_value());
}

// A chain case1 - p1 - phone - p2 - case2 - p3 - case3, and an island case9 - p9.
Graph chain() {
  Graph g("s");
  g.put_source(person_src(1), {{person_node(1), case_node(1), EdgeKind::kSuspect, ""},
                               {person_node(1), phone("+1"), EdgeKind::kHas, ""}});
  g.put_source(person_src(2), {{person_node(2), phone("+1"), EdgeKind::kHas, ""},
                               {person_node(2), case_node(2), EdgeKind::kSuspect, ""}});
  g.put_source(person_src(3), {{person_node(3), case_node(2), EdgeKind::kVictim, ""},
                               {person_node(3), case_node(3), EdgeKind::kVictim, ""}});
  g.put_source(person_src(9), {{person_node(9), case_node(9), EdgeKind::kVictim, ""}});
  return g;
}

TEST(Traverse, NeighbourhoodByHopsAndLimit) {
  Graph g = chain();
  const NodeId c1 = at(g, case_node(1));
  Reach r1 = neighbourhood(g, c1, 1, 100);
  EXPECT_EQ(r1.nodes.size(), 2u);  // case 1, person 1
  EXPECT_FALSE(r1.truncated);
  Reach r4 = neighbourhood(g, c1, 4, 100);
  ASSERT_EQ(r4.nodes.size(), 5u);  // + phone, person 2, case 2
  EXPECT_EQ(r4.nodes.back(), at(g, case_node(2)));
  EXPECT_EQ(r4.hops.back(), 4);
  Reach cut = neighbourhood(g, c1, 4, 3);
  EXPECT_EQ(cut.nodes.size(), 3u);
  EXPECT_TRUE(cut.truncated);
  EXPECT_EQ(neighbourhood(g, c1, 100, 100).nodes.size(), 7u);  // never reaches the island
}

TEST(Traverse, ShortestPathAndItsBound) {
  Graph g = chain();
  const NodeId c1 = at(g, case_node(1));
  const NodeId c3 = at(g, case_node(3));
  auto p = shortest_path(g, c1, c3, 8);
  ASSERT_TRUE(p.has_value());
  ASSERT_EQ(p->size(), 7u);
  EXPECT_EQ(p->front(), c1);
  EXPECT_EQ(p->back(), c3);
  EXPECT_EQ((*p)[3], at(g, person_node(2)));
  EXPECT_FALSE(shortest_path(g, c1, c3, 5).has_value());
  EXPECT_TRUE(shortest_path(g, c1, c3, 6).has_value());
  EXPECT_FALSE(shortest_path(g, c1, at(g, case_node(9)), 12).has_value());
  EXPECT_EQ(shortest_path(g, c1, c1, 1)->size(), 1u);
}

// Plain BFS distance, the reference for the bidirectional search.
int bfs_distance(const Graph& g, NodeId a, NodeId b) {
  std::map<NodeId, int> d{{a, 0}};
  std::deque<NodeId> q{a};
  while (!q.empty()) {
    NodeId n = q.front();
    q.pop_front();
    if (n == b) {
      return d[n];
    }
    for (const HalfEdge& e : g.edges(n)) {
      if (d.emplace(e.to, d[n] + 1).second) {
        q.push_back(e.to);
      }
    }
  }
  return -1;
}

TEST(Traverse, ShortestPathsAreShortestOnRandomGraphs) {
  std::mt19937 rng(7);
  for (int round = 0; round < 20; ++round) {
    Graph g("r");
    const int nodes = 40;
    for (int s = 0; s < 50; ++s) {
      std::uniform_int_distribution<int> pick(0, nodes - 1);
      g.put_source(person_src(s), {{case_node(pick(rng)), case_node(pick(rng)), EdgeKind::kAppearsIn, ""}});
    }
    for (NodeId a = 0; a < g.node_count(); ++a) {
      for (NodeId b = 0; b < g.node_count(); ++b) {
        const int want = bfs_distance(g, a, b);
        auto got = shortest_path(g, a, b, 64);
        ASSERT_EQ(got.has_value(), want >= 0) << a << "->" << b;
        if (got) {
          ASSERT_EQ(static_cast<int>(got->size()) - 1, want) << a << "->" << b;
          for (size_t i = 1; i < got->size(); ++i) {  // every step is an edge
            const auto& edges = g.edges((*got)[i - 1]);
            ASSERT_TRUE(std::any_of(edges.begin(), edges.end(), [&](const HalfEdge& e) { return e.to == (*got)[i]; }));
          }
        }
      }
    }
  }
}

TEST(Traverse, ComponentsSkipNodesWithoutEdges) {
  Graph g = chain();
  g.put_source(ident_src(1), {{case_node(5), phone("+5"), EdgeKind::kAppearsIn, ""}});
  g.remove_source(ident_src(1));  // case 5 and +5 are left without edges
  Components c = components(g);
  ASSERT_EQ(c.members.size(), 2u);
  EXPECT_EQ(c.members[c.of[at(g, case_node(1))]].size(), 7u);
  EXPECT_EQ(c.of[at(g, case_node(1))], c.of[at(g, case_node(3))]);
  EXPECT_NE(c.of[at(g, case_node(1))], c.of[at(g, case_node(9))]);
  EXPECT_EQ(c.of[at(g, case_node(5))], Components::kNone);
}

TEST(EntityKey, OneSpellingPerIdentifier) {
  using K = domain::IdentifierKind;
  EXPECT_EQ(identifier_key(K::kPhone, "0912 345 678", "").value(), "+84912345678");
  EXPECT_EQ(identifier_key(K::kPhone, "(+84) 912-345-678", "").value(), "+84912345678");
  EXPECT_EQ(identifier_key(K::kPhone, "hello", "").error().fields.count("value"), 1u);
  EXPECT_EQ(identifier_key(K::kAccount, "https://www.facebook.com/Viec.Lam.Thom/", "Facebook").value(),
            "facebook/viec.lam.thom");
  EXPECT_EQ(identifier_key(K::kAccount, "@viec.lam.thom", "facebook").value(), "facebook/viec.lam.thom");
  EXPECT_EQ(identifier_key(K::kAccount, "abc", "").error().fields.count("qualifier"), 1u);
  EXPECT_EQ(identifier_key(K::kBankAccount, "0071-0001 23456", "Vietcombank").value(), "vietcombank/0071000123456");
  EXPECT_EQ(identifier_key(K::kBankAccount, "12", "Vietcombank").error().fields.count("value"), 1u);
  EXPECT_EQ(identifier_key(K::kVehicle, "29a-123.45", "").value(), "29A12345");
  EXPECT_EQ(identifier_key(K::kOrganization, "Công ty  TNHH Xuất-khẩu Lao động", "").value(),
            "cong ty tnhh xuat khau lao dong");
  EXPECT_EQ(identifier_key(K::kAddress, "Số 12, ngõ 34 Phố Huế", "").value(), "so 12 ngo 34 pho hue");
  EXPECT_FALSE(identifier_key(K::kAddress, "--", "").ok());
}

TEST(EntityKey, PersonEdgesLinkPhoneAndDocumentsButNotAddress) {
  domain::PersonIdentity id;
  id.phone = "0912345678";
  id.citizen_id = "001 198 012 345";
  id.passport_number = "c1234567";
  id.address = "Số 12 ngõ 34";
  auto edges = person_edges(4, id, {{10, domain::PersonRole::kSuspect}});
  ASSERT_EQ(edges.size(), 4u);
  EXPECT_EQ(edges[0].kind, EdgeKind::kSuspect);
  EXPECT_EQ(edges[1].b, (NodeKey{NodeKind::kPhone, "+84912345678"}));
  EXPECT_EQ(edges[2].b, (NodeKey{NodeKind::kDocument, "citizen_id:001198012345"}));
  EXPECT_EQ(edges[3].b, (NodeKey{NodeKind::kDocument, "passport:C1234567"}));
  domain::CaseIdentifier tied;
  tied.case_id = 10;
  tied.kind = domain::IdentifierKind::kPhone;
  tied.key = "+84912345678";
  tied.person_id = 4;
  EXPECT_EQ(identifier_edge(tied).a, person_node(4));
  EXPECT_EQ(identifier_edge(tied).kind, EdgeKind::kHas);
  tied.person_id.reset();
  EXPECT_EQ(identifier_edge(tied).a, case_node(10));
  EXPECT_EQ(identifier_edge(tied).kind, EdgeKind::kAppearsIn);
}

ExportGraph tricky() {
  ExportGraph g;
  g.nodes.push_back({"case:1", "case", "LS-2026-0001 <\"A&B\">", {{"unit", "DBP'X"}, {"status", "reported"}}});
  g.nodes.push_back({"phone:~ab", "phone", "+84912345678", {{"note", "=HYPERLINK(\"x\")"}}});
  g.nodes.push_back({"person:2", "person", std::string("Nguyễn\x01 Văn, \"A\"\nB"), {}});
  g.edges.push_back({"case:1", "phone:~ab", "appears_in"});
  return g;
}

TEST(Export, GraphmlDeclaresKeysAndEscapes) {
  const std::string x = to_graphml(tricky());
  EXPECT_NE(x.find("<key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>"), std::string::npos);
  EXPECT_NE(x.find("<key id=\"unit\" for=\"node\""), std::string::npos);
  EXPECT_NE(x.find("<key id=\"note\" for=\"node\""), std::string::npos);
  EXPECT_NE(x.find("edgedefault=\"undirected\""), std::string::npos);
  EXPECT_NE(x.find("LS-2026-0001 &lt;&quot;A&amp;B&quot;&gt;"), std::string::npos);
  EXPECT_NE(x.find("DBP&apos;X"), std::string::npos);
  EXPECT_NE(x.find("Nguyễn Văn, &quot;A&quot;\nB"), std::string::npos);  // control char dropped
  EXPECT_EQ(x.find('\x01'), std::string::npos);
  EXPECT_NE(x.find("source=\"case:1\" target=\"phone:~ab\""), std::string::npos);
  EXPECT_EQ(x.rfind("</graphml>\n"), x.size() - 11);
}

TEST(Export, CsvIsOneTableWithARecordColumnAndNoFormulas) {
  const auto rows = csv::parse(to_csv(tricky()));
  ASSERT_EQ(rows.size(), 5u);
  EXPECT_EQ(rows[0].fields, (std::vector<std::string>{"record", "id", "kind", "label", "source", "target", "note",
                                                      "status", "unit"}));
  EXPECT_EQ(rows[1].fields[3], "LS-2026-0001 <\"A&B\">");
  EXPECT_EQ(rows[1].fields[8], "DBP'X");
  EXPECT_EQ(rows[2].fields[3], "+84912345678");  // a phone is not a formula
  EXPECT_EQ(rows[2].fields[6], "'=HYPERLINK(\"x\")");
  EXPECT_EQ(rows[3].fields[3], std::string("Nguyễn\x01 Văn, \"A\"\nB"));
  EXPECT_EQ(rows[4].fields, (std::vector<std::string>{"edge", "", "appears_in", "", "case:1", "phone:~ab", "", "", ""}));
}

}  // namespace
}  // namespace frontline::graph
