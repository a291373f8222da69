#include "publish/svg_check.h"

#include <expat.h>

#include <algorithm>
#include <cctype>
#include <limits>
#include <memory>
#include <type_traits>

namespace ww {

namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

/// Lower case without whitespace and control characters: "Java\tScript :" -> "javascript:".
std::string squeeze(std::string_view s) {
  std::string out;
  for (unsigned char c : s)
    if (c > 0x20 && c != 0x7f) out += static_cast<char>(std::tolower(c));
  return out;
}

/// "svg:script" -> "script"; "xlink:href" -> "href".
std::string local_name(const char* name) {
  std::string_view n(name);
  auto colon = n.rfind(':');
  return lower(colon == std::string_view::npos ? n : n.substr(colon + 1));
}

/// The first problem with CSS text (a style attribute, a <style> element, a presentation
/// attribute): @import, or url() to anything but a fragment.
std::optional<std::string> css_problem(std::string_view css, bool full) {
  const std::string s = squeeze(css);
  if (full && s.find('\\') != std::string::npos) return "CSS met een escape (\\)";
  if (s.find("@import") != std::string::npos) return "CSS met @import";
  if (s.find("image-set(") != std::string::npos) return "CSS met image-set()";
  for (std::size_t at = s.find("url("); at != std::string::npos; at = s.find("url(", at + 4)) {
    std::size_t i = at + 4;
    while (i < s.size() && (s[i] == '"' || s[i] == '\'')) ++i;
    if (i >= s.size() || s[i] != '#') return "CSS met url() naar een ander bestand";
  }
  return std::nullopt;
}

bool allowed_reference(std::string_view value) {
  const std::string v = squeeze(value);
  if (!v.empty() && v.front() == '#') return true;
  for (const char* ok :
       {"data:image/png;", "data:image/jpeg;", "data:image/gif;", "data:image/webp;"})
    if (v.starts_with(ok)) return true;
  return false;
}

struct State {
  XML_Parser parser = nullptr;
  std::optional<SvgProblem> problem;
  int style_depth = 0;  ///< inside <style>
  std::string style_text;
  int style_line = 1, style_column = 1;

  void fail(std::string message) {
    if (problem) return;
    problem =
        SvgProblem{static_cast<int>(XML_GetCurrentLineNumber(parser)),
                   static_cast<int>(XML_GetCurrentColumnNumber(parser)) + 1, std::move(message)};
    XML_StopParser(parser, XML_FALSE);
  }
};

void XMLCALL on_start(void* data, const XML_Char* name, const XML_Char** attrs) {
  auto& st = *static_cast<State*>(data);
  const std::string element = local_name(name);
  if (element == "script" || element == "foreignobject" || element == "handler")
    return st.fail("het SVG-bestand bevat <" + std::string(name) + ">");
  if (element == "style") {
    if (st.style_depth++ == 0) {
      st.style_text.clear();
      st.style_line = static_cast<int>(XML_GetCurrentLineNumber(st.parser));
      st.style_column = static_cast<int>(XML_GetCurrentColumnNumber(st.parser)) + 1;
    }
  }
  for (int i = 0; attrs[i]; i += 2) {
    const std::string attr = local_name(attrs[i]);
    const std::string_view value(attrs[i + 1]);
    if (attr.starts_with("on"))
      return st.fail("het SVG-bestand bevat het gebeurtenis-attribuut " + std::string(attrs[i]));
    if (squeeze(value).find("script:") != std::string::npos)
      return st.fail("het SVG-bestand bevat een script-adres in " + std::string(attrs[i]));
    if ((attr == "href" || attr == "src") && !allowed_reference(value))
      return st.fail("het SVG-bestand verwijst met " + std::string(attrs[i]) + " naar '" +
                     std::string(value) + "'; alleen een verwijzing binnen het bestand (#...) mag");
    if (attr == "attributename" &&
        (lower(value).find("href") != std::string::npos || lower(value).starts_with("on")))
      return st.fail("het SVG-bestand verandert " + std::string(value) + " met een animatie");
    if (auto css = css_problem(value, attr == "style"))
      return st.fail("het SVG-bestand bevat " + *css + " in " + attrs[i]);
  }
}

void XMLCALL on_end(void* data, const XML_Char* name) {
  auto& st = *static_cast<State*>(data);
  if (local_name(name) != "style" || st.style_depth == 0 || --st.style_depth > 0) return;
  if (auto css = css_problem(st.style_text, true)) {
    st.problem =
        SvgProblem{st.style_line, st.style_column, "het SVG-bestand bevat " + *css + " in <style>"};
    XML_StopParser(st.parser, XML_FALSE);
  }
}

void XMLCALL on_text(void* data, const XML_Char* s, int len) {
  auto& st = *static_cast<State*>(data);
  if (st.style_depth > 0) st.style_text.append(s, static_cast<std::size_t>(len));
}

void XMLCALL on_pi(void* data, const XML_Char* target, const XML_Char*) {
  static_cast<State*>(data)->fail("het SVG-bestand bevat de verwerkingsinstructie <?" +
                                  std::string(target) + "?>");
}

void XMLCALL on_entity(void* data, const XML_Char* name, int, const XML_Char*, int, const XML_Char*,
                       const XML_Char*, const XML_Char*, const XML_Char*) {
  static_cast<State*>(data)->fail("het SVG-bestand declareert de entiteit '" + std::string(name) +
                                  "'");
}

}  // namespace

bool is_svg_path(const std::string& path) {
  return path.size() >= 4 && lower(path.substr(path.size() - 4)) == ".svg";
}

std::optional<SvgProblem> svg_problem(std::string_view svg) {
  std::unique_ptr<std::remove_pointer_t<XML_Parser>, decltype(&XML_ParserFree)> parser(
      XML_ParserCreate("UTF-8"), &XML_ParserFree);
  if (!parser) return SvgProblem{1, 1, "de XML-parser kan niet starten"};
  State st;
  st.parser = parser.get();
  XML_SetUserData(st.parser, &st);
  XML_SetElementHandler(st.parser, on_start, on_end);
  XML_SetCharacterDataHandler(st.parser, on_text);
  XML_SetProcessingInstructionHandler(st.parser, on_pi);
  XML_SetEntityDeclHandler(st.parser, on_entity);
  XML_SetParamEntityParsing(st.parser, XML_PARAM_ENTITY_PARSING_NEVER);
  if (svg.size() > static_cast<std::size_t>(std::numeric_limits<int>::max()))
    return SvgProblem{1, 1, "het SVG-bestand is te groot"};
  const XML_Status status =
      XML_Parse(st.parser, svg.data(), static_cast<int>(svg.size()), XML_TRUE);
  if (st.problem) return st.problem;
  if (status != XML_STATUS_OK)
    return SvgProblem{static_cast<int>(XML_GetCurrentLineNumber(st.parser)),
                      static_cast<int>(XML_GetCurrentColumnNumber(st.parser)) + 1,
                      std::string("het SVG-bestand is geen geldige XML: ") +
                          XML_ErrorString(XML_GetErrorCode(st.parser))};
  return std::nullopt;
}

}  // namespace ww
