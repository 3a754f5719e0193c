// The malformed-request corpus of errors_test.cpp: one row per request that
// the server must refuse, with the status and the field it must name.
#pragma once

#include <string>
#include <vector>

namespace frontline::api_test {

struct MalformedRequest {
  std::string name;          // what is wrong, shown when the row fails
  std::string who;           // username whose bearer token is sent; "" for none
  std::string method;
  std::string path;          // "{case}", "{person}" and "{watchlist}" stand for the corpus case, its person
                             // and a wanted_persons list of investigator.ls
  std::string body;          // sent as is (the same placeholders apply)
  std::string content_type;  // "" sends no Content-Type
  int status;
  std::string field;         // must appear in error.fields; "" when no field applies
};

// Every row refers to accounts officer.ls (Hữu Nghị post), admin (HQ) and
// analyst.hq (HQ), to a case of officer.ls with one victim, and must leave
// the store unchanged.
std::vector<MalformedRequest> malformed_requests();

}  // namespace frontline::api_test
