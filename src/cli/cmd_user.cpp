#include <iostream>

#include "app/data_dir.hpp"
#include "cli/commands.hpp"
#include "service/user_service.hpp"

namespace frontline::cli {
namespace {

struct UserArgs {
  std::string data;
  std::string username;
  std::vector<std::string> roles;
  std::string unit;
  std::string display_name;
  std::string language = "vi";
  bool password_stdin = false;
  bool enable = false;
};

// Opens the data directory and runs `body` with a user service acting as the system.
Status with_users(const std::string& data, const std::function<Status(service::UserService&)>& body) {
  FL_ASSIGN_OR_RETURN(app::DataDir dir, app::open_data_dir(data, app::Create::kNever));
  SystemClock clock;
  service::UserService users(*dir.store, clock);
  return body(users);
}

Result<std::string> password_from_stdin(bool flag) {
  if (!flag) {
    return Error::invalid("pass --password-stdin and write the password on standard input");
  }
  std::string password = read_stdin_line();
  if (password.empty()) {
    return Error::invalid("no password on standard input");
  }
  return password;
}

}  // namespace

void add_user_commands(CLI::App& app, const Runner& runner) {
  auto* user = app.add_subcommand("user", "Manage accounts");
  user->require_subcommand(1);
  auto args = std::make_shared<UserArgs>();

  auto* add = user->add_subcommand("add", "Create an account");
  add->add_option("--data", args->data, "data directory")->required();
  add->add_option("--username", args->username, "login name: 3-32 of a-z 0-9 . _ -")->required();
  add->add_option("--role", args->roles, "role (repeat or comma-separate for several)")->required()->delimiter(',');
  add->add_option("--unit", args->unit, "code of the user's unit, e.g. BCH-LS")->required();
  add->add_option("--display-name", args->display_name, "name shown in the interface");
  add->add_option("--language", args->language, "vi or en")->check(CLI::IsMember({"vi", "en"}));
  add->add_flag("--password-stdin", args->password_stdin, "read the password from standard input")->required();
  add->callback([=] {
    runner([=]() -> Status {
      FL_ASSIGN_OR_RETURN(std::string password, password_from_stdin(args->password_stdin));
      return with_users(args->data, [&](service::UserService& users) -> Status {
        service::NewUser u{args->username, args->display_name, args->unit, args->roles, password, args->language};
        FL_ASSIGN_OR_RETURN(domain::User created, users.add_user(service::Principal::system(), u));
        std::cout << "created user " << created.username << " (id " << created.id << ") in " << created.unit_code
                  << "\n";
        return {};
      });
    });
  });

  auto* disable = user->add_subcommand("disable", "Disable an account and end its sessions (--enable to undo)");
  disable->add_option("--data", args->data, "data directory")->required();
  disable->add_option("--username", args->username, "login name")->required();
  disable->add_flag("--enable", args->enable, "enable the account again instead");
  disable->callback([=] {
    runner([=]() -> Status {
      return with_users(args->data, [&](service::UserService& users) -> Status {
        FL_TRY(users.set_disabled(service::Principal::system(), args->username, !args->enable));
        std::cout << (args->enable ? "enabled " : "disabled ") << args->username << "\n";
        return {};
      });
    });
  });

  auto* reset = user->add_subcommand("reset-password", "Set a new password, clear lock-out, end sessions");
  reset->add_option("--data", args->data, "data directory")->required();
  reset->add_option("--username", args->username, "login name")->required();
  reset->add_flag("--password-stdin", args->password_stdin, "read the new password from standard input")->required();
  reset->callback([=] {
    runner([=]() -> Status {
      FL_ASSIGN_OR_RETURN(std::string password, password_from_stdin(args->password_stdin));
      return with_users(args->data, [&](service::UserService& users) -> Status {
        FL_TRY(users.reset_password(service::Principal::system(), args->username, password));
        std::cout << "password reset for " << args->username << "\n";
        return {};
      });
    });
  });

  auto* list = user->add_subcommand("list", "List accounts");
  list->add_option("--data", args->data, "data directory")->required();
  list->callback([=] {
    runner([=]() -> Status {
      return with_users(args->data, [&](service::UserService& users) -> Status {
        FL_ASSIGN_OR_RETURN(auto all, users.list_users(service::Principal::system()));
        std::cout << "username\tunit\troles\tstatus\n";
        for (const auto& u : all) {
          std::string roles;
          for (auto r : u.roles) {
            roles += (roles.empty() ? "" : ",") + std::string(domain::role_name(r));
          }
          std::string status = u.disabled ? "disabled" : "active";
          if (u.locked_until) {
            status += " (locked until " + format_local_vn(*u.locked_until) + ")";
          }
          std::cout << u.username << "\t" << u.unit_code << "\t" << roles << "\t" << status << "\n";
        }
        return {};
      });
    });
  });
}

}  // namespace frontline::cli
