#include "store/sqlite/repos.hpp"

namespace frontline::store::sqlite {
namespace {

constexpr const char* kUserColumns =
    "SELECT u.id, u.username, u.display_name, u.unit_id, un.code, u.roles, u.password_hash, u.disabled, "
    "u.failed_logins, COALESCE(u.locked_until, ''), u.language, u.created_at "
    "FROM users u JOIN units un ON un.id = u.unit_id ";

Result<domain::User> read_user(const Stmt& q) {
  domain::User u;
  u.id = q.int64(0);
  u.username = q.text(1);
  u.display_name = q.text(2);
  u.unit_id = q.int64(3);
  u.unit_code = q.text(4);
  for (const auto& name : split_csv(q.text(5))) {
    auto role = domain::parse_role(name);
    if (!role) {
      return Error::corruption("user " + u.username + " has unknown role " + name);
    }
    u.roles.insert(*role);
  }
  u.password_hash = q.text(6);
  u.disabled = q.int64(7) != 0;
  u.failed_logins = static_cast<int>(q.int64(8));
  std::string locked = q.text(9);
  if (!locked.empty()) {
    FL_ASSIGN_OR_RETURN(u.locked_until, stored_time(locked));
  }
  u.language = q.text(10);
  FL_ASSIGN_OR_RETURN(u.created_at, stored_time(q.text(11)));
  return u;
}

std::string role_list(const std::set<domain::Role>& roles) {
  std::vector<std::string> names;
  for (auto r : roles) {
    names.emplace_back(domain::role_name(r));
  }
  return join_csv(names);
}

}  // namespace

Result<int64_t> SqliteUserRepo::insert(const domain::User& user) {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare(
      "INSERT INTO users(username, display_name, unit_id, roles, password_hash, disabled, failed_logins, "
      "locked_until, language, created_at) VALUES (?,?,?,?,?,?,?,?,?,?)"));
  q.bind_all(user.username, user.display_name, user.unit_id, role_list(user.roles), user.password_hash,
             user.disabled, user.failed_logins);
  q.bind_or_null(8, user.locked_until ? format_utc(*user.locked_until) : std::string());
  q.bind(9, user.language).bind(10, format_utc(user.created_at));
  Status s = q.run();
  if (!s.ok()) {
    if (s.error().code == ErrorCode::kConflict) {
      return Error::conflict("username " + user.username + " is already taken");
    }
    return std::move(s).error();
  }
  return c_.last_insert_rowid();
}

Result<std::optional<domain::User>> SqliteUserRepo::find_by_username(const std::string& username) {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare(std::string(kUserColumns) + "WHERE u.username=?"));
  q.bind(1, username);
  FL_ASSIGN_OR_RETURN(bool row, q.step());
  if (!row) {
    return std::optional<domain::User>();
  }
  FL_ASSIGN_OR_RETURN(domain::User u, read_user(q));
  return std::optional<domain::User>(std::move(u));
}

Result<domain::User> SqliteUserRepo::get(int64_t id) {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare(std::string(kUserColumns) + "WHERE u.id=?"));
  q.bind(1, id);
  FL_ASSIGN_OR_RETURN(bool row, q.step());
  if (!row) {
    return Error::not_found("user " + std::to_string(id) + " not found");
  }
  return read_user(q);
}

Status SqliteUserRepo::update(const domain::User& user) {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare(
      "UPDATE users SET display_name=?, unit_id=?, roles=?, password_hash=?, disabled=?, failed_logins=?, "
      "locked_until=?, language=? WHERE id=?"));
  q.bind_all(user.display_name, user.unit_id, role_list(user.roles), user.password_hash, user.disabled,
             user.failed_logins);
  q.bind_or_null(7, user.locked_until ? format_utc(*user.locked_until) : std::string());
  q.bind(8, user.language).bind(9, user.id);
  FL_TRY(q.run());
  if (c_.changes() == 0) {
    return Error::not_found("user " + std::to_string(user.id) + " not found");
  }
  return {};
}

Result<std::vector<domain::User>> SqliteUserRepo::list() {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare(std::string(kUserColumns) + "ORDER BY u.username"));
  return collect_rows<domain::User>(q, read_user);
}

Status SqliteSessionRepo::insert(const domain::Session& s) {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare(
      "INSERT INTO sessions(token_hash, user_id, csrf_token, created_at, expires_at) VALUES (?,?,?,?,?)"));
  q.bind_all(s.token_hash, s.user_id, s.csrf_token, format_utc(s.created_at), format_utc(s.expires_at));
  return q.run();
}

Result<std::optional<domain::Session>> SqliteSessionRepo::find(const std::string& token_hash) {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare(
      "SELECT token_hash, user_id, csrf_token, created_at, expires_at FROM sessions WHERE token_hash=?"));
  q.bind(1, token_hash);
  FL_ASSIGN_OR_RETURN(bool row, q.step());
  if (!row) {
    return std::optional<domain::Session>();
  }
  domain::Session s;
  s.token_hash = q.text(0);
  s.user_id = q.int64(1);
  s.csrf_token = q.text(2);
  FL_ASSIGN_OR_RETURN(s.created_at, stored_time(q.text(3)));
  FL_ASSIGN_OR_RETURN(s.expires_at, stored_time(q.text(4)));
  return std::optional<domain::Session>(std::move(s));
}

Status SqliteSessionRepo::remove(const std::string& token_hash) {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare("DELETE FROM sessions WHERE token_hash=?"));
  q.bind(1, token_hash);
  return q.run();
}

Status SqliteSessionRepo::remove_for_user(int64_t user_id) {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare("DELETE FROM sessions WHERE user_id=?"));
  q.bind(1, user_id);
  return q.run();
}

Status SqliteSessionRepo::remove_expired(TimePoint now) {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare("DELETE FROM sessions WHERE expires_at <= ?"));
  q.bind(1, format_utc(now));
  return q.run();
}

}  // namespace frontline::store::sqlite
