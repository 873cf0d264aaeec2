#include "checker/model/model.hpp"

#include "checker/base/json_pointer.hpp"

#include <algorithm>
#include <cstring>

namespace granska::model {

const node* node::get(std::string_view key) const {
    if (type != node_type::object)
        return nullptr;
    // Objects in submissions are small (tens of members); a linear scan beats
    // any index here and needs no memory.
    for (std::uint32_t i = 0; i < count; ++i)
        if (members[i].key == key)
            return &members[i].value;
    return nullptr;
}

std::string_view node::get_text(std::string_view key) const {
    const node* n = get(key);
    if (n == nullptr || n->type != node_type::string)
        return {};
    return n->text();
}

// Line starts are built on first use: most documents never need a line
// number, and those that do usually need several.
const cell_origin* document::cell_at(std::uint32_t offset) const {
    if (cells.empty())
        return nullptr;
    auto after =
        std::upper_bound(cells.begin(), cells.end(), offset,
                         [](std::uint32_t o, const cell_origin& c) { return o < c.offset; });
    return after == cells.begin() ? &cells.front() : &*(after - 1);
}

std::string cell_name(std::uint32_t row, std::uint32_t column) {
    if (row == 0)
        return {};
    if (column == 0)
        return std::to_string(row) + ":" + std::to_string(row);
    std::string letters;
    for (std::uint32_t c = column; c > 0; c = (c - 1) / 26)
        letters.insert(letters.begin(), static_cast<char>('A' + (c - 1) % 26));
    return letters + std::to_string(row);
}

std::uint32_t document::line_of(std::uint32_t offset) const {
    if (const cell_origin* cell = cell_at(offset))
        return cell->row;
    if (line_starts_.empty()) {
        // memchr, not a byte loop: the first finding in a file pays for the
        // whole file, and plan files are hundreds of kilobytes.
        line_starts_.push_back(0);
        const char* const first = bytes.data();
        const char* const last = first + bytes.size();
        for (const char* p = first; (p = static_cast<const char*>(std::memchr(
                                         p, '\n', static_cast<std::size_t>(last - p)))) != nullptr;)
            line_starts_.push_back(static_cast<std::uint32_t>(++p - first));
    }
    const auto after = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
    return static_cast<std::uint32_t>(after - line_starts_.begin());
}

std::uint32_t document::column_of(std::uint32_t offset) const {
    if (const cell_origin* cell = cell_at(offset))
        return cell->column;
    const std::uint32_t line = line_of(offset);
    return offset - line_starts_[line - 1] + 1;
}

std::string pointer_of(const node* n) {
    // Collect the path leaf-first, then emit it root-first.
    std::vector<const node*> path;
    for (const node* at = n; at != nullptr && at->parent != nullptr; at = at->parent)
        path.push_back(at);
    std::string out;
    for (auto it = path.rbegin(); it != path.rend(); ++it) {
        const node* at = *it;
        out += '/';
        if (at->parent->type == node_type::object)
            checker::append_pointer_token(out, at->parent->members[at->index].key);
        else
            out += std::to_string(at->index);
    }
    return out;
}

const node* nearest_with_id(const node* n) {
    const node* last = n;
    for (const node* at = n; at != nullptr; at = at->parent) {
        if (at->type == node_type::object) {
            const node* id = at->get("id");
            if (id != nullptr && id->type == node_type::string)
                return at;
        }
        last = at;
    }
    return last;
}

} // namespace granska::model
