#include "checker/load/validate.hpp"

#include "checker/base/calendar.hpp"
#include "checker/load/schema_compiled.hpp"
#include "checker/load/unknown_key.hpp"

#include <cstdint>
#include <iterator>
#include <regex>

namespace granska::checker {

namespace {

using model::node;
using model::node_type;
using namespace json_schema;

// ---------------------------------------------------------------------------
// Words for messages

std::string expected_words(const schema& s) {
    static const std::pair<std::uint8_t, const char*> words[] = {
        {t_object, "ett objekt"}, {t_array, "en lista"},
        {t_string, "en text"},    {t_integer, "ett heltal"},
        {t_number, "ett tal"},    {t_boolean, "ett sanningsvärde (true eller false)"},
        {t_null, "null"}};
    std::vector<std::string> parts;
    for (const auto& [bit, word] : words) {
        if (!(s.types & bit) || (bit == t_integer && (s.types & t_number)))
            continue;
        if (bit == t_string && s.format == format_kind::date)
            parts.emplace_back("ett datum (ÅÅÅÅ-MM-DD)");
        else if (bit == t_string && s.format == format_kind::duration)
            parts.emplace_back("en tidslängd (ISO 8601, t.ex. P4Y, P6M, P120D)");
        else
            parts.emplace_back(word);
    }
    std::string out;
    for (std::size_t i = 0; i < parts.size(); ++i)
        out += (i == 0 ? "" : i + 1 == parts.size() ? " eller " : ", ") + parts[i];
    return out;
}

// What each kind of node is to the schema's type bits, and in a message;
// dates and durations were strings in the file.
struct node_kind {
    node_type type;
    std::uint8_t bits;
    const char* words;
};

constexpr node_kind node_kinds[]{
    {node_type::null_value, t_null, "null"},
    {node_type::boolean, t_boolean, "ett sanningsvärde"},
    {node_type::integer, t_integer, "ett tal"},
    {node_type::number, t_number, "ett tal"},
    {node_type::string, t_string, "en text"},
    {node_type::date, t_string, "en text"},
    {node_type::duration, t_string, "en text"},
    {node_type::array, t_array, "en lista"},
    {node_type::object, t_object, "ett objekt"},
};

// The table is indexed by node_type: row i is the type numbered i.
constexpr bool rows_in_type_order() {
    for (std::size_t i = 0; i < std::size(node_kinds); ++i)
        if (static_cast<std::size_t>(node_kinds[i].type) != i)
            return false;
    return std::size(node_kinds) == static_cast<std::size_t>(node_type::object) + 1;
}
static_assert(rows_in_type_order());

const node_kind& kind_of(const node& n) {
    return node_kinds[static_cast<std::size_t>(n.type)];
}

bool is_text(const node& n) {
    return n.type == node_type::string;
}

bool is_blank(std::string_view s) {
    return s.find_first_not_of(" \t\n\r") == std::string_view::npos;
}

std::size_t code_points(std::string_view s) {
    std::size_t n = 0;
    for (char c : s)
        n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return n;
}

// ---------------------------------------------------------------------------
// The walk

class validator {
public:
    std::vector<schema_error> errors;

    // dry: only answer whether `n` matches (for if/then), no errors, no conversions.
    bool check(node& n, const schema& s, bool dry) {
        if (full())
            return false;
        bool ok = true;
        if (s.ref)
            ok &= check(n, *s.ref, dry);
        if (s.types && !(kind_of(n).bits & s.types))
            return report(dry, n, "förväntade " + expected_words(s) + ", fick " + kind_of(n).words);
        if (s.has_const && !(is_text(n) && n.text() == s.const_value))
            return report(dry, n, "förväntade \"" + s.const_value + "\"");
        if (!s.enum_values.empty() && !(is_text(n) && contains(s.enum_values, n.text())))
            return report(dry, n, "förväntade en av: " + join(s.enum_values));
        if (is_text(n) && s.blank_is_missing && is_blank(n.text())) {
            if (!dry)
                n.type = node_type::null_value; // missing: the rule that needs it says so
            return ok;
        }
        if (is_text(n)) {
            if (s.min_length > 0 && code_points(n.text()) < s.min_length)
                ok &= report(dry, n,
                             s.min_length == 1
                                 ? std::string("får inte vara tom")
                                 : "förväntade minst " + std::to_string(s.min_length) + " tecken");
            if (s.format != format_kind::none)
                ok &= check_format(n, s.format, dry);
        }
        if (n.type == node_type::object)
            ok &= check_object(n, s, dry);
        if (s.ordered_period && n.type == node_type::object)
            ok &= check_period_order(n, dry);
        if (n.type == node_type::array && s.items)
            for (std::uint32_t i = 0; i < n.count && (ok || !dry); ++i)
                ok &= check(mutable_node(n.items[i]), *s.items, dry);
        for (const schema* sub : s.all_of)
            ok &= check(n, *sub, dry);
        if (s.if_schema && s.then_schema && check(n, *s.if_schema, true))
            ok &= check(n, *s.then_schema, dry);
        return ok;
    }

private:
    bool truncated_ = false;

    // Nodes are const in the model; the validator runs before anyone else
    // sees them, on arena memory that is not const, to record parsed dates.
    static node& mutable_node(const node& n) { return const_cast<node&>(n); }

    bool full() {
        if (errors.size() < max_schema_errors)
            return false;
        if (!truncated_) {
            truncated_ = true;
            errors.push_back({errors.back().at, "fler fel i filen visas inte (de första " +
                                                    std::to_string(max_schema_errors) + " visas)"});
        }
        return true;
    }

    bool report(bool dry, const node& n, std::string message) {
        if (!dry && !full())
            errors.push_back({&n, std::move(message)});
        return false;
    }

    bool report_key(bool dry, const node& value, std::string message) {
        if (!dry && !full())
            errors.push_back({&value, std::move(message), true});
        return false;
    }

    static std::vector<std::string_view> names(const schema& s) {
        std::vector<std::string_view> out;
        for (const auto& [name, property] : s.properties)
            out.push_back(name);
        return out;
    }

    static bool contains(const std::vector<std::string>& values, std::string_view v) {
        for (const auto& x : values)
            if (x == v)
                return true;
        return false;
    }

    static std::string join(const std::vector<std::string>& values) {
        std::string out;
        for (const auto& v : values)
            out += (out.empty() ? "" : ", ") + v;
        return out;
    }

    // x-ordered-period: a period (a plan's `period`, the `covers` of a
    // follow-up or report) that ends before it begins holds no day; every
    // rule would read it as a plan never in force, so it is an input error at
    // its `to`, like an impossible date. Its dates are parsed by check_object
    // just before (a dry match parses none, and so compares none).
    bool check_period_order(const node& n, bool dry) {
        const node* from = n.get("from");
        const node* to = n.get("to");
        if (from && to && from->type == node_type::date && to->type == node_type::date &&
            to->date < from->date)
            return report(dry, *to, "förväntade ett slutdatum på eller efter startdatumet (from)");
        return true;
    }

    bool check_format(node& n, format_kind f, bool dry) {
        if (f == format_kind::date) {
            const auto d = calendar::parse_date(n.text());
            if (!d)
                return report(dry, n, "förväntade ett datum (ÅÅÅÅ-MM-DD) som finns i kalendern");
            if (!dry) {
                n.type = node_type::date;
                n.date = *d;
            }
            return true;
        }
        const auto d = calendar::parse_duration(n.text());
        if (!d)
            return report(dry, n,
                          "förväntade en tidslängd enligt ISO 8601 (t.ex. P4Y, P6M, P1Y2M, P120D)");
        if (d->years > INT16_MAX || d->months > INT16_MAX)
            return report(dry, n, "tidslängden är för lång (högst 32767 år eller månader)");
        if (!dry) {
            n.type = node_type::duration;
            n.duration.years = static_cast<std::int16_t>(d->years);
            n.duration.months = static_cast<std::int16_t>(d->months);
            n.duration.days = d->days;
        }
        return true;
    }

    bool check_object(node& n, const schema& s, bool dry) {
        bool ok = true;
        for (const auto& name : s.required)
            if (n.get(name) == nullptr) {
                ok = report(dry, n, "saknar obligatoriskt fält \"" + name + "\"");
                if (dry)
                    return false;
            }
        if (s.properties.empty() && s.patterns.empty() && !s.additional && !s.closed)
            return ok;
        for (std::uint32_t i = 0; i < n.count && (ok || !dry); ++i) {
            const model::member& m = n.members[i];
            node& value = mutable_node(m.value);
            bool known = false;
            for (const auto& [name, property] : s.properties)
                if (name == m.key) {
                    ok &= check(value, *property, dry);
                    known = true;
                    break;
                }
            for (const auto& [pattern, sub] : s.patterns)
                if (std::regex_search(m.key.begin(), m.key.end(), pattern)) {
                    ok &= check(value, *sub, dry);
                    known = true;
                }
            if (known)
                continue;
            if (s.closed)
                ok &= report_key(dry, m.value, unknown_key_message(m.key, names(s)));
            else if (s.additional)
                ok &= check(value, *s.additional, dry);
        }
        return ok;
    }
};

} // namespace

std::vector<schema_error> validate_document(model::node& root) {
    validator v;
    v.check(root, granska_schema(), false);
    return std::move(v.errors);
}

} // namespace granska::checker
