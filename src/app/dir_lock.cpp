#include "app/dir_lock.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace frontline::app {

Result<DirLock> DirLock::acquire(const std::filesystem::path& lock_file, Access access) {
  int fd = ::open(lock_file.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
  if (fd < 0) {
    return Error::unavailable("cannot open lock file " + lock_file.string() + ": " + std::strerror(errno));
  }
  const int how = (access == Access::kExclusive ? LOCK_EX : LOCK_SH) | LOCK_NB;
  int rc = 0;
  do {
    rc = ::flock(fd, how);
  } while (rc != 0 && errno == EINTR);
  if (rc != 0) {
    const int err = errno;
    ::close(fd);
    const std::string dir = lock_file.parent_path().string();
    if (err != EWOULDBLOCK) {
      return Error::unavailable("cannot lock " + lock_file.string() + ": " + std::strerror(err));
    }
    if (access == Access::kExclusive) {
      return Error::unavailable("data directory " + dir +
                                " is in use (a running `frontline serve` or another command); stop it first");
    }
    return Error::unavailable("data directory " + dir +
                              " is locked by `frontline keys rotate`; try again when it has finished");
  }
  return DirLock(fd, access);
}

DirLock::~DirLock() {
  if (fd_ >= 0) {
    ::close(fd_);  // releases the flock
  }
}

DirLock& DirLock::operator=(DirLock&& other) noexcept {
  if (this != &other) {
    if (fd_ >= 0) {
      ::close(fd_);
    }
    fd_ = other.fd_;
    access_ = other.access_;
    other.fd_ = -1;
  }
  return *this;
}

}  // namespace frontline::app
