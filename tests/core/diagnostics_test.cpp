#include "core/diagnostics.h"

#include <catch2/catch.hpp>

using namespace ww;

TEST_CASE("diagnostics - compiler format with rule and hint") {
  Diagnostic d{
      Severity::error, {"content/a.md", 12, 5}, "onbekende bron 'xyz'", "bedoelde u 'xy'?", "bron"};
  CHECK(format_diagnostic(d) ==
        "content/a.md:12:5: fout: onbekende bron 'xyz' [bron]\n  hint: bedoelde u 'xy'?");
  Diagnostic w{Severity::warning, {"x.md", 3, 0}, "let op", {}, {}};
  CHECK(format_diagnostic(w) == "x.md:3: waarschuwing: let op");
}

TEST_CASE("diagnostics - counting and sorting") {
  Diagnostics ds;
  ds.warning({"b.md", 1, 1}, "w");
  ds.error({"a.md", 9, 1}, "e2");
  ds.error({"a.md", 2, 4}, "e1");
  CHECK(ds.has_errors());
  CHECK(ds.count(Severity::error) == 2);
  sort_diagnostics(ds.items);
  CHECK(ds.items[0].message == "e1");
  CHECK(ds.items[1].message == "e2");
  CHECK(ds.items[2].message == "w");
}
