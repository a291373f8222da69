// The floor for the benchmark: cmark-gfm alone parses and renders every .md file below a
// folder, in one process, on one thread (front matter skipped), and writes nothing.
#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <vector>

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: cmark_floor DIR\n";
    return 2;
  }
  cmark_gfm_core_extensions_ensure_registered();
  std::size_t files = 0, bytes = 0;
  std::vector<std::filesystem::path> paths;
  for (const auto& e : std::filesystem::recursive_directory_iterator(argv[1]))
    if (e.is_regular_file() && e.path().extension() == ".md") paths.push_back(e.path());
  std::sort(paths.begin(), paths.end());
  for (const auto& p : paths) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    std::string text = ss.str();
    if (text.rfind("+++", 0) == 0) {
      auto end = text.find("\n+++", 3);
      if (end != std::string::npos) text = text.substr(text.find('\n', end + 1) + 1);
    }
    cmark_parser* parser = cmark_parser_new(CMARK_OPT_FOOTNOTES);
    for (const char* name : {"table", "strikethrough", "autolink", "tagfilter", "tasklist"})
      cmark_parser_attach_syntax_extension(parser, cmark_find_syntax_extension(name));
    cmark_parser_feed(parser, text.data(), text.size());
    cmark_node* doc = cmark_parser_finish(parser);
    char* html =
        cmark_render_html(doc, CMARK_OPT_FOOTNOTES, cmark_parser_get_syntax_extensions(parser));
    bytes += std::char_traits<char>::length(html);
    free(html);
    cmark_node_free(doc);
    cmark_parser_free(parser);
    ++files;
  }
  std::cout << files << " files, " << bytes << " bytes of HTML\n";
  return 0;
}
