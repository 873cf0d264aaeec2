#include "checker/base/json_pointer.hpp"

namespace granska::checker {

void append_pointer_token(std::string& out, std::string_view token) {
    for (const char c : token) {
        if (c == '~')
            out += "~0";
        else if (c == '/')
            out += "~1";
        else
            out += c;
    }
}

} // namespace granska::checker
