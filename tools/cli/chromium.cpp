#include "chromium.hpp"

#include <stdlib.h>
#include <unistd.h>

#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "graphviz.hpp"
#include "output_file.hpp"
#include "visible.hpp"

namespace positions::cli {

namespace {

namespace fs = std::filesystem;

// At most this much is read back: a briefing's PDF is well under 10 MiB.
constexpr std::size_t kMaxPdfBytes = 64u << 20;
constexpr std::size_t kMaxLogBytes = 1u << 20;

// The first of `names` on the PATH, or empty.
std::string on_path(const std::vector<std::string>& names) {
  const char* path = std::getenv("PATH");
  if (!path) return {};
  for (const auto& name : names) {
    std::stringstream dirs(path);
    std::string dir;
    while (std::getline(dirs, dir, ':')) {
      if (dir.empty()) dir = ".";
      const std::string candidate = dir + "/" + name;
      if (::access(candidate.c_str(), X_OK) == 0 && !fs::is_directory(candidate)) return candidate;
    }
  }
  return {};
}

// A folder only we can read, removed with everything in it on every path out
// (a signal while Chromium prints unwinds through here too).
struct TempFolder {
  std::string path;
  TempFolder() {
    std::string t = (fs::temp_directory_path() / "positions-pdf-XXXXXX").string();
    if (::mkdtemp(t.data())) path = t;
  }
  ~TempFolder() {
    std::error_code ec;
    if (!path.empty()) fs::remove_all(path, ec);
  }
};

}  // namespace

std::string print_pdf_command(const std::string& html_file, const std::string& pdf_file) {
  return "chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=" + pdf_file +
         " " + html_file;
}

std::string print_pdf(const std::string& html, double timeout_seconds, const std::string& target) {
  const std::string shown = visible_inline(target);
  std::string html_name = target;
  if (html_name.size() > 4 && html_name.compare(html_name.size() - 4, 4, ".pdf") == 0) html_name.resize(html_name.size() - 4);
  html_name = visible_inline(html_name + ".html");
  const std::string by_hand = "\n  print it by hand: positions report ... --format html -o " + html_name + " && " +
                              print_pdf_command(html_name, shown);
  auto fail = [&](const std::string& why) { return WriteError("cannot print '" + shown + "': " + why + by_hand); };

  const char* env = std::getenv("POSITIONS_CHROMIUM");
  const std::string program = env && *env ? env : on_path({"chromium", "chromium-browser", "google-chrome"});
  if (program.empty())
    throw fail("Chromium is not installed (none of chromium, chromium-browser or google-chrome is on the PATH; on "
         "Debian: apt-get install chromium)");

  TempFolder dir;
  if (dir.path.empty()) throw fail("no temporary folder could be made: " + std::string(std::strerror(errno)));
  const std::string page = dir.path + "/briefing.html";
  const std::string pdf = dir.path + "/briefing.pdf";
  {
    std::ofstream out(page, std::ios::binary);
    out << html;
    out.close();
    if (!out) throw fail("the page could not be written to the temporary folder " + visible_inline(dir.path));
  }
  // Headless, no sandbox (it may run as root in a container), none of the
  // browser's own background traffic, a fresh profile; the page itself loads
  // nothing (its Content-Security-Policy forbids it).
  const Ran ran = run_program(program,
                              {"--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                               "--disable-component-update", "--disable-sync", "--disable-default-apps",
                               "--no-first-run", "--mute-audio", "--user-data-dir=" + dir.path + "/profile",
                               "--no-pdf-header-footer", "--print-to-pdf=" + pdf, "file://" + page},
                              "", timeout_seconds, kMaxLogBytes, "Chromium was printing");
  const std::string name = visible_inline(program);
  switch (ran.outcome) {
    case Ran::ok: break;
    case Ran::not_found: throw fail("Chromium '" + name + "' was not found");
    case Ran::not_started: throw fail("Chromium '" + name + "' could not be started: " + std::strerror(ran.error));
    case Ran::no_resources: throw fail("Chromium '" + name + "' could not be run: " + std::strerror(ran.error));
    case Ran::timed_out: throw fail("Chromium '" + name + "' did not finish within " + seconds_words(timeout_seconds));
    case Ran::too_much: throw fail("Chromium '" + name + "' wrote more than " + std::to_string(kMaxLogBytes) + " bytes of messages");
    case Ran::failed:
      throw fail("Chromium '" + name + "' failed" + (ran.first_error_line.empty() ? "" : ": " + ran.first_error_line));
  }
  std::ifstream in(pdf, std::ios::binary);
  std::string bytes;
  if (in) {
    std::ostringstream all;
    all << in.rdbuf();
    bytes = all.str();
  }
  if (bytes.size() > kMaxPdfBytes) throw fail("Chromium '" + name + "' made a PDF over " + std::to_string(kMaxPdfBytes) + " bytes");
  if (bytes.compare(0, 5, "%PDF-") != 0) throw fail("Chromium '" + name + "' made no PDF");
  return bytes;
}

}  // namespace positions::cli
