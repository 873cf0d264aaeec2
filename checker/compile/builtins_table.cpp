// The registry of built-in functions and the call into it: a call is compiled
// by the first row with its name whose arity fits; an unknown name is an
// error that lists every function there is.
#include "checker/compile/builtins.hpp"

#include <fmt/format.h>

#include <array>

namespace granska::checker::detail {

namespace {

// The order is the order of the list in the unknown-function error.
constexpr std::array table{
    builtin_function{"count", any_arity, compile_count, compile_count_bound},
    builtin_function{"exists", any_arity, compile_exists, compile_exists_bound},
    builtin_function{"none", any_arity, compile_exists, compile_exists_bound},
    builtin_function{"all", any_arity, compile_all, compile_all_bound},
    builtin_function{"sum", any_arity, compile_extreme, compile_extreme_bound},
    builtin_function{"min", any_arity, compile_extreme, compile_extreme_bound},
    builtin_function{"max", any_arity, compile_extreme, compile_extreme_bound},
    builtin_function{"present", any_arity, compile_present},
    builtin_function{"missing", any_arity, compile_present},
    builtin_function{"sort", any_arity, compile_sort},
    builtin_function{"longest_gap", any_arity, compile_longest_gap},
    builtin_function{"gaps", any_arity, compile_gaps},
    builtin_function{"year", any_arity, compile_year},
    builtin_function{"calendar_year", any_arity, compile_calendar_year},
    builtin_function{"years", any_arity, compile_years},
    builtin_function{"mandate_periods", 2, compile_mandate_periods_within},
    builtin_function{"mandate_periods", any_arity, compile_mandate_periods},
    builtin_function{"mandate_period", any_arity, compile_mandate_period},
    builtin_function{"overlaps", any_arity, compile_overlaps},
    builtin_function{"refers_to", any_arity, compile_refers_to},
    builtin_function{"body", any_arity, compile_body},
    builtin_function{"contains_personal_number", any_arity, compile_contains_personal_number},
    builtin_function{"join", any_arity, compile_join},
    builtin_function{"in_words", any_arity, compile_in_words},
    builtin_function{"date", any_arity, compile_date},
    builtin_function{"coalesce", any_arity, compile_coalesce},
};

bool matches(type actual, type wanted) {
    if (actual.kind == type_kind::any || wanted.kind == type_kind::any)
        return true;
    if (actual.kind != wanted.kind)
        return false;
    if (actual.kind == type_kind::list)
        return wanted.element == type_kind::any || actual.element == wanted.element;
    if (actual.kind == type_kind::object)
        return wanted.object == nullptr || actual.object == wanted.object;
    return true;
}

// "count, exists, …, coalesce": every function a rule may call, each name once.
std::string known_functions() {
    std::string known;
    std::string_view previous;
    for (const auto& b : table) {
        if (b.name != previous)
            known += fmt::format("{}{}", known.empty() ? "" : ", ", b.name);
        previous = b.name;
    }
    return known;
}

} // namespace

std::span<const builtin_function> builtins() {
    return table;
}

bound_compiler bound_form_of(std::string_view name) {
    for (const auto& b : table)
        if (b.name == name && b.compile_bound != nullptr)
            return b.compile_bound;
    return nullptr;
}

value new_list(eval_context& c, value_list*& out) {
    out = std::pmr::polymorphic_allocator<value_list>(c.arena).new_object<value_list>();
    return value::of_list(out);
}

value arena_string(eval_context& c, std::string_view s) {
    auto* kept =
        std::pmr::polymorphic_allocator<std::pmr::string>(c.arena).new_object<std::pmr::string>(s);
    return value::of_string(*kept);
}

bool builtin_call::expect(std::initializer_list<type> wanted) const {
    bool ok = args.size() == wanted.size();
    std::size_t i = 0;
    for (const auto& w : wanted) {
        if (ok && !matches(args[i].t, w))
            ok = false;
        ++i;
    }
    if (!ok) {
        std::string signature;
        for (const auto& w : wanted)
            signature += (signature.empty() ? "" : ", ") + describe(w);
        self.error(call, fmt::format("{}() tar ({})", name(), signature));
    }
    return ok;
}

std::nullopt_t builtin_call::fail(std::string message) const {
    self.error(call, std::move(message));
    return std::nullopt;
}

std::optional<typed> compiler::builtin(const ast::call& c, std::vector<typed>& args) {
    const std::string& name = c.function.name;
    std::string text = name + "(";
    for (std::size_t i = 0; i < args.size(); ++i)
        text += (i ? ", " : "") + args[i].text;
    text += ")";
    for (const auto& b : table)
        if (b.name == name &&
            (b.arity == any_arity || static_cast<std::size_t>(b.arity) == args.size()))
            return b.compile({*this, c, args, std::move(text)});
    error(c.function, fmt::format("okänd funktion '{}' (kända: {})", name, known_functions()));
    return std::nullopt;
}

} // namespace granska::checker::detail
