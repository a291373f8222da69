// The floor of a whole build, for judging how far a speed goal can be reached: the least work
// any generator of this site must do, and nothing more. For every .md file below a folder it
// reads the file, skips the TOML front matter, parses it with cmark-gfm (the extensions
// wegwijzer uses), renders the HTML and writes it to OUT/<path>.html, on N threads that take
// the files in turn. No templates, no cross-links, no glossary, no search index, no navigation.
//
// usage: pipeline_floor DIR OUT [THREADS]   (OUT must not exist; THREADS defaults to 1)
#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>
#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <string>
#include <thread>
#include <vector>

namespace {

namespace fs = std::filesystem;

std::string read_all(const fs::path& path) {
  std::string text;
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return text;
  char buffer[65536];
  for (ssize_t n; (n = ::read(fd, buffer, sizeof buffer)) > 0;)
    text.append(buffer, static_cast<std::size_t>(n));
  ::close(fd);
  return text;
}

bool write_all(const fs::path& path, const char* data, std::size_t size) {
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) return false;
  while (size > 0) {
    ssize_t n = ::write(fd, data, size);
    if (n <= 0) break;
    data += n;
    size -= static_cast<std::size_t>(n);
  }
  return ::close(fd) == 0 && size == 0;
}

// One page: read, parse, render, write. Returns the bytes of HTML, or -1 when writing failed.
long page(const fs::path& in, const fs::path& out) {
  std::string text = read_all(in);
  std::string_view body = text;
  if (body.starts_with("+++")) {
    auto end = body.find("\n+++", 3);
    if (end != std::string_view::npos) {
      auto next = body.find('\n', end + 1);
      body = next == std::string_view::npos ? std::string_view{} : body.substr(next + 1);
    }
  }
  cmark_parser* parser = cmark_parser_new(CMARK_OPT_FOOTNOTES);
  for (const char* name : {"table", "strikethrough", "autolink", "tagfilter", "tasklist"})
    cmark_parser_attach_syntax_extension(parser, cmark_find_syntax_extension(name));
  cmark_parser_feed(parser, body.data(), body.size());
  cmark_node* doc = cmark_parser_finish(parser);
  char* html =
      cmark_render_html(doc, CMARK_OPT_FOOTNOTES, cmark_parser_get_syntax_extensions(parser));
  std::size_t size = std::char_traits<char>::length(html);
  bool ok = write_all(out, html, size);
  free(html);
  cmark_node_free(doc);
  cmark_parser_free(parser);
  return ok ? static_cast<long>(size) : -1;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3 || argc > 4) {
    std::cerr << "usage: pipeline_floor DIR OUT [THREADS]\n";
    return 2;
  }
  const fs::path root = argv[1], out = argv[2];
  const unsigned threads = argc == 4 ? static_cast<unsigned>(std::atoi(argv[3])) : 1U;
  if (threads == 0 || fs::exists(out)) {
    std::cerr << "pipeline_floor: THREADS must be 1 or more and OUT must not exist\n";
    return 2;
  }
  cmark_gfm_core_extensions_ensure_registered();
  std::vector<fs::path> paths;
  for (const auto& e : fs::recursive_directory_iterator(root))
    if (e.is_regular_file() && e.path().extension() == ".md") paths.push_back(e.path());
  std::sort(paths.begin(), paths.end());
  // The output folders first, as a generator knows its pages' paths before it writes them.
  std::vector<fs::path> targets;
  targets.reserve(paths.size());
  for (const auto& p : paths) {
    fs::path target = out / fs::relative(p, root);
    target.replace_extension(".html");
    fs::create_directories(target.parent_path());
    targets.push_back(std::move(target));
  }
  std::atomic<std::size_t> next{0};
  std::atomic<long> bytes{0};
  std::atomic<bool> failed{false};
  auto work = [&] {
    for (std::size_t i; (i = next.fetch_add(1)) < paths.size();) {
      long n = page(paths[i], targets[i]);
      if (n < 0)
        failed = true;
      else
        bytes += n;
    }
  };
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(work);
  work();
  for (auto& t : pool) t.join();
  if (failed) {
    std::cerr << "pipeline_floor: could not write every page\n";
    return 1;
  }
  std::cout << paths.size() << " pages, " << bytes << " bytes of HTML\n";
  return 0;
}
