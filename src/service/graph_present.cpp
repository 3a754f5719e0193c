#include "service/graph_present.hpp"

#include <algorithm>
#include <charconv>

#include "service/audit_helpers.hpp"
#include "service/case_service.hpp"

namespace frontline::service::graph_detail {
namespace {

bool is_role(graph::EdgeKind k) {
  return k == graph::EdgeKind::kVictim || k == graph::EdgeKind::kSuspect || k == graph::EdgeKind::kWitness ||
         k == graph::EdgeKind::kReporter;
}

int64_t key_number(const graph::NodeKey& key) {
  int64_t v = 0;
  std::from_chars(key.key.data(), key.key.data() + key.key.size(), v);
  return v;
}

bool is_hex_token(const std::string& s) {
  return s.size() == 16 && std::all_of(s.begin(), s.end(), [](char c) {
           return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
         });
}

}  // namespace

Result<EntityRef> parse_entity(const std::string& field, const std::string& text) {
  const char* shape = "must be KIND:ID, e.g. case:12, person:7, or an id the graph returned";
  if (text.empty()) {
    return Error::invalid_field(field, "is required");
  }
  const auto colon = text.find(':');
  if (colon == std::string::npos) {
    return Error::invalid_field(field, shape);
  }
  auto kind = graph::parse_node_kind(text.substr(0, colon));
  if (!kind) {
    return Error::invalid_field(field, shape);
  }
  EntityRef ref;
  ref.kind = *kind;
  ref.text = text;
  const std::string rest = text.substr(colon + 1);
  if (rest.size() == 17 && rest[0] == '~' && is_hex_token(rest.substr(1))) {
    ref.token = rest.substr(1);
    return ref;
  }
  if ((*kind == graph::NodeKind::kCase || *kind == graph::NodeKind::kPerson) && !rest.empty() && rest.size() <= 18 &&
      std::all_of(rest.begin(), rest.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    int64_t v = 0;
    std::from_chars(rest.data(), rest.data() + rest.size(), v);
    if (v > 0) {
      ref.number = v;
      return ref;
    }
  }
  return Error::invalid_field(field, shape);
}

void check_range(std::map<std::string, std::string>& bad, const std::string& field, int64_t v, int64_t lo,
                 int64_t hi) {
  if (v < lo || v > hi) {
    bad[field] = "must be " + std::to_string(lo) + " to " + std::to_string(hi);
  }
}

bool in_units(const Principal& who, const std::string& path) {
  if (domain::sees_all_units(who.roles) || who.is_system()) {
    return true;
  }
  return !path.empty() && path.compare(0, who.unit_path.size(), who.unit_path) == 0;
}

Result<graph::NodeId> Presenter::resolve(const EntityRef& ref) {
  const auto not_found = Error::not_found(ref.text + " not found in the link graph");
  std::optional<graph::NodeId> n;
  if (ref.number) {
    n = snap_.graph.find({ref.kind, std::to_string(*ref.number)});
    if (!n) {
      return not_found;
    }
    // By number only what the caller may see by number elsewhere.
    if (ref.kind == graph::NodeKind::kCase ? !case_in_scope(*n) : !person_in_scope(*n)) {
      return not_found;
    }
  } else {
    n = snap_.graph.find_token(ref.token);
    if (!n || snap_.graph.key(*n).kind != ref.kind) {
      return not_found;
    }
  }
  if (snap_.graph.edges(*n).empty()) {
    return not_found;
  }
  return *n;
}

bool Presenter::case_in_scope(graph::NodeId n) {
  auto memo = case_scope_.find(n);
  if (memo != case_scope_.end()) {
    return memo->second;
  }
  bool in = false;
  auto unit = snap_.case_units.find(key_number(snap_.graph.key(n)));
  if (unit != snap_.case_units.end()) {
    in = in_units(who_, unit->second.path);
  }
  case_scope_.emplace(n, in);
  return in;
}

bool Presenter::person_in_scope(graph::NodeId n) {
  for (const graph::HalfEdge& e : snap_.graph.edges(n)) {
    if (is_role(e.kind) && case_in_scope(e.to)) {
      return true;
    }
  }
  return false;
}

bool Presenter::person_victim(graph::NodeId n) {
  const auto& edges = snap_.graph.edges(n);
  return std::any_of(edges.begin(), edges.end(), [](const graph::HalfEdge& e) {
    return e.kind == graph::EdgeKind::kVictim;
  });
}

bool Presenter::person_visible(graph::NodeId n) {
  const bool victim = person_victim(n);
  const bool may = who_.can(victim ? domain::Permission::kVictimIdentityRead
                                   : domain::Permission::kPersonIdentityRead);
  return may && person_in_scope(n);
}

bool Presenter::value_visible(graph::NodeId n) {
  for (const graph::HalfEdge& e : snap_.graph.edges(n)) {
    const graph::NodeKind other = snap_.graph.key(e.to).kind;
    if (e.kind == graph::EdgeKind::kAppearsIn && other == graph::NodeKind::kCase && case_in_scope(e.to)) {
      return true;
    }
    if (e.kind == graph::EdgeKind::kHas && other == graph::NodeKind::kPerson && person_visible(e.to)) {
      return true;
    }
  }
  return false;
}

std::string Presenter::id_of(graph::NodeId n) {
  const graph::NodeKey& key = snap_.graph.key(n);
  const std::string kind = graph::node_kind_name(key.kind);
  if (key.kind == graph::NodeKind::kPerson || (key.kind == graph::NodeKind::kCase && case_in_scope(n))) {
    return kind + ":" + key.key;
  }
  return kind + ":~" + snap_.graph.token(n);
}

GraphNodeView Presenter::view(graph::NodeId n, int hops) {
  const graph::NodeKey& key = snap_.graph.key(n);
  GraphNodeView v;
  v.id = id_of(n);
  v.kind = key.kind;
  v.hops = hops;
  v.degree = static_cast<int>(snap_.graph.edges(n).size());
  switch (key.kind) {
    case graph::NodeKind::kCase: {
      auto unit = snap_.case_units.find(key_number(key));
      if (unit != snap_.case_units.end()) {
        v.unit_code = unit->second.code;
      }
      v.in_scope = case_in_scope(n);
      if (v.in_scope) {
        v.case_id = key_number(key);  // number, title, ... filled by finish()
      } else {
        v.label = v.unit_code;
      }
      break;
    }
    case graph::NodeKind::kPerson: {
      v.person_id = key_number(key);
      v.victim = person_victim(n);
      v.in_scope = person_in_scope(n);
      v.masked = !person_visible(n);
      v.label = domain::pseudonym(*v.person_id, v.victim);  // the name replaces it in finish()
      std::set<std::string> roles;
      for (const graph::HalfEdge& e : snap_.graph.edges(n)) {
        if (is_role(e.kind)) {
          roles.insert(graph::edge_kind_name(e.kind));
        }
      }
      v.roles.assign(roles.begin(), roles.end());
      break;
    }
    default:
      v.in_scope = value_visible(n);
      v.masked = !v.in_scope;
      if (v.in_scope) {
        v.label = snap_.graph.label(n).empty() ? key.key : snap_.graph.label(n);
      }
  }
  return v;
}

std::vector<GraphEdgeView> Presenter::induced_edges(const std::vector<graph::NodeId>& nodes) {
  std::unordered_map<graph::NodeId, size_t> index;
  for (size_t i = 0; i < nodes.size(); ++i) {
    index.emplace(nodes[i], i);
  }
  std::vector<std::string> ids;
  ids.reserve(nodes.size());
  for (graph::NodeId n : nodes) {
    ids.push_back(id_of(n));
  }
  std::vector<GraphEdgeView> out;
  for (size_t i = 0; i < nodes.size(); ++i) {
    for (const graph::HalfEdge& e : snap_.graph.edges(nodes[i])) {
      auto j = index.find(e.to);
      if (j != index.end() && i < j->second) {
        out.push_back({ids[i], ids[j->second], graph::edge_kind_name(e.kind)});
      }
    }
  }
  return out;
}

Result<GraphView> finish(store::Store& store, const Clock& clock, const Principal& who, GraphView view,
                         const std::string& action, nlohmann::json detail) {
  return store::write_value<GraphView>(store, [&](store::Transaction& tx) -> Result<GraphView> {
    GraphView out = view;  // a retried transaction starts again from the view
    int64_t names = 0;
    int64_t values = 0;
    for (GraphNodeView& n : out.nodes) {
      if (n.kind != graph::NodeKind::kCase && n.kind != graph::NodeKind::kPerson && !n.masked) {
        values += 1;
      }
      if (n.kind == graph::NodeKind::kCase && n.case_id) {
        FL_ASSIGN_OR_RETURN(domain::Case c, case_in_scope(tx, who, *n.case_id));
        n.label = c.number;
        n.title = c.title;
        n.status = domain::case_status_name(c.status);
        n.province_code = c.province_code;
      } else if (n.kind == graph::NodeKind::kPerson && !n.masked) {
        FL_ASSIGN_OR_RETURN(domain::Person p, tx.persons().get(*n.person_id));
        n.label = p.identity.full_name.empty() ? n.label : p.identity.full_name;
        names += 1;
        FL_TRY(store::append_audit(tx, audit_entry(who, clock, "person.identity.read", "person",
                                                   std::to_string(*n.person_id), audit::Outcome::kOk,
                                                   {{"via", "graph"}})));
      }
    }
    detail["nodes"] = out.nodes.size();
    detail["edges"] = out.edges.size();
    detail["names_shown"] = names;
    detail["values_shown"] = values;
    FL_TRY(store::append_audit(tx, audit_entry(who, clock, action, "graph", out.start, audit::Outcome::kOk, detail)));
    return out;
  });
}

}  // namespace frontline::service::graph_detail
