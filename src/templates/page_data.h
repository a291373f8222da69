#pragma once
/// The data a page template sees (documented in docs/templates.md).
#include <kainjow/mustache.hpp>

#include "config/site_config.h"
#include "markdown/parsed_site.h"
#include "templates/navigation.h"

namespace ww {

using TemplateData = kainjow::mustache::data;

/// Everything shared by all pages, computed once per build.
struct SiteView {
  const SiteConfig& config;
  const ParsedSite& site;  ///< the pages (records) and the site's data
  const Navigation& nav;
  bool serve_mode = false;  ///< `wegwijzer serve` adds its live-reload script
  std::map<std::string, std::string>
      extra;  ///< site-wide strings from later stages ("zip_grootte")
};

/// The template for a page: front matter `template`, else by kind
/// ("home", "section", "basiskenmerk", "term", "vit", "page"); the VIT section page and the
/// generated VIT pages get "vit-overzicht", "vit-resultaten", "vit-vergelijken", "vit-rapport".
std::string template_for(const Page& page);

/// Builds `site`, `page`, `nav`, `waarden`, `breadcrumbs`, `prev`, `next`, `root`, ... for page
/// `index`. The page renderer gets the same names from three parts that it renders with a
/// LayeredContext: make_site_layer (once per build), the menu (templates/menu_data.h, once per
/// folder and section) and make_page_layer; this is their union in one object.
TemplateData make_page_data(const SiteView& view, std::size_t index);

/// The names that are the same on every page: `site`, `serve_mode`.
TemplateData make_site_layer(const SiteView& view);

/// The names that belong to page `index` alone: `page`, `breadcrumbs`, `has_breadcrumbs`, `prev`,
/// `next`, `has_prevnext`.
TemplateData make_page_layer(const SiteView& view, std::size_t index);

/// The absolute URL of output file `output` under `base_url` ("" without base_url);
/// the home page is the base URL itself.
std::string canonical_url(const SiteConfig& config, const std::string& output);

/// Front matter as template data: strings, numbers as text, booleans, lists and tables.
TemplateData toml_to_data(const toml::node& node);
/// The same as toml_to_data(), but each array and table is emptied once it is converted, so a
/// large table is not held twice (a part's data, templates/parts.h).
TemplateData take_toml_data(toml::node&& node);

/// Template data holding `text`, taken over without copying it (kainjow's string constructor
/// copies; a page body is tens of KB).
TemplateData text_data(std::string&& text);

}  // namespace ww
