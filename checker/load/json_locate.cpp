#include "checker/load/json_locate.hpp"

#include <simdjson.h>

namespace granska::checker {

text_position position_at(std::string_view text, std::size_t offset) {
    offset = std::min(offset, text.size());
    text_position p;
    p.line = 1;
    std::size_t line_start = 0;
    for (std::size_t i = 0; i < offset; ++i)
        if (text[i] == '\n') {
            ++p.line;
            line_start = i + 1;
        }
    p.column = static_cast<std::uint32_t>(offset - line_start + 1);
    auto line_end = text.find('\n', line_start);
    if (line_end == std::string_view::npos)
        line_end = text.size();
    p.source_line = std::string(text.substr(line_start, line_end - line_start));
    if (!p.source_line.empty() && p.source_line.back() == '\r')
        p.source_line.pop_back();
    return p;
}

struct json_locator::impl {
    explicit impl(std::string_view text) : padded(text) {}
    simdjson::padded_string padded;
    simdjson::ondemand::parser parser;
};

json_locator::json_locator(std::string_view text)
    : text_(text), impl_(std::make_unique<impl>(text)) {}

json_locator::~json_locator() = default;

text_position json_locator::locate(std::string_view pointer) {
    if (pointer.empty()) {
        const auto first = text_.find_first_not_of(" \t\r\n");
        return position_at(text_, first == std::string_view::npos ? 0 : first);
    }
    // On Demand rewinds on every at_pointer; a fresh iteration per lookup keeps
    // it simple, and these files are small.
    simdjson::ondemand::document doc;
    if (impl_->parser.iterate(impl_->padded).get(doc) != simdjson::SUCCESS)
        return {};
    simdjson::ondemand::value value;
    if (doc.at_pointer(pointer).get(value) != simdjson::SUCCESS)
        return {};
    const char* where = nullptr;
    if (value.current_location().get(where) != simdjson::SUCCESS || where == nullptr)
        return {};
    const auto offset = static_cast<std::size_t>(where - impl_->padded.data());
    return position_at(text_, offset);
}

diagnostic json_diagnostic(const std::string& file, json_locator& locator,
                           const std::string& pointer, std::string message) {
    const auto p = locator.locate(pointer);
    return {diagnostic_severity::error, file,         p.line, p.column, pointer,
            std::move(message),         p.source_line};
}

diagnostic json_syntax_diagnostic(const std::string& file, std::string_view text, std::size_t byte,
                                  std::string message) {
    const auto p = position_at(text, byte > 0 ? byte - 1 : 0);
    return {diagnostic_severity::error, file,         p.line, p.column, "",
            std::move(message),         p.source_line};
}

} // namespace granska::checker
