#include "templates/compiled_templates.h"

#include <catch2/catch.hpp>
#include <thread>
#include <vector>

#include "templates/layered_context.h"
#include "templates/page_data.h"
#include "templates/parts.h"

using namespace ww;

namespace {
std::string render(CompiledTemplate& m, const kainjow::mustache::data& root) {
  LayeredContext ctx({&root});
  return render_to_string(m, ctx);
}
}  // namespace

TEST_CASE("compiled templates - a worker's copy renders like a fresh compile, escaped as always") {
  Theme theme;
  theme.templates["page"] = {"page", "page.mustache",
                             "<h1>{{titel}}</h1>{{#lijst}}<li>{{.}}</li>{{/lijst}}{{{main}}}"};
  theme.templates["kapot"] = {"kapot", "kapot.mustache", "{{#open}}"};
  theme.templates["leeg"] = {"leeg", "leeg.mustache", ""};
  const CompiledTemplates compiled = compile_templates(theme);
  REQUIRE(compiled.size() == 3);
  CHECK(compiled.is_valid("page"));
  CHECK(compiled.is_valid("leeg"));
  CHECK_FALSE(compiled.is_valid("kapot"));
  CHECK(compiled.at("page").is_valid());
  CHECK(compiled.at("leeg").is_valid());
  CHECK_FALSE(compiled.at("kapot").is_valid());

  kainjow::mustache::data root;
  root.set("titel", "Jan's <plan>");
  kainjow::mustache::data lijst{kainjow::mustache::data::type::list};
  lijst.push_back("a&b");
  lijst.push_back("c");
  root.set("lijst", lijst);
  root.set("main", "<p>x</p>");
  const std::string expected = "<h1>Jan&#39;s &lt;plan&gt;</h1><li>a&amp;b</li><li>c</li><p>x</p>";
  CompiledTemplate fresh = compile_template(theme.templates.at("page").text);
  CHECK(render(fresh, root) == expected);

  TemplateCopies copies(compiled);
  CompiledTemplate* copy = copies.get("page");
  REQUIRE(copy != nullptr);
  CHECK(copies.get("page") == copy);  // one copy per worker, made once
  CHECK(render(*copy, root) == expected);
  CHECK(render(*copy, root) == expected);  // and it renders again the same
  CHECK(copies.get("bestaatniet") == nullptr);
}

TEST_CASE("compiled templates - compiled on first use, once for the same text, on any thread") {
  Theme theme;
  theme.templates["page"] = {"page", "page.mustache", "<p>{{titel}}</p>"};
  theme.templates["term"] = {"term", "term.mustache", "<p>{{titel}}</p>"};
  theme.templates["base"] = {"base", "base.mustache", "<main>{{{main}}}</main>"};
  const CompiledTemplates compiled = compile_templates(theme);
  CHECK(&compiled.at("page") == &compiled.at("term"));  // the same text is parsed once
  CHECK(&compiled.at("page") != &compiled.at("base"));
  CHECK_THROWS_AS(compiled.at("bestaatniet"), std::out_of_range);
  std::vector<const CompiledTemplate*> got(6);
  std::vector<std::thread> threads;
  for (std::size_t t = 0; t < got.size(); ++t)
    threads.emplace_back([&, t] { got[t] = &compiled.at("base"); });
  for (auto& th : threads) th.join();
  for (const auto* g : got) CHECK(g == got[0]);
  kainjow::mustache::data root;
  root.set("main", "<b>x</b>");
  CompiledTemplate copy = *got[0];
  CHECK(render(copy, root) == "<main><b>x</b></main>");
}

TEST_CASE("compiles_certainly - says a text compiles exactly when kainjow compiles it") {
  // Texts whose tags are hard for a scan; each is also checked against kainjow itself.
  const std::vector<std::string> texts = {"",
                                          "x",
                                          "{{",
                                          "x{{",
                                          "{{}}",
                                          "{{{",
                                          "{{{}}",
                                          "{{{}}}",
                                          "{{{x}}",
                                          "{{{x}}}",
                                          "{{x}}}",
                                          "{{#a}}",
                                          "{{/a}}",
                                          "{{#a}}{{/a}}",
                                          "{{#a}}{{/b}}",
                                          "{{^a}}{{/a}}",
                                          "{{ # a }}{{/ a }}",
                                          "{{#a}}{{#b}}{{/b}}{{/a}}",
                                          "{{#a}}{{#b}}{{/a}}{{/b}}",
                                          "{{#a}}{{{/a}}}",
                                          "{{#a}}{{&/a}}",
                                          "{{!{{#a}}}}",
                                          "{{! {{/a}} }}",
                                          "{{#a\n}}{{/a}}",
                                          "{{#a}}\n{{/a}}\r\n",
                                          "{{#}}{{/}}",
                                          "{{# }}{{/}}",
                                          "{{#a}}{{/a }}",
                                          "{{#a }}{{/a}}x{{",
                                          "{{{{a}}}}",
                                          "{{{#a}}}{{/a}}",
                                          "{{#a}}{{/a}}}}",
                                          "}}{{x}}",
                                          "{{=<% %>=}}<%x%>",
                                          "{{=<% %>=}}<%#a%>",
                                          "{{= =}}",
                                          "{{x}",
                                          "{{#\ta\t}}{{/a}}",
                                          "{{#a}}{{>b}}{{/a}}",
                                          "{{#a}}{{ / a }}",
                                          "{{\xe9#a}}"};
  for (const auto& t : texts) {
    INFO(t);
    const bool kainjow_valid = compile_template(t).is_valid();
    if (compiles_certainly(t)) CHECK(kainjow_valid);
    // Exact when the delimiters stay: "certainly" is then also said for every valid text.
    if (t.find("{{=") == std::string::npos) CHECK(compiles_certainly(t) == kainjow_valid);
  }
  // And on many texts made of pieces of tags (a fixed seed: the same texts every run).
  const std::vector<std::string> pieces = {"{{", "}}", "{", "}", "#a", "/a", "^a",   "#b", "/b",
                                           " ",  "\n", "x", "&", "!",  "=",  "\r\n", "{{{"};
  std::uint32_t seed = 20261206;
  int checked = 0, valid = 0;
  for (int n = 0; n < 20000; ++n) {
    std::string t;
    seed = seed * 1664525u + 1013904223u;
    const int len = 1 + int(seed >> 28);
    for (int i = 0; i < len; ++i) {
      seed = seed * 1664525u + 1013904223u;
      t += pieces[(seed >> 16) % pieces.size()];
    }
    const bool kainjow_valid = compile_template(t).is_valid();
    const bool certain = compiles_certainly(t);
    INFO(t);
    if (certain) REQUIRE(kainjow_valid);
    if (t.find('=') == std::string::npos) REQUIRE(certain == kainjow_valid);
    ++checked;
    valid += kainjow_valid;
  }
  CHECK(checked == 20000);
  CHECK(valid > 1000);   // the texts are not all broken
  CHECK(valid < 19000);  // nor all fine
}

TEST_CASE("parts - a partial renders the same on many threads, and its error is reported once") {
  Theme theme;
  theme.partials["groet"] = {"groet", "templates/partials/groet.mustache",
                             "<p>{{naam}}{{#extra}} en {{.}}{{/extra}}</p>"};
  theme.partials["kapot"] = {"kapot", "templates/partials/kapot.mustache", "{{/dicht}}"};
  Diagnostics diags;
  const PartRenderer parts = part_renderer(theme, diags);
  std::vector<std::vector<std::string>> got(4);
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&, t] {
      for (int i = 0; i < 50; ++i) {
        toml::table data{{"naam", "Piet & " + std::to_string(t * 100 + i)}};
        if (i % 2) data.insert("extra", toml::array{"Klaas", "Els"});
        got[t].push_back(parts("groet", data));
        got[t].push_back(parts("kapot", data));
      }
    });
  for (auto& th : threads) th.join();
  for (int t = 0; t < 4; ++t)
    for (int i = 0; i < 50; ++i) {
      std::string want = "<p>Piet &amp; " + std::to_string(t * 100 + i) +
                         (i % 2 ? " en Klaas en Els" : "") + "</p>";
      CHECK(got[t][2 * i] == want);
      CHECK(got[t][2 * i + 1].empty());
    }
  REQUIRE(diags.items.size() == 1);
  CHECK(diags.items[0].pos.file == "templates/partials/kapot.mustache");
  // A syntax error is said in Dutch, at its line and column (not kainjow's English message).
  CHECK(diags.items[0].message ==
        "template klopt niet: '{{/dicht}}' sluit een sectie die niet geopend is");
  CHECK(diags.items[0].pos.line == 1);
  CHECK(diags.items[0].pos.col == 1);
}

TEST_CASE("compiled templates - text_data holds the text it took over") {
  std::string body(100000, 'x');
  body += "<p>einde</p>";
  const std::string want = body;
  kainjow::mustache::data root;
  root.set("main", text_data(std::move(body)));
  CHECK(root.get("main")->string_value() == want);
  CompiledTemplate m = compile_template("<main>{{{main}}}</main>");
  CHECK(render(m, root) == "<main>" + want + "</main>");
}

TEST_CASE("part data - taken while converted: the same template data, the table emptied") {
  // A merge's part (bronnen.html's list) is converted into the template's data while its tables
  // are freed, so the data is not held twice; the partial must see exactly the same data.
  const auto make = [] {
    toml::array paginas;
    for (int i = 0; i < 3; ++i)
      paginas.push_back(toml::table{{"title", "Pagina " + std::to_string(i)}, {"url", "p.html"}});
    return toml::table{
        {"bronnen", toml::array{toml::table{{"id", "b1"},
                                            {"veel", false},
                                            {"aantal", 3},
                                            {"genoemd", toml::table{{"paginas", paginas}}}}}}};
  };
  Theme theme;
  theme.partials["lijst"] = {"lijst", "templates/partials/lijst.mustache",
                             "{{#bronnen}}{{id}} {{aantal}}{{^veel}}!{{/veel}}:{{#genoemd}}"
                             "{{#paginas}}<a href=\"{{url}}\">{{title}}</a>{{/paginas}}"
                             "{{/genoemd}}{{/bronnen}}"};
  Diagnostics diags;
  const PartRenderer parts = part_renderer(theme, diags);
  toml::table data = make();
  const toml::table copy = make();
  CHECK(parts("lijst", std::move(data)) ==
        "b1 3!:<a href=\"p.html\">Pagina 0</a><a href=\"p.html\">Pagina 1</a>"
        "<a href=\"p.html\">Pagina 2</a>");
  toml::table taken = make();
  const kainjow::mustache::data a = take_toml_data(std::move(taken));
  const kainjow::mustache::data b = toml_to_data(copy);
  CompiledTemplate m = compile_template(theme.partials["lijst"].text);
  CHECK(render(m, a) == render(m, b));
  CHECK(taken.empty());  // every table and array was emptied as it was converted
  CHECK_FALSE(diags.has_errors());
}
