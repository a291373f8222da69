#pragma once
/// Optional parts of the program that are loaded only by the commands that use them
/// (docs/architecture.md, "Modules"): `wegwijzer-git.so` (libgit2: editions from a git ref) and
/// `wegwijzer-http.so` (cpp-httplib: `serve`). The binary itself does not link those libraries, so
/// every other command starts without loading them and the ~20 libraries they pull in.
///
/// A module is a shared object built in the same build as the binary. It exports the C symbol
/// `wegwijzer_module_build` (the build it belongs to, checked on loading) and one entry point
/// that the caller looks up. A loaded module is owned by the command that loaded it: nothing
/// here keeps a handle in a global.
#include <optional>
#include <string>
#include <vector>

namespace ww {

/// The folders modules are looked for in, for a binary at `exe`, in this order:
///   1. <exe>/../lib/wegwijzer: the installed tool (Debian package, `cmake --install`);
///   2. <folder of exe>/lib/wegwijzer: the build folder (build/wegwijzer, build/lib/wegwijzer/).
/// An empty `exe` (not known) gives no folders.
std::vector<std::string> module_dirs(const std::string& exe);

/// The same for this process, from /proc/self/exe (so the installed tool works from any folder).
std::vector<std::string> module_dirs();

/// A loaded module; unloaded when destroyed (after everything made with its code is gone).
class Module {
 public:
  Module(Module&& other) noexcept;
  Module& operator=(Module&& other) noexcept;
  Module(const Module&) = delete;
  Module& operator=(const Module&) = delete;
  ~Module();

  /// The address of the exported symbol `name`, or nullptr.
  [[nodiscard]] void* symbol(const char* name) const;
  /// The file it was loaded from.
  [[nodiscard]] const std::string& path() const { return path_; }

 private:
  friend std::optional<Module> load_module(const std::string&, const std::string&,
                                           const std::vector<std::string>&, std::string&);
  Module(void* handle, std::string path) : handle_(handle), path_(std::move(path)) {}
  void* handle_ = nullptr;
  std::string path_;
};

/// The build id every module and the binary of one build share (WEGWIJZER_MODULE_BUILD).
const char* module_build_id();

/// Loads `file` from the first of `dirs` that has it and checks that it belongs to this build.
/// On failure returns nullopt and sets `problem` to a Dutch message that says what is missing
/// (`purpose`: what the module is for, "git lezen"), every folder searched, or why it could
/// not be loaded.
std::optional<Module> load_module(const std::string& file, const std::string& purpose,
                                  const std::vector<std::string>& dirs, std::string& problem);

}  // namespace ww
