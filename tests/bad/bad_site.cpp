#include "bad/bad_site.h"

#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <regex>
#include <sstream>

namespace fs = std::filesystem;

namespace ww::bad {

namespace {

std::string trim(std::string s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.pop_back();
  while (!s.empty() && s.front() == ' ') s.erase(0, 1);
  return s;
}

/// Every file below `root` with its bytes; `skip` names top folders to leave out.
std::map<std::string, std::string> read_tree(const fs::path& root,
                                             const std::vector<std::string>& skip = {}) {
  std::map<std::string, std::string> out;
  if (!fs::exists(root)) return out;
  for (auto it = fs::recursive_directory_iterator(root); it != fs::recursive_directory_iterator();
       ++it) {
    const std::string rel = fs::relative(it->path(), root).generic_string();
    if (it.depth() == 0 &&
        std::find(skip.begin(), skip.end(), it->path().filename().string()) != skip.end()) {
      if (it->is_directory() && !it->is_symlink()) it.disable_recursion_pending();
      continue;
    }
    if (it->is_symlink()) {
      out[rel] = "-> " + fs::read_symlink(it->path()).generic_string();
      if (it->is_directory()) it.disable_recursion_pending();
    } else if (it->is_regular_file()) {
      out[rel] = read_file(it->path());
    }
  }
  return out;
}

struct RunResult {
  int exit_code = -1;
  bool signaled = false;
  std::string output;
};

RunResult run_build(const fs::path& site) {
  const fs::path log = site.parent_path() / "build-output.txt";
  // timeout: a hang fails the case instead of the whole test run.
  const std::string cmd = "cd '" + site.string() +
                          "' && timeout -k 5 300 '" WEGWIJZER_BINARY "' build > '" + log.string() +
                          "' 2>&1";
  int status = std::system(cmd.c_str());
  RunResult r;
  r.output = read_file(log);
  fs::remove(log);
  if (WIFSIGNALED(status)) {
    r.signaled = true;
  } else {
    r.exit_code = WEXITSTATUS(status);
    r.signaled = r.exit_code > 128;  // the shell reports a child killed by signal N as 128+N
  }
  return r;
}

void copy_over(const fs::path& from, const fs::path& to) {
  for (const auto& e : fs::recursive_directory_iterator(from)) {
    const fs::path rel = fs::relative(e.path(), from);
    if (rel == "verwacht.txt") continue;
    if (e.is_directory())
      fs::create_directories(to / rel);
    else
      fs::copy_file(e.path(), to / rel, fs::copy_options::overwrite_existing);
  }
}

}  // namespace

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void write_file(const fs::path& p, const std::string& text) {
  fs::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary) << text;
}

Expectation parse_expectation(const std::string& text) {
  Expectation e;
  std::istringstream in(text);
  std::string line;
  auto rest = [&](std::size_t n) { return trim(line.substr(n)); };
  while (std::getline(in, line)) {
    line = trim(line);
    if (line.empty() || line.front() == '#') continue;
    if (line.rfind("exit ", 0) == 0)
      e.exit_code = std::stoi(rest(5));
    else if (line.rfind("meldt ", 0) == 0)
      e.messages.push_back(rest(6));
    else if (line.rfind("zonder-positie ", 0) == 0)
      e.without_position.push_back(rest(15));
    else if (line.rfind("bestand ", 0) == 0)
      e.files.push_back(rest(8));
    else if (line.rfind("bevat ", 0) == 0 && line.find(" :: ") != std::string::npos) {
      std::size_t sep = line.find(" :: ");
      e.contains.emplace_back(trim(line.substr(6, sep - 6)), line.substr(sep + 4));
    } else {
      throw std::runtime_error("verwacht.txt: unknown line: " + line);
    }
  }
  return e;
}

std::vector<fs::path> case_dirs() {
  std::vector<fs::path> out;
  for (const auto& e : fs::directory_iterator(fs::path(WEGWIJZER_SOURCE_DIR) / "tests/bad/cases"))
    if (e.is_directory()) out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

Outcome run_case(const fs::path& site, const fs::path& case_dir, const Expectation& expect,
                 const std::function<void(const fs::path&)>& prepare) {
  Outcome o;
  fs::copy(fs::path(WEGWIJZER_SOURCE_DIR) / "tests/bad/base", site, fs::copy_options::recursive);
  RunResult first = run_build(site);
  if (first.exit_code != 0) {
    o.problems.push_back("the base site does not build:\n" + first.output);
    return o;
  }
  const auto previous = read_tree(site / "public");
  if (!case_dir.empty()) copy_over(case_dir, site);
  if (prepare) prepare(site);
  const auto sources = read_tree(site, {"public"});

  RunResult r = run_build(site);
  o.exit_code = r.exit_code;
  o.signaled = r.signaled;
  o.output = r.output;
  auto problem = [&](const std::string& p) { o.problems.push_back(p); };

  if (r.signaled) problem("crashed or timed out (exit " + std::to_string(r.exit_code) + ")");
  for (const char* bad :
       {"AddressSanitizer", "LeakSanitizer", "runtime error:", "interne fout", "terminate called"})
    if (r.output.find(bad) != std::string::npos)
      problem(std::string("output shows a crash: ") + bad);
  if (r.exit_code != expect.exit_code)
    problem("exit code " + std::to_string(r.exit_code) + ", expected " +
            std::to_string(expect.exit_code));

  // Every diagnostic names file:line:col (or, where the case allows it, a file or folder).
  static const std::regex positioned(R"(^(.+?):(\d+):(\d+): (fout|waarschuwing|opmerking): .+)");
  static const std::regex file_only(R"(^(.+?): (fout|waarschuwing|opmerking): .+)");
  std::istringstream lines(r.output);
  std::string line;
  std::vector<std::string> all_lines;
  while (std::getline(lines, line)) {
    all_lines.push_back(line);
    std::smatch m;
    if (std::regex_match(line, m, positioned)) {
      if (std::stoi(m[2]) < 1 || std::stoi(m[3]) < 1) problem("line or column 0: " + line);
      continue;
    }
    if (std::regex_match(line, m, file_only)) {
      if (m[2] != "fout") continue;  // warnings about a whole file may go without a position
      bool allowed = false;
      for (const auto& w : expect.without_position)
        allowed = allowed || line.find(w) != std::string::npos;
      if (!allowed) problem("error without line:col: " + line);
      continue;
    }
    if (line.rfind("fout: ", 0) == 0 || line.rfind("wegwijzer: ", 0) == 0)
      problem("message without a file: " + line);
  }
  for (const auto& want : expect.messages) {
    bool found = false;
    // A hint line ("  hint: bedoelde u …") is matched without its indent.
    for (const auto& l : all_lines)
      found = found || l.rfind(want, 0) == 0 || trim(l).rfind(want, 0) == 0;
    if (!found) problem("missing message: " + want);
  }

  // The sources are never touched.
  if (read_tree(site, {"public"}) != sources) problem("the build changed files outside public/");

  if (expect.exit_code != 0) {
    if (read_tree(site / "public") != previous) problem("the previous public/ was changed");
    if (fs::exists(site / "public.nieuw") || fs::exists(site / "public.oud"))
      problem("staging folder left behind");
    if (r.output.find("de vorige uitvoer") == std::string::npos)
      problem("no summary that public/ is unchanged");
  } else {
    for (const auto& f : expect.files)
      if (!fs::is_regular_file(site / "public" / f)) problem("missing output file: " + f);
    for (const auto& [f, text] : expect.contains)
      if (read_file(site / "public" / f).find(text) == std::string::npos)
        problem(f + " does not contain: " + text);
  }
  return o;
}

}  // namespace ww::bad
