# Turns a word list (one word a line, '#' comments) into a C++ source with an array of words.
# Usage: cmake -DIN=list.txt -DOUT=file.cpp -DNAME=kSymbol -P embed_words.cmake
# Defines `const char* const NAME[]` and `const std::size_t NAMECount`.
file(STRINGS "${IN}" lines ENCODING UTF-8)
set(body "")
set(count 0)
foreach(line IN LISTS lines)
  if(line STREQUAL "" OR line MATCHES "^#")
    continue()
  endif()
  string(APPEND body "    \"${line}\",\n")
  math(EXPR count "${count} + 1")
endforeach()
file(WRITE "${OUT}.tmp" "// Generated from ${IN} by embed_words.cmake. Do not edit.\n"
  "#include <cstddef>\n\nnamespace ww {\n"
  "extern const char* const ${NAME}[];\nextern const std::size_t ${NAME}Count;\n"
  "const char* const ${NAME}[] = {\n${body}};\nconst std::size_t ${NAME}Count = ${count};\n"
  "}  // namespace ww\n")
file(COPY_FILE "${OUT}.tmp" "${OUT}" ONLY_IF_DIFFERENT)
