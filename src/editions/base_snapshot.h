#pragma once
/// What a gemeente copy is written against now: the VNG content alone and the lock that
/// `wegwijzer basis --vastleggen` would write for it (editions/base_lock.h).
#include <string>
#include <vector>

#include "config/site_config.h"
#include "content/page.h"
#include "core/file_system.h"
#include "core/parallel.h"
#include "editions/base_lock.h"
#include "editions/blob_hash.h"

namespace ww {

/// Path of basis.lock for this config (in the config's folder).
std::string base_lock_path(const SiteConfig& config);

/// The VNG content alone: the content folder without overlays, nothing hidden. Problems in it are
/// the build's to report (it reads the same files), so they are left out here.
SiteContent load_base_content(const FileSystem& fs, const SiteConfig& config, WorkerPool* workers);

/// The lock as `wegwijzer basis --vastleggen` would write it now: every aanvulling, replaced page,
/// hidden page and hidden question of `merged` (the content with overlays) against `base`, and the
/// base terms and abbreviations the gemeente's own text uses. Entry positions are the gemeente's
/// files (for messages).
/// `sha1` makes the hashes (editions/blob_hash.h).
BaseLock snapshot_base_lock(const SiteConfig& config, const SiteContent& merged,
                            const SiteContent& base, const BlobHasher& sha1);

/// A path from the working folder as a path from the config's folder (how the lock names files).
std::string from_config(const SiteConfig& config, const std::string& path);

/// A piece of the gemeente's own text: an aanvulling, a local page (or one that replaces a base
/// page), a local term's explanation.
struct LocalText {
  std::string file;  ///< path from the working folder
  const std::string* text;
  int first_line;   ///< file line of the text's first line
  SourcePos fixed;  ///< when set (line > 0): every match is reported here (front matter)
};

/// The gemeente's own texts in `merged`.
std::vector<LocalText> local_texts(const SiteContent& merged);

/// Where byte `offset` of a local text stands in its file.
SourcePos local_text_pos(const LocalText& t, std::size_t offset);

/// A VNG statement of `base` by id (not a gemeente's own question), or null.
const VitVraag* base_statement(const SiteContent& base, const std::string& id);

}  // namespace ww
