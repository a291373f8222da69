// The print edition of the real kader: every chapter, every basiskenmerk and every note, in
// reading order, with unique ids and working same-page links.
#include <catch2/catch.hpp>
#include <cctype>
#include <regex>
#include <set>
#include <vector>

#include "publish/real_site.h"

using namespace ww::test;

namespace {
bool is_chapter(const std::string& path) {
  for (const char* dir : {"kader/", "basiskenmerken/", "bijlagen/"})
    if (path.rfind(dir, 0) == 0 && path.size() > 5 && path.substr(path.size() - 5) == ".html")
      return true;
  return false;
}

std::string stem(const std::string& path) {
  const auto slash = path.rfind('/');
  return path.substr(slash + 1, path.size() - slash - 1 - 5);
}

std::vector<std::string> all(const std::string& html, const std::regex& re) {
  std::vector<std::string> out;
  for (std::sregex_iterator it(html.begin(), html.end(), re), end; it != end; ++it)
    out.push_back((*it)[1]);
  return out;
}

/// The text of note `id` ("noot-3", or "<part>--noot-3" on print.html) without its tags.
std::string note_text(const std::string& html, const std::string& id) {
  const auto li = html.find("<li id=\"" + id + "\">");
  if (li == std::string::npos) return {};
  const auto end = html.find("</li>", li);
  std::string text;
  bool in_tag = false;
  for (std::size_t i = html.find('>', li) + 1; i < end; ++i) {
    if (html[i] == '<')
      in_tag = true;
    else if (html[i] == '>')
      in_tag = false;
    else if (!in_tag)
      text += html[i];
  }
  return text;
}
}  // namespace

TEST_CASE("print page - every chapter, basiskenmerk and note of the kader, in reading order") {
  const RealSite& site = real_site();
  INFO(site.messages);
  REQUIRE(site.ok);
  REQUIRE(site.files.count("print.html"));
  const std::string& print = site.files.at("print.html");

  std::size_t chapters = 0, kenmerken = 0, notes = 0;
  for (const auto& [path, html] : site.files) {
    if (!is_chapter(path)) continue;
    INFO(path);
    ++chapters;
    // The part id is the file name, with "deel-" before a leading digit (an id starts with a
    // letter).
    const std::string id =
        (std::isdigit(static_cast<unsigned char>(stem(path)[0])) ? "deel-" : "") + stem(path);
    CHECK(print.find("<section class=\"afdruk-hoofdstuk\">\n<h2 id=\"" + id + "\">") !=
          std::string::npos);
    CHECK(print.find("<li><a href=\"#" + id + "\">") !=
          std::string::npos);  // in the table of contents
    if (path.rfind("basiskenmerken/", 0) == 0) {
      ++kenmerken;
      const std::string n = std::to_string(std::stoi(stem(path).substr(0, 2)));
      CHECK(print.find("<h2 id=\"" + id + "\">Basiskenmerk " + n + ": ") != std::string::npos);
    }
    // Every heading and every note of the chapter is there, with the chapter's prefix.
    for (const auto& h : all(html, std::regex("<h[23] id=\"([^\"]+)\""))) {
      // Headings of the page layout around the text (templates), not of the text itself.
      static const std::set<std::string> layout = {"in-het-kort",     "op-deze-pagina",
                                                   "in-gewone-taal",  "tekst-van-het-kader",
                                                   "hangt-samen-met", "vit-verwijzing"};
      if (layout.count(h)) continue;
      CHECK(print.find(" id=\"" + id + "--" + h + "\"") != std::string::npos);
    }
    for (const auto& n : all(html, std::regex("<li id=\"(noot-[0-9]+)\">"))) {
      ++notes;
      INFO(n);
      CHECK(print.find("<li id=\"" + id + "--" + n + "\">") != std::string::npos);
      const std::string text = note_text(html, n);
      CHECK(text.size() > 20);
      CHECK(note_text(print, id + "--" + n) == text);
    }
  }
  CHECK(kenmerken == 13);
  CHECK(chapters >= 20);
  CHECK(notes >= 50);

  // Reading order of site-config.toml: samenvatting ... basiskenmerken ... hoofdstuk 3, bijlagen.
  const std::vector<std::string> order = {"samenvatting",
                                          "leeswijzer",
                                          "hoofdstuk-1",
                                          "hoofdstuk-2",
                                          "deel-01-eenvoudig-systeem",
                                          "deel-13-passend-en-nodig",
                                          "hoofdstuk-3",
                                          "bijlage-1-afspraken-en-programmas"};
  // Every id starts with a letter (html-validate's valid-id without "relaxed").
  CHECK(print.find(" id=\"0") == std::string::npos);
  CHECK(print.find(" id=\"1") == std::string::npos);
  std::size_t last = 0;
  for (const auto& id : order) {
    INFO(id);
    const auto at = print.find("<section class=\"afdruk-hoofdstuk\">\n<h2 id=\"" + id + "\">");
    REQUIRE(at != std::string::npos);
    CHECK(at > last);
    last = at;
  }
}

TEST_CASE("print page - ids are unique and every same-page link has its target") {
  const RealSite& site = real_site();
  REQUIRE(site.ok);
  const std::string& print = site.files.at("print.html");
  std::set<std::string> ids;
  std::vector<std::string> duplicates;
  for (const auto& id : all(print, std::regex(" id=\"([^\"]+)\"")))
    if (!ids.insert(id).second) duplicates.push_back(id);
  CHECK(duplicates.empty());
  // Chapters and their notes are no landmarks on this page (issue 25): the only named section
  // is the theme's colofon.
  CHECK(print.find("<section class=\"noten\">") != std::string::npos);
  CHECK(all(print, std::regex("<section [^>]*aria-label(ledby)?=\"([^\"]+)\"")).size() <= 1);
  std::vector<std::string> dangling;
  for (const auto& href : all(print, std::regex("href=\"#([^\"]*)\"")))
    if (!ids.count(href)) dangling.push_back(href);
  CHECK(dangling.empty());
  // In the text, links leave print.html only for pages outside the print edition (the menu
  // around it links to every page, as on every page).
  const auto start = print.find("<nav class=\"afdruk-inhoud\"");
  REQUIRE(start != std::string::npos);
  const std::string text = print.substr(start, print.find("</article>", start) - start);
  CHECK(text.find("href=\"kader/") == std::string::npos);
  CHECK(text.find("href=\"basiskenmerken/0") == std::string::npos);
  CHECK(text.find("href=\"bronnen.html#bron-") !=
        std::string::npos);  // re-based from ../bronnen.html
  // The print stylesheet puts every chapter on a new page.
  const std::string& css = site.files.at("css/print.css");
  CHECK(css.find(".afdruk-hoofdstuk { break-before: page; }") != std::string::npos);
  CHECK(print.find("href=\"css/print.css\" media=\"print\"") != std::string::npos);
}
