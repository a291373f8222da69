#include "cli/args.h"

#include <algorithm>

namespace ww {

std::optional<Args> parse_args(const std::vector<std::string>& argv,
                               const std::vector<CommandSpec>& specs, std::string& error) {
  Args a;
  if (argv.empty()) {
    a.command = "help";
    return a;
  }
  const std::string& first = argv[0];
  if (first == "--help" || first == "-h" || first == "help") {
    a.command = "help";
    return a;
  }
  if (first == "--version" || first == "-V") {
    a.command = "version";
    return a;
  }
  auto spec = std::find_if(specs.begin(), specs.end(),
                           [&](const CommandSpec& s) { return s.name == first; });
  if (spec == specs.end()) {
    error = "onbekende opdracht '" + first + "'";
    return std::nullopt;
  }
  a.command = first;
  auto has = [](const std::vector<std::string>& v, const std::string& x) {
    return std::find(v.begin(), v.end(), x) != v.end();
  };
  for (std::size_t i = 1; i < argv.size(); ++i) {
    std::string arg = argv[i];
    if (arg == "--help" || arg == "-h") {
      a.options["--help"] = "";
      continue;
    }
    if (arg.starts_with("--")) {
      std::string value;
      bool inline_value = false;
      if (auto eq = arg.find('='); eq != std::string::npos) {
        value = arg.substr(eq + 1);
        arg = arg.substr(0, eq);
        inline_value = true;
      }
      if (has(spec->flags, arg) && !inline_value) {
        a.options[arg] = "";
      } else if (has(spec->with_value, arg)) {
        if (!inline_value) {
          if (i + 1 >= argv.size()) {
            error = "optie " + arg + " heeft een waarde nodig";
            return std::nullopt;
          }
          value = argv[++i];
        }
        a.options[arg] = value;
      } else {
        error = "onbekende optie '" + arg + "' voor '" + a.command + "'";
        return std::nullopt;
      }
    } else if (arg.size() > 1 && arg[0] == '-') {
      error = "onbekende optie '" + arg + "'";
      return std::nullopt;
    } else {
      a.positional.push_back(arg);
      if (a.positional.size() > spec->max_positional) {
        error = "onverwacht argument '" + arg + "'";
        return std::nullopt;
      }
    }
  }
  return a;
}

bool number_option(const Args& args, const std::string& name, unsigned min, unsigned max,
                   unsigned& out, std::string& error) {
  auto it = args.options.find(name);
  if (it == args.options.end()) return true;
  const std::string& v = it->second;
  unsigned long long n = 0;
  bool ok = !v.empty() && v.size() <= 10 && v.find_first_not_of("0123456789") == std::string::npos;
  if (ok) {
    for (char c : v) n = n * 10 + static_cast<unsigned>(c - '0');
    ok = n >= min && n <= max;
  }
  if (!ok) {
    error = name + " verwacht een getal van " + std::to_string(min) + " tot en met " +
            std::to_string(max) + ", niet '" + v + "'";
    return false;
  }
  out = static_cast<unsigned>(n);
  return true;
}

}  // namespace ww
