#include "pipeline/css_tokens.h"

#include <algorithm>
#include <cctype>
#include <set>

namespace ww {

namespace {

std::string trim(const std::string& s) {
  std::size_t b = 0, e = s.size();
  while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
  return s.substr(b, e - b);
}

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(),
                 [](unsigned char c) { return char(std::tolower(c)); });
  return s;
}

/// Walks the text keeping line and column; comments are replaced by one space.
class Reader {
 public:
  Reader(const std::string& text, const std::string& file, Diagnostics& diags)
      : text_(text), file_(file), diags_(diags) {}

  CssTokenFile run() {
    block(0, false, {});
    return std::move(out_);
  }

 private:
  struct Frame {
    std::string prelude;
    SourcePos pos;
  };

  const std::string& text_;
  const std::string& file_;
  Diagnostics& diags_;
  std::size_t i_ = 0;
  int line_ = 1, col_ = 1;
  CssTokenFile out_;

  SourcePos here() const { return {file_, line_, col_}; }
  bool done() const { return i_ >= text_.size(); }
  void advance() {
    if (text_[i_] == '\n') {
      ++line_;
      col_ = 1;
    } else if ((static_cast<unsigned char>(text_[i_]) & 0xC0) != 0x80) {
      ++col_;
    }
    ++i_;
  }

  /// Skips a comment starting at i_ ("/*"); false when it is not closed.
  bool comment() {
    SourcePos start = here();
    advance();
    advance();
    while (!done()) {
      if (text_[i_] == '*' && i_ + 1 < text_.size() && text_[i_ + 1] == '/') {
        advance();
        advance();
        return true;
      }
      advance();
    }
    diags_.error(start, "opmerking in het tokenbestand wordt niet gesloten",
                 "sluit de opmerking af met */", "thema-tokens");
    return false;
  }

  /// Reads a string starting at i_ into `into`; false when the line ends first.
  bool string(std::string& into) {
    SourcePos start = here();
    char q = text_[i_];
    into += q;
    advance();
    while (!done() && text_[i_] != q) {
      if (text_[i_] == '\n') break;
      if (text_[i_] == '\\' && i_ + 1 < text_.size()) {
        into += text_[i_];
        advance();
      }
      into += text_[i_];
      advance();
    }
    if (done() || text_[i_] != q) {
      diags_.error(start, "tekst tussen aanhalingstekens wordt niet gesloten", {}, "thema-tokens");
      return false;
    }
    into += q;
    advance();
    return true;
  }

  /// Reads the contents of a block (or the whole file at depth 0) up to its '}'.
  /// Returns false when the file ended inside a block or on a fatal problem.
  bool block(int depth, bool dark, const SourcePos& open_at) {
    std::string chunk;  // text since the last ';', '{' or '}'
    SourcePos chunk_pos = here();
    bool chunk_started = false;
    while (!done()) {
      char c = text_[i_];
      if (c == '/' && i_ + 1 < text_.size() && text_[i_ + 1] == '*') {
        if (!comment()) return false;
        chunk += ' ';
        continue;
      }
      if (!chunk_started && !std::isspace(static_cast<unsigned char>(c))) {
        chunk_pos = here();
        chunk_started = true;
      }
      if (c == '"' || c == '\'') {
        if (!string(chunk)) return false;
        continue;
      }
      if (c == '{') {
        SourcePos open = here();
        advance();
        std::string prelude = trim(chunk);
        chunk.clear();
        chunk_started = false;
        if (depth > 40) {
          diags_.error(open, "het tokenbestand is te diep genest", {}, "thema-tokens");
          return false;
        }
        bool inner_dark = dark;
        bool is_rule = prelude.empty() || prelude[0] != '@';
        if (!is_rule) {
          std::string p = lower(prelude);
          std::string compact;
          for (char ch : p)
            if (!std::isspace(static_cast<unsigned char>(ch))) compact += ch;
          if (compact.find("prefers-color-scheme:dark") != std::string::npos) inner_dark = true;
        }
        if (is_rule) {
          CssRule r;
          std::size_t start = 0;
          for (std::size_t k = 0; k <= prelude.size(); ++k)
            if (k == prelude.size() || prelude[k] == ',') {
              std::string s = trim(prelude.substr(start, k - start));
              if (!s.empty()) r.selectors.push_back(s);
              start = k + 1;
            }
          if (r.selectors.empty())
            diags_.error(open, "regel zonder selector in het tokenbestand",
                         "zet een selector zoals .mijn-theme voor {", "thema-tokens");
          r.dark = inner_dark;
          out_.rules.push_back(std::move(r));
          std::size_t index = out_.rules.size() - 1;
          if (!declarations(index, open)) return false;
        } else if (!block(depth + 1, inner_dark, open)) {
          return false;
        }
        continue;
      }
      if (c == '}') {
        if (depth == 0) {
          diags_.error(here(), "'}' zonder bijbehorende '{' in het tokenbestand", {},
                       "thema-tokens");
          return false;
        }
        advance();
        return true;
      }
      if (c == ';') {
        chunk.clear();
        chunk_started = false;
        advance();
        continue;
      }
      chunk += c;
      advance();
    }
    (void)chunk_pos;
    if (depth == 0) return true;
    diags_.error(open_at, "'{' wordt niet gesloten met '}' in het tokenbestand",
                 "zet een '}' aan het eind van het blok", "thema-tokens");
    return false;
  }

  /// Reads the declarations of rule `index` up to its '}'.
  bool declarations(std::size_t index, const SourcePos& open) {
    std::string decl;
    SourcePos decl_pos = here();
    bool started = false;
    auto finish = [&] {
      std::string d = trim(decl);
      decl.clear();
      started = false;
      if (d.size() < 2 || d[0] != '-' || d[1] != '-') return true;
      std::size_t colon = d.find(':');
      if (colon == std::string::npos) {
        diags_.error(
            decl_pos,
            "token '" + d.substr(0, d.find_first_of(" \t\n")) + "' heeft geen ':' en geen waarde",
            "schrijf --naam: waarde;", "thema-tokens");
        return true;
      }
      CssDeclaration cd{trim(d.substr(0, colon)), trim(d.substr(colon + 1)), decl_pos};
      ++out_.custom_properties;
      out_.rules[index].declarations.push_back(std::move(cd));
      return true;
    };
    int nested = 0;
    while (!done()) {
      char c = text_[i_];
      if (c == '/' && i_ + 1 < text_.size() && text_[i_ + 1] == '*') {
        if (!comment()) return false;
        decl += ' ';
        continue;
      }
      if (!started && !std::isspace(static_cast<unsigned char>(c))) {
        decl_pos = here();
        started = true;
      }
      if (c == '"' || c == '\'') {
        if (!string(decl)) return false;
        continue;
      }
      if (c == '{') ++nested;
      if (c == '}') {
        if (nested == 0) {
          finish();
          advance();
          return true;
        }
        --nested;
      }
      if (c == ';' && nested == 0) {
        finish();
        advance();
        continue;
      }
      decl += c;
      advance();
    }
    diags_.error(open, "'{' wordt niet gesloten met '}' in het tokenbestand",
                 "zet een '}' aan het eind van de regel", "thema-tokens");
    return false;
  }
};

}  // namespace

CssTokenFile read_css_tokens(const std::string& text, const std::string& file, Diagnostics& diags) {
  return Reader(text, file, diags).run();
}

std::vector<std::string> css_classes(const CssTokenFile& css) {
  std::set<std::string> out;
  for (const auto& r : css.rules)
    for (const auto& s : r.selectors)
      for (std::size_t k = 0; k < s.size(); ++k) {
        if (s[k] != '.') continue;
        std::size_t e = k + 1;
        while (e < s.size() &&
               (std::isalnum(static_cast<unsigned char>(s[e])) || s[e] == '-' || s[e] == '_'))
          ++e;
        if (e > k + 1) out.insert(s.substr(k + 1, e - k - 1));
        k = e - 1;
      }
  return {out.begin(), out.end()};
}

}  // namespace ww
