// make_zip: loads the zip module (publish/zip_libzip.cpp) for the one call (core/module.h).
#include "core/module.h"
#include "publish/zip_writer.h"

namespace ww {

std::optional<Module> load_zip_module(const std::vector<std::string>& module_dirs,
                                      std::string& error) {
  return load_module(kZipModuleFile, "het zip-bestand te maken", module_dirs, error);
}

std::optional<std::string> make_zip(const std::map<std::string, std::string>& files,
                                    const ZipSettings& settings,
                                    const std::vector<std::string>& module_dirs,
                                    std::string& error) {
  std::optional<Module> module = load_zip_module(module_dirs, error);
  if (!module) return std::nullopt;
  auto entry = reinterpret_cast<ZipWithLibzip>(module->symbol(kZipModuleEntry));
  if (!entry) {
    error = "de module " + module->path() + " heeft geen " + kZipModuleEntry +
            "; installeer wegwijzer opnieuw";
    return std::nullopt;
  }
  std::string zip;
  if (!entry(files, settings, zip, error)) return std::nullopt;
  return zip;
}

}  // namespace ww
