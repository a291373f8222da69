#include "editions/base_snapshot.h"

#include <map>
#include <set>

#include "content/loader.h"
#include "core/utf8.h"
#include "editions/compare.h"
#include "xref/term_matcher.h"

namespace ww {

std::string from_config(const SiteConfig& config, const std::string& path) {
  if (config.base_dir.empty() || config.base_dir == ".") return path;
  const std::string prefix = config.base_dir + "/";
  return path.starts_with(prefix) ? path.substr(prefix.size()) : path;
}

std::vector<LocalText> local_texts(const SiteContent& merged) {
  std::vector<LocalText> out;
  for (const auto& p : merged.pages) {
    if (p.aanvulling)
      out.push_back({p.aanvulling->file, &p.aanvulling->body, p.aanvulling->body_line, {}});
    if (!p.eigen) continue;
    if (!p.kort.empty())
      out.push_back(
          {p.file, &p.kort, 1, p.kort_pos.line > 0 ? p.kort_pos : SourcePos{p.file, 1, 1}});
    out.push_back({p.file, &p.body, p.body_line, {}});
  }
  return out;
}

SourcePos local_text_pos(const LocalText& t, std::size_t offset) {
  if (t.fixed.line > 0) return t.fixed;
  auto [line, col] = line_col_at(*t.text, offset);
  return {t.file, line + t.first_line - 1, col};
}

const VitVraag* base_statement(const SiteContent& base, const std::string& id) {
  for (const auto& p : base.pages)
    if (p.vit)
      for (const auto& v : p.vit->vragen)
        if (!v.lokaal && v.id == id) return &v;
  return nullptr;
}

std::string base_lock_path(const SiteConfig& config) { return config.resolve(kBaseLockName); }

SiteContent load_base_content(const FileSystem& fs, const SiteConfig& config, WorkerPool* workers) {
  SiteConfig b = config;
  b.overlays.clear();
  b.verberg.clear();
  b.verberg_vragen.clear();
  b.verberg_vragen_pos.clear();
  Diagnostics ignored;
  return load_content(fs, b, LoadOptions{false, workers}, ignored);
}

BaseLock snapshot_base_lock(const SiteConfig& config, const SiteContent& merged,
                            const SiteContent& base, const BlobHasher& sha1) {
  BaseLock now;
  now.editie = config.kader_editie;
  auto add_page = [&](const Page& bp, const char* soort, SourcePos pos) {
    LockPage e;
    e.bron = bp.source;
    e.soort = soort;
    e.bestand = from_config(config, pos.file);
    e.titel = bp.title;
    std::string text = comparable_text(bp);
    e.hash = sha1.content_hash(text);
    if (e.soort != "verborgen") e.tekst = std::move(text);
    e.pos = std::move(pos);
    now.paginas.push_back(std::move(e));
  };
  for (const auto& p : merged.pages)
    if (p.aanvulling)
      if (const Page* bp = base.find(p.source))
        add_page(*bp, "aanvulling", {p.aanvulling->file, 1, 1});
  for (const auto& [overlay_file, base_file] : merged.replaced)
    for (const auto& bp : base.pages)
      if (bp.file == base_file) add_page(bp, "vervangen", {overlay_file, 1, 1});
  for (const auto& v : config.verberg)
    if (const Page* bp = base.find(v))
      add_page(*bp, "verborgen", {config.file, config.verberg_pos.line, config.verberg_pos.col});
  for (std::size_t i = 0; i < config.verberg_vragen.size(); ++i)
    if (const VitVraag* q = base_statement(base, config.verberg_vragen[i]))
      now.vragen.push_back({q->id, q->tekst,
                            i < config.verberg_vragen_pos.size() ? config.verberg_vragen_pos[i]
                                                                 : SourcePos{config.file, 0, 0}});

  // Base terms and abbreviations in the gemeente's own text (not those it defines itself).
  std::vector<const Page*> terms;
  TermMatcher term_matcher(true), abbreviation_matcher(false);
  for (const auto& bp : base.pages) {
    if (!bp.term) continue;
    const Page* mine = merged.find(bp.source);
    if (mine && mine->eigen) continue;
    const int id = static_cast<int>(terms.size());
    terms.push_back(&bp);
    term_matcher.add(bp.term->term, id);
    for (const auto& v : bp.term->varianten) term_matcher.add(v, id);
  }
  for (std::size_t i = 0; i < base.afkortingen.size(); ++i)
    abbreviation_matcher.add(base.afkortingen[i].afkorting, static_cast<int>(i));
  std::map<int, std::set<std::string>> term_uses, abbreviation_uses;
  for (const auto& t : local_texts(merged)) {
    for (const auto& m : term_matcher.find(*t.text))
      term_uses[m.id].insert(from_config(config, t.file));
    for (const auto& m : abbreviation_matcher.find(*t.text))
      abbreviation_uses[m.id].insert(from_config(config, t.file));
  }
  for (const auto& [id, files] : term_uses) {
    const Page& p = *terms[static_cast<std::size_t>(id)];
    now.begrippen.push_back(
        {p.term->term, p.term->varianten, p.kort, {files.begin(), files.end()}, p.term->pos});
  }
  for (const auto& [id, files] : abbreviation_uses) {
    const Afkorting& a = base.afkortingen[static_cast<std::size_t>(id)];
    now.afkortingen.push_back({a.afkorting, {}, a.voluit, {files.begin(), files.end()}, a.pos});
  }
  return now;
}

}  // namespace ww
