# Embeds the standard theme's partials for generated page parts (docs/templates.md, "Page parts")
# as the fallback for a theme that has none of its own.
# Usage: cmake -DIN=a.mustache|b.mustache -DOUT=file.cpp -P embed_partials.cmake
string(REPLACE "|" ";" files "${IN}")
set(body "")
foreach(file IN LISTS files)
  get_filename_component(name "${file}" NAME_WE)
  file(READ "${file}" text)
  string(APPEND body "    {\"${name}\", R\"wwpartial(${text})wwpartial\"},\n")
endforeach()
file(WRITE "${OUT}.tmp" "// Generated from themes/standaard/templates/partials by embed_partials.cmake. Do not edit.\n"
  "#include \"templates/parts.h\"\n\nnamespace ww {\n"
  "const std::map<std::string, std::string>& builtin_part_partials() {\n"
  "  static const std::map<std::string, std::string> partials = {\n${body}  };\n"
  "  return partials;\n}\n}  // namespace ww\n")
file(COPY_FILE "${OUT}.tmp" "${OUT}" ONLY_IF_DIFFERENT)
