#include "bench_world.hpp"

#include <stdlib.h>

#include <chrono>
#include <iostream>
#include <stdexcept>

#include "demo/demo.hpp"
#include "refdata/refdata.hpp"
#include "service/user_service.hpp"

namespace frontline::bench {
namespace {

constexpr const char* kPassword = "bench-password-42";

template <typename T>
T must(Result<T> r, const std::string& what) {
  if (!r.ok()) {
    throw std::runtime_error(what + ": " + r.error().message);
  }
  return std::move(r).value();
}

void must(Status s, const std::string& what) {
  if (!s.ok()) {
    throw std::runtime_error(what + ": " + s.error().message);
  }
}

// Logs in `username` (creating the account first when it does not exist yet)
// and returns its token and principal.
std::pair<std::string, service::Principal> log_in(store::Store& store, service::AuthService& auth, const Clock& clock,
                                                  const std::string& username, const std::string& unit) {
  service::UserService users(store, clock);
  service::NewUser u;
  u.username = username;
  u.display_name = "Benchmark " + unit;
  u.unit_code = unit;
  u.roles = {"investigator"};
  u.password = kPassword;
  auto added = users.add_user(service::Principal::system(), u);
  if (!added.ok() && added.error().code != ErrorCode::kConflict) {
    throw std::runtime_error("cannot add " + username + ": " + added.error().message);
  }
  auto login = must(auth.login(username, kPassword), "cannot log in " + username);
  auto who = must(auth.authenticate(login.token), "cannot authenticate " + username);
  return {login.token, who};
}

}  // namespace

BenchWorld::BenchWorld(const WorldOptions& options) {
  std::filesystem::path root = options.data;
  if (root.empty()) {
    std::string tmpl = (std::filesystem::temp_directory_path() / "frontline-bench-XXXXXX").string();
    if (mkdtemp(tmpl.data()) == nullptr) {
      throw std::runtime_error("cannot create a temporary directory");
    }
    temp_dir_ = tmpl;
    root = temp_dir_;
  }
  const bool fresh = !temp_dir_.empty();
  dir_ = must(app::open_data_dir(root, fresh ? app::Create::kIfMissing : app::Create::kNever), "cannot open data");
  if (fresh) {
    auto ref = must(refdata::load_reference_data(app::default_reference_dir()), "cannot read reference data");
    must(dir_.store->write([&](store::Transaction& tx) { return tx.reference().load(ref); }),
         "cannot load reference data");
    std::cerr << "store_bench: generating " << options.cases << " demo cases (seed " << options.seed << ") in "
              << root.string() << "\n";
    const auto started = std::chrono::steady_clock::now();
    demo::DemoOptions demo;
    demo.cases = options.cases;
    demo.seed = options.seed;
    must(demo::generate(*dir_.store, clock_, demo), "cannot generate demo data");
    std::cerr << "store_bench: generated in "
              << std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count() << " s\n";
  }
  case_count_ = must(store::read_value<int64_t>(*dir_.store, [](store::Transaction& tx) { return tx.cases().count(); }),
                     "cannot count cases");
  auth_ = std::make_unique<service::AuthService>(*dir_.store, clock_, service::AuthPolicy{});
  cases_ = std::make_unique<service::CaseService>(*dir_.store, *dir_.vault, clock_);
  std::tie(hq_token_, hq_) = log_in(*dir_.store, *auth_, clock_, "bench.micro.hq", "BTL-BDBP");
  ls_ = log_in(*dir_.store, *auth_, clock_, "bench.micro.ls", "BCH-LS").second;
  std::cerr << "store_bench: " << case_count_ << " cases in " << root.string() << "\n";
}

BenchWorld::~BenchWorld() {
  // Close the database before removing its files; the store before its sealer.
  cases_.reset();
  auth_.reset();
  dir_.vault.reset();
  dir_.store.reset();
  if (!temp_dir_.empty()) {
    std::error_code ec;
    std::filesystem::remove_all(temp_dir_, ec);
  }
}

const std::vector<std::string>& list_queries() {
  static const std::vector<std::string> queries = {
      "status=under_investigation",
      "province=LS",
      "trafficking_form=forced_criminality&from=2024-01-01",
      "q=campuchia",
      "status=reported,under_verification&trafficking_form=forced_labour&from=2023-01-01&to=2025-12-31",
      "province=TN&q=facebook",
      "unit=BCH-LS&status=under_investigation",
      "",
      "offset=200&limit=20",
      "status=closed&offset=1000&limit=50",
  };
  return queries;
}

const std::vector<std::string>& create_bodies() {
  static const std::vector<std::string> bodies = {
      R"({"title":"Nghi vấn mua bán người qua biên giới","trafficking_form":"forced_criminality",)"
      R"("province_code":"TN","route":{"origin_country":"VN","destination_country":"KH","border_crossing":"Mộc Bài"},)"
      R"("recruitment":{"channel":"online_platform","platform":"facebook","platform_name":"Việc làm Campuchia"}})",

      R"({"title":"Ba phụ nữ bị dụ sang Trung Quốc lấy chồng","trafficking_form":"forced_marriage",)"
      R"("province_code":"LS","summary":"Người môi giới hứa hẹn kết hôn với người nước ngoài, thu giữ giấy tờ tùy thân.",)"
      R"("route":{"origin_country":"VN","destination_country":"CN","border_crossing":"Hữu Nghị"},)"
      R"("recruitment":{"channel":"broker"}})",

      R"({"title":"Lao động bị giữ tại sòng bạc trực tuyến","trafficking_form":"forced_labour",)"
      R"("province_code":"AG","reported_on":"2026-01-15",)"
      R"("route":{"origin_country":"VN","transit_countries":["KH"],"destination_country":"MM","border_crossing":"Tịnh Biên"},)"
      R"("recruitment":{"channel":"online_platform","platform":"telegram","platform_name":"Tuyển dụng lương cao 2000 USD"}})",

      R"({"title":"Thiếu nữ bị bán vào cơ sở mại dâm","trafficking_form":"sexual_exploitation",)"
      R"("province_code":"LC","route":{"origin_country":"VN","destination_country":"CN","border_crossing":"Lào Cai"},)"
      R"("recruitment":{"channel":"acquaintance"}})",
  };
  return bodies;
}

std::multimap<std::string, std::string> split_query(const std::string& query) {
  std::multimap<std::string, std::string> out;
  size_t pos = 0;
  while (pos < query.size()) {
    size_t end = query.find('&', pos);
    if (end == std::string::npos) {
      end = query.size();
    }
    const std::string part = query.substr(pos, end - pos);
    const size_t eq = part.find('=');
    out.emplace(part.substr(0, eq), eq == std::string::npos ? "" : part.substr(eq + 1));
    pos = end + 1;
  }
  return out;
}

}  // namespace frontline::bench
