// `frontline screen`: one person against every case person, or a CSV of
// persons in batch. The command acts as the system (sees every unit and
// identity) and each screening is audited as screen.query with actor system.
#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>

#include "app/data_dir.hpp"
#include "cli/commands.hpp"
#include "http/screening_json.hpp"
#include "service/screening_service.hpp"
#include "util/csv.hpp"

namespace frontline::cli {
namespace {

struct ScreenOptions {
  std::string data;
  std::string name, dob, sex, nationality, citizen_id, passport, phone;
  int64_t limit = 10;
  bool json = false;
  std::string csv_in;
  std::string csv_out;
};

const std::vector<std::string> kColumns = {"full_name",  "date_of_birth",   "sex",  "nationality",
                                           "citizen_id", "passport_number", "phone"};

std::string fixed3(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.3f", v);
  return buf;
}

// "field: reason; field: reason" of an error, or its message.
std::string describe_error(const Error& e) {
  if (e.fields.empty()) {
    return e.message;
  }
  std::string out;
  for (const auto& [field, reason] : e.fields) {
    out += (out.empty() ? "" : "; ") + field + ": " + reason;
  }
  return out;
}

Result<service::ScreenQuery> query_of(const std::vector<std::string>& values, int64_t limit) {
  service::ScreenQuery q;
  q.full_name = values[0];
  q.date_of_birth = values[1];
  if (!values[2].empty()) {
    q.sex = domain::parse_sex(values[2]);
    if (!q.sex) {
      return Error::invalid_field("sex", "must be one of: female, male, unknown");
    }
  }
  q.nationality = values[3];
  q.citizen_id = values[4];
  q.passport_number = values[5];
  q.phone = values[6];
  q.limit = limit;
  return q;
}

void print_table(const service::ScreenResult& r) {
  if (r.candidates.empty()) {
    std::cout << "no candidates (" << r.scored << " scored)\n";
    return;
  }
  std::cout << "rank  score  flag    person  name                            cases\n";
  int rank = 0;
  for (const service::ScreenCandidate& c : r.candidates) {
    std::string cases;
    for (const service::ScreenCase& sc : c.cases) {
      cases += (cases.empty() ? "" : ", ") + sc.case_number + " (" + domain::person_role_name(sc.role) + ")";
    }
    if (c.list) {  // a watchlist entry: "E12", on its list
      cases = "watchlist " + std::to_string(c.list->list_id) + " \"" + c.list->list_name + "\" (" + c.list->list_type + ")";
    }
    const std::string flag = c.alert ? "ALERT" : (c.review ? "review" : "");
    const std::string who = (c.list ? "E" : "") + std::to_string(c.person_id);
    std::printf("%4d  %.3f  %-6s  %6s  %-30s  %s\n", ++rank, c.score, flag.c_str(), who.c_str(),
                (c.masked ? c.pseudonym : c.full_name).c_str(), cases.c_str());
    std::string why;
    for (const match::FieldExplanation& f : c.explanation) {
      if (f.outcome != match::FieldOutcome::kUnknown) {
        why += (why.empty() ? "" : "; ") + f.field + " " + match::field_outcome_name(f.outcome) +
               (f.detail.empty() ? "" : " (" + f.detail + ")");
      }
    }
    std::cout << "                      " << why << "\n";
  }
}

Status screen_one(service::ScreeningService& screening, const ScreenOptions& o) {
  FL_ASSIGN_OR_RETURN(service::ScreenQuery q,
                      query_of({o.name, o.dob, o.sex, o.nationality, o.citizen_id, o.passport, o.phone}, o.limit));
  FL_ASSIGN_OR_RETURN(service::ScreenResult r, screening.screen(service::Principal::system(), q));
  if (o.json) {
    std::cout << http::screen_result_json(r).dump(2) << "\n";
  } else {
    print_table(r);
  }
  return {};
}

// Every row gets one output row: its best candidate or its error.
Status screen_batch(service::ScreeningService& screening, const ScreenOptions& o) {
  auto text = read_input_file(o.csv_in);
  if (!text.ok()) {
    return Error::invalid_field("csv", std::move(text).error().message);
  }
  std::vector<csv::Record> records = csv::parse(*text);
  if (records.empty()) {
    return Error::invalid_field("csv", "the file is empty; the first line must name the columns");
  }
  if (!records[0].error.empty()) {
    return Error::invalid_field("csv", "the header line is malformed: " + records[0].error);
  }
  std::vector<int> column_of(kColumns.size(), -1);
  for (size_t i = 0; i < records[0].fields.size(); ++i) {
    auto it = std::find(kColumns.begin(), kColumns.end(), records[0].fields[i]);
    if (it == kColumns.end()) {
      return Error::invalid_field("csv", "unknown column '" + records[0].fields[i] + "'");
    }
    column_of[static_cast<size_t>(it - kColumns.begin())] = static_cast<int>(i);
  }
  std::ostringstream out;
  // person_id is the best case person, or empty when the best candidate is
  // a watchlist entry (then entry_id and watchlist_id are set).
  out << csv::record({"row", "line", "person_id", "score", "alert", "review", "candidates", "error", "entry_id",
                      "watchlist_id"});
  int64_t row = 0, bad = 0, alerts = 0;
  for (size_t i = 1; i < records.size(); ++i) {
    const csv::Record& rec = records[i];
    ++row;
    auto emit_error = [&](const std::string& why) {
      ++bad;
      out << csv::record({std::to_string(row), std::to_string(rec.line), "", "", "", "", "", why, "", ""});
    };
    if (!rec.error.empty()) {
      emit_error("malformed CSV: " + rec.error);
      continue;
    }
    if (rec.fields.size() != records[0].fields.size()) {
      emit_error("has " + std::to_string(rec.fields.size()) + " fields, the header " +
                 std::to_string(records[0].fields.size()));
      continue;
    }
    std::vector<std::string> values(kColumns.size());
    for (size_t c = 0; c < kColumns.size(); ++c) {
      if (column_of[c] >= 0) {
        values[c] = rec.fields[static_cast<size_t>(column_of[c])];
      }
    }
    auto q = query_of(values, o.limit);
    if (!q.ok()) {
      emit_error(describe_error(q.error()));
      continue;
    }
    auto r = screening.screen(service::Principal::system(), *q);
    if (!r.ok()) {
      emit_error(describe_error(r.error()));
      continue;
    }
    if (r->candidates.empty()) {
      out << csv::record({std::to_string(row), std::to_string(rec.line), "", "", "false", "false", "0", "", "", ""});
      continue;
    }
    const service::ScreenCandidate& best = r->candidates.front();
    alerts += best.alert ? 1 : 0;
    const std::string id = std::to_string(best.person_id);
    out << csv::record({std::to_string(row), std::to_string(rec.line), best.list ? "" : id, fixed3(best.score),
                        best.alert ? "true" : "false", best.review ? "true" : "false",
                        std::to_string(r->candidates.size()), "", best.list ? id : "",
                        best.list ? std::to_string(best.list->list_id) : ""});
  }
  if (o.csv_out.empty()) {
    std::cout << out.str();
  } else {
    std::ofstream file(o.csv_out, std::ios::binary | std::ios::trunc);
    file << out.str();
    if (!file.good()) {
      return Error::internal("cannot write " + o.csv_out);
    }
  }
  std::cerr << "screened " << row << " rows: " << alerts << " with an alert, " << bad << " with errors\n";
  return {};
}

}  // namespace

void add_screen_command(CLI::App& app, const Runner& runner) {
  auto o = std::make_shared<ScreenOptions>();
  auto* cmd = app.add_subcommand("screen", "Screen a person (or a CSV of persons) against every person on a case");
  cmd->add_option("--data", o->data, "data directory")->required();
  cmd->add_option("--name", o->name, "full name, in any order, with or without diacritics");
  cmd->add_option("--dob", o->dob, "date of birth: YYYY, YYYY-MM or YYYY-MM-DD");
  cmd->add_option("--sex", o->sex, "female, male or unknown");
  cmd->add_option("--nationality", o->nationality, "ISO 3166 alpha-2 code");
  cmd->add_option("--citizen-id", o->citizen_id, "12-digit citizen ID (or 9-digit identity card)");
  cmd->add_option("--passport", o->passport, "passport number");
  cmd->add_option("--phone", o->phone, "phone number (default region VN)");
  cmd->add_option("--limit", o->limit, "candidates per person (1-50)")->capture_default_str();
  cmd->add_flag("--json", o->json, "print the candidates as JSON (as POST /api/v1/screen)");
  cmd->add_option("--csv", o->csv_in,
                  "batch: a CSV with a header naming some of full_name,date_of_birth,sex,nationality,citizen_id,"
                  "passport_number,phone");
  cmd->add_option("--out", o->csv_out, "batch: write the result CSV here (default: standard output)");
  cmd->callback([=] {
    runner([=]() -> Status {
      FL_ASSIGN_OR_RETURN(app::DataDir dir, app::open_data_dir(o->data, app::Create::kNever));
      SystemClock clock;
      service::ScreeningIndex index(*dir.store, clock);
      FL_TRY(discard_value(index.rebuild()));
      service::ScreeningService screening(*dir.store, clock, index);
      return o->csv_in.empty() ? screen_one(screening, *o) : screen_batch(screening, *o);
    });
  });
}

}  // namespace frontline::cli
