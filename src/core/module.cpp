#include "core/module.h"

#include <dlfcn.h>

#include <cstring>
#include <filesystem>
#include <utility>

#ifndef WEGWIJZER_MODULE_BUILD
#error "WEGWIJZER_MODULE_BUILD must be defined (src/core/CMakeLists.txt)"
#endif

namespace ww {

std::vector<std::string> module_dirs(const std::string& exe) {
  if (exe.empty()) return {};
  const std::filesystem::path bin = std::filesystem::path(exe).parent_path();
  return {(bin.parent_path() / "lib/wegwijzer").string(), (bin / "lib/wegwijzer").string()};
}

std::vector<std::string> module_dirs() {
  std::error_code ec;
  const auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  return module_dirs(ec ? std::string{} : exe.string());
}

Module::Module(Module&& other) noexcept
    : handle_(std::exchange(other.handle_, nullptr)), path_(std::move(other.path_)) {}

Module& Module::operator=(Module&& other) noexcept {
  if (this != &other) {
    if (handle_) dlclose(handle_);
    handle_ = std::exchange(other.handle_, nullptr);
    path_ = std::move(other.path_);
  }
  return *this;
}

Module::~Module() {
  if (handle_) dlclose(handle_);
}

void* Module::symbol(const char* name) const { return handle_ ? dlsym(handle_, name) : nullptr; }

const char* module_build_id() { return WEGWIJZER_MODULE_BUILD; }

std::optional<Module> load_module(const std::string& file, const std::string& purpose,
                                  const std::vector<std::string>& dirs, std::string& problem) {
  std::error_code ec;
  for (const auto& dir : dirs) {
    const std::string path = (std::filesystem::path(dir) / file).string();
    if (!std::filesystem::is_regular_file(path, ec)) continue;
    // RTLD_LOCAL: the module's libraries (libgit2, cpp-httplib) stay out of the global scope.
    void* handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (!handle) {
      const char* why = dlerror();
      problem = "de module " + path + " (nodig om " + purpose +
                ") kan niet geladen worden: " + (why ? why : "onbekende fout");
      return std::nullopt;
    }
    Module module(handle, path);
    const auto* build = static_cast<const char*>(module.symbol("wegwijzer_module_build"));
    if (!build || std::strcmp(build, module_build_id()) != 0) {
      problem = "de module " + path + " (nodig om " + purpose +
                ") hoort bij een andere versie van wegwijzer (" + (build ? build : "onbekend") +
                ", verwacht " + module_build_id() + "); installeer wegwijzer opnieuw";
      return std::nullopt;
    }
    return module;
  }
  problem = "de module " + file + " (nodig om " + purpose + ") is niet gevonden; gezocht in: ";
  if (dirs.empty()) problem += "(geen map: de plaats van het programma is onbekend)";
  for (std::size_t i = 0; i < dirs.size(); ++i) problem += (i ? ", " : "") + dirs[i];
  problem +=
      ". Installeer wegwijzer opnieuw (het pakket, of cmake --install): dat zet de module in "
      "lib/wegwijzer";
  return std::nullopt;
}

}  // namespace ww
