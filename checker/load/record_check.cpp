#include "checker/load/record_check.hpp"

#include "checker/base/calendar.hpp"
#include "checker/load/unknown_key.hpp"

#include <fmt/format.h>

#include <climits>

namespace granska::checker {

namespace {

using model::node;
using model::node_type;

// What a declared type accepts, and the words for "expected …".
struct value_check {
    type_kind kind;
    const char* expected;
};

constexpr value_check value_checks[] = {
    {type_kind::date, "ett datum (ÅÅÅÅ-MM-DD) som finns i kalendern"},
    {type_kind::integer, "ett heltal"},
    {type_kind::string, "en text"},
    {type_kind::boolean, "ett sanningsvärde (true eller false)"},
    {type_kind::duration, "en tidslängd enligt ISO 8601 (t.ex. P4Y, P6M, P120D)"},
};

const char* expected_type_words(type_kind k) {
    for (const auto& c : value_checks)
        if (c.kind == k)
            return c.expected;
    return "ett värde";
}

// Whether `n` is a value of kind `k`; text dates and durations are parsed in
// place (the schema leaves undeclared record fields as text).
bool accept(node& n, type_kind k) {
    switch (k) {
    case type_kind::date: {
        if (n.type == node_type::date)
            return true;
        const auto d = n.type == node_type::string ? calendar::parse_date(n.text()) : std::nullopt;
        if (!d)
            return false;
        n.type = node_type::date;
        n.date = *d;
        return true;
    }
    case type_kind::duration: {
        if (n.type == node_type::duration)
            return true;
        const auto d =
            n.type == node_type::string ? calendar::parse_duration(n.text()) : std::nullopt;
        if (!d || d->years > INT16_MAX || d->months > INT16_MAX)
            return false;
        n.type = node_type::duration;
        n.duration = {static_cast<std::int16_t>(d->years), static_cast<std::int16_t>(d->months),
                      d->days};
        return true;
    }
    case type_kind::integer:
        return n.type == node_type::integer;
    case type_kind::string:
        return n.type == node_type::string;
    case type_kind::boolean:
        return n.type == node_type::boolean;
    default:
        return false;
    }
}

void check_record(node& record, const record_declaration& kind, std::vector<schema_error>& out) {
    if (!record.is_object()) {
        out.push_back({&record, fmt::format("förväntade ett objekt ({})", kind.swedish)});
        return;
    }
    std::vector<std::string_view> known(kind.field_names.begin(), kind.field_names.end());
    for (std::uint32_t i = 0; i < record.count; ++i) {
        const model::member& m = record.members[i];
        auto& value = const_cast<node&>(m.value); // the case arena is not const
        const field* f = kind.type.find(m.key);
        if (f == nullptr) {
            out.push_back({&m.value, unknown_key_message(m.key, known), true});
            continue;
        }
        if (value.type == node_type::null_value)
            continue; // judged with the required fields below
        if (!accept(value, f->value_type.kind))
            out.push_back(
                {&m.value, fmt::format("förväntade {}", expected_type_words(f->value_type.kind))});
    }
    for (std::size_t i = 0; i < kind.field_names.size(); ++i) {
        if (kind.optional[i])
            continue;
        const node* v = record.get(kind.field_names[i]);
        const std::string why = fmt::format("{} kräver det; skriv typen med ? i paketet {} om "
                                            "fältet får saknas",
                                            kind.swedish, kind.pack);
        if (v == nullptr)
            out.push_back({&record, fmt::format("saknar obligatoriskt fält \"{}\" ({})",
                                                kind.field_names[i], why)});
        else if (v->type == node_type::null_value)
            out.push_back(
                {v, fmt::format("förväntade {}, inte null ({})",
                                expected_type_words(kind.type.fields[i].value_type.kind), why)});
    }
}

} // namespace

std::vector<schema_error>
check_declared_records(model::node& root, const std::vector<const record_declaration*>& kinds) {
    std::vector<schema_error> out;
    const node* records = root.get("records");
    if (records == nullptr || !records->is_object())
        return out;
    for (const auto* kind : kinds) {
        const node* list = records->get(kind->name);
        if (list == nullptr || !list->is_array())
            continue; // absent: no records; not a list: the schema has said so
        for (std::uint32_t i = 0; i < list->count && out.size() < max_schema_errors; ++i)
            check_record(const_cast<node&>(list->items[i]), *kind, out);
    }
    return out;
}

} // namespace granska::checker
