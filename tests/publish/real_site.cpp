#include "publish/real_site.h"

#include "core/module.h"
#include "pipeline/build_zip.h"

namespace ww::test {

RealSite build_real_site() {
  DiskFileSystem fs;
  BuildOptions o;
  o.module_dirs = module_dirs(WEGWIJZER_BINARY);  // the zip and hash modules
  o.theme_dirs = {"themes"};
  o.threads = 2;
  MemoryOutput out;
  Diagnostics diags;
  BuildStats stats;
  RealSite site;
  site.ok = build_site_with_zip(fs, out, o, diags, stats, site.zip);
  for (const auto& d : diags.items) site.messages += format_diagnostic(d) + "\n";
  site.files = out.files();
  site.zip_file = stats.zip_file;
  return site;
}

const RealSite& real_site() {
  static const RealSite site = build_real_site();
  return site;
}

}  // namespace ww::test
