#include <catch2/catch.hpp>
#include <mutex>
#include <set>

#include "support/mini_site.h"

using namespace ww;
using namespace ww::test;

namespace {
BuildResult build_kader(unsigned threads) {
  DiskFileSystem fs;
  BuildOptions o;
  o.config_path = "site-config.toml";
  o.theme_dirs = {"themes"};
  o.threads = threads;
  return build_memory(fs, o);
}
}  // namespace

TEST_CASE("render_pages - the kader's pages are the same with one worker and with three") {
  // Each worker keeps its own menus by folder: the pages it gets, and their order, must not matter.
  BuildResult one = build_kader(1);
  BuildResult three = build_kader(3);
  REQUIRE(one.ok);
  REQUIRE(three.ok);
  REQUIRE(one.files.size() == three.files.size());
  for (const auto& [path, html] : one.files) {
    INFO(path);
    REQUIRE(three.files.count(path));
    CHECK(three.files.at(path) == html);
  }
  // The menu marks the page itself and no other one (the second mark is the breadcrumb).
  for (const char* path :
       {"basiskenmerken/01-eenvoudig-systeem.html", "basiskenmerken/02-laagdrempelig.html"}) {
    INFO(path);
    const std::string& html = one.files.at(path);
    const std::string self = std::string(path).substr(15);
    CHECK(html.find("href=\"" + self + "\" aria-current=\"page\"") != std::string::npos);
    std::size_t marks = 0;
    for (std::size_t at = html.find("aria-current"); at != std::string::npos;
         at = html.find("aria-current", at + 1))
      ++marks;
    CHECK(marks == 2);
  }
}

namespace {
/// Counts what it is given and keeps nothing, like check's sink.
class CountingDiscard : public OutputSink {
 public:
  bool write(const std::string& path, std::string_view) override {
    std::lock_guard<std::mutex> lock(mutex_);
    paths.insert(path);
    return true;
  }
  [[nodiscard]] bool keeps_output() const override { return false; }
  std::set<std::string> paths;

 private:
  std::mutex mutex_;
};

/// A theme whose base.mustache switches to <% %> delimiters and then names the page body as a
/// partial: kainjow reads `main` as a template while rendering, so a body with "{{#open}}" fails
/// only then (check_templates cannot see it).
constexpr const char* kRenderTimeError = R"(-- site-config.toml --
title = "Test"
-- themes/standaard/templates/base.mustache --
{{=<% %>=}}<html><body><%> main %></body></html>
-- themes/standaard/templates/page.mustache --
<h1>{{page.title}}</h1>{{{page.content}}}
-- content/_index.md --
+++
title = "Home"
+++
Welkom.
-- content/kader/a.md --
+++
title = "Pagina a"
+++
Schrijf `{{#open}}` zonder einde.
-- content/kader/b.md --
+++
title = "Pagina b"
+++
Gewone tekst.
-- content/kader/c.md --
+++
title = "Pagina c"
+++
Ook gewone tekst.
)";

std::size_t count_of(const std::string& text, const std::string& part) {
  std::size_t n = 0;
  for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}
}  // namespace

TEST_CASE("render_pages - into a sink that keeps nothing the standard theme's pages are not made") {
  // check's sink: a page is only rendered when rendering can report a problem; the standard
  // theme's templates cannot fail once they compiled.
  DiskFileSystem fs;
  BuildOptions o;
  o.config_path = "site-config.toml";
  o.theme_dirs = {"themes"};
  CountingDiscard sink;
  Diagnostics diags;
  BuildStats stats;
  REQUIRE(build_site(fs, sink, o, diags, stats));
  const BuildResult& kept = kader_site();
  REQUIRE(kept.ok);
  std::size_t pages = 0;
  for (const auto& [path, html] : kept.files) {
    if (!path.ends_with(".html") || html.find("<html") == std::string::npos) continue;
    INFO(path);
    ++pages;
    CHECK(sink.paths.count(path) == 0);
  }
  CHECK(pages > 80);
  CHECK(sink.paths.count("css/tokens.css") == 1);  // the other files are still read and given
}

TEST_CASE("render_pages - a template that can fail while rendering is rendered into any sink") {
  MemoryFileSystem fs = mini_site(kRenderTimeError);
  BuildOptions o;
  o.threads = 1;
  const BuildResult kept = build_memory(fs, o);
  CHECK_FALSE(kept.ok);
  CHECK(kept.has_message("template-fout: Unclosed section"));
  CountingDiscard sink;
  Diagnostics diags;
  BuildStats stats;
  CHECK_FALSE(build_site(fs, sink, o, diags, stats));
  std::string messages;
  for (const auto& d : diags.items) messages += format_diagnostic(d) + "\n";
  CHECK(messages == kept.messages());
}

TEST_CASE(
    "render_pages - a template that fails while rendering is reported once, on any number "
    "of threads") {
  // kainjow keeps the error in the worker's copy of the template: the pages that worker rendered
  // next failed too, so the number of messages depended on which worker got which page.
  MemoryFileSystem fs = mini_site(kRenderTimeError);
  std::string first;
  for (unsigned threads : {1u, 2u, 4u}) {
    BuildOptions o;
    o.threads = threads;
    const BuildResult r = build_memory(fs, o);
    INFO("threads " << threads << "\n" << r.messages());
    CHECK_FALSE(r.ok);
    CHECK(count_of(r.messages(), "template-fout") == 1);
    CHECK(r.has_message("base.mustache: fout: template-fout: Unclosed section"));
    if (first.empty()) first = r.messages();
    CHECK(r.messages() == first);
  }
}
