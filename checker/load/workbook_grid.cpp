#include "checker/load/workbook_grid.hpp"

#include <pugixml.hpp>

#include <charconv>
#include <cstdlib>
#include <cstring>
#include <string_view>
#include <unordered_map>

namespace granska::checker::workbook {

namespace {

// Writers differ in namespace prefixes ("x:row" from some .NET libraries):
// elements and attributes are matched by their local name.
std::string_view local(const char* name) {
    const char* colon = std::strrchr(name, ':');
    return colon ? std::string_view(colon + 1) : std::string_view(name);
}

pugi::xml_node child(pugi::xml_node parent, std::string_view name) {
    for (pugi::xml_node c : parent.children())
        if (local(c.name()) == name)
            return c;
    return {};
}

// An attribute by local name with a namespace prefix ("r:id"), or plain.
pugi::xml_attribute attribute(pugi::xml_node n, std::string_view name, bool prefixed) {
    for (pugi::xml_attribute a : n.attributes())
        if (local(a.name()) == name && (std::strchr(a.name(), ':') != nullptr) == prefixed)
            return a;
    return {};
}

bool parse(pugi::xml_document& doc, const std::string& text, const std::string& part,
           std::string& error) {
    // parse_default without entity surprises: pugixml expands no external entities.
    const auto result = doc.load_buffer(text.data(), text.size(), pugi::parse_default);
    if (!result) {
        error = "delen " + part + " i arbetsboken är ingen giltig XML";
        return false;
    }
    return true;
}

// The text of an <si> or <is>: plain <t>, or the <t> of each rich-text run;
// phonetic guides (<rPh>) are not part of the value.
std::string string_item(pugi::xml_node item) {
    std::string out;
    for (pugi::xml_node c : item.children()) {
        const auto name = local(c.name());
        if (name == "t")
            out += c.text().get();
        else if (name == "r")
            out += child(c, "t").text().get();
    }
    return out;
}

// A part name relative to the folder of the part that refers to it.
std::string resolve(const std::string& base_folder, std::string target) {
    if (!target.empty() && target.front() == '/')
        return target.substr(1);
    std::string path = base_folder;
    while (target.rfind("../", 0) == 0) {
        target.erase(0, 3);
        const auto slash = path.find_last_of('/', path.size() >= 2 ? path.size() - 2 : 0);
        path = slash == std::string::npos ? "" : path.substr(0, slash + 1);
    }
    return path + target;
}

// Relationship id -> target part, from a .rels part.
std::unordered_map<std::string, std::string> relationships(archive& package,
                                                           const std::string& part,
                                                           const std::string& folder,
                                                           std::string& error) {
    std::unordered_map<std::string, std::string> out;
    const auto text = package.read(part, error);
    pugi::xml_document doc;
    if (!text || !parse(doc, *text, part, error))
        return out;
    for (pugi::xml_node r : child(doc, "Relationships").children())
        if (local(r.name()) == "Relationship")
            out[r.attribute("Id").value()] = resolve(folder, r.attribute("Target").value());
    return out;
}

void split_ref(std::string_view ref, std::uint32_t& row, std::uint32_t& column) {
    std::size_t i = 0;
    while (i < ref.size() && ((ref[i] >= 'A' && ref[i] <= 'Z') || (ref[i] >= 'a' && ref[i] <= 'z')))
        ++i;
    column = column_number(ref.substr(0, i));
    row = 0;
    std::from_chars(ref.data() + i, ref.data() + ref.size(), row);
}

cell read_cell(pugi::xml_node c, const std::vector<std::string>& shared) {
    cell out;
    const std::string_view type = c.attribute("t").value();
    const pugi::xml_node value = child(c, "v");
    const bool formula = static_cast<bool>(child(c, "f"));
    if (type == "inlineStr") {
        out.kind = cell::type::text;
        out.text = string_item(child(c, "is"));
        return out;
    }
    const char* v = value.text().get();
    if (!value || (formula && *v == '\0')) { // openpyxl writes an empty <v/>
        if (formula)
            out.kind = cell::type::formula_without_value;
        return out;
    }
    if (type == "s") {
        const auto index = static_cast<std::size_t>(std::strtoull(v, nullptr, 10));
        out.kind = cell::type::text;
        out.text = index < shared.size() ? shared[index] : std::string();
    } else if (type == "str" || type == "d") {
        out.kind = cell::type::text; // a formula's text result; "d": an ISO date as text
        out.text = v;
    } else if (type == "b") {
        out.kind = cell::type::boolean;
        out.text = std::string_view(v) == "1" || std::string_view(v) == "true" ? "1" : "0";
    } else if (type == "e") {
        out.kind = cell::type::error;
        out.text = v;
    } else {
        char* end = nullptr;
        out.number = std::strtod(v, &end);
        out.kind = end != v ? cell::type::number : cell::type::text;
        if (end == v)
            out.text = v;
    }
    return out;
}

void read_sheet(const pugi::xml_document& doc, const std::vector<std::string>& shared, grid& g) {
    const pugi::xml_node worksheet = child(doc, "worksheet");
    std::uint32_t next_row = 1;
    for (pugi::xml_node r : child(worksheet, "sheetData").children()) {
        if (local(r.name()) != "row")
            continue;
        row out;
        out.number = r.attribute("r").as_uint(next_row);
        next_row = out.number + 1;
        std::uint32_t next_column = 1;
        for (pugi::xml_node c : r.children()) {
            if (local(c.name()) != "c")
                continue;
            cell value = read_cell(c, shared);
            std::uint32_t row_number = 0;
            split_ref(c.attribute("r").value(), row_number, value.column);
            if (value.column == 0)
                value.column = next_column;
            next_column = value.column + 1;
            if (value.kind == cell::type::text && value.text.empty())
                continue; // an empty string is an empty cell
            if (value.kind != cell::type::empty)
                out.cells.push_back(std::move(value));
        }
        if (!out.cells.empty())
            g.rows.push_back(std::move(out));
    }
    for (pugi::xml_node m : child(worksheet, "mergeCells").children()) {
        merged_range range;
        range.ref = m.attribute("ref").value();
        split_ref(range.ref, range.row, range.column);
        g.merged.push_back(std::move(range));
    }
}

} // namespace

std::uint32_t column_number(std::string_view letters) {
    std::uint32_t n = 0;
    for (char c : letters) {
        if (c >= 'a' && c <= 'z')
            c = static_cast<char>(c - 'a' + 'A');
        if (c < 'A' || c > 'Z' || n > 100000)
            return 0;
        n = n * 26 + static_cast<std::uint32_t>(c - 'A' + 1);
    }
    return n;
}

workbook_grids read_grids(archive& package, std::string& error) {
    workbook_grids out;
    // The package's root relationships name the workbook part.
    std::string workbook_part = "xl/workbook.xml";
    for (const auto& [id, target] : relationships(package, "_rels/.rels", "", error))
        if (target.size() > 4 && target.compare(target.size() - 4, 4, ".xml") == 0 &&
            target.find("workbook") != std::string::npos)
            workbook_part = target;
    if (!error.empty())
        return out;
    const auto slash = workbook_part.find_last_of('/');
    const std::string folder = slash == std::string::npos ? "" : workbook_part.substr(0, slash + 1);
    const std::string rels_part = folder + "_rels/" + workbook_part.substr(folder.size()) + ".rels";
    const auto targets = relationships(package, rels_part, folder, error);
    const auto workbook_text = package.read(workbook_part, error);
    pugi::xml_document workbook;
    if (!error.empty() || !workbook_text) {
        if (error.empty())
            error = "arbetsboken saknar sin bladförteckning (" + workbook_part + ")";
        return out;
    }
    if (!parse(workbook, *workbook_text, workbook_part, error))
        return out;
    const pugi::xml_node root = child(workbook, "workbook");
    const std::string_view date1904 = child(root, "workbookPr").attribute("date1904").value();
    out.date1904 = date1904 == "1" || date1904 == "true";

    // Shared strings, found by relationship type's usual part name.
    std::vector<std::string> shared;
    for (const auto& [id, target] : targets)
        if (target.find("sharedStrings") != std::string::npos) {
            const auto text = package.read(target, error);
            pugi::xml_document doc;
            if (!text || !parse(doc, *text, target, error))
                return out;
            for (pugi::xml_node si : child(doc, "sst").children())
                if (local(si.name()) == "si")
                    shared.push_back(string_item(si));
        }

    for (pugi::xml_node s : child(root, "sheets").children()) {
        if (local(s.name()) != "sheet")
            continue;
        grid g;
        g.name = s.attribute("name").value();
        const auto target = targets.find(attribute(s, "id", true).value());
        if (target != targets.end()) {
            const auto text = package.read(target->second, error);
            pugi::xml_document doc;
            if (!error.empty() || (text && !parse(doc, *text, target->second, error)))
                return out;
            if (text)
                read_sheet(doc, shared, g);
        }
        out.sheets.push_back(std::move(g));
    }
    return out;
}

} // namespace granska::checker::workbook
