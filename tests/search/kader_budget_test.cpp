// The search index of the repository's own content (the kader, woordenlijst and VIT) stays within
// its budget: zoekindex.js at most 35% of the pages' text.
#include <catch2/catch.hpp>

#include "config/site_config.h"
#include "content/loader.h"
#include "core/file_system.h"
#include "pipeline/passes.h"
#include "search/documents.h"
#include "search/emit.h"
#include "search/index.h"

using namespace ww;

TEST_CASE("search budget - the kader's index is at most 35% of its text") {
  const std::string root = WEGWIJZER_SOURCE_DIR;
  DiskFileSystem fs;
  Diagnostics diags;
  SiteConfig config = load_site_config(fs, root + "/site-config.toml", diags);
  SiteContent content = load_content(fs, config, {}, diags);
  ParsedSite site = parse_site(std::move(content), {}, nullptr);
  for (const auto& pass : default_passes())
    if (pass.name != "search") pass.run(site, config, diags);
  REQUIRE_FALSE(diags.has_errors());

  SearchCorpus corpus = collect_search_documents(site);
  SearchIndex index = build_search_index(corpus);
  std::size_t text = 0;
  for (const auto& d : corpus.docs) text += d.heading.size() + d.text.size();
  std::size_t index_bytes = search_index_js(corpus, index).size();
  INFO("docs " << corpus.docs.size() << ", terms " << index.terms.size() << ", text " << text
               << " bytes, index " << index_bytes << " bytes");
  CHECK(corpus.docs.size() > 300);
  CHECK(text > 200000);
  CHECK(index_bytes * 100 <= text * 35);
  WARN("zoekindex.js: " << index_bytes << " bytes for " << text << " bytes of text ("
                        << (index_bytes * 100 / text) << "%), " << corpus.docs.size()
                        << " documents, " << index.terms.size() << " terms");
}
