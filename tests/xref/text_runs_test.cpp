#include "xref/text_runs.h"

#include <catch2/catch.hpp>

using namespace ww;

namespace {

struct Seen {
  std::string text;
  bool blocked = false;
};

std::vector<Seen> runs_of(cmark_node* root) {
  std::vector<Seen> out;
  for_each_text_run(root, [&](TextRun& run) {
    out.push_back({run.text, run.blocked_by != nullptr});
  });
  return out;
}

}  // namespace

TEST_CASE(
    "text runs - document order, soft breaks joined, headings and links blocked, images skipped") {
  NodePtr doc = parse_markdown(
      "# Kop een\n\nEerste regel\ntweede *nadruk* [link](a.md) ![alt](b.png) eind.\n", {});
  const auto runs = runs_of(doc.get());
  REQUIRE(runs.size() == 7);
  CHECK(runs[0].text == "Kop een");
  CHECK(runs[0].blocked);
  CHECK(runs[1].text == "Eerste regel\ntweede ");
  CHECK_FALSE(runs[1].blocked);
  CHECK(runs[2].text == "nadruk");
  CHECK(runs[3].text == " ");
  CHECK(runs[4].text == "link");
  CHECK(runs[4].blocked);
  CHECK(runs[5].text == " ");  // between the link and the image, whose alt text is no run
  CHECK(runs[6].text == " eind.");
}

TEST_CASE("text runs - replacing each run as it is visited reaches every run once") {
  NodePtr doc = parse_markdown("Een *twee* drie\nvier.\n\n- vijf\n- zes [zeven](x.md)\n", {});
  std::vector<std::string> seen;
  for_each_text_run(doc.get(), [&](TextRun& run) {
    seen.push_back(run.text);
    if (run.blocked_by) return;
    replace_run(run, {{0, 0, make_wrapped_text("<b>", run.text, "</b>")}});
  });
  CHECK(seen == std::vector<std::string>{"Een ", "twee", " drie\nvier.", "vijf", "zes ", "zeven"});
  const std::string html = render_html(doc.get());
  INFO(html);
  CHECK(html.find("<b>Een </b><em><b>twee</b></em><b> drie\nvier.</b>") != std::string::npos);
  CHECK(html.find("<b>zes </b><a href=\"x.md\">zeven</a>") != std::string::npos);
}
