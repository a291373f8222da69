#include "cli/args.h"

#include <catch2/catch.hpp>

using namespace ww;

TEST_CASE("args - commands, flags, values and usage errors") {
  std::vector<CommandSpec> specs = {{"build", {"--drafts", "--quiet"}, {"--config", "--out"}, 0}};
  std::string err;
  auto a = parse_args({"build", "--config", "x.toml", "--out=pub", "--drafts"}, specs, err);
  REQUIRE(a.has_value());
  CHECK(a->options.at("--config") == "x.toml");
  CHECK(a->options.at("--out") == "pub");
  CHECK(a->options.count("--drafts"));
  CHECK_FALSE(parse_args({"build", "--snel"}, specs, err).has_value());
  CHECK(err.find("onbekende optie '--snel'") != std::string::npos);
  CHECK_FALSE(parse_args({"bouw"}, specs, err).has_value());
  CHECK_FALSE(parse_args({"build", "--config"}, specs, err).has_value());
  CHECK_FALSE(parse_args({"build", "extra"}, specs, err).has_value());
  CHECK(parse_args({"--version"}, specs, err)->command == "version");
  CHECK(parse_args({}, specs, err)->command == "help");
}
