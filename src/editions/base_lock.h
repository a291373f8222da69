#pragma once
/// `basis.lock`: the file a gemeente commits that records which VNG text its own text was written
/// against (docs/edities.md, "Een nieuwe versie van de VNG overnemen"). Plain TOML, written in a
/// fixed order so the same state always gives the same bytes; `wegwijzer basis --vastleggen`
/// writes it, a build only reads it.
#include <string>
#include <vector>

#include "core/diagnostics.h"

namespace ww {

/// The lock's file name, in the folder of site-config.toml.
inline constexpr const char* kBaseLockName = "basis.lock";

/// A base page the gemeente wrote against: an aanvulling on it, a page that replaces it, or
/// `verberg`. For an aanvulling or a replaced page the lock keeps the base page's whole text, so
/// the update report can show a word diff when the old edition is no longer at hand; for a hidden
/// page only its hash and title (the gemeente publishes none of its words).
struct LockPage {
  std::string bron;     ///< source path in the base: "basiskenmerken/02-laagdrempelig.md"
  std::string soort;    ///< "aanvulling" | "vervangen" | "verborgen"
  std::string bestand;  ///< the gemeente's file, relative to the config's folder
  std::string titel;    ///< the base page's title
  std::string hash;     ///< content_hash of the base page's comparable text (editions/compare.h)
  std::string tekst;    ///< that text (aanvulling, vervangen); empty for verborgen
  SourcePos pos;        ///< where the entry starts in basis.lock (when read)
};

/// A base VIT statement hidden with `verberg_vragen`.
struct LockVraag {
  std::string id;
  std::string tekst;
  SourcePos pos;
};

/// A base glossary term or abbreviation that the gemeente's own text uses.
struct LockWoord {
  std::string naam;                      ///< the term ("sociale basis") or abbreviation ("Wmo")
  std::vector<std::string> varianten;    ///< a term's variants, to find it after the base lost it
  std::string uitleg;                    ///< the term's `kort`, or what the abbreviation stands for
  std::vector<std::string> gebruikt_in;  ///< the gemeente's files, relative to the config's folder
  SourcePos pos;
};

struct BaseLock {
  std::string editie;  ///< kader_editie when the lock was written ("" when the config has none)
  std::vector<LockPage> paginas;                  ///< sorted by bron, then soort
  std::vector<LockVraag> vragen;                  ///< sorted by id
  std::vector<LockWoord> begrippen, afkortingen;  ///< sorted by naam
};

/// The lock as TOML, byte for byte the same for the same lock (sorts its lists first).
std::string write_base_lock(BaseLock lock);

/// Reads a lock from `text` (from `file`). Problems are errors with file:line:col (rule
/// `basis-lock`); the result holds what could be read.
BaseLock read_base_lock(const std::string& text, const std::string& file, Diagnostics& diags);

}  // namespace ww
