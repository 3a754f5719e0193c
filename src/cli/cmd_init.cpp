#include <iostream>

#include "app/data_dir.hpp"
#include "cli/commands.hpp"
#include "refdata/refdata.hpp"
#include "service/audit_helpers.hpp"
#include "store/audit_append.hpp"

namespace frontline::cli {

void add_init_command(CLI::App& app, const Runner& runner) {
  auto* cmd = app.add_subcommand("init", "Create a data directory (or update its reference data)");
  auto data = std::make_shared<std::string>();
  auto reference = std::make_shared<std::string>();
  cmd->add_option("--data", *data, "data directory")->required();
  cmd->add_option("--reference", *reference, "directory of reference data files (default: the installed data/)");
  cmd->callback([=] {
    runner([=]() -> Status {
      FL_ASSIGN_OR_RETURN(app::DataDir dir, app::open_data_dir(*data, app::Create::kIfMissing));
      auto ref_dir = reference->empty() ? app::default_reference_dir() : std::filesystem::path(*reference);
      FL_ASSIGN_OR_RETURN(refdata::ReferenceData ref, refdata::load_reference_data(ref_dir));
      SystemClock clock;
      FL_TRY(dir.store->write([&](store::Transaction& tx) -> Status {
        FL_TRY(tx.reference().load(ref));
        nlohmann::json detail = {{"provinces", ref.provinces.size()},
                                 {"former_provinces", ref.former_provinces.size()},
                                 {"countries", ref.countries.size()},
                                 {"units", ref.units.size()}};
        return store::append_audit(tx, service::audit_entry(service::Principal::system(), clock, "reference.load",
                                                            "reference", "", audit::Outcome::kOk, detail));
      }));
      std::cout << "Initialized " << *data << " (schema v" << dir.store->schema_version() << "): "
                << ref.provinces.size() << " provinces (" << ref.former_provinces.size() << " before 1 July 2025), "
                << ref.countries.size() << " countries, " << ref.units.size() << " units\n";
      return {};
    });
  });
}

}  // namespace frontline::cli
