// Writing a (sub)graph for other tools: GraphML for Gephi and yEd, and CSV.
// The caller has already decided what may be shown; these only format.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace frontline::graph {

struct ExportNode {
  std::string id;
  std::string kind;
  std::string label;
  std::vector<std::pair<std::string, std::string>> attributes;  // name, value; names are [a-z_]+
};

struct ExportEdge {
  std::string source;  // node ids
  std::string target;
  std::string kind;
};

struct ExportGraph {
  std::vector<ExportNode> nodes;
  std::vector<ExportEdge> edges;
};

// GraphML 1.0: an undirected <graph>, a <key> (attr.type string) declared
// for "label", "kind" and every attribute name used by a node, and "kind"
// for edges; text XML-escaped (& < > " '), characters XML 1.0 forbids
// dropped.
std::string to_graphml(const ExportGraph& g);

// One CSV document (RFC 4180, CRLF) with a header row
// "record,id,kind,label,source,target" and then the attribute names used by
// any node (sorted); a row per node (record "node": id, kind, label,
// attributes) and then per edge (record "edge": kind, source, target).
// A cell starting with = or @, or with + or - not followed by a digit, is
// prefixed with ' so spreadsheets do not run it as a formula ("+8490..." stays).
std::string to_csv(const ExportGraph& g);

}  // namespace frontline::graph
