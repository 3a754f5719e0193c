#include "match/handle.hpp"

namespace frontline::match {

std::string handle_key(const std::string& handle) {
  std::string h;
  for (char c : handle) {
    if (c != ' ' && c != '\t') {
      h += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
  }
  for (const char* prefix : {"https://", "http://", "www.", "m."}) {
    if (h.rfind(prefix, 0) == 0) {
      h = h.substr(std::string(prefix).size());
    }
  }
  auto slash = h.find('/');
  if (slash != std::string::npos && h.substr(0, slash).find('.') != std::string::npos) {
    h = h.substr(slash + 1);  // the path after the site's domain
  }
  while (!h.empty() && h.back() == '/') {
    h.pop_back();
  }
  if (!h.empty() && h.front() == '@') {
    h.erase(0, 1);
  }
  return h;
}

}  // namespace frontline::match
