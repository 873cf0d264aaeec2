#include "checker/validate.hpp"

#include "checker/calendar.hpp"

#include <nlohmann/json.hpp>

#include <cassert>
#include <cstdint>
#include <deque>
#include <map>
#include <stdexcept>

namespace granska::checker {

namespace {

using model::node;
using model::node_type;

// ---------------------------------------------------------------------------
// The compiled schema

enum type_bit : std::uint8_t {
    t_null = 1,
    t_boolean = 2,
    t_integer = 4,
    t_number = 8,
    t_string = 16,
    t_array = 32,
    t_object = 64,
};

enum class format_kind { none, date, duration };

struct schema {
    std::uint8_t types = 0; // 0: any type
    format_kind format = format_kind::none;
    std::size_t min_length = 0;
    bool has_const = false;
    std::string const_value;
    std::vector<std::string> enum_values; // strings only: all our enums are
    std::vector<std::pair<std::string, const schema*>> properties;
    std::vector<std::string> required;
    const schema* items = nullptr;
    const schema* additional = nullptr;
    const schema* ref = nullptr;
    std::vector<const schema*> all_of;
    const schema* if_schema = nullptr;
    const schema* then_schema = nullptr;
};

class compiler {
public:
    explicit compiler(const nlohmann::json& document) : document_(document) {}

    const schema* root() { return compile(document_); }

    std::deque<schema> storage; // stable addresses

private:
    const nlohmann::json& document_;
    std::map<std::string, schema*> defs_;

    std::uint8_t type_of(const std::string& name) {
        static const std::map<std::string, std::uint8_t> names{
            {"null", t_null},       {"boolean", t_boolean},
            {"integer", t_integer}, {"number", t_number | t_integer},
            {"string", t_string},   {"array", t_array},
            {"object", t_object}};
        return names.at(name);
    }

    // "#/$defs/name" only; each definition is compiled once, so references
    // between definitions (even cycles) share one compiled schema.
    const schema* resolve(const std::string& ref) {
        const std::string prefix = "#/$defs/";
        if (ref.compare(0, prefix.size(), prefix) != 0)
            throw std::logic_error("unsupported $ref " + ref);
        const std::string name = ref.substr(prefix.size());
        if (auto it = defs_.find(name); it != defs_.end())
            return it->second;
        schema* s = &storage.emplace_back();
        defs_[name] = s;
        fill(*s, document_.at("$defs").at(name));
        return s;
    }

    const schema* compile(const nlohmann::json& j) {
        schema* s = &storage.emplace_back();
        fill(*s, j);
        return s;
    }

    void fill(schema& s, const nlohmann::json& j) {
        for (const auto& [key, value] : j.items()) {
            if (key == "$schema" || key == "$id" || key == "title" || key == "description" ||
                key == "$defs") {
                continue; // annotations; $defs are compiled when referenced
            } else if (key == "type") {
                if (value.is_string())
                    s.types = type_of(value.get<std::string>());
                else
                    for (const auto& t : value)
                        s.types |= type_of(t.get<std::string>());
            } else if (key == "properties") {
                for (const auto& [name, sub] : value.items())
                    s.properties.emplace_back(name, compile(sub));
            } else if (key == "required") {
                s.required = value.get<std::vector<std::string>>();
            } else if (key == "enum") {
                s.enum_values = value.get<std::vector<std::string>>();
            } else if (key == "const") {
                s.has_const = true;
                s.const_value = value.get<std::string>();
            } else if (key == "items") {
                s.items = compile(value);
            } else if (key == "additionalProperties") {
                s.additional = compile(value);
            } else if (key == "$ref") {
                s.ref = resolve(value.get<std::string>());
            } else if (key == "allOf") {
                for (const auto& sub : value)
                    s.all_of.push_back(compile(sub));
            } else if (key == "if") {
                s.if_schema = compile(value);
            } else if (key == "then") {
                s.then_schema = compile(value);
            } else if (key == "format") {
                const auto f = value.get<std::string>();
                s.format = f == "date"       ? format_kind::date
                           : f == "duration" ? format_kind::duration
                                             : throw std::logic_error("format " + f);
            } else if (key == "minLength") {
                s.min_length = value.get<std::size_t>();
            } else {
                throw std::logic_error("unsupported schema keyword " + key);
            }
        }
    }
};

struct compiled_schema {
    compiler c;
    const schema* root;
    explicit compiled_schema(const nlohmann::json& j) : c(j), root(c.root()) {}
};

const compiled_schema& granska_schema() {
    // Parsed once; the embedded text is part of the program, so a failure
    // here is a bug caught by the schema tests, not an input error.
    static const nlohmann::json document = nlohmann::json::parse(granska_schema_text());
    static const compiled_schema compiled(document);
    return compiled;
}

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

const char* actual_words(const node& n) {
    switch (n.type) {
    case node_type::null_value:
        return "null";
    case node_type::boolean:
        return "ett sanningsvärde";
    case node_type::integer:
    case node_type::number:
        return "ett tal";
    case node_type::string:
    case node_type::date:
    case node_type::duration:
        return "en text";
    case node_type::array:
        return "en lista";
    case node_type::object:
        return "ett objekt";
    }
    return "ett värde";
}

std::uint8_t bits_of(const node& n) {
    switch (n.type) {
    case node_type::null_value:
        return t_null;
    case node_type::boolean:
        return t_boolean;
    case node_type::integer:
        return t_integer;
    case node_type::number:
        return t_number;
    case node_type::array:
        return t_array;
    case node_type::object:
        return t_object;
    default:
        return t_string; // dates and durations were strings
    }
}

bool is_text(const node& n) {
    return n.type == node_type::string;
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
        if (s.types && !(bits_of(n) & s.types))
            return report(dry, n, "förväntade " + expected_words(s) + ", fick " + actual_words(n));
        if (s.has_const && !(is_text(n) && n.text() == s.const_value))
            return report(dry, n, "förväntade \"" + s.const_value + "\"");
        if (!s.enum_values.empty() && !(is_text(n) && contains(s.enum_values, n.text())))
            return report(dry, n, "förväntade en av: " + join(s.enum_values));
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
        if (s.properties.empty() && !s.additional)
            return ok;
        for (std::uint32_t i = 0; i < n.count && (ok || !dry); ++i) {
            const model::member& m = n.members[i];
            const schema* sub = s.additional;
            for (const auto& [name, property] : s.properties)
                if (name == m.key) {
                    sub = property;
                    break;
                }
            if (sub)
                ok &= check(mutable_node(m.value), *sub, dry);
        }
        return ok;
    }
};

} // namespace

std::vector<schema_error> validate_document(model::node& root) {
    validator v;
    v.check(root, *granska_schema().root, false);
    return std::move(v.errors);
}

} // namespace granska::checker
