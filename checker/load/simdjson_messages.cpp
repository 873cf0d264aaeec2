#include "checker/load/simdjson_messages.hpp"

#include "checker/load/json_reader.hpp"

namespace granska::checker {

std::string simdjson_message(simdjson::error_code code) {
    switch (code) {
    case simdjson::DEPTH_ERROR:
        return "ogiltig JSON: nästlad djupare än " + std::to_string(max_json_depth) + " nivåer";
    case simdjson::NUMBER_ERROR:
    case simdjson::NUMBER_OUT_OF_RANGE:
        return "ogiltig JSON: talet ligger utanför det som kan läsas (heltal upp till 2^64 - 1, "
               "decimaltal upp till cirka 1,8e308)";
    case simdjson::UTF8_ERROR:
        return "ogiltig UTF-8";
    case simdjson::STRING_ERROR:
        return "ogiltig JSON: oläslig sträng (t.ex. ett ensamt UTF-16-surrogat i \\u-kod)";
    default:
        return std::string("ogiltig JSON (") + simdjson::error_message(code) + ")";
    }
}

} // namespace granska::checker
