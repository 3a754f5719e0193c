// The folder `frontline scan watch DIR` ingests (issue 6, point 5):
// capture tools drop posts there as files — a post per .txt file, many per
// .jsonl, .ndjson or .csv file (appended to or new). Each pass hands every
// item not seen before to the caller, once: what was read is remembered in a
// state file, so a restart goes on where it stopped.
//
// A file is read once it has stayed the same size for a whole pass (a tool
// may still be writing it); hidden files (".name") and temporaries
// ("*.tmp", "*.part", "*.crdownload") are skipped. A .txt file that changes
// is read again as a new version of its post; a many-post file that grows
// gives only its new items (by line or record number).
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <string>

#include "scan/batch.hpp"
#include "util/result.hpp"

namespace frontline::scan {

struct WatchPass {
  int files = 0;  // files read in this pass
  int items = 0;  // items handed over
  int errors = 0; // items that could not be read (handed over with their error)
};

class DirWatcher {
 public:
  // `field`: the JSON Lines field / CSV column of the text. Reads the state
  // file when it exists; InvalidArgument naming "state" when it is corrupt.
  static Result<DirWatcher> open(std::filesystem::path dir, std::filesystem::path state_file, std::string field);

  // One pass over the folder (and its sub-folders). `settle` false reads
  // files without waiting a pass for them to stay the same (--once).
  // `fn(source, item)` gets each new item in file and item order; source is
  // the path relative to the folder. The state is saved after each file.
  Result<WatchPass> poll(const std::function<void(const std::string& source, const BatchItem& item)>& fn, bool settle);

 private:
  struct Seen {
    uintmax_t size = 0;
    int64_t mtime = 0;
    size_t items = 0;  // item number of the last item handed over
  };
  DirWatcher(std::filesystem::path dir, std::filesystem::path state_file, std::string field)
      : dir_(std::move(dir)), state_file_(std::move(state_file)), field_(std::move(field)) {}
  Status save() const;

  std::filesystem::path dir_;
  std::filesystem::path state_file_;
  std::string field_;
  std::map<std::string, Seen> done_;     // files read, by relative path
  std::map<std::string, Seen> pending_;  // seen last pass, not yet settled
};

}  // namespace frontline::scan
