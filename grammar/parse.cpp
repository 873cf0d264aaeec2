// parse_rule_pack(): runs the grammar, collects every diagnostic, and keeps
// the source with the position cache so that AST nodes can be located later.
#include "grammar/parse.hpp"

#include "grammar/config.hpp"
#include "grammar/error_handler.hpp"
#include "grammar/rule_pack.hpp"
#include "grammar/source_map.hpp"
#include "grammar/utf8.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>

namespace granska::parser {

// Never moved once built: the source map and the position cache point into
// `source`.
struct parsed_pack::impl {
    explicit impl(std::string text)
        : source(std::move(text)), map(source), cache(source.cbegin(), source.cend()) {}
    impl(const impl&) = delete;
    impl& operator=(const impl&) = delete;

    std::string source;
    source_map map;
    position_cache cache;
};

namespace {

// One error per line with malformed UTF-8, at its first bad byte.
void check_utf8(const std::string& source, parse_state& state) {
    std::set<std::uint32_t> lines;
    const source_map map(source);
    for (const std::size_t offset : invalid_utf8_offsets(source)) {
        if (!lines.insert(map.position(offset).line).second)
            continue;
        state.report(source.cbegin() + static_cast<std::ptrdiff_t>(offset),
                     fmt::format("ogiltig UTF-8 (byte 0x{:02X}); spara filen som UTF-8",
                                 static_cast<unsigned char>(source[offset])));
    }
}

} // namespace

source_position parsed_pack::where(const x3::position_tagged& node) const {
    if (!impl_ || node.id_first < 0 ||
        static_cast<std::size_t>(node.id_first) >= impl_->cache.get_positions().size())
        return {};
    const auto at = impl_->cache.get_positions()[static_cast<std::size_t>(node.id_first)];
    const auto pos = impl_->map.position(static_cast<std::size_t>(at - impl_->source.cbegin()));
    return {pos.line, pos.column};
}

std::string parsed_pack::line_text(std::uint32_t line) const {
    return impl_ ? impl_->map.line_text(line) : std::string();
}

diagnostic parsed_pack::error_at(const x3::position_tagged& node, std::string message) const {
    const auto pos = where(node);
    return {diagnostic_severity::error, file, pos.line, pos.column, "", std::move(message),
            line_text(pos.line)};
}

parse_result parse_rule_pack(std::string file, std::string source) {
    auto im = std::make_shared<parsed_pack::impl>(std::move(source));
    const auto begin = im->source.cbegin();
    const auto end = im->source.cend();
    parse_state state(file, begin, end, im->map, im->cache);
    check_utf8(im->source, state);

    auto first = begin;
    if (im->source.starts_with("\xEF\xBB\xBF")) // a byte order mark is not text
        first += 3;
    ast::pack pack;
    // Spirit must not leak out of grammar/: the outermost rules turn
    // expectation failures into diagnostics, and anything else is caught here.
    try {
        const bool ok = x3::phrase_parse(
            first, end, x3::with<x3::error_handler_tag>(std::ref(state))[granska::rule_pack()],
            skipper, pack);
        if (!ok || first != end)
            state.report(first, expectation_message("pack_item", first, end));
        // rule_pack fills the pack in semantic actions, so X3 cannot tag it.
        auto start = im->source.starts_with("\xEF\xBB\xBF") ? begin + 3 : begin;
        x3::skip_over(start, end, x3::make_context<x3::skipper_tag>(skipper));
        state.tag(pack, start, end);
    } catch (const x3::expectation_failure<iterator_type>& x) {
        state.report(x.where(), expectation_message(x.which(), x.where(), end));
    } catch (const std::exception& e) {
        state.report(first, fmt::format("internt fel i parsern: {}", e.what()));
    }

    parse_result result;
    result.errors = std::move(state.errors());
    std::stable_sort(result.errors.begin(), result.errors.end(),
                     [](const diagnostic& a, const diagnostic& b) {
                         return std::tie(a.line, a.column) < std::tie(b.line, b.column);
                     });
    if (result.errors.empty()) {
        parsed_pack parsed;
        parsed.pack = std::move(pack);
        parsed.file = std::move(file);
        parsed.impl_ = std::move(im);
        result.value = std::move(parsed);
    }
    return result;
}

} // namespace granska::parser
