// An advisory lock (flock) on DIR/frontline.lock held for as long as a data
// directory is open: every command and the server hold it shared; `frontline
// keys rotate` holds it exclusive, so it cannot run while a server (or any
// other command) uses the directory, and nothing can open the directory
// while it runs. The kernel drops the lock when the process dies, so a crash
// never leaves the directory locked.
#pragma once

#include <filesystem>

#include "util/result.hpp"

namespace frontline::app {

enum class Access { kShared, kExclusive };

class DirLock {
 public:
  DirLock() = default;  // holds nothing
  // Takes the lock on `lock_file` (created mode 0600 if missing) without
  // waiting. Unavailable, with a one-line message naming the likely holder,
  // when another process holds it in a conflicting mode or the file cannot
  // be opened.
  static Result<DirLock> acquire(const std::filesystem::path& lock_file, Access access);
  ~DirLock();
  DirLock(DirLock&& other) noexcept : fd_(other.fd_), access_(other.access_) { other.fd_ = -1; }
  DirLock& operator=(DirLock&& other) noexcept;
  DirLock(const DirLock&) = delete;
  DirLock& operator=(const DirLock&) = delete;

  bool held() const { return fd_ >= 0; }
  Access access() const { return access_; }

 private:
  DirLock(int fd, Access access) : fd_(fd), access_(access) {}
  int fd_ = -1;
  Access access_ = Access::kShared;
};

}  // namespace frontline::app
