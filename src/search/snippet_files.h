#pragma once
/// The snippet files zoektekst/<k>.js (search/emit.h), joined from the pages' parts in page
/// order as the parts are made, so the parts are not all held next to the files.
#include <cstddef>
#include <functional>
#include <map>
#include <string>
#include <vector>

namespace ww {

/// One search page's part of its snippet file: `window.WEGWIJZER_ZOEKTEKST(p,[text per
/// document]);` and a newline, empty for a page without documents, and the size of its
/// documents' texts (which decides where a new file starts).
struct PageSnippets {
  std::size_t text_bytes = 0;
  std::string js;
};

/// Writes a finished file early (path, bytes); false: the file stays with the builder.
using SnippetFileWriter = std::function<bool(const std::string&, const std::string&)>;

/// Joins the pages' parts into files: a new file when the next page's text would take the
/// current one over kSearchTextFileBytes. Pages are added in ascending order.
class SnippetFileBuilder {
 public:
  /// Each file is handed to `write` as soon as it is complete (the next file starts, or
  /// take_files()) and freed when it took it: the build writes the files while the pages stream.
  void write_early(SnippetFileWriter write) { write_ = std::move(write); }
  /// Search page p's part; nothing for a page without documents. Frees the part.
  void add(std::size_t p, PageSnippets part);
  /// The same choice of files from a page's text size only (no file is written).
  void add_size(std::size_t p, std::size_t text_bytes);
  /// A builder with the same files started, without their bytes (to go on with add_size).
  [[nodiscard]] SnippetFileBuilder sizes_only() const;
  /// The first page of each file (`tekstbestanden` in zoekindex.js).
  [[nodiscard]] const std::vector<std::size_t>& starts() const { return starts_; }
  /// The texts' size of all pages added.
  [[nodiscard]] std::size_t text_bytes() const { return text_bytes_; }
  /// Output path -> file, for the files not written early; the builder is empty afterwards.
  std::map<std::string, std::string> take_files();

 private:
  /// Hands file k to write_ (when set) and frees it when written.
  void close(std::size_t k);

  SnippetFileWriter write_;
  std::vector<std::string> files_;
  std::vector<char> written_;
  std::vector<std::size_t> starts_;
  std::size_t bytes_ = 0;  ///< text bytes in the current file
  std::size_t text_bytes_ = 0;
  bool with_files_ = true;
};

}  // namespace ww
