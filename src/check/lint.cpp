#include "check/lint.h"

#include <algorithm>
#include <array>
#include <set>

#include "core/utf8.h"
#include "language/sentences.h"
#include "markdown/document.h"

namespace ww {

namespace {

std::string trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\n' || s.front() == '\t'))
    s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\n' || s.back() == '\t'))
    s.remove_suffix(1);
  return std::string(s);
}

/// Lowercased, diacritics folded, every run of non-word characters one space, padded with
/// spaces so " term " finds whole words only. (word_text of fold_text, in one pass: ASCII
/// here, the rest as fold_text folds it.)
std::string word_text(std::string_view s) {
  // Each code point gives at most its own number of bytes (a letter, its fold, or one space),
  // so the text fits in its size plus the two padding spaces.
  std::string out(s.size() + 2, ' ');
  char* o = out.data() + 1;  // after the leading space
  auto space = [&o] {
    if (o[-1] != ' ') *o++ = ' ';
  };
  for (std::size_t i = 0; i < s.size();) {
    const auto byte = static_cast<unsigned char>(s[i]);
    if (byte < 0x80) {
      ++i;
      if ((byte >= 'a' && byte <= 'z') || (byte >= '0' && byte <= '9'))
        *o++ = static_cast<char>(byte);
      else if (byte >= 'A' && byte <= 'Z')
        *o++ = static_cast<char>(byte + ('a' - 'A'));
      else
        space();
      continue;
    }
    const char32_t cp = to_lower_cp(decode_utf8(s, i));
    if (const char* f = fold_diacritic(cp)) {
      for (; *f; ++f) {
        if (is_word_cp(static_cast<unsigned char>(*f)))
          *o++ = *f;
        else
          space();
      }
    } else if (is_word_cp(cp)) {
      std::string bytes;
      append_utf8(bytes, cp);
      for (char b : bytes) *o++ = b;
    } else {
      space();
    }
  }
  space();
  out.resize(static_cast<std::size_t>(o - out.data()));
  return out;
}

int count_words(cmark_node* doc) { return static_cast<int>(split_words(plain_text(doc)).size()); }

void lint_tree(const Page& page, cmark_node* doc, Diagnostics& diags) {
  int previous_level = 1;  // the page title is the h1
  int subheadings = 0;
  CmarkIter it(doc);
  cmark_event_type ev;
  while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
    if (ev != CMARK_EVENT_ENTER) continue;
    cmark_node* n = cmark_iter_get_node(it);
    const cmark_node_type type = cmark_node_get_type(n);
    if (type != CMARK_NODE_HEADING && type != CMARK_NODE_IMAGE && type != CMARK_NODE_LINK) continue;
    const SourcePos pos = node_pos(n, page.file, page.body_line);
    switch (type) {
      case CMARK_NODE_HEADING: {
        const int level = cmark_node_get_heading_level(n);
        if (level > previous_level + 1)
          diags.warning(pos,
                        "kop van niveau " + std::to_string(level) + " na niveau " +
                            std::to_string(previous_level) + ": er wordt een niveau overgeslagen",
                        "gebruik " +
                            std::string(static_cast<std::size_t>(previous_level + 1), '#') +
                            " zodat schermlezers de opbouw van de pagina goed voorlezen",
                        "kop-overgeslagen");
        if (level >= 2) ++subheadings;
        previous_level = level;
        break;
      }
      case CMARK_NODE_IMAGE:
        if (trim(plain_text(n)).empty())
          diags.error(pos, "afbeelding zonder alt-tekst",
                      "beschrijf in ![...](" +
                          std::string(cmark_node_get_url(n) ? cmark_node_get_url(n) : "") +
                          ") wat de afbeelding laat zien",
                      "afbeelding-zonder-alt");
        break;
      case CMARK_NODE_LINK: {
        const std::string text = trim(plain_text(n));
        bool has_image = false;
        for (cmark_node* c = cmark_node_first_child(n); c; c = cmark_node_next(c))
          has_image = has_image || cmark_node_get_type(c) == CMARK_NODE_IMAGE;
        if (text.empty() && !has_image)
          diags.error(pos, "link zonder tekst", "schrijf tussen [ en ] waar de link naartoe gaat",
                      "lege-linktekst");
        else if (is_vague_link_text(text))
          diags.warning(pos, "linktekst '" + text + "' zegt niet waar de link naartoe gaat",
                        "noem het doel, bijvoorbeeld [lees over de brede blik](...)",
                        "vage-linktekst");
        break;
      }
      default:
        break;
    }
  }
  if (subheadings == 0) {
    const int words = count_words(doc);
    if (words > kMaxWordsWithoutHeadings)
      diags.warning({page.file, page.body_line, 1},
                    "lange pagina (" + std::to_string(words) + " woorden) zonder tussenkopjes",
                    "deel de tekst op met ## kopjes; dan kunnen lezers snel vinden wat ze zoeken",
                    "lange-pagina-zonder-kopjes");
  }
}

/// Every `@key` in a Markdown text: citation keys start after '@' and run over [a-z0-9-_.:].
void collect_citations(std::string_view text, std::set<std::string>& keys) {
  for (std::size_t i = text.find('@'); i != std::string_view::npos; i = text.find('@', i + 1)) {
    std::size_t e = i + 1;
    while (e < text.size() &&
           (std::isalnum(static_cast<unsigned char>(text[e])) || text[e] == '-' || text[e] == '_' ||
            ((text[e] == '.' || text[e] == ':') && e + 1 < text.size() &&
             std::isalnum(static_cast<unsigned char>(text[e + 1])))))
      ++e;
    if (e > i + 1) keys.insert(std::string(text.substr(i + 1, e - i - 1)));
  }
}

}  // namespace

bool is_vague_link_text(std::string_view text) {
  static constexpr std::array<std::string_view, 16> kVague = {
      "klik hier",       "hier",      "klik",         "lees meer",        "meer",     "lees verder",
      "verder",          "link",      "deze link",    "via deze link",    "zie hier", "deze pagina",
      "meer informatie", "meer info", "hier klikken", "klik op deze link"};
  std::string w = word_text(text);
  w = trim(w);
  return std::find(kVague.begin(), kVague.end(), w) != kVague.end();
}

LintRun lint_begin(const ParsedSite& site) {
  LintRun run;
  run.slots.resize(site.pages.size());
  return run;
}

void lint_page(const ParsedSite& site, std::size_t i, LintRun& run) {
  const Page& page = site.pages[i].page;
  cmark_node* doc = site.pages[i].doc.get();
  if (!doc) return;  // generated by the tool
  LintRun::Slot& slot = run.slots[i];
  lint_tree(page, doc, slot.diags);
  if (trim(page.kort).empty())
    slot.diags.warning(
        {page.file, 1, 1}, "pagina zonder 'kort'",
        "voeg in de front matter toe: kort = \"twee tot vijf korte zinnen in gewone taal\"",
        "kort-ontbreekt");
  collect_citations(page.body, slot.cited);
  if (page.kenmerk) collect_citations(page.kenmerk->gewone_taal, slot.cited);
  if (page.aanvulling) collect_citations(page.aanvulling->body, slot.cited);
}

void lint_end(const ParsedSite& site, LintRun& run, Diagnostics& diags) {
  std::set<std::string> cited;
  for (LintRun::Slot& slot : run.slots) {
    diags.merge(std::move(slot.diags));
    cited.merge(slot.cited);
  }
  for (const Bron& bron : site.content.bronnen)
    if (!cited.count(bron.key))
      diags.warning(bron.pos, "de bron '" + bron.key + "' wordt nergens aangehaald",
                    "verwijs ernaar met [@" + bron.key + "] of haal de bron weg uit bronnen.toml",
                    "bron-ongebruikt");
}

void lint_site(const ParsedSite& site, Diagnostics& diags) {
  LintRun run = lint_begin(site);
  for (std::size_t i = 0; i < site.pages.size(); ++i) lint_page(site, i, run);
  lint_end(site, run, diags);
}

}  // namespace ww
