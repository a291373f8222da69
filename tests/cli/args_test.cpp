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

TEST_CASE("args - number options take only whole numbers in their range") {
  std::vector<CommandSpec> specs = {{"build", {}, {"--threads"}, 0}};
  std::string err;
  unsigned n = 7;
  auto absent = parse_args({"build"}, specs, err);
  CHECK(number_option(*absent, "--threads", 1, 64, n, err));
  CHECK(n == 7);
  CHECK(number_option(*parse_args({"build", "--threads", "12"}, specs, err), "--threads", 1, 64, n,
                      err));
  CHECK(n == 12);
  for (const char* bad : {"abc", "", "-1", "0", "65", "3x", " 3", "+3", "99999999999999999999"}) {
    INFO(bad);
    err.clear();
    CHECK_FALSE(number_option(*parse_args({"build", "--threads", bad}, specs, err), "--threads", 1,
                              64, n, err));
    CHECK(err ==
          "--threads verwacht een getal van 1 tot en met 64, niet '" + std::string(bad) + "'");
    CHECK(n == 12);
  }
}
