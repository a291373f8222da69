#include "publish/print_page.h"

#include <algorithm>
#include <map>

#include "core/file_system.h"
#include "core/html.h"
#include "core/slug.h"
#include "publish/html_rewrite.h"
#include "xref/xref_paths.h"

namespace ww {

namespace {

/// Ids the layout around the body uses on every page (see markdown/headings.cpp) plus ours.
const char* const kReservedIds[] = {"inhoud",      "noten",         "op-deze-pagina",
                                    "in-het-kort", "zoeken",        "hoofdmenu",
                                    "aanvulling",  "afdruk-inhoud", "kop"};

std::string replace_all(std::string s, const std::string& from, const std::string& to) {
  for (std::size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size()))
    s.replace(at, from.size(), to);
  return s;
}

std::string part_title(const Page& p) {
  if (p.kenmerk) return "Basiskenmerk " + std::to_string(p.kenmerk->nummer) + ": " + p.title;
  return p.title;
}

void append_toc(std::string& out, const ParsedSite& site, const std::vector<PrintPart>& parts) {
  out += "<nav class=\"afdruk-inhoud\" aria-labelledby=\"afdruk-inhoud\">\n";
  out += "<h2 id=\"afdruk-inhoud\">Inhoud</h2>\n";
  // Shown on paper only (print.css): browsers print no page numbers in a table of contents.
  out +=
      "<p class=\"afdruk-inhoud-uitleg\">Elk hoofdstuk begint op een nieuwe pagina. Boven "
      "het hoofdstuk staat hetzelfde nummer als in deze inhoud. Onderaan elke pagina staat "
      "het paginanummer.</p>\n<ol>\n";
  for (const auto& part : parts) {
    const Page& p = site.pages[part.page].page;
    out += "<li><a href=\"#" + html_escape(part.id) + "\">" + html_escape(part_title(p)) + "</a>";
    bool open = false;
    for (const auto& t : p.toc) {
      // The notes of each chapter are no entry of their own (17 times "Bronnen en voetnoten").
      if (t.level != 2 || t.id == kNotenId) continue;
      if (!open) out += "\n<ol>\n";
      open = true;
      out += "<li><a href=\"#" + html_escape(part.id + "--" + t.id) + "\">" + html_escape(t.text) +
             "</a></li>\n";
    }
    if (open) out += "</ol>\n";
    out += "</li>\n";
  }
  out += "</ol>\n</nav>\n";
}

}  // namespace

std::vector<PrintPart> print_parts(const ParsedSite& site, const Navigation& nav) {
  SlugSet slugs;
  for (const char* r : kReservedIds) slugs.used[r] = 1;
  std::vector<PrintPart> parts;
  for (std::size_t i : nav.reading_order) {
    const Page& p = site.pages[i].page;
    std::string stem = p.is_index ? p.section : path_stem(p.source);
    std::string id = slugify(stem);
    // An id starts with a letter (html-validate's valid-id; "01-eenvoudig-systeem" is a file name).
    if (!id.empty() && id[0] >= '0' && id[0] <= '9') id = "deel-" + id;
    parts.push_back({i, slugs.unique(id)});
  }
  return parts;
}

std::string print_body(const ParsedSite& site, const std::vector<PrintPart>& parts,
                       const SiteConfig& config) {
  std::map<std::string, std::string> moved;
  for (const auto& part : parts) moved[site.pages[part.page].page.output] = part.id;
  std::string out;
  append_toc(out, site, parts);
  for (const auto& part : parts) {
    const Page& p = site.pages[part.page].page;
    FragmentMove move{part.id + "--", p.output, kPrintOutput, 1, &moved};
    // Chapters and their notes are no landmarks (no aria-labelledby): 21 chapters and 17 times
    // "Bronnen en voetnoten" made a landmark list as long as the table of contents, which is
    // the way through this page (issue 25).
    out += "<section class=\"afdruk-hoofdstuk\">\n";
    out += "<h2 id=\"" + html_escape(part.id) + "\">" + html_escape(part_title(p)) + "</h2>\n";
    if (p.kenmerk)
      out += "<p class=\"kenmerk-label\">Waarde: " + html_escape(waarde_label(p.kenmerk->waarde)) +
             "</p>\n";
    if (p.eigen) {  // on paper too, a gemeente's own chapter says it is not VNG's text
      const std::string who =
          config.gemeente.naam.empty() ? "de organisatie van deze website" : config.gemeente.naam;
      out += "<p class=\"herkomst-eigen\"><strong>Eigen tekst van " + html_escape(who) +
             ".</strong> " +
             (p.vervangt ? "Dit hoofdstuk vervangt de tekst van de VNG."
                         : "Dit hoofdstuk staat niet in de versie van de VNG.") +
             "</p>\n";
    }
    // A placed aanvulling (na_kop) stands inside the text, as on the page itself.
    const std::size_t at = p.aanvulling && p.aanvulling->geplaatst
                               ? std::min(p.aanvulling->at, p.html.size())
                               : p.html.size();
    const auto text_part = [&](std::size_t from, std::size_t to) {
      return replace_all(move_fragment(p.html.substr(from, to - from), move),
                         " aria-labelledby=\"" + part.id + "--" + kNotenId + "\"", "");
    };
    out += text_part(0, at);
    if (p.aanvulling) {
      const std::string who =
          config.gemeente.naam.empty() ? "de organisatie van deze website" : config.gemeente.naam;
      const std::string id = part.id + "--" + p.aanvulling_id;
      const std::string h = "h" + std::to_string(p.aanvulling->niveau + 1);  // chapters are h2
      // Named after its heading and the chapter heading: every gemeente text has the same title.
      out += "<section class=\"aanvulling\" aria-labelledby=\"" + html_escape(id) + " " +
             html_escape(part.id) + "\">\n<" + h + " id=\"" + html_escape(id) + "\">" +
             html_escape(p.aanvulling->title) + "</" + h + ">\n";
      out += "<p class=\"aanvulling-herkomst\">Dit deel is geschreven door " + html_escape(who) +
             ". Het is geen tekst van de VNG.</p>\n";
      out += move_fragment(p.aanvulling_html, move);
      out += "</section>\n";
    }
    if (at < p.html.size()) out += text_part(at, p.html.size());
    out += "</section>\n";
  }
  return out;
}

void add_print_page(ParsedSite& site, const Navigation& nav, const SiteConfig& config,
                    Diagnostics& diags) {
  if (nav.reading_order.empty()) return;
  std::vector<PrintPart> parts = print_parts(site, nav);
  Page page;
  page.file = config.file;
  page.output = kPrintOutput;
  const PageRecord* home_record = site.find_output("index.html");
  const Page* home = home_record ? &home_record->page : nullptr;
  page.title = home && !home->title.empty() ? home->title : config.title;
  page.kort = "Het hele kader op één pagina, om af te drukken of als pdf te bewaren.";
  page.description = page.kort;
  page.template_name = "print";
  page.front.insert("afdrukversie", true);
  page.html = print_body(site, parts, config);
  GeneratedPlace place;
  place.linkable = false;
  bool toggletips = false;
  for (const auto& part : parts) toggletips = toggletips || site.pages[part.page].has_toggletips;
  if (auto at = add_generated_page(site, std::move(page), diags, place))
    site.pages[*at].has_toggletips = toggletips;
}

}  // namespace ww
