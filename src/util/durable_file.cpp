#include "util/durable_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "util/crypto.hpp"

namespace frontline::durable {
namespace {

Error io_error(const std::string& what, const std::filesystem::path& path) {
  return Error::unavailable("cannot " + what + " " + path.string() + ": " + std::strerror(errno));
}

// Writes all of `bytes` to `fd`, retrying short writes and EINTR.
bool write_all(int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    ssize_t n = ::write(fd, bytes.data(), bytes.size());
    if (n < 0 && errno == EINTR) {
      continue;
    }
    if (n <= 0) {
      return false;
    }
    bytes.remove_prefix(static_cast<size_t>(n));
  }
  return true;
}

}  // namespace

Status write_file(const std::filesystem::path& path, std::string_view bytes, mode_t mode) {
  const std::filesystem::path tmp = path.string() + std::string(kTempMarker) + crypto::random_token(8);
  int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
  if (fd < 0) {
    return io_error("create", tmp);
  }
  bool ok = ::fchmod(fd, mode) == 0 && write_all(fd, bytes) && ::fsync(fd) == 0;
  Error failure = io_error("write", tmp);
  ok = (::close(fd) == 0) && ok;
  if (!ok) {
    ::unlink(tmp.c_str());
    return failure;
  }
  if (::rename(tmp.c_str(), path.c_str()) != 0) {
    Error e = io_error("replace", path);
    ::unlink(tmp.c_str());
    return e;
  }
  return sync_dir(path.parent_path());
}

Result<std::string> read_file(const std::filesystem::path& path) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    if (errno == ENOENT) {
      return Error::not_found(path.string() + " does not exist");
    }
    return io_error("open", path);
  }
  std::string out;
  char buf[65536];
  while (true) {
    ssize_t n = ::read(fd, buf, sizeof buf);
    if (n < 0 && errno == EINTR) {
      continue;
    }
    if (n < 0) {
      Error e = io_error("read", path);
      ::close(fd);
      return e;
    }
    if (n == 0) {
      break;
    }
    out.append(buf, static_cast<size_t>(n));
  }
  ::close(fd);
  return out;
}

Status sync_dir(const std::filesystem::path& dir) {
  const std::filesystem::path d = dir.empty() ? std::filesystem::path(".") : dir;
  int fd = ::open(d.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) {
    return io_error("open directory", d);
  }
  bool ok = ::fsync(fd) == 0;
  Error failure = io_error("flush directory", d);
  ::close(fd);
  if (!ok) {
    return failure;
  }
  return {};
}

Status remove_file(const std::filesystem::path& path) {
  if (::unlink(path.c_str()) != 0) {
    if (errno == ENOENT) {
      return {};
    }
    return io_error("remove", path);
  }
  return sync_dir(path.parent_path());
}

}  // namespace frontline::durable
