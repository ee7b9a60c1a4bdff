#include "ansi.hpp"

namespace positions {

std::string paint(std::string_view text, Tint tint, bool on) {
  if (!on) return std::string(text);
  const char* code = tint == Tint::bold ? "\x1b[1m" : tint == Tint::red ? "\x1b[31m"
                     : tint == Tint::green ? "\x1b[32m" : "\x1b[33m";
  return code + std::string(text) + "\x1b[0m";
}

}  // namespace positions
