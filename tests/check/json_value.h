#pragma once
// A small JSON reader for the tests of `check --format json`: parses into a tree and fails the
// test on anything that is not valid JSON.
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace ww::test {

struct Json {
  enum Kind { null, boolean, number, string, array, object } kind = null;
  bool b = false;
  double n = 0;
  std::string s;
  std::vector<Json> items;
  std::map<std::string, Json> fields;

  const Json& operator[](const std::string& key) const {
    auto it = fields.find(key);
    if (kind != object || it == fields.end()) throw std::runtime_error("no key " + key);
    return it->second;
  }
  const Json& operator[](std::size_t i) const { return items.at(i); }
  bool has(const std::string& key) const { return fields.count(key) > 0; }
};

class JsonParser {
 public:
  explicit JsonParser(std::string_view text) : t_(text) {}
  Json parse() {
    Json v = value();
    space();
    if (i_ != t_.size()) fail("text after the value");
    return v;
  }

 private:
  std::string_view t_;
  std::size_t i_ = 0;
  [[noreturn]] void fail(const std::string& what) {
    throw std::runtime_error("invalid JSON at " + std::to_string(i_) + ": " + what);
  }
  void space() {
    while (i_ < t_.size() && (t_[i_] == ' ' || t_[i_] == '\n' || t_[i_] == '\t' || t_[i_] == '\r'))
      ++i_;
  }
  void expect(char c) {
    space();
    if (i_ >= t_.size() || t_[i_] != c) fail(std::string("expected ") + c);
    ++i_;
  }
  bool word(std::string_view w) {
    if (t_.substr(i_, w.size()) != w) return false;
    i_ += w.size();
    return true;
  }
  std::string str() {
    expect('"');
    std::string out;
    while (true) {
      if (i_ >= t_.size()) fail("open string");
      char c = t_[i_++];
      if (c == '"') return out;
      if (static_cast<unsigned char>(c) < 0x20) fail("control character in string");
      if (c != '\\') {
        out += c;
        continue;
      }
      if (i_ >= t_.size()) fail("open escape");
      char e = t_[i_++];
      switch (e) {
        case 'n':
          out += '\n';
          break;
        case 't':
          out += '\t';
          break;
        case 'r':
          out += '\r';
          break;
        case '"':
        case '\\':
        case '/':
          out += e;
          break;
        case 'u': {
          if (i_ + 4 > t_.size()) fail("short \\u");
          out += static_cast<char>(std::stoi(std::string(t_.substr(i_, 4)), nullptr, 16));
          i_ += 4;
          break;
        }
        default:
          fail("bad escape");
      }
    }
  }
  Json value() {
    space();
    Json v;
    if (i_ >= t_.size()) fail("no value");
    const char c = t_[i_];
    if (c == '{') {
      v.kind = Json::object;
      ++i_;
      space();
      if (i_ < t_.size() && t_[i_] == '}') return ++i_, v;
      do {
        std::string k = str();
        expect(':');
        v.fields[k] = value();
        space();
      } while (i_ < t_.size() && t_[i_] == ',' && ++i_);
      expect('}');
    } else if (c == '[') {
      v.kind = Json::array;
      ++i_;
      space();
      if (i_ < t_.size() && t_[i_] == ']') return ++i_, v;
      do {
        v.items.push_back(value());
        space();
      } while (i_ < t_.size() && t_[i_] == ',' && ++i_);
      expect(']');
    } else if (c == '"') {
      v.kind = Json::string;
      v.s = str();
    } else if (word("true") || word("false")) {
      v.kind = Json::boolean;
      v.b = t_[i_ - 1] == 'e' && t_[i_ - 2] == 'u';
    } else if (word("null")) {
      v.kind = Json::null;
    } else {
      std::size_t used = 0;
      v.kind = Json::number;
      try {
        v.n = std::stod(std::string(t_.substr(i_, 32)), &used);
      } catch (...) {
        fail("not a value");
      }
      i_ += used;
    }
    return v;
  }
};

inline Json parse_json(std::string_view text) { return JsonParser(text).parse(); }

}  // namespace ww::test
