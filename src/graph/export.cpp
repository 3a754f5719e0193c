#include "graph/export.hpp"

#include <set>

#include "util/csv.hpp"

namespace frontline::graph {
namespace {

// Drops the code points XML 1.0 does not allow (controls but tab, LF, CR)
// and escapes markup.
std::string xml_text(const std::string& s) {
  std::string out;
  out.reserve(s.size());
  for (char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
      continue;
    }
    switch (ch) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      default: out += ch;
    }
  }
  return out;
}

std::set<std::string> attribute_names(const ExportGraph& g) {
  std::set<std::string> names;
  for (const ExportNode& n : g.nodes) {
    for (const auto& [name, value] : n.attributes) {
      names.insert(name);
    }
  }
  names.erase("label");
  names.erase("kind");
  return names;
}

std::string data(const std::string& key, const std::string& value) {
  return "      <data key=\"" + xml_text(key) + "\">" + xml_text(value) + "</data>\n";
}

std::string safe_cell(const std::string& v) {
  if (v.empty()) {
    return v;
  }
  const char c = v[0];
  const bool sign = c == '+' || c == '-';
  const bool digit_next = v.size() > 1 && v[1] >= '0' && v[1] <= '9';
  if (c == '=' || c == '@' || (sign && !digit_next)) {
    return "'" + v;
  }
  return v;
}

}  // namespace

std::string to_graphml(const ExportGraph& g) {
  const std::set<std::string> names = attribute_names(g);
  std::string out =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
      "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
      "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
      "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n"
      "  <key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n"
      "  <key id=\"kind\" for=\"node\" attr.name=\"kind\" attr.type=\"string\"/>\n"
      "  <key id=\"edge_kind\" for=\"edge\" attr.name=\"kind\" attr.type=\"string\"/>\n";
  for (const std::string& name : names) {
    out += "  <key id=\"" + xml_text(name) + "\" for=\"node\" attr.name=\"" + xml_text(name) +
           "\" attr.type=\"string\"/>\n";
  }
  out += "  <graph id=\"G\" edgedefault=\"undirected\">\n";
  for (const ExportNode& n : g.nodes) {
    out += "    <node id=\"" + xml_text(n.id) + "\">\n";
    out += data("label", n.label);
    out += data("kind", n.kind);
    for (const auto& [name, value] : n.attributes) {
      if (names.count(name) > 0) {
        out += data(name, value);
      }
    }
    out += "    </node>\n";
  }
  size_t i = 0;
  for (const ExportEdge& e : g.edges) {
    out += "    <edge id=\"e" + std::to_string(i++) + "\" source=\"" + xml_text(e.source) + "\" target=\"" +
           xml_text(e.target) + "\">\n";
    out += "  " + data("edge_kind", e.kind);
    out += "    </edge>\n";
  }
  out += "  </graph>\n</graphml>\n";
  return out;
}

std::string to_csv(const ExportGraph& g) {
  const std::set<std::string> names = attribute_names(g);
  std::vector<std::string> header = {"record", "id", "kind", "label", "source", "target"};
  header.insert(header.end(), names.begin(), names.end());
  std::string out = csv::record(header);
  for (const ExportNode& n : g.nodes) {
    std::vector<std::string> row = {"node", safe_cell(n.id), safe_cell(n.kind), safe_cell(n.label), "", ""};
    for (const std::string& name : names) {
      std::string value;
      for (const auto& [k, v] : n.attributes) {
        if (k == name) {
          value = v;
        }
      }
      row.push_back(safe_cell(value));
    }
    out += csv::record(row);
  }
  for (const ExportEdge& e : g.edges) {
    std::vector<std::string> row = {"edge", "", safe_cell(e.kind), "", safe_cell(e.source), safe_cell(e.target)};
    row.resize(header.size());
    out += csv::record(row);
  }
  return out;
}

}  // namespace frontline::graph
