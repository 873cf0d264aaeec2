#include "checker/load/json_locate.hpp"

#include "checker/base/json_pointer.hpp"

#include <simdjson.h>

#include <algorithm>
#include <cstring>
#include <unordered_map>
#include <vector>

namespace granska::checker {

namespace {

// The position of `offset` once its line is known to start at `line_start`.
text_position position_on_line(std::string_view text, std::size_t offset, std::uint32_t line,
                               std::size_t line_start) {
    text_position p;
    p.line = line;
    p.column = static_cast<std::uint32_t>(offset - line_start + 1);
    auto line_end = text.find('\n', line_start);
    if (line_end == std::string_view::npos)
        line_end = text.size();
    p.source_line = std::string(text.substr(line_start, line_end - line_start));
    if (!p.source_line.empty() && p.source_line.back() == '\r')
        p.source_line.pop_back();
    return p;
}

} // namespace

text_position position_at(std::string_view text, std::size_t offset) {
    offset = std::min(offset, text.size());
    std::uint32_t line = 1;
    std::size_t line_start = 0;
    for (std::size_t i = 0; i < offset; ++i)
        if (text[i] == '\n') {
            ++line;
            line_start = i + 1;
        }
    return position_on_line(text, offset, line, line_start);
}

// Built on the first lookup, in one pass each: where every value starts (by
// its pointer) and where every line starts. A lookup is then a hash probe and
// a binary search, so a file of many waivers is located in linear time
// instead of one walk from the top of the file per waiver.
struct json_locator::impl {
    explicit impl(std::string_view text) : text(text) {}

    std::string_view text;
    bool indexed = false;
    std::unordered_map<std::string, std::uint32_t> value_starts;
    std::vector<std::uint32_t> line_starts;

    void index() {
        indexed = true;
        line_starts.push_back(0);
        for (const char *p = text.data(), *last = p + text.size();
             (p = static_cast<const char*>(
                  std::memchr(p, '\n', static_cast<std::size_t>(last - p)))) != nullptr;)
            line_starts.push_back(static_cast<std::uint32_t>(++p - text.data()));

        const simdjson::padded_string padded(text);
        simdjson::ondemand::parser parser;
        simdjson::ondemand::document doc;
        simdjson::ondemand::value root;
        if (parser.iterate(padded).get(doc) != simdjson::SUCCESS ||
            doc.get_value().get(root) != simdjson::SUCCESS)
            return; // a scalar document has no member to point at
        std::string pointer;
        record_children(root, pointer, padded.data());
    }

    // Records where each child of `container` starts, then its children's
    // children. The text is JSON that nlohmann accepted, so an error here is
    // only simdjson's depth limit: what was recorded until then stays.
    void record_children(simdjson::ondemand::value& container, std::string& pointer,
                         const char* base) {
        simdjson::ondemand::json_type type;
        if (container.type().get(type) != simdjson::SUCCESS)
            return;
        const auto prefix = pointer.size();
        if (type == simdjson::ondemand::json_type::object) {
            simdjson::ondemand::object object;
            if (container.get_object().get(object) != simdjson::SUCCESS)
                return;
            for (auto field_result : object) {
                simdjson::ondemand::field field;
                std::string_view key;
                if (std::move(field_result).get(field) != simdjson::SUCCESS ||
                    field.unescaped_key().get(key) != simdjson::SUCCESS)
                    return;
                pointer += '/';
                append_pointer_token(pointer, key);
                if (!record(field.value(), pointer, base))
                    return;
                pointer.resize(prefix);
            }
        } else if (type == simdjson::ondemand::json_type::array) {
            simdjson::ondemand::array array;
            if (container.get_array().get(array) != simdjson::SUCCESS)
                return;
            std::size_t i = 0;
            for (auto item : array) {
                simdjson::ondemand::value child;
                if (item.get(child) != simdjson::SUCCESS)
                    return;
                pointer += '/';
                pointer += std::to_string(i++);
                if (!record(child, pointer, base))
                    return;
                pointer.resize(prefix);
            }
        }
    }

    bool record(simdjson::ondemand::value& child, std::string& pointer, const char* base) {
        const char* where = nullptr;
        if (child.current_location().get(where) != simdjson::SUCCESS || where == nullptr)
            return false;
        value_starts.emplace(pointer, static_cast<std::uint32_t>(where - base)); // first wins
        record_children(child, pointer, base);
        return true;
    }

    text_position position_of(std::uint32_t offset) const {
        const auto after = std::upper_bound(line_starts.begin(), line_starts.end(), offset);
        const auto line = static_cast<std::uint32_t>(after - line_starts.begin());
        return position_on_line(text, offset, line, line_starts[line - 1]);
    }
};

json_locator::json_locator(std::string_view text)
    : text_(text), impl_(std::make_unique<impl>(text)) {}

json_locator::~json_locator() = default;

text_position json_locator::locate(std::string_view pointer) {
    if (pointer.empty()) {
        const auto first = text_.find_first_not_of(" \t\r\n");
        return position_at(text_, first == std::string_view::npos ? 0 : first);
    }
    if (!impl_->indexed)
        impl_->index();
    const auto found = impl_->value_starts.find(std::string(pointer));
    if (found == impl_->value_starts.end())
        return {};
    return impl_->position_of(found->second);
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
