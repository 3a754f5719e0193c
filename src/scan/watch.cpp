// The watched folder (watch.hpp).
#include "scan/watch.hpp"

#include <system_error>

#include <nlohmann/json.hpp>

#include "util/durable_file.hpp"

namespace frontline::scan {
namespace {

namespace fs = std::filesystem;

bool skipped(const fs::path& p) {
  const std::string name = p.filename().string();
  if (name.empty() || name[0] == '.') return true;
  for (const char* ext : {".tmp", ".part", ".crdownload", ".swp"}) {
    const std::string e = ext;
    if (name.size() >= e.size() && name.compare(name.size() - e.size(), e.size(), e) == 0) return true;
  }
  return name.find(".tmp-") != std::string::npos;  // durable::write_file's temporaries
}

}  // namespace

Result<DirWatcher> DirWatcher::open(fs::path dir, fs::path state_file, std::string field) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    return Error::invalid_field("dir", dir.string() + " is not a folder");
  }
  DirWatcher w(std::move(dir), std::move(state_file), std::move(field));
  if (fs::exists(w.state_file_, ec)) {
    FL_ASSIGN_OR_RETURN(std::string bytes, durable::read_file(w.state_file_));
    nlohmann::json doc = nlohmann::json::parse(bytes, nullptr, false);
    if (doc.is_discarded() || !doc.is_object() || !doc.contains("files") || !doc["files"].is_object()) {
      return Error::invalid_field("state", w.state_file_.string() + " is not a watch state file");
    }
    for (const auto& [path, f] : doc["files"].items()) {
      if (!f.is_object()) continue;
      w.done_[path] = Seen{f.value("size", uintmax_t{0}), f.value("mtime", int64_t{0}), f.value("items", size_t{0})};
    }
  }
  return w;
}

Status DirWatcher::save() const {
  nlohmann::json files = nlohmann::json::object();
  for (const auto& [path, s] : done_) {
    files[path] = {{"size", s.size}, {"mtime", s.mtime}, {"items", s.items}};
  }
  return durable::write_file(state_file_, nlohmann::json{{"version", 1}, {"files", files}}.dump(1), 0600);
}

Result<WatchPass> DirWatcher::poll(const std::function<void(const std::string&, const BatchItem&)>& fn, bool settle) {
  WatchPass pass;
  std::error_code ec;
  std::map<std::string, Seen> now;
  for (auto it = fs::recursive_directory_iterator(dir_, fs::directory_options::skip_permission_denied, ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (skipped(it->path())) {
      if (it->is_directory(ec)) it.disable_recursion_pending();
      continue;
    }
    if (!it->is_regular_file(ec)) continue;
    const std::string rel = fs::relative(it->path(), dir_, ec).generic_string();
    const auto size = it->file_size(ec);
    const auto mtime = static_cast<int64_t>(it->last_write_time(ec).time_since_epoch().count());
    if (!ec) now[rel] = Seen{size, mtime, 0};
  }
  if (ec) {
    return Error::unavailable("cannot list " + dir_.string() + ": " + ec.message());
  }
  std::map<std::string, Seen> still_pending;
  for (auto& [rel, seen] : now) {
    auto done = done_.find(rel);
    if (done != done_.end() && done->second.size == seen.size && done->second.mtime == seen.mtime) continue;
    auto pend = pending_.find(rel);
    const bool settled = !settle || (pend != pending_.end() && pend->second.size == seen.size && pend->second.mtime == seen.mtime);
    if (!settled) {
      still_pending[rel] = seen;
      continue;
    }
    auto bytes = durable::read_file(dir_ / rel);
    if (!bytes.ok()) {
      still_pending[rel] = seen;  // gone or unreadable for now: try again next pass
      continue;
    }
    BatchOptions options;
    options.format = format_of_path(rel);
    options.field = field_;
    size_t from = 0;
    if (options.format != InputFormat::kText && done != done_.end() && seen.size >= done->second.size) {
      from = done->second.items;  // a grown file: its new items only
    }
    auto items = read_batch(*bytes, options);
    ++pass.files;
    if (!items.ok()) {
      BatchItem whole;
      whole.item = 0;
      whole.error = items.error().message;
      for (const auto& [field, reason] : items.error().fields) whole.error += " (" + field + ": " + reason + ")";
      fn(rel, whole);
      ++pass.errors;
    } else {
      for (const BatchItem& item : *items) {
        if (item.item <= from) continue;
        fn(rel, item);
        ++pass.items;
        pass.errors += item.error.empty() ? 0 : 1;
        seen.items = item.item;
      }
    }
    seen.items = std::max(seen.items, from);
    done_[rel] = seen;
    FL_TRY(save());
  }
  pending_ = std::move(still_pending);
  return pass;
}

}  // namespace frontline::scan
