#include "parse_files.hpp"

#include <sched.h>

#include <algorithm>
#include <stdexcept>
#include <system_error>

namespace positions {

ParsedFile parse_file(const Files& files, const std::string& path, const std::string& display) {
  ParsedFile f{YamlReader(display), YAML::Node()};
  f.root = f.reader.load(files, path);
  return f;
}

unsigned loader_threads(std::size_t files) {
  // The processors this process may run on (taskset, a container's cpuset),
  // not all the machine has.
  unsigned cpus = 0;
  cpu_set_t set;
  CPU_ZERO(&set);
  if (sched_getaffinity(0, sizeof set, &set) == 0) cpus = static_cast<unsigned>(CPU_COUNT(&set));
  if (cpus == 0) cpus = std::thread::hardware_concurrency();
  const std::size_t n = std::min<std::size_t>({std::max(cpus, 1u), 8u, std::max<std::size_t>(files, 1)});
  return static_cast<unsigned>(n);
}

ParsedFiles::ParsedFiles(const Files& files, std::vector<std::string> paths, unsigned threads)
    : files_(files), paths_(std::move(paths)), ahead_(2 * std::max(threads, 1u)), slots_(paths_.size()) {
  const std::size_t helpers = std::min<std::size_t>(threads > 1 ? threads - 1 : 0, paths_.size());
  helpers_.reserve(helpers);  // so that only a thread's start can fail below, and no thread is left unjoined
  for (std::size_t h = 0; h < helpers; ++h) {
    try {
      helpers_.emplace_back([this] { help(); });
    } catch (const std::system_error&) {
      break;  // no more threads to be had: the calling thread parses what is left
    }
  }
}

ParsedFiles::~ParsedFiles() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  room_.notify_all();
  for (auto& t : helpers_) t.join();
}

void ParsedFiles::help() {
  for (;;) {
    std::size_t i;
    {
      std::unique_lock lock(mutex_);
      room_.wait(lock, [&] { return stopping_ || next_ >= paths_.size() || next_ < taken_ + ahead_; });
      if (stopping_ || next_ >= paths_.size()) return;
      i = next_++;
    }
    parse(i);
  }
}

void ParsedFiles::parse(std::size_t i) {
  std::optional<ParsedFile> file;
  std::exception_ptr thrown;
  // Nothing may leave a helper thread (std::terminate): what the parse throws
  // goes to the caller of take().
  try {
    file.emplace(parse_file(files_, paths_[i], paths_[i]));
  } catch (...) {
    thrown = std::current_exception();
  }
  {
    std::lock_guard lock(mutex_);
    slots_[i].file = std::move(file);
    slots_[i].thrown = thrown;
    slots_[i].done = true;
  }
  parsed_.notify_all();
}

ParsedFile ParsedFiles::take(std::size_t i) {
  if (i >= slots_.size()) throw std::out_of_range("ParsedFiles::take: no file " + std::to_string(i));
  std::unique_lock lock(mutex_);
  while (!slots_[i].done) {
    // No helper has started it (or those before it): parse them here. While
    // a helper parses it, parse the next file no one has claimed, rather than
    // wait: the helpers alone would keep one thread idle.
    if (next_ <= i || (next_ < paths_.size() && next_ < taken_ + ahead_)) {
      const std::size_t j = next_++;
      lock.unlock();
      parse(j);
      lock.lock();
    } else {
      parsed_.wait(lock);
    }
  }
  Slot slot = std::move(slots_[i]);
  slots_[i].file.reset();  // done stays true, with no file: a second take() of it throws
  slots_[i].thrown = nullptr;
  taken_ = std::max(taken_, i + 1);
  lock.unlock();
  room_.notify_all();
  if (slot.thrown) std::rethrow_exception(slot.thrown);
  if (!slot.file) throw std::logic_error("ParsedFiles::take: file " + std::to_string(i) + " was taken already");
  return std::move(*slot.file);
}

}  // namespace positions
