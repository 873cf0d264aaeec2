#include "checker/load/schema_compiled.hpp"

#include "checker/load/validate.hpp"

#include <nlohmann/json.hpp>

#include <deque>
#include <map>
#include <stdexcept>

namespace granska::checker::json_schema {

namespace {

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
                if (value.is_boolean() && !value.get<bool>())
                    s.closed = true;
                else
                    s.additional = compile(value);
            } else if (key == "patternProperties") {
                for (const auto& [pattern, sub] : value.items())
                    s.patterns.emplace_back(std::regex(pattern), compile(sub));
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
            } else if (key == "x-blank-is-missing") {
                s.blank_is_missing = value.get<bool>();
            } else if (key == "x-ordered-period") {
                s.ordered_period = value.get<bool>();
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

} // namespace

const schema& granska_schema() {
    // Parsed once; the embedded text is part of the program, so a failure
    // here is a bug caught by the schema tests, not an input error.
    static const nlohmann::json document = nlohmann::json::parse(granska_schema_text());
    static const compiled_schema compiled(document);
    return *compiled.root;
}

} // namespace granska::checker::json_schema
