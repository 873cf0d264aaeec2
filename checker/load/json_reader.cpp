#include "checker/load/json_reader.hpp"

#include "checker/load/json_keys.hpp"
#include "checker/load/json_syntax.hpp"
#include "checker/load/simdjson_messages.hpp"

#include <simdjson.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <optional>
#include <type_traits>

namespace granska::checker {

namespace od = simdjson::ondemand;

std::size_t json_padding() {
    return simdjson::SIMDJSON_PADDING;
}

bool is_valid_utf8(std::string_view text) {
    return simdjson::validate_utf8(text.data(), text.size());
}

struct json_reader::impl {
    od::parser parser;
    std::vector<std::uint32_t> order; // scratch for finding duplicate keys
    // Keys repeat in every record of a list; a small direct-mapped cache
    // stores each distinct key once per file.
    std::array<std::string_view, 512> interned{};

    std::string_view text;      // the whole file
    const char* base = nullptr; // where simdjson's view starts
    const char* end = nullptr;  // and ends
    std::uint32_t skipped = 0;  // bytes before it (a BOM)
    std::pmr::memory_resource* arena = nullptr;
    std::uint32_t document = 0;
    std::optional<json_error> failure;
    std::vector<json_error> duplicates;
    // Strings and keys without escapes point into the file's bytes instead of
    // being copied (the caller keeps the bytes as long as the nodes).
    bool borrow = false;
    // Children are read into per-level scratch vectors, then moved into one
    // exact arena block: no counting pass over each container (which On
    // Demand does by skipping through the whole subtree, once per level).
    std::vector<std::vector<model::node>> item_scratch;
    std::vector<std::vector<model::member>> member_scratch;

    std::uint32_t offset_of(const char* p) const {
        return static_cast<std::uint32_t>(p - base) + skipped;
    }
    const char* at(std::uint32_t offset) const { return base + (offset - skipped); }

    bool fail(simdjson::error_code code, std::uint32_t offset) {
        if (!failure)
            failure = json_error{offset, simdjson_message(code), nullptr, ""};
        return false;
    }

    std::string_view copy_text(std::string_view s) {
        if (s.empty())
            return {};
        auto* p = static_cast<char*>(arena->allocate(s.size(), 1));
        std::memcpy(p, s.data(), s.size());
        return {p, s.size()};
    }

    std::string_view intern(std::string_view key) {
        std::uint32_t h = 2166136261u; // FNV-1a
        for (char c : key)
            h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
        std::string_view& slot = interned[h % interned.size()];
        if (slot != key)
            slot = copy_text(key);
        return slot;
    }

    // The text between `from` (just after an opening quote) and the closing
    // quote, when it holds no escape: most strings can then be copied straight
    // from the file, skipping simdjson's unescaping buffer. Stage 1 has already
    // checked the UTF-8 and the control characters.
    std::optional<std::string_view> plain_string(const char* from) const {
        const auto* quote =
            static_cast<const char*>(std::memchr(from, '"', static_cast<std::size_t>(end - from)));
        if (quote == nullptr ||
            std::memchr(from, '\\', static_cast<std::size_t>(quote - from)) != nullptr)
            return std::nullopt;
        return std::string_view(from, static_cast<std::size_t>(quote - from));
    }

    // The stacks are sized once for the deepest nesting allowed: a resize
    // while a shallower level holds a reference would move its vector.
    template <typename T>
    static std::vector<T>& scratch_at(std::vector<std::vector<T>>& stack, std::uint32_t level) {
        auto& v = stack[level];
        v.clear();
        return v;
    }

    static model::node& node_of(model::node& n) { return n; }
    static model::node& node_of(model::member& m) { return m.value; }

    // A container's children (nodes or members), moved from scratch into one
    // exact arena block. Their own children still name the scratch slot as
    // parent, so they are re-pointed at the child's final address.
    template <typename T>
    const T* move_to_arena(const std::vector<T>& scratch) {
        auto* block = static_cast<T*>(arena->allocate(scratch.size() * sizeof(T), alignof(T)));
        std::uninitialized_copy(scratch.begin(), scratch.end(), block);
        for (std::size_t i = 0; i < scratch.size(); ++i) {
            model::node& child = node_of(block[i]);
            if (child.type == model::node_type::array)
                for (std::uint32_t j = 0; j < child.count; ++j)
                    const_cast<model::node&>(child.items[j]).parent = &child;
            else if (child.type == model::node_type::object)
                for (std::uint32_t j = 0; j < child.count; ++j)
                    const_cast<model::member&>(child.members[j]).value.parent = &child;
        }
        return block;
    }

    // Where a scalar ends: its token runs to the next structural character,
    // so only the whitespace before that is cut off.
    static std::uint32_t scalar_end(std::uint32_t offset, std::string_view token) {
        auto size = token.size();
        while (size > 0 && is_json_space(token[size - 1]))
            --size;
        return offset + static_cast<std::uint32_t>(size);
    }

    // Where a container ends: past the whitespace after its last child (or
    // after its opening bracket when empty) stands its closing bracket.
    std::uint32_t container_end(std::uint32_t after_content) const {
        while (after_content < text.size() && is_json_space(text[after_content]))
            ++after_content;
        return after_content + 1;
    }

    static bool is_json_space(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }

    model::node* allocate_nodes(std::size_t n) {
        auto* block = static_cast<model::node*>(
            arena->allocate(n * sizeof(model::node), alignof(model::node)));
        for (std::size_t i = 0; i < n; ++i)
            new (block + i) model::node();
        return block;
    }

    template <typename Value>
    bool read_scalar(Value& v, od::json_type type, model::node& out) {
        using model::node_type;
        switch (type) {
        case od::json_type::number: {
            od::number n;
            if (auto e = v.get_number().get(n))
                return fail(e, out.offset);
            if (n.get_number_type() == od::number_type::signed_integer) {
                out.type = node_type::integer;
                out.integer = n.get_int64();
            } else {
                // Beyond int64 (uint64 range) or not an integer: a double.
                out.type = node_type::number;
                out.number = n.as_double();
            }
            return true;
        }
        case od::json_type::string: {
            std::string_view s;
            // (A root string must be consumed through simdjson, or the
            // document would not know it has reached its end.)
            const auto plain = std::is_same_v<Value, od::document>
                                   ? std::nullopt
                                   : plain_string(at(out.offset) + 1);
            if (plain)
                s = *plain;
            else if (auto e = v.get_string().get(s))
                return fail(e, out.offset);
            if (!(borrow && plain)) // unescaped text lives in simdjson's buffer
                s = copy_text(s);
            out.type = node_type::string;
            out.string = s.data();
            out.count = static_cast<std::uint32_t>(s.size());
            return true;
        }
        case od::json_type::boolean: {
            bool b = false;
            if (auto e = v.get_bool().get(b))
                return fail(e, out.offset);
            out.type = node_type::boolean;
            out.boolean = b;
            return true;
        }
        case od::json_type::null: {
            bool is_null = false;
            if (auto e = v.is_null().get(is_null); e || !is_null)
                return fail(e ? e : simdjson::N_ATOM_ERROR, out.offset);
            out.type = node_type::null_value;
            return true;
        }
        default:
            return fail(simdjson::TAPE_ERROR, out.offset);
        }
    }

    // `out` is already at its final address, so children get their parent
    // pointer as they are made; no copying, no fix-up pass.
    bool read_value(od::value v, model::node& out, std::uint32_t depth) {
        out.document = document;
        const std::string_view token = v.raw_json_token();
        out.offset = offset_of(token.data());
        od::json_type type;
        if (auto e = v.type().get(type))
            return fail(e, out.offset);
        if (type == od::json_type::object) {
            od::object o;
            if (auto e = v.get_object().get(o))
                return fail(e, out.offset);
            return read_object(o, out, depth + 1);
        }
        if (type == od::json_type::array) {
            od::array a;
            if (auto e = v.get_array().get(a))
                return fail(e, out.offset);
            return read_array(a, out, depth + 1);
        }
        out.end = scalar_end(out.offset, token);
        return read_scalar(v, type, out);
    }

    // What arrays and objects share: the depth limit, the scratch level
    // their children are read into (`read_child` reads each, with its place
    // in the parent set), then the count, the end and the children's block.
    template <typename T, typename Container, typename ReadChild>
    __attribute__((always_inline)) bool
    read_container(Container& container, model::node& out, model::node_type type,
                   std::vector<std::vector<T>>& stack, std::uint32_t level, ReadChild read_child) {
        out.type = type;
        if (level > max_json_depth)
            return fail(simdjson::DEPTH_ERROR, out.offset);
        auto& children = scratch_at(stack, level);
        for (auto child : container) {
            T& slot = children.emplace_back();
            node_of(slot).index = static_cast<std::uint32_t>(children.size() - 1);
            node_of(slot).parent = &out;
            if (!read_child(child, slot))
                return false;
        }
        out.count = static_cast<std::uint32_t>(children.size());
        out.end = container_end(children.empty() ? out.offset + 1 : node_of(children.back()).end);
        if (children.empty())
            return true;
        if constexpr (std::is_same_v<T, model::member>)
            out.members = move_to_arena(children);
        else
            out.items = move_to_arena(children);
        return true;
    }

    bool read_array(od::array& a, model::node& out, std::uint32_t level) {
        return read_container<model::node>(
            a, out, model::node_type::array, item_scratch,
            level, [&](auto& item, model::node& n) __attribute__((always_inline)) {
                od::value v;
                if (auto e = item.get(v))
                    return fail(e, out.offset);
                return read_value(v, n, level);
            });
    }

    bool read_object(od::object& o, model::node& out, std::uint32_t level) {
        const bool read = read_container<model::member>(
            o, out, model::node_type::object, member_scratch,
            level, [&](auto& field_result, model::member& m) __attribute__((always_inline)) {
                od::field field;
                if (auto e = std::move(field_result).get(field))
                    return fail(e, out.offset);
                const char* raw = field.key().raw();
                std::string_view key;
                const auto plain = plain_string(raw);
                if (plain)
                    key = *plain;
                else if (auto e = field.unescaped_key().get(key))
                    return fail(e, offset_of(raw) - 1); // at the opening quote
                m.key = borrow && plain ? key : intern(key);
                return read_value(field.value(), m.value, level);
            });
        if (read && out.count > 1)
            find_duplicate_keys(text, out, order, duplicates);
        return read;
    }

    model::node* read_root(od::document& doc) {
        model::node* root = allocate_nodes(1);
        root->document = document;
        std::string_view token;
        if (auto e = doc.raw_json_token().get(token)) {
            fail(e, 0);
            return nullptr;
        }
        root->offset = offset_of(token.data());
        od::json_type type;
        if (auto e = doc.type().get(type)) {
            fail(e, root->offset);
            return nullptr;
        }
        bool ok = false;
        if (type == od::json_type::object) {
            od::object o;
            ok = doc.get_object().get(o) == simdjson::SUCCESS
                     ? read_object(o, *root, 1)
                     : fail(simdjson::TAPE_ERROR, root->offset);
        } else if (type == od::json_type::array) {
            od::array a;
            ok = doc.get_array().get(a) == simdjson::SUCCESS
                     ? read_array(a, *root, 1)
                     : fail(simdjson::TAPE_ERROR, root->offset);
        } else {
            root->end = scalar_end(root->offset, token);
            ok = read_scalar(doc, type, *root);
        }
        if (!ok)
            return nullptr;
        // On Demand stops after the root value; anything left is garbage.
        const char* rest = nullptr;
        if (doc.current_location().get(rest) == simdjson::SUCCESS) {
            fail(simdjson::TRAILING_CONTENT, offset_of(rest));
            return nullptr;
        }
        return root;
    }
};

json_reader::json_reader() : impl_(std::make_unique<impl>()) {
    impl_->item_scratch.resize(max_json_depth + 2);
    impl_->member_scratch.resize(max_json_depth + 2);
}
json_reader::~json_reader() = default;

json_read_result json_reader::read(const std::string& bytes, std::uint32_t document,
                                   std::pmr::memory_resource& arena, strings where) {
    json_read_result result;
    if (looks_like_utf16(bytes)) {
        result.errors.push_back({0, "filen är kodad som UTF-16; granska läser UTF-8", nullptr, ""});
        return result;
    }
    impl& r = *impl_;
    r.text = bytes;
    r.arena = &arena;
    r.document = document;
    r.failure.reset();
    r.duplicates.clear();
    r.interned.fill({});

    // The BOM is skipped by starting after it, so node offsets remain offsets
    // into the file as it is on disk.
    const std::size_t skip = bytes.size() >= 3 && bytes.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;
    std::optional<simdjson::padded_string> copy;
    simdjson::padded_string_view view;
    if (bytes.capacity() - bytes.size() >= simdjson::SIMDJSON_PADDING) {
        view = simdjson::padded_string_view(bytes.data() + skip, bytes.size() - skip,
                                            bytes.capacity() - skip);
    } else {
        copy.emplace(bytes.data() + skip, bytes.size() - skip);
        view = *copy;
    }
    r.base = view.data();
    r.end = view.data() + view.size();
    r.borrow = where == strings::in_file && !copy;
    r.skipped = static_cast<std::uint32_t>(skip);

    od::document doc;
    if (auto e = r.parser.iterate(view).get(doc))
        r.fail(e, 0);
    else
        result.root = r.read_root(doc);
    if (r.failure) {
        result.root = nullptr;
        // nlohmann knows better what went wrong and where, if it sees it.
        if (auto why = explain_json_syntax_error(bytes))
            result.errors.push_back(std::move(*why));
        else
            result.errors.push_back(std::move(*r.failure));
        if (bytes.find_first_not_of(" \t\r\n", skip) ==
            std::string::npos) // at the end, where reading stopped
            result.errors.back().message = "filen är tom (förväntade ett JSON-objekt)";
        return result;
    }
    // Inner objects close first; report in file order.
    result.errors = std::move(r.duplicates);
    std::stable_sort(result.errors.begin(), result.errors.end(),
                     [](const json_error& x, const json_error& y) { return x.offset < y.offset; });
    return result;
}

} // namespace granska::checker
