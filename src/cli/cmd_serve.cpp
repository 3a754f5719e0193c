#include <signal.h>
#include <spdlog/spdlog.h>

#include <charconv>
#include <iostream>
#include <thread>

#include "app/data_dir.hpp"
#include "scan/holder.hpp"
#include "cli/commands.hpp"
#include "http/server.hpp"
#include "http/static_files.hpp"

namespace frontline::cli {
namespace {

Result<std::pair<std::string, int>> parse_listen(const std::string& listen) {
  auto colon = listen.rfind(':');
  int port = -1;
  if (colon != std::string::npos) {
    const char* b = listen.data() + colon + 1;
    const char* e = listen.data() + listen.size();
    auto [ptr, ec] = std::from_chars(b, e, port);
    if (ec != std::errc() || ptr != e) {
      port = -1;
    }
  }
  if (colon == std::string::npos || colon == 0 || port < 0 || port > 65535) {
    return Error::invalid("--listen must be HOST:PORT, e.g. 127.0.0.1:8080");
  }
  return std::make_pair(listen.substr(0, colon), port);
}

// The web interface to serve: --web DIR when given (it must hold index.html),
// else the one beside the binary; nullopt (API only, with a warning) when none.
Result<std::optional<std::filesystem::path>> pick_web_dir(const std::string& flag) {
  std::error_code ec;
  if (!flag.empty()) {
    if (!std::filesystem::is_regular_file(std::filesystem::path(flag) / "index.html", ec)) {
      return Error::invalid("--web " + flag + " holds no index.html; build it with `make build`");
    }
    return std::optional<std::filesystem::path>(flag);
  }
  auto found = http::default_web_dir();
  if (!found) {
    spdlog::warn("no web interface beside the binary (web/ or ../share/frontline/web); serving the API only");
  }
  return found;
}

}  // namespace

void add_serve_command(CLI::App& app, const Runner& runner) {
  auto* cmd = app.add_subcommand("serve", "Serve the API and the web interface over HTTP");
  auto data = std::make_shared<std::string>();
  auto listen = std::make_shared<std::string>("127.0.0.1:8080");
  auto threads = std::make_shared<size_t>(32);
  auto web = std::make_shared<std::string>();
  cmd->add_option("--data", *data, "data directory")->required();
  cmd->add_option("--listen", *listen, "HOST:PORT to listen on (port 0 picks a free one)")->capture_default_str();
  cmd->add_option("--threads", *threads, "connections served at once")->capture_default_str()->check(CLI::Range(2, 1024));
  cmd->add_option("--web", *web, "directory of the built web interface (default: web/ beside the binary)");
  cmd->callback([=] {
    runner([=]() -> Status {
      FL_ASSIGN_OR_RETURN(auto where, parse_listen(*listen));
      FL_ASSIGN_OR_RETURN(auto web_root, pick_web_dir(*web));
      FL_ASSIGN_OR_RETURN(app::DataDir dir, app::open_data_dir(*data, app::Create::kNever));
      // SIGINT/SIGTERM are taken by a waiting thread, not a handler, so the
      // server stops cleanly without global state.
      sigset_t stop_signals;
      sigemptyset(&stop_signals);
      sigaddset(&stop_signals, SIGINT);
      sigaddset(&stop_signals, SIGTERM);
      pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

      SystemClock clock;
      service::AuthService auth(*dir.store, clock, service::AuthPolicy{});
      service::UserService users(*dir.store, clock);
      service::CaseService cases(*dir.store, *dir.vault, clock);
      service::ReferralService referrals(*dir.store, clock);
      // The screening index: built from every linked person, then kept
      // current by the services after each committed change to a person.
      service::ScreeningIndex screening_index(*dir.store, clock);
      FL_ASSIGN_OR_RETURN(int64_t indexed, screening_index.rebuild());
      spdlog::info("screening index: {} persons and watchlist entries", indexed);
      // Alerts for what was written while no server ran (the demo
      // generator, imports into a stopped server); then on every change.
      FL_ASSIGN_OR_RETURN(int64_t raised, screening_index.raise_all_alerts());
      spdlog::info("watchlist alerts: {} raised at start", raised);
      screening_index.set_alerts(true);
      // The link graph of cases and entities, kept current the same way.
      service::GraphIndex graph_index(*dir.store);
      FL_ASSIGN_OR_RETURN(service::GraphBuildStats graph_stats, graph_index.rebuild());
      spdlog::info("link graph: {} nodes, {} links from {} persons and {} identifiers in {:.1f} s", graph_stats.nodes,
                   graph_stats.edges, graph_stats.persons, graph_stats.identifiers, graph_stats.seconds);
      service::PersonSinks person_sinks({&screening_index, &graph_index});
      cases.set_index_sink(&person_sinks);
      service::ScreeningService screening(*dir.store, clock, screening_index);
      // The scanner of online posts (built-in red flags and the local terms),
      // and the flagged phones and accounts its identifiers are checked against.
      // A bad local terms file refuses the start; later changes are reloaded
      // by the holder (a bad one keeps the scanner in use).
      const auto terms = dir.root / "scan" / "local_terms.json";
      auto scanners = scan::ScannerHolder::open(terms, &scan::builtin_model());
      if (!scanners.ok()) {
        Error e = scanners.error();
        e.message = "cannot start the scanner with " + terms.string() + ": " + e.message;
        std::string paths;
        for (const auto& [field, reason] : e.fields) {
          paths += "; " + field + ": " + reason;
        }
        spdlog::error("{}{}", e.message, paths);
        return e;
      }
      std::shared_ptr<scan::ScannerHolder> holder = std::move(scanners).value();
      spdlog::info("scanner: {} red flags, {} phrases{}", holder->state().flags, holder->state().phrases,
                   holder->state().local ? " (with local terms)" : "");
      service::WatchlistIdentifiers flagged(*dir.store, clock);
      FL_ASSIGN_OR_RETURN(int64_t flagged_count, flagged.rebuild());
      spdlog::info("flagged phones and accounts: {}", flagged_count);
      service::WatchlistSinks watchlist_sinks({&screening_index, &flagged});
      service::ScanService scan(*dir.store, clock, [holder] { return holder->current(); }, graph_index, flagged);
      http::ServerOptions options;
      options.host = where.first;
      options.port = where.second;
      options.threads = *threads;
      options.web_root = web_root;
      options.max_upload_bytes = static_cast<size_t>(cases.limits().max_evidence_bytes) + 1024 * 1024;
      http::Server server(
          http::Services{*dir.store, clock, auth, users, cases, referrals, screening, screening_index, graph_index,
                        person_sinks, scan, watchlist_sinks}, options);
      FL_ASSIGN_OR_RETURN(int port, server.bind());
      std::cout << "Frontline listening on http://" << where.first << ":" << port << "/" << std::endl;
      spdlog::info("serving {} on {}:{}", *data, where.first, port);
      std::thread waiter([&] {
        int sig = 0;
        sigwait(&stop_signals, &sig);
        spdlog::info("stopping on signal {}", sig);
        server.stop();
      });
      Status served = server.listen();
      pthread_kill(waiter.native_handle(), SIGTERM);
      waiter.join();
      return served;
    });
  });
}

}  // namespace frontline::cli
