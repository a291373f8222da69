#pragma once
/// A page as a reader reads it, block by block: the text of every heading, paragraph, list item,
/// table cell and note after Markdown is rendered (no `**`, no link targets, citations as the
/// notes a reader sees), with the containers (lists, tables, quotes) each block stands in. The
/// change views diff these blocks (editions/block_diff.h).
#include <string>
#include <vector>

#include "content/page.h"
#include "markdown/document.h"

namespace ww {

struct BronIndex;

enum class BlockKind {
  kop,     ///< a heading (`niveau` 1 for the page title, 2-6 as written)
  alinea,  ///< a paragraph
  tekst,   ///< the text of a list item (its paragraphs, joined)
  cel,     ///< a table cell
  code,    ///< a code block
};

enum class ContainerKind {
  lijst,        ///< a list (`genummerd` for an ordered one)
  item,         ///< one list item
  tabel,        ///< a table
  rij,          ///< a table row (`kop` for the header row)
  citaat,       ///< a block quote
  kort,         ///< the page's "In het kort"
  gewone_taal,  ///< a basiskenmerk's "In gewone taal"
  noten,        ///< the notes at the end of the page ("Bronnen en voetnoten")
};

struct BlockContainer {
  ContainerKind kind = ContainerKind::lijst;
  long id = 0;  ///< unique within one edition's page
  bool genummerd = false;
  bool kop = false;
  bool operator==(const BlockContainer& o) const { return kind == o.kind && id == o.id; }
};

struct ReaderBlock {
  BlockKind kind = BlockKind::alinea;
  int niveau = 0;                    ///< for a heading
  std::string text;                  ///< the words a reader reads
  std::vector<BlockContainer> path;  ///< outermost first
};

/// The edition a page belongs to: its sources and the kader's endnotes, to word the notes.
struct EditionText {
  const BronIndex* bronnen = nullptr;
  const std::vector<Eindnoot>* eindnoten = nullptr;
  MarkdownOptions markdown;
};

/// The blocks of a page in reading order: title, "In het kort", "In gewone taal", body, notes.
std::vector<ReaderBlock> reader_blocks(const Page& page, const EditionText& edition);

/// The text of inline HTML as a reader reads it: tags dropped, the five escapes of html_escape
/// decoded.
std::string text_of_inline_html(std::string_view html);

}  // namespace ww
