#include "errors_corpus.hpp"

namespace frontline::api_test {
namespace {

const std::string kJson = "application/json";
const std::string kForm = "multipart/form-data; boundary=CorpusBoundary";
const std::string kOfficer = "officer.ls";
const std::string kAdmin = "admin";
const std::string kInvestigator = "investigator.ls";

// A multipart body of text parts {name, value} and at most one file part.
struct Part {
  std::string name;
  std::string value;
  std::string filename;  // non-empty: a file part
};
std::string form(const std::vector<Part>& parts) {
  std::string out;
  for (const auto& p : parts) {
    out += "--CorpusBoundary\r\nContent-Disposition: form-data; name=\"" + p.name + "\"";
    if (!p.filename.empty()) {
      out += "; filename=\"" + p.filename + "\"\r\nContent-Type: application/octet-stream";
    }
    out += "\r\n\r\n" + p.value + "\r\n";
  }
  return out + "--CorpusBoundary--\r\n";
}

const Part kTitle{"title", "Ảnh chụp", ""};
const Part kKind{"kind", "photo", ""};
const Part kFile{"file", "bytes of a photo", "anh.jpg"};

std::string repeat(char c, size_t n) { return std::string(n, c); }

}  // namespace

std::vector<MalformedRequest> malformed_requests() {
  const std::string cases = "/api/v1/cases";
  const std::string the_case = "/api/v1/cases/{case}";
  const std::string persons = the_case + "/persons";
  const std::string events = the_case + "/events";
  const std::string moves = the_case + "/transitions";
  const std::string evidence = the_case + "/evidence";
  const std::string person = "/api/v1/persons/{person}";
  const std::string long_title = "\"" + repeat('t', 201) + "\"";
  const std::string referrals = person + "/referrals";
  return {
      // Log-in bodies are checked before any account is touched.
      {"login without password", "", "POST", "/api/v1/session", R"({"username":"officer.ls"})", kJson, 400, "password"},
      {"login username not a string", "", "POST", "/api/v1/session", R"({"username":5,"password":"x"})", kJson, 400, "username"},
      {"login unknown field", "", "POST", "/api/v1/session", R"({"username":"a","password":"b","remember":true})", kJson, 400, "remember"},
      {"login bad JSON", "", "POST", "/api/v1/session", R"({"username":)", kJson, 400, "body"},
      {"login form-encoded", "", "POST", "/api/v1/session", "username=a&password=b", "application/x-www-form-urlencoded", 400, "content-type"},
      {"no session read", "", "GET", cases, "", "", 401, ""},
      {"no session write", "", "POST", cases, R"({"title":"abc def","trafficking_form":"other"})", kJson, 401, ""},
      {"unknown bearer token", "", "GET", the_case, "", "", 401, ""},
      {"analyst may not create", "analyst.hq", "POST", cases, R"({"title":"abc def","trafficking_form":"other"})", kJson, 403, ""},
      {"analyst may not add persons", "analyst.hq", "POST", persons, R"({"role":"witness","identity":{"full_name":"A"}})", kJson, 403, ""},
      {"officer may not read audit", kOfficer, "GET", "/api/v1/audit", "", "", 403, ""},
      {"officer may not add users", kOfficer, "POST", "/api/v1/users", R"({"username":"newbie","unit_code":"BCH-LS","roles":["analyst"],"password":"long-enough-pw"})", kJson, 403, ""},

      // Creating a case: types, required fields, unknown fields and values.
      {"title not a string", kOfficer, "POST", cases, R"({"title":5,"trafficking_form":"other"})", kJson, 400, "title"},
      {"title missing", kOfficer, "POST", cases, R"({"trafficking_form":"other"})", kJson, 400, "title"},
      {"title null", kOfficer, "POST", cases, R"({"title":null,"trafficking_form":"other"})", kJson, 400, "title"},
      {"title blank", kOfficer, "POST", cases, R"({"title":"   ","trafficking_form":"other"})", kJson, 400, "title"},
      {"title too short", kOfficer, "POST", cases, R"({"title":"ab","trafficking_form":"other"})", kJson, 400, "title"},
      {"title too long", kOfficer, "POST", cases, "{\"title\":" + long_title + ",\"trafficking_form\":\"other\"}", kJson, 400, "title"},
      {"title with control character", kOfficer, "POST", cases, R"({"title":"bad\u0001title","trafficking_form":"other"})", kJson, 400, "title"},
      {"title an array", kOfficer, "POST", cases, R"({"title":["abc def"],"trafficking_form":"other"})", kJson, 400, "title"},
      {"trafficking form missing", kOfficer, "POST", cases, R"({"title":"abc def"})", kJson, 400, "trafficking_form"},
      {"trafficking form unknown", kOfficer, "POST", cases, R"({"title":"abc def","trafficking_form":"slavery"})", kJson, 400, "trafficking_form"},
      {"trafficking form a number", kOfficer, "POST", cases, R"({"title":"abc def","trafficking_form":3})", kJson, 400, "trafficking_form"},
      {"unknown case field", kOfficer, "POST", cases, R"({"title":"abc def","trafficking_form":"other","colour":"red"})", kJson, 400, "colour"},
      {"status may not be set", kOfficer, "POST", cases, R"({"title":"abc def","trafficking_form":"other","status":"closed"})", kJson, 400, "status"},
      {"route not an object", kOfficer, "POST", cases, R"({"title":"abc def","trafficking_form":"other","route":"VN-KH"})", kJson, 400, "route"},
      {"route unknown field", kOfficer, "POST", cases, R"({"title":"abc def","trafficking_form":"other","route":{"origin":"VN"}})", kJson, 400, "route.origin"},
      {"route country lower-case", kOfficer, "POST", cases, R"({"title":"abc def","trafficking_form":"other","route":{"origin_country":"vn"}})", kJson, 400, "route.origin_country"},
      {"route country unknown", kOfficer, "POST", cases, R"({"title":"abc def","trafficking_form":"other","route":{"destination_country":"ZZ"}})", kJson, 400, "route.destination_country"},
      {"route transit not a list", kOfficer, "POST", cases, R"({"title":"abc def","trafficking_form":"other","route":{"transit_countries":"TH"}})", kJson, 400, "route.transit_countries"},
      {"route transit unknown", kOfficer, "POST", cases, R"({"title":"abc def","trafficking_form":"other","route":{"transit_countries":["QQ"]}})", kJson, 400, "route.transit_countries"},
      {"recruitment channel unknown", kOfficer, "POST", cases, R"({"title":"abc def","trafficking_form":"other","recruitment":{"channel":"pigeon"}})", kJson, 400, "recruitment.channel"},
      {"recruitment platform off-line", kOfficer, "POST", cases, R"({"title":"abc def","trafficking_form":"other","recruitment":{"channel":"broker","platform":"zalo"}})", kJson, 400, "recruitment.platform"},
      {"reported_on not a date", kOfficer, "POST", cases, R"({"title":"abc def","trafficking_form":"other","reported_on":"2026-13-45"})", kJson, 400, "reported_on"},
      {"reported_on 30 February", kOfficer, "POST", cases, R"({"title":"abc def","trafficking_form":"other","reported_on":"2024-02-30"})", kJson, 400, "reported_on"},
      {"reported_on in the future", kOfficer, "POST", cases, R"({"title":"abc def","trafficking_form":"other","reported_on":"2999-01-01"})", kJson, 400, "reported_on"},
      {"reported_on before 1990", kOfficer, "POST", cases, R"({"title":"abc def","trafficking_form":"other","reported_on":"1989-12-31"})", kJson, 400, "reported_on"},
      {"unit unknown", kOfficer, "POST", cases, R"({"title":"abc def","trafficking_form":"other","unit_code":"NO-SUCH-UNIT"})", kJson, 400, "unit_code"},
      {"unit outside scope", kOfficer, "POST", cases, R"({"title":"abc def","trafficking_form":"other","unit_code":"BCH-QN"})", kJson, 400, "unit_code"},
      {"province unknown", kOfficer, "POST", cases, R"({"title":"abc def","trafficking_form":"other","province_code":"XX"})", kJson, 400, "province_code"},
      {"invalid UTF-8", kOfficer, "POST", cases, "{\"title\":\"\xC3\x28 bad\",\"trafficking_form\":\"other\"}", kJson, 400, "body"},
      {"overlong UTF-8", kOfficer, "POST", cases, "{\"title\":\"\xC0\xAF abc\",\"trafficking_form\":\"other\"}", kJson, 400, "body"},
      {"bad JSON", kOfficer, "POST", cases, "{", kJson, 400, "body"},
      {"trailing garbage", kOfficer, "POST", cases, R"({"title":"abc def","trafficking_form":"other"} x)", kJson, 400, "body"},
      {"JSON array", kOfficer, "POST", cases, "[1,2]", kJson, 400, "body"},
      {"JSON string", kOfficer, "POST", cases, "\"abc\"", kJson, 400, "body"},
      {"empty body", kOfficer, "POST", cases, "", kJson, 400, "body"},
      {"text/plain", kOfficer, "POST", cases, R"({"title":"abc def","trafficking_form":"other"})", "text/plain", 400, "content-type"},
      {"form-encoded", kOfficer, "POST", cases, "title=abc+def&trafficking_form=other", "application/x-www-form-urlencoded", 400, "content-type"},
      {"no content type", kOfficer, "POST", cases, R"({"title":"abc def","trafficking_form":"other"})", "", 400, "content-type"},

      // Changing a case.
      {"patch version a string", kOfficer, "PATCH", the_case, R"({"version":"1"})", kJson, 400, "version"},
      {"patch status", kOfficer, "PATCH", the_case, R"({"status":"closed"})", kJson, 400, "status"},
      {"patch unit", kOfficer, "PATCH", the_case, R"({"unit_code":"BCH-LS"})", kJson, 400, "unit_code"},
      {"patch empty title", kOfficer, "PATCH", the_case, R"({"title":""})", kJson, 400, "title"},
      {"patch province unknown", kOfficer, "PATCH", the_case, R"({"province_code":"XX"})", kJson, 400, "province_code"},
      {"patch reported_on word", kOfficer, "PATCH", the_case, R"({"reported_on":"yesterday"})", kJson, 400, "reported_on"},
      {"patch stale version", kOfficer, "PATCH", the_case, R"({"title":"tiêu đề mới","version":99})", kJson, 409, ""},
      {"patch missing case", kOfficer, "PATCH", "/api/v1/cases/999999", R"({"title":"tiêu đề mới"})", kJson, 404, ""},
      {"patch bad JSON", kOfficer, "PATCH", the_case, "{\"title\":", kJson, 400, "body"},

      // Moving a case.
      {"move to unknown status", kOfficer, "POST", moves, R"({"to":"flying"})", kJson, 400, "to"},
      {"move without target", kOfficer, "POST", moves, "{}", kJson, 400, "to"},
      {"move target a number", kOfficer, "POST", moves, R"({"to":1})", kJson, 400, "to"},
      {"move note too long", kOfficer, "POST", moves, "{\"to\":\"under_verification\",\"note\":\"" + repeat('n', 2001) + "\"}", kJson, 400, "note"},
      {"move merged_into a string", kOfficer, "POST", moves, R"({"to":"merged","merged_into":"5"})", kJson, 400, "merged_into"},
      {"move merged_into when not merging", kOfficer, "POST", moves, R"({"to":"under_verification","merged_into":1})", kJson, 400, "merged_into"},
      {"merge without target", kOfficer, "POST", moves, R"({"to":"merged"})", kJson, 400, "merged_into"},
      {"merge into itself", kOfficer, "POST", moves, R"({"to":"merged","merged_into":{case}})", kJson, 400, "merged_into"},
      {"skip to closed", kOfficer, "POST", moves, R"({"to":"closed"})", kJson, 409, ""},
      {"officer to procuracy", kOfficer, "POST", moves, R"({"to":"transferred_to_procuracy"})", kJson, 409, ""},

      // Persons on the case.
      {"person without identity", kOfficer, "POST", persons, R"({"role":"victim"})", kJson, 400, "identity"},
      {"person identity a string", kOfficer, "POST", persons, R"({"role":"victim","identity":"Hà Thị Thu"})", kJson, 400, "identity"},
      {"person without name", kOfficer, "POST", persons, R"({"role":"victim","identity":{}})", kJson, 400, "identity.full_name"},
      {"person unknown identity field", kOfficer, "POST", persons, R"({"role":"victim","identity":{"full_name":"A","eye_colour":"brown"}})", kJson, 400, "identity.eye_colour"},
      {"person aliases not a list", kOfficer, "POST", persons, R"({"role":"victim","identity":{"full_name":"A","aliases":"B"}})", kJson, 400, "identity.aliases"},
      {"person role unknown", kOfficer, "POST", persons, R"({"role":"boss","identity":{"full_name":"A"}})", kJson, 400, "role"},
      {"person role missing", kOfficer, "POST", persons, R"({"identity":{"full_name":"A"}})", kJson, 400, "role"},
      {"person sex unknown", kOfficer, "POST", persons, R"({"role":"victim","sex":"x","identity":{"full_name":"A"}})", kJson, 400, "sex"},
      {"person nationality alpha-3", kOfficer, "POST", persons, R"({"role":"victim","nationality":"VNM","identity":{"full_name":"A"}})", kJson, 400, "nationality"},
      {"person nationality unknown", kOfficer, "POST", persons, R"({"role":"victim","nationality":"ZZ","identity":{"full_name":"A"}})", kJson, 400, "nationality"},
      {"person province unknown", kOfficer, "POST", persons, R"({"role":"victim","home_province":"XX","identity":{"full_name":"A"}})", kJson, 400, "home_province"},
      {"person citizen id short", kOfficer, "POST", persons, R"({"role":"victim","identity":{"full_name":"A","citizen_id":"123"}})", kJson, 400, "identity.citizen_id"},
      {"person birth date order", kOfficer, "POST", persons, R"({"role":"victim","identity":{"full_name":"A","date_of_birth":"31-12-1990"}})", kJson, 400, "identity.date_of_birth"},
      {"person born in the future", kOfficer, "POST", persons, R"({"role":"victim","identity":{"full_name":"A","date_of_birth":"2999"}})", kJson, 400, "identity.date_of_birth"},
      {"person passport lower-case", kOfficer, "POST", persons, R"({"role":"victim","identity":{"full_name":"A","passport_number":"b1234567"}})", kJson, 400, "identity.passport_number"},
      {"person phone letters", kOfficer, "POST", persons, R"({"role":"victim","identity":{"full_name":"A","phone":"call me"}})", kJson, 400, "identity.phone"},
      {"link person_id a string", kOfficer, "POST", persons, R"({"person_id":"1","role":"witness"})", kJson, 400, "person_id"},
      {"link person_id zero", kOfficer, "POST", persons, R"({"person_id":0,"role":"witness"})", kJson, 400, "person_id"},
      {"link unknown person", kOfficer, "POST", persons, R"({"person_id":999999,"role":"witness"})", kJson, 400, "person_id"},
      {"link with identity", kOfficer, "POST", persons, R"({"person_id":{person},"role":"witness","identity":{"full_name":"A"}})", kJson, 400, "identity"},
      {"person patch version a string", kOfficer, "PATCH", person, R"({"version":"1"})", kJson, 400, "version"},
      {"person patch name a number", kOfficer, "PATCH", person, R"({"identity":{"full_name":7}})", kJson, 400, "identity.full_name"},
      {"person patch role", kOfficer, "PATCH", person, R"({"role":"suspect"})", kJson, 400, "role"},
      {"person patch citizen id", kOfficer, "PATCH", person, R"({"identity":{"citizen_id":"12345678901X"}})", kJson, 400, "identity.citizen_id"},
      {"unlink person id zero", kOfficer, "DELETE", persons + "/0", "", "", 400, "person_id"},

      // Timeline events.
      {"event status_change by hand", kOfficer, "POST", events, R"({"kind":"status_change","description":"x"})", kJson, 400, "kind"},
      {"event kind unknown", kOfficer, "POST", events, R"({"kind":"party","description":"x"})", kJson, 400, "kind"},
      {"event kind missing", kOfficer, "POST", events, R"({"description":"x"})", kJson, 400, "kind"},
      {"event description missing", kOfficer, "POST", events, R"({"kind":"note"})", kJson, 400, "description"},
      {"event description blank", kOfficer, "POST", events, R"({"kind":"note","description":"  "})", kJson, 400, "description"},
      {"event time a word", kOfficer, "POST", events, R"({"kind":"note","description":"x","occurred_at":"yesterday"})", kJson, 400, "occurred_at"},
      {"event time in the future", kOfficer, "POST", events, R"({"kind":"note","description":"x","occurred_at":"2999-01-01T00:00:00Z"})", kJson, 400, "occurred_at"},
      {"event time past year 2261", kOfficer, "POST", events, R"({"kind":"note","description":"x","occurred_at":"2300-01-01T00:00:00+07:00"})", kJson, 400, "occurred_at"},
      {"event time before 1678", kOfficer, "POST", events, R"({"kind":"note","description":"x","occurred_at":"1500-01-01T00:00:00Z"})", kJson, 400, "occurred_at"},
      {"event location too long", kOfficer, "POST", events, "{\"kind\":\"note\",\"description\":\"x\",\"location\":\"" + repeat('l', 201) + "\"}", kJson, 400, "location"},
      {"event unknown field", kOfficer, "POST", events, R"({"kind":"note","description":"x","case_id":1})", kJson, 400, "case_id"},

      // Evidence uploads (multipart/form-data).
      {"evidence without file", kOfficer, "POST", evidence, form({kTitle, kKind}), kForm, 400, "file"},
      {"evidence empty file", kOfficer, "POST", evidence, form({kTitle, kKind, {"file", "", "empty.jpg"}}), kForm, 400, "file"},
      {"evidence file under another name", kOfficer, "POST", evidence, form({kTitle, kKind, kFile, {"attachment", "x", "x.bin"}}), kForm, 400, "attachment"},
      {"evidence kind unknown", kOfficer, "POST", evidence, form({kTitle, {"kind", "hologram", ""}, kFile}), kForm, 400, "kind"},
      {"evidence kind missing", kOfficer, "POST", evidence, form({kTitle, kFile}), kForm, 400, "kind"},
      {"evidence title missing", kOfficer, "POST", evidence, form({kKind, kFile}), kForm, 400, "title"},
      {"evidence title invalid UTF-8", kOfficer, "POST", evidence, form({{"title", "\xFF\xFE", ""}, kKind, kFile}), kForm, 400, "title"},
      {"evidence unknown field", kOfficer, "POST", evidence, form({kTitle, kKind, kFile, {"colour", "red", ""}}), kForm, 400, "colour"},
      {"evidence collected_on bad", kOfficer, "POST", evidence, form({kTitle, kKind, kFile, {"collected_on", "15/01/2026", ""}}), kForm, 400, "collected_on"},
      {"evidence as JSON", kOfficer, "POST", evidence, R"({"title":"x","kind":"photo"})", kJson, 400, "file"},

      // Ids in paths.
      {"case id zero", kOfficer, "GET", "/api/v1/cases/0", "", "", 400, "id"},
      {"case id zeros", kOfficer, "GET", "/api/v1/cases/000", "", "", 400, "id"},
      {"case id letters", kOfficer, "GET", "/api/v1/cases/abc", "", "", 404, ""},
      {"case id negative", kOfficer, "GET", "/api/v1/cases/-1", "", "", 404, ""},
      {"case id too long", kOfficer, "GET", "/api/v1/cases/99999999999999999999", "", "", 404, ""},
      {"case id with suffix", kOfficer, "GET", "/api/v1/cases/{case}x", "", "", 404, ""},
      {"case missing", kOfficer, "GET", "/api/v1/cases/999999", "", "", 404, ""},
      {"transition case zero", kOfficer, "POST", "/api/v1/cases/0/transitions", R"({"to":"dismissed"})", kJson, 400, "id"},
      {"person id zero", kOfficer, "GET", "/api/v1/persons/0", "", "", 400, "id"},
      {"person missing", kOfficer, "GET", "/api/v1/persons/999999", "", "", 404, ""},
      {"evidence id zero", kOfficer, "GET", "/api/v1/evidence/0/content", "", "", 400, "id"},
      {"evidence missing", kOfficer, "GET", "/api/v1/evidence/999999/content", "", "", 404, ""},
      {"user missing", kAdmin, "GET", "/api/v1/users/nobody.here", "", "", 404, ""},

      // Query parameters of the case list and the audit log.
      {"limit letters", kOfficer, "GET", cases + "?limit=abc", "", "", 400, "limit"},
      {"limit zero", kOfficer, "GET", cases + "?limit=0", "", "", 400, "limit"},
      {"limit too big", kOfficer, "GET", cases + "?limit=201", "", "", 400, "limit"},
      {"limit negative", kOfficer, "GET", cases + "?limit=-5", "", "", 400, "limit"},
      {"offset negative", kOfficer, "GET", cases + "?offset=-1", "", "", 400, "offset"},
      {"offset with suffix", kOfficer, "GET", cases + "?offset=1x", "", "", 400, "offset"},
      {"status unknown", kOfficer, "GET", cases + "?status=flying", "", "", 400, "status"},
      {"status empty item", kOfficer, "GET", cases + "?status=reported,,closed", "", "", 400, "status"},
      {"from compact date", kOfficer, "GET", cases + "?from=20260101", "", "", 400, "from"},
      {"to impossible date", kOfficer, "GET", cases + "?to=2026-02-30", "", "", 400, "to"},
      {"unknown filter", kOfficer, "GET", cases + "?colour=red", "", "", 400, "colour"},
      {"form filter unknown", kOfficer, "GET", cases + "?trafficking_form=slavery", "", "", 400, "trafficking_form"},
      {"text too long", kOfficer, "GET", cases + "?q=" + repeat('q', 201), "", "", 400, "q"},
      {"text invalid UTF-8", kOfficer, "GET", cases + "?q=%FF%FE", "", "", 400, "q"},
      {"unit invalid UTF-8", kOfficer, "GET", cases + "?unit=%C3%28", "", "", 400, "unit"},
      {"audit limit letters", kAdmin, "GET", "/api/v1/audit?limit=abc", "", "", 400, "query"},
      {"audit limit too big", kAdmin, "GET", "/api/v1/audit?limit=501", "", "", 400, "query"},
      {"audit offset negative", kAdmin, "GET", "/api/v1/audit?offset=-1", "", "", 400, "query"},

      // Accounts (admin).
      {"user name with spaces", kAdmin, "POST", "/api/v1/users", R"({"username":"Bad Name!","unit_code":"BCH-LS","roles":["analyst"],"password":"long-enough-pw"})", kJson, 400, "username"},
      {"user role unknown", kAdmin, "POST", "/api/v1/users", R"({"username":"newbie","unit_code":"BCH-LS","roles":["wizard"],"password":"long-enough-pw"})", kJson, 400, "roles"},
      {"user roles not a list", kAdmin, "POST", "/api/v1/users", R"({"username":"newbie","unit_code":"BCH-LS","roles":"analyst","password":"long-enough-pw"})", kJson, 400, "roles"},
      {"user password short", kAdmin, "POST", "/api/v1/users", R"({"username":"newbie","unit_code":"BCH-LS","roles":["analyst"],"password":"short"})", kJson, 400, "password"},
      {"user unit missing", kAdmin, "POST", "/api/v1/users", R"({"username":"newbie","roles":["analyst"],"password":"long-enough-pw"})", kJson, 400, "unit_code"},
      {"user unit unknown", kAdmin, "POST", "/api/v1/users", R"({"username":"newbie","unit_code":"NOPE","roles":["analyst"],"password":"long-enough-pw"})", kJson, 400, "unit_code"},
      {"user language unknown", kAdmin, "POST", "/api/v1/users", R"({"username":"newbie","unit_code":"BCH-LS","roles":["analyst"],"password":"long-enough-pw","language":"fr"})", kJson, 400, "language"},
      {"user patch disabled a string", kAdmin, "PATCH", "/api/v1/users/officer.ls", R"({"disabled":"yes"})", kJson, 400, "disabled"},
      {"user patch password", kAdmin, "PATCH", "/api/v1/users/officer.ls", R"({"password":"long-enough-pw"})", kJson, 400, "password"},
      {"user new password short", kAdmin, "POST", "/api/v1/users/officer.ls/password", R"({"password":"short"})", kJson, 400, "password"},
      {"user new password missing", kAdmin, "POST", "/api/v1/users/officer.ls/password", "{}", kJson, 400, "password"},

      // Watchlists (a wanted_persons list of investigator.ls, BCH-LS).
      {"watchlist without name", kInvestigator, "POST", "/api/v1/watchlists", R"({"type":"wanted_persons"})", kJson, 400, "name"},
      {"watchlist type unknown", kInvestigator, "POST", "/api/v1/watchlists", R"({"name":"Danh sách","type":"friends"})", kJson, 400, "type"},
      {"watchlist owner unit unknown", kInvestigator, "POST", "/api/v1/watchlists", R"({"name":"Danh sách","type":"wanted_persons","owner_unit_code":"NOPE"})", kJson, 400, "owner_unit_code"},
      {"watchlist owner unit outside", kInvestigator, "POST", "/api/v1/watchlists", R"({"name":"Danh sách","type":"wanted_persons","owner_unit_code":"BCH-QN"})", kJson, 400, "owner_unit_code"},
      {"officer may not create watchlists", kOfficer, "POST", "/api/v1/watchlists", R"({"name":"Danh sách","type":"wanted_persons"})", kJson, 403, ""},
      {"analyst may not read watchlists", "analyst.hq", "GET", "/api/v1/watchlists", "", "", 403, ""},
      {"watchlist missing", kInvestigator, "GET", "/api/v1/watchlists/999999", "", "", 404, ""},
      {"watchlist rename blank", kInvestigator, "PATCH", "/api/v1/watchlists/{watchlist}", R"({"name":" "})", kJson, 400, "name"},
      {"officer may not change a watchlist", kOfficer, "PATCH", "/api/v1/watchlists/{watchlist}", R"({"name":"Tên mới"})", kJson, 403, ""},
      {"watchlist entries limit zero", kInvestigator, "GET", "/api/v1/watchlists/{watchlist}/entries?limit=0", "", "", 400, "limit"},
      {"watchlist entries flag not boolean", kInvestigator, "GET", "/api/v1/watchlists/{watchlist}/entries?include_expired=maybe", "", "", 400, "include_expired"},
      {"entry without name", kInvestigator, "POST", "/api/v1/watchlists/{watchlist}/entries", R"({"identity":{"date_of_birth":"1990"}})", kJson, 400, "identity.full_name"},
      {"entry birth date invalid", kInvestigator, "POST", "/api/v1/watchlists/{watchlist}/entries", R"({"identity":{"full_name":"Trần Văn Thử","date_of_birth":"1990-13"}})", kJson, 400, "identity.date_of_birth"},
      {"entry phone on a person list", kInvestigator, "POST", "/api/v1/watchlists/{watchlist}/entries", R"({"identity":{"full_name":"Trần Văn Thử"},"phone":"0912345678"})", kJson, 400, "phone"},
      {"entry expiry invalid", kInvestigator, "POST", "/api/v1/watchlists/{watchlist}/entries", R"({"identity":{"full_name":"Trần Văn Thử"},"expires_on":"2026-02-30"})", kJson, 400, "expires_on"},
      {"entry sex unknown", kInvestigator, "POST", "/api/v1/watchlists/{watchlist}/entries", R"({"identity":{"full_name":"Trần Văn Thử"},"sex":"x"})", kJson, 400, "sex"},
      {"entry nationality unknown", kInvestigator, "POST", "/api/v1/watchlists/{watchlist}/entries", R"({"identity":{"full_name":"Trần Văn Thử"},"nationality":"QQ"})", kJson, 400, "nationality"},
      {"entry unknown field", kInvestigator, "POST", "/api/v1/watchlists/{watchlist}/entries", R"({"identity":{"full_name":"Trần Văn Thử"},"colour":"red"})", kJson, 400, "colour"},
      {"officer may not add entries", kOfficer, "POST", "/api/v1/watchlists/{watchlist}/entries", R"({"identity":{"full_name":"Trần Văn Thử"}})", kJson, 403, ""},
      {"entry missing", kInvestigator, "GET", "/api/v1/watchlist-entries/999999", "", "", 404, ""},
      {"import wrong content type", kInvestigator, "POST", "/api/v1/watchlists/{watchlist}/import", "full_name\nA\n", "text/plain", 400, "content-type"},
      {"import unknown column", kInvestigator, "POST", "/api/v1/watchlists/{watchlist}/import", "full_name,colour\nTrần Văn Thử,red\n", "text/csv", 400, "csv"},
      {"import without name column", kInvestigator, "POST", "/api/v1/watchlists/{watchlist}/import", "date_of_birth\n1990\n", "text/csv", 400, "csv"},
      {"import empty", kInvestigator, "POST", "/api/v1/watchlists/{watchlist}/import", R"({"csv":""})", kJson, 400, "csv"},
      {"import JSON without csv", kInvestigator, "POST", "/api/v1/watchlists/{watchlist}/import", R"({"strict":true})", kJson, 400, "csv"},
      {"officer may not import", kOfficer, "POST", "/api/v1/watchlists/{watchlist}/import", "full_name\nTrần Văn Thử\n", "text/csv", 403, ""},
      {"alerts status unknown", kOfficer, "GET", "/api/v1/watchlist-alerts?status=maybe", "", "", 400, "status"},
      {"alerts limit too large", kOfficer, "GET", "/api/v1/watchlist-alerts?limit=500", "", "", 400, "limit"},
      {"alerts offset negative", kOfficer, "GET", "/api/v1/watchlist-alerts?offset=-1", "", "", 400, "offset"},
      {"analyst may not read alerts", "analyst.hq", "GET", "/api/v1/watchlist-alerts", "", "", 403, ""},
      {"alert missing", kOfficer, "GET", "/api/v1/watchlist-alerts/999999", "", "", 404, ""},
      {"alert review without decision", kOfficer, "POST", "/api/v1/watchlist-alerts/999999/review", R"({"note":"x"})", kJson, 400, "decision"},
      {"alert review note not a string", kOfficer, "POST", "/api/v1/watchlist-alerts/999999/review", R"({"decision":"confirmed","note":5})", kJson, 400, "note"},
      {"alert review unknown field", kOfficer, "POST", "/api/v1/watchlist-alerts/999999/review", R"({"decision":"confirmed","colour":"red"})", kJson, 400, "colour"},
      {"alert review missing alert", kOfficer, "POST", "/api/v1/watchlist-alerts/999999/review", R"({"decision":"confirmed"})", kJson, 404, ""},
      // Support organizations, referrals and the Art. 37 checklist (no organization exists here).
      {"referral without consent", kOfficer, "POST", referrals, R"({"case_id":{case},"organization_id":1,"service":"shelter","consent":{"status":"refused"}})", kJson, 400, "consent.status"},
      {"referral consent missing", kOfficer, "POST", referrals, R"({"case_id":{case},"organization_id":1,"service":"shelter","consent":{}})", kJson, 400, "consent.status"},
      {"referral consent a string", kOfficer, "POST", referrals, R"({"case_id":{case},"organization_id":1,"service":"shelter","consent":"given"})", kJson, 400, "consent"},
      {"referral to a missing organization", kOfficer, "POST", referrals, R"({"case_id":{case},"organization_id":999999,"service":"shelter","consent":{"status":"given"}})", kJson, 400, "organization_id"},
      {"referral organization zero", kOfficer, "POST", referrals, R"({"case_id":{case},"organization_id":0,"service":"shelter","consent":{"status":"given"}})", kJson, 400, "organization_id"},
      {"referral service unknown", kOfficer, "POST", referrals, R"({"case_id":{case},"organization_id":1,"service":"massage","consent":{"status":"given"}})", kJson, 400, "service"},
      {"referral case a string", kOfficer, "POST", referrals, R"({"case_id":"1","organization_id":1,"service":"shelter","consent":{"status":"given"}})", kJson, 400, "case_id"},
      {"referral case missing", kOfficer, "POST", referrals, R"({"case_id":999999,"organization_id":1,"service":"shelter","consent":{"status":"given"}})", kJson, 400, "case_id"},
      {"referral due date bad", kOfficer, "POST", referrals, R"({"case_id":{case},"organization_id":1,"service":"shelter","consent":{"status":"given"},"due_date":"31/12/2026"})", kJson, 400, "due_date"},
      {"referral consent in the future", kOfficer, "POST", referrals, R"({"case_id":{case},"organization_id":1,"service":"shelter","consent":{"status":"given","date":"2999-01-01"}})", kJson, 400, "consent.date"},
      {"referral unknown field", kOfficer, "POST", referrals, R"({"case_id":{case},"organization_id":1,"service":"shelter","consent":{"status":"given"},"status":"sent"})", kJson, 400, "status"},
      {"referral of a missing person", kOfficer, "POST", "/api/v1/persons/999999/referrals", R"({"case_id":{case},"organization_id":1,"service":"shelter","consent":{"status":"given"}})", kJson, 404, ""},
      {"analyst may not refer", "analyst.hq", "POST", referrals, R"({"case_id":{case},"organization_id":1,"service":"shelter","consent":{"status":"given"}})", kJson, 403, ""},
      {"admin may not read referrals", kAdmin, "GET", referrals, "", "", 403, ""},
      {"officer may not move referrals", kOfficer, "PATCH", "/api/v1/referrals/1", R"({"status":"sent"})", kJson, 403, ""},
      {"referral move unknown status", kOfficer, "PATCH", "/api/v1/referrals/1", R"({"status":"lost"})", kJson, 400, "status"},
      {"referral patch version a string", kOfficer, "PATCH", "/api/v1/referrals/1", R"({"version":"1"})", kJson, 400, "version"},
      {"referrals overdue not a boolean", kOfficer, "GET", "/api/v1/referrals?overdue=yes", "", "", 400, "overdue"},
      // Victims: screenings, identification decisions, receptions (every reason in Vietnamese too).
      {"assess an unknown set", kOfficer, "POST", "/api/v1/indicators/assess", R"({"set_id":"adult_fishing"})", kJson, 400, "set_id"},
      {"screening of an unknown set", kOfficer, "POST", person + "/screenings", R"({"set_id":"adult_fishing"})", kJson, 400, "set_id"},
      {"screening answer not a choice", kOfficer, "POST", person + "/screenings", R"({"set_id":"child_labour","answers":{"CL-DR-01":"maybe"}})", kJson, 400, "answers.CL-DR-01"},
      {"screening on a missing case", kOfficer, "POST", person + "/screenings", R"({"set_id":"child_labour","case_id":999999})", kJson, 400, "case_id"},
      {"screening answers not an object", kOfficer, "POST", person + "/screenings", R"({"set_id":"child_labour","answers":["present"]})", kJson, 400, "answers"},
      {"screening of a missing id", kOfficer, "GET", "/api/v1/screenings/999999", "", "", 404, ""},
      {"analyst may not screen", "analyst.hq", "POST", person + "/screenings", R"({"set_id":"child_labour"})", kJson, 403, ""},
      {"decision without grounds", kOfficer, "POST", person + "/identification", R"({"status":"identified_victim","decided_on":"2026-11-01","agency":"Đồn Biên phòng"})", kJson, 400, "grounds"},
      {"decision cites a missing screening", kOfficer, "POST", person + "/identification", R"({"status":"being_verified","decided_on":"2026-11-01","agency":"Đồn Biên phòng","screening_id":999999})", kJson, 400, "screening_id"},
      {"analyst may not decide", "analyst.hq", "POST", person + "/identification", R"({"status":"being_verified","decided_on":"2026-11-01","agency":"Đồn Biên phòng"})", kJson, 403, ""},
      {"reception at a command", "investigator.ls", "POST", "/api/v1/receptions", R"({"unit_code":"BCH-LS","handover_country":"CN","handover_agency":"Công an Bằng Tường","case":{"title":"Tiếp nhận người trở về","trafficking_form":"forced_marriage"},"persons":[{"identity":{"full_name":"Lò Thị Mai"}}]})", kJson, 400, "unit_code"},
      {"reception from Vietnam", kOfficer, "POST", "/api/v1/receptions", R"({"unit_code":"DBP-LS-HUUNGHI","handover_country":"VN","handover_agency":"Công an Bằng Tường","case":{"title":"Tiếp nhận người trở về","trafficking_form":"forced_marriage"},"persons":[{"identity":{"full_name":"Lò Thị Mai"}}]})", kJson, 400, "handover_country"},
      {"reception without persons", kOfficer, "POST", "/api/v1/receptions", R"({"unit_code":"DBP-LS-HUUNGHI","handover_country":"CN","handover_agency":"Công an Bằng Tường","case":{"title":"Tiếp nhận người trở về","trafficking_form":"forced_marriage"},"persons":[]})", kJson, 400, "persons"},
      {"reception without a case", kOfficer, "POST", "/api/v1/receptions", R"({"unit_code":"DBP-LS-HUUNGHI","handover_country":"CN","handover_agency":"Công an Bằng Tường","persons":[{"identity":{"full_name":"Lò Thị Mai"}}]})", kJson, 400, "case"},
      {"reception with both cases", kOfficer, "POST", "/api/v1/receptions", R"({"unit_code":"DBP-LS-HUUNGHI","handover_country":"CN","handover_agency":"Công an Bằng Tường","case_id":{case},"case":{"title":"Tiếp nhận người trở về","trafficking_form":"forced_marriage"},"persons":[{"identity":{"full_name":"Lò Thị Mai"}}]})", kJson, 400, "case"},
      {"reception by a missing officer", kOfficer, "POST", "/api/v1/receptions", R"({"unit_code":"DBP-LS-HUUNGHI","handover_country":"CN","handover_agency":"Công an Bằng Tường","case_id":{case},"receiving_officer_id":999999,"persons":[{"identity":{"full_name":"Lò Thị Mai"}}]})", kJson, 400, "receiving_officer_id"},
      {"reception of an unknown need", kOfficer, "POST", "/api/v1/receptions", R"({"unit_code":"DBP-LS-HUUNGHI","handover_country":"CN","handover_agency":"Công an Bằng Tường","case_id":{case},"persons":[{"identity":{"full_name":"Lò Thị Mai"},"needs":["money"]}]})", kJson, 400, "persons[0].needs"},
      {"reception persons not an array", kOfficer, "POST", "/api/v1/receptions", R"({"unit_code":"DBP-LS-HUUNGHI","handover_country":"CN","handover_agency":"Công an Bằng Tường","case_id":{case},"persons":{"identity":{"full_name":"Lò Thị Mai"}}})", kJson, 400, "persons"},
      {"analyst may not receive", "analyst.hq", "POST", "/api/v1/receptions", R"({"unit_code":"DBP-LS-HUUNGHI","handover_country":"CN","handover_agency":"Công an Bằng Tường","case_id":{case},"persons":[{"identity":{"full_name":"Lò Thị Mai"}}]})", kJson, 403, ""},
      {"reception of a missing id", kOfficer, "GET", "/api/v1/receptions/999999", "", "", 404, ""},
      {"referrals status unknown", kOfficer, "GET", "/api/v1/referrals?status=lost", "", "", 400, "status"},
      {"referrals limit zero", kOfficer, "GET", "/api/v1/referrals?limit=0", "", "", 400, "limit"},
      {"referrals unknown filter", kOfficer, "GET", "/api/v1/referrals?colour=red", "", "", 400, "colour"},
      {"support orgs type unknown", kOfficer, "GET", "/api/v1/support-organizations?type=bank", "", "", 400, "type"},
      {"support orgs service unknown", kOfficer, "GET", "/api/v1/support-organizations?service=massage", "", "", 400, "service"},
      {"support orgs province unknown", kOfficer, "GET", "/api/v1/support-organizations?province=XX", "", "", 400, "province"},
      {"support org missing", kOfficer, "GET", "/api/v1/support-organizations/999999", "", "", 404, ""},
      {"officer may not add support orgs", kOfficer, "POST", "/api/v1/support-organizations", R"({"type":"ngo","name":"Nhà tạm lánh","provinces":["LS"]})", kJson, 403, ""},
      {"support org without name", kAdmin, "POST", "/api/v1/support-organizations", R"({"type":"ngo","provinces":["LS"]})", kJson, 400, "name"},
      {"support org type unknown", kAdmin, "POST", "/api/v1/support-organizations", R"({"type":"bank","name":"Nhà tạm lánh","provinces":["LS"]})", kJson, 400, "type"},
      {"support org without provinces", kAdmin, "POST", "/api/v1/support-organizations", R"({"type":"ngo","name":"Nhà tạm lánh","provinces":[]})", kJson, 400, "provinces"},
      {"support org former province", kAdmin, "POST", "/api/v1/support-organizations", R"({"type":"ngo","name":"Nhà tạm lánh","provinces":["02"]})", kJson, 400, "provinces"},
      {"support org unknown province", kAdmin, "POST", "/api/v1/support-organizations", R"({"type":"ngo","name":"Nhà tạm lánh","provinces":["XX"]})", kJson, 400, "provinces"},
      {"support org services unknown", kAdmin, "POST", "/api/v1/support-organizations", R"({"type":"ngo","name":"Nhà tạm lánh","provinces":["LS"],"services":["massage"]})", kJson, 400, "services"},
      {"support org email", kAdmin, "POST", "/api/v1/support-organizations", R"({"type":"ngo","name":"Nhà tạm lánh","provinces":["LS"],"email":"nowhere"})", kJson, 400, "email"},
      {"support org active a string", kAdmin, "POST", "/api/v1/support-organizations", R"({"type":"ngo","name":"Nhà tạm lánh","provinces":["LS"],"active":"yes"})", kJson, 400, "active"},
      {"support org patch missing", kAdmin, "PATCH", "/api/v1/support-organizations/999999", R"({"notes":"x"})", kJson, 404, ""},
      {"entitlements of a missing person", kOfficer, "GET", "/api/v1/persons/999999/entitlements", "", "", 404, ""},
      {"entitlement item unknown", kOfficer, "PUT", person + "/entitlements/yoga", R"({"status":"provided"})", kJson, 400, "item"},
      {"entitlement status unknown", kOfficer, "PUT", person + "/entitlements/legal_aid", R"({"status":"maybe"})", kJson, 400, "status"},
      {"entitlement status missing", kOfficer, "PUT", person + "/entitlements/legal_aid", R"({"note":"x"})", kJson, 400, "status"},
      {"officer may not keep checklists", kOfficer, "PUT", person + "/entitlements/legal_aid", R"({"status":"provided"})", kJson, 403, ""},
      // Victims: screenings, the stateless assessment, decisions, receptions.
      {"screening unknown indicator", kOfficer, "POST", person + "/screenings", R"({"set_id":"adult_labour","answers":{"AL-XX-99":"present"}})", kJson, 400, "answers.AL-XX-99"},
      {"screening answer of another set", kOfficer, "POST", person + "/screenings", R"({"set_id":"adult_labour","answers":{"CL-DR-01":"present"}})", kJson, 400, "answers.CL-DR-01"},
      {"screening answer not an answer", kOfficer, "POST", person + "/screenings", R"({"set_id":"adult_labour","answers":{"AL-DR-01":"yes"}})", kJson, 400, "answers.AL-DR-01"},
      {"screening unknown set", kOfficer, "POST", person + "/screenings", R"({"set_id":"adult_organs"})", kJson, 400, "set_id"},
      {"screening without set", kOfficer, "POST", person + "/screenings", R"({"answers":{}})", kJson, 400, "set_id"},
      {"screening status unknown", kOfficer, "POST", person + "/screenings", R"({"set_id":"adult_labour","status":"finished"})", kJson, 400, "status"},
      {"screening act unknown", kOfficer, "POST", person + "/screenings", R"({"set_id":"adult_labour","act_of_recruitment":"maybe"})", kJson, 400, "act_of_recruitment"},
      {"screening case not the person's", kOfficer, "POST", person + "/screenings", R"({"set_id":"adult_labour","case_id":999999})", kJson, 400, "case_id"},
      {"screening unknown field", kOfficer, "POST", person + "/screenings", R"({"set_id":"adult_labour","verdict":"trafficked"})", kJson, 400, "verdict"},
      {"screening of a missing person", kOfficer, "POST", "/api/v1/persons/999999/screenings", R"({"set_id":"adult_labour"})", kJson, 404, ""},
      {"screening missing", kOfficer, "GET", "/api/v1/screenings/999999", "", "", 404, ""},
      {"screening patch missing", kOfficer, "PATCH", "/api/v1/screenings/999999", R"({"notes":"x"})", kJson, 404, ""},
      {"screening patch set may not change", kOfficer, "PATCH", "/api/v1/screenings/1", R"({"set_id":"child_labour"})", kJson, 400, "set_id"},
      {"assess unknown set", kOfficer, "POST", "/api/v1/indicators/assess", R"({"set_id":"x","answers":{}})", kJson, 400, "set_id"},
      {"assess unknown indicator", kOfficer, "POST", "/api/v1/indicators/assess", R"({"set_id":"adult_labour","answers":{"AL-XX-01":"present"}})", kJson, 400, "answers.AL-XX-01"},
      {"analyst may not read indicators", "analyst.hq", "GET", "/api/v1/indicators", "", "", 403, ""},
      {"decision without status", kOfficer, "POST", person + "/identification", R"({"decided_on":"2026-01-05","agency":"Đồn Biên phòng"})", kJson, 400, "status"},
      {"decision status unknown", kOfficer, "POST", person + "/identification", R"({"status":"victim","decided_on":"2026-01-05","agency":"Đồn Biên phòng"})", kJson, 400, "status"},
      {"decision date in the future", kOfficer, "POST", person + "/identification", R"({"status":"being_verified","decided_on":"2099-01-05","agency":"Đồn Biên phòng"})", kJson, 400, "decided_on"},
      {"decision date not a date", kOfficer, "POST", person + "/identification", R"({"status":"being_verified","decided_on":"05/01/2026","agency":"Đồn Biên phòng"})", kJson, 400, "decided_on"},
      {"decision agency blank", kOfficer, "POST", person + "/identification", R"({"status":"being_verified","decided_on":"2026-01-05","agency":"  "})", kJson, 400, "agency"},
      {"decision screening missing", kOfficer, "POST", person + "/identification", R"({"status":"being_verified","decided_on":"2026-01-05","agency":"Đồn Biên phòng","screening_id":999999})", kJson, 400, "screening_id"},
      {"reception person without name", kOfficer, "POST", "/api/v1/receptions", R"({"case":{"title":"Tiếp nhận","trafficking_form":"other"},"unit_code":"DBP-LS-HUUNGHI","handover_country":"CN","handover_agency":"Công an Bằng Tường","persons":[{"identity":{}}]})", kJson, 400, "persons[0].identity.full_name"},
      {"reception need unknown", kOfficer, "POST", "/api/v1/receptions", R"({"case":{"title":"Tiếp nhận","trafficking_form":"other"},"unit_code":"DBP-LS-HUUNGHI","handover_country":"CN","handover_agency":"Công an Bằng Tường","persons":[{"identity":{"full_name":"A"},"needs":["money"]}]})", kJson, 400, "persons[0].needs"},
      {"reception from Viet Nam", kOfficer, "POST", "/api/v1/receptions", R"({"case":{"title":"Tiếp nhận","trafficking_form":"other"},"unit_code":"DBP-LS-HUUNGHI","handover_country":"VN","handover_agency":"Công an","persons":[{"identity":{"full_name":"A"}}]})", kJson, 400, "handover_country"},
      {"reception case title short", kOfficer, "POST", "/api/v1/receptions", R"({"case":{"title":"x","trafficking_form":"other"},"unit_code":"DBP-LS-HUUNGHI","handover_country":"CN","handover_agency":"Công an","persons":[{"identity":{"full_name":"A"}}]})", kJson, 400, "case.title"},
      {"reception without case", kOfficer, "POST", "/api/v1/receptions", R"({"unit_code":"DBP-LS-HUUNGHI","handover_country":"CN","handover_agency":"Công an","persons":[{"identity":{"full_name":"A"}}]})", kJson, 400, "case"},
      {"reception time not ISO", kOfficer, "POST", "/api/v1/receptions", R"({"case":{"title":"Tiếp nhận","trafficking_form":"other"},"unit_code":"DBP-LS-HUUNGHI","handover_country":"CN","handover_agency":"Công an","handed_over_at":"hôm qua","persons":[{"identity":{"full_name":"A"}}]})", kJson, 400, "handed_over_at"},
      {"receptions limit not a number", kOfficer, "GET", "/api/v1/receptions?limit=ten", "", "", 400, "limit"},
      {"reception missing", kOfficer, "GET", "/api/v1/receptions/999999", "", "", 404, ""},
      // Victim statistics.
      {"admin may not read statistics", kAdmin, "GET", "/api/v1/statistics/victims", "", "", 403, ""},
      {"statistics from not a date", kOfficer, "GET", "/api/v1/statistics/victims?from=2026-02-30", "", "", 400, "from"},
      {"statistics to not a date", kOfficer, "GET", "/api/v1/statistics/victims?to=today", "", "", 400, "to"},
      {"statistics to before from", kOfficer, "GET", "/api/v1/statistics/victims?from=2026-03-01&to=2026-02-01", "", "", 400, "to"},
      {"statistics province unknown", "analyst.hq", "GET", "/api/v1/statistics/victims?province=XX", "", "", 400, "province"},
      {"statistics group unknown", kOfficer, "GET", "/api/v1/statistics/victims?group_by=sex,shoe_size", "", "", 400, "group_by"},
      {"statistics historic not a boolean", kOfficer, "GET", "/api/v1/statistics/victims?include_historic=yes", "", "", 400, "include_historic"},
      {"statistics historic with province", kOfficer, "GET", "/api/v1/statistics/victims?include_historic=true&province=LS", "", "", 400, "include_historic"},
      {"statistics unknown filter", kOfficer, "GET", "/api/v1/statistics/victims?unit=BCH-LS", "", "", 400, "unit"},
      // Screening persons.
      {"analyst may not screen", "analyst.hq", "POST", "/api/v1/screen", R"({"full_name":"Mai"})", kJson, 403, ""},
      {"screen with nothing to search", kOfficer, "POST", "/api/v1/screen", R"({"date_of_birth":"1990"})", kJson, 400, "full_name"},
      {"screen empty body", kOfficer, "POST", "/api/v1/screen", R"({})", kJson, 400, "phone"},
      {"screen name too long", kOfficer, "POST", "/api/v1/screen", "{\"full_name\":\"" + repeat('a', 201) + "\"}", kJson, 400, "full_name"},
      {"screen name without letters", kOfficer, "POST", "/api/v1/screen", R"({"full_name":"!!!"})", kJson, 400, "full_name"},
      {"screen bad date", kOfficer, "POST", "/api/v1/screen", R"({"full_name":"Mai","date_of_birth":"1990-13"})", kJson, 400, "date_of_birth"},
      {"screen bad phone", kOfficer, "POST", "/api/v1/screen", R"({"phone":"12"})", kJson, 400, "phone"},
      {"screen bad citizen id", kOfficer, "POST", "/api/v1/screen", R"({"citizen_id":"12ab"})", kJson, 400, "citizen_id"},
      {"screen bad passport", kOfficer, "POST", "/api/v1/screen", R"({"passport_number":"C1"})", kJson, 400, "passport_number"},
      {"screen bad nationality", kOfficer, "POST", "/api/v1/screen", R"({"full_name":"Mai","nationality":"vn"})", kJson, 400, "nationality"},
      {"screen unknown nationality", kOfficer, "POST", "/api/v1/screen", R"({"full_name":"Mai","nationality":"QQ"})", kJson, 400, "nationality"},
      {"screen limit too large", kOfficer, "POST", "/api/v1/screen", R"({"full_name":"Mai","limit":51})", kJson, 400, "limit"},
      {"screen bad sex", kOfficer, "POST", "/api/v1/screen", R"({"full_name":"Mai","sex":"x"})", kJson, 400, "sex"},
      {"screen unknown field", kOfficer, "POST", "/api/v1/screen", R"({"full_name":"Mai","email":"a@b"})", kJson, 400, "email"},
  };
}

}  // namespace frontline::api_test
