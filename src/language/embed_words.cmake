# Turns word lists (one word a line, '#' comments; anything after a tab is a note) into a C++ source with one array of words,
# in the order of the files.
# Usage: cmake -DIN=a.txt|b.txt -DOUT=file.cpp -DNAME=kSymbol -P embed_words.cmake
# Defines `const char* const NAME[]` and `const std::size_t NAMECount`.
string(REPLACE "|" ";" files "${IN}")
set(body "")
set(count 0)
set(names "")
foreach(file IN LISTS files)
  get_filename_component(name "${file}" NAME)
  string(APPEND names " ${name}")
  file(STRINGS "${file}" lines ENCODING UTF-8)
  foreach(line IN LISTS lines)
    if(line STREQUAL "" OR line MATCHES "^#")
      continue()
    endif()
    string(REGEX REPLACE "\t.*$" "" line "${line}")
    string(APPEND body "    \"${line}\",\n")
    math(EXPR count "${count} + 1")
  endforeach()
endforeach()
file(WRITE "${OUT}.tmp" "// Generated from${names} by embed_words.cmake. Do not edit.\n"
  "#include <cstddef>\n\nnamespace ww {\n"
  "extern const char* const ${NAME}[];\nextern const std::size_t ${NAME}Count;\n"
  "const char* const ${NAME}[] = {\n${body}};\nconst std::size_t ${NAME}Count = ${count};\n"
  "}  // namespace ww\n")
file(COPY_FILE "${OUT}.tmp" "${OUT}" ONLY_IF_DIFFERENT)
