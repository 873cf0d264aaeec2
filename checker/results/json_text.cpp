#include "checker/results/json_text.hpp"

#include "checker/load/json_locate.hpp"

namespace granska::checker {

bool parse_json_text(std::string_view text, const std::string& file, const char* not_json,
                     nlohmann::json& parsed, diagnostics& errors) {
    try {
        parsed = nlohmann::json::parse(text);
        return true;
    } catch (const nlohmann::json::parse_error& e) {
        errors.push_back(json_syntax_diagnostic(file, text, e.byte, not_json));
        return false;
    }
}

} // namespace granska::checker
