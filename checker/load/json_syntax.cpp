#include "checker/load/json_syntax.hpp"

#include "checker/base/json_pointer.hpp"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace granska::checker {

namespace {

// Where reading is, as the containers open around it: the pointer of the
// value being read when the error comes ("/owner" for bad UTF-8 in the owner's
// name, "/plans/2" inside the third plan), so a syntax error is located like
// every other input error.
class reading_path {
public:
    void scalar() {
        begin_child();
        close_member();
    }
    void open_container(bool is_object) {
        begin_child();
        frames_.push_back({is_object, {}, 0, false});
    }
    void close_container() {
        frames_.pop_back();
        close_member();
    }
    void key(const std::string& k) {
        frames_.back().key = k;
        frames_.back().child_open = true;
    }
    // A member whose key was read is open until its value is; an array's
    // element only while it is a container (a broken scalar element is
    // located at its array).
    std::string pointer() const {
        std::string out;
        for (const auto& f : frames_) {
            if (!f.child_open)
                break;
            out += '/';
            if (f.is_object)
                append_pointer_token(out, f.key);
            else
                out += std::to_string(f.elements - 1);
        }
        return out;
    }

private:
    struct frame {
        bool is_object;
        std::string key;      // the member being read (objects)
        std::size_t elements; // elements begun (arrays)
        bool child_open;      // a member or element is being read
    };
    void begin_child() {
        if (frames_.empty())
            return;
        if (!frames_.back().is_object)
            ++frames_.back().elements;
        frames_.back().child_open = true;
    }
    void close_member() {
        if (!frames_.empty())
            frames_.back().child_open = false;
    }
    std::vector<frame> frames_;
};

// Accepts everything and remembers the first error: the SAX interface is
// the only way to get nlohmann's diagnosis without building a DOM.
struct first_error_handler {
    using json = nlohmann::json;
    std::optional<json_error> error;
    reading_path path;

    bool scalar() {
        path.scalar();
        return true;
    }
    bool null() { return scalar(); }
    bool boolean(bool) { return scalar(); }
    bool number_integer(json::number_integer_t) { return scalar(); }
    bool number_unsigned(json::number_unsigned_t) { return scalar(); }
    bool number_float(json::number_float_t, const json::string_t&) { return scalar(); }
    bool string(json::string_t&) { return scalar(); }
    bool binary(json::binary_t&) { return scalar(); }
    bool start_object(std::size_t) {
        path.open_container(true);
        return true;
    }
    bool key(json::string_t& k) {
        path.key(k);
        return true;
    }
    bool end_object() {
        path.close_container();
        return true;
    }
    bool start_array(std::size_t) {
        path.open_container(false);
        return true;
    }
    bool end_array() {
        path.close_container();
        return true;
    }
    bool parse_error(std::size_t position, const std::string& token,
                     const nlohmann::detail::exception& ex) {
        // `position` counts the bytes read, the failing one included; a number
        // that overflows (406) is reported after it, so point at its start.
        std::size_t offset = position > 0 ? position - 1 : 0;
        if (ex.id == 406 && position >= token.size())
            offset = position - token.size();
        error = json_error{static_cast<std::uint32_t>(offset), swedish_json_message(ex.what()),
                           nullptr, path.pointer()};
        return false;
    }
};

bool starts_with(std::string_view s, std::string_view prefix) {
    return s.substr(0, prefix.size()) == prefix;
}

// "oväntat X": the token nlohmann found.
std::string unexpected_token(std::string_view token) {
    if (token == "end of input")
        return "oväntat slut på filen";
    if (token == "string literal")
        return "oväntad sträng";
    if (token == "number literal")
        return "oväntat tal";
    if (token == "true literal" || token == "false literal" || token == "null literal")
        return "oväntat " + std::string(token.substr(0, token.find(' ')));
    return "oväntat " + std::string(token); // '{', ']', ':' ... as written
}

// "förväntade Y": what would have been valid there.
std::string expected_token(std::string_view token, std::string_view context) {
    if (token == "string literal")
        return starts_with(context, "object") ? "en sträng (nyckel)" : "en sträng";
    if (token == "'[', '{', or a literal")
        return "ett värde";
    if (token == "end of input")
        return "filens slut (inget får följa efter värdet)";
    // After a value inside a container either a comma or the end would do.
    if (token == "']'" && context == "array")
        return "',' eller ']'";
    if (token == "'}'" && context == "object")
        return "',' eller '}'";
    return std::string(token);
}

// The lexer's own complaints (an unreadable token), by how nlohmann's
// message begins; the first that matches is the one.
struct lexer_complaint {
    std::string_view starts;
    std::string_view swedish;
};

constexpr lexer_complaint lexer_complaints[]{
    {"invalid literal", "ogiltigt värde (förväntade en sträng, ett tal, true, false, null, ett "
                        "objekt eller en lista)"},
    {"invalid string: missing closing quote", "strängen saknar avslutande citattecken"},
    {"invalid string: control character", "styrtecken i en sträng måste skrivas som \\u-kod"},
    {"invalid string: forbidden character after backslash", "ogiltigt tecken efter \\ i en sträng"},
    {"invalid string: '\\u' must be followed by 4 hex digits",
     "\\u ska följas av fyra hexadecimala siffror"},
    {"invalid string: surrogate", "ogiltigt UTF-16-surrogatpar i en \\u-kod"},
    {"invalid string: ill-formed UTF-8 byte", "ogiltig UTF-8"},
    {"invalid number; expected digit after '-'", "ogiltigt tal: siffra saknas efter '-'"},
    {"invalid number; expected digit after '.'", "ogiltigt tal: siffra saknas efter '.'"},
    {"invalid number", "ogiltigt tal: exponenten saknar siffror"},
    {"invalid BOM", "ogiltig byte-ordningsmarkering (BOM); granska läser UTF-8"},
};

std::string lexer_message(std::string_view m) {
    for (const auto& c : lexer_complaints)
        if (starts_with(m, c.starts))
            return std::string(c.swedish);
    return "oläslig text";
}

} // namespace

std::string swedish_json_message(std::string_view what) {
    if (what.find("number overflow") != std::string_view::npos)
        return "ogiltig JSON: talet ligger utanför det som kan läsas (heltal upp till 2^64 - 1, "
               "decimaltal upp till "
               "cirka 1,8e308)";
    const auto at = what.find("syntax error ");
    if (at == std::string_view::npos)
        return "ogiltig JSON";
    std::string_view rest = what.substr(at + 13);
    std::string_view context;
    if (starts_with(rest, "while parsing ")) {
        rest.remove_prefix(14);
        const auto dash = rest.find(" - ");
        context = rest.substr(0, dash);
        rest = dash == std::string_view::npos ? std::string_view{} : rest.substr(dash + 3);
    } else if (starts_with(rest, "- ")) {
        rest.remove_prefix(2);
    }
    if (!starts_with(rest, "unexpected "))
        return "ogiltig JSON: " + lexer_message(rest);
    rest.remove_prefix(11);
    const auto semi = rest.find("; expected ");
    std::string out = "ogiltig JSON: " + unexpected_token(rest.substr(0, semi));
    if (semi != std::string_view::npos)
        out += ", förväntade " + expected_token(rest.substr(semi + 11), context);
    return out;
}

std::optional<json_error> explain_json_syntax_error(std::string_view text) {
    first_error_handler handler;
    nlohmann::json::sax_parse(text.begin(), text.end(), &handler,
                              nlohmann::json::input_format_t::json, true);
    if (handler.error && handler.error->offset > text.size())
        handler.error->offset = static_cast<std::uint32_t>(text.size());
    return handler.error;
}

bool looks_like_utf16(std::string_view text) {
    if (text.size() < 2)
        return false;
    const auto b0 = static_cast<unsigned char>(text[0]);
    const auto b1 = static_cast<unsigned char>(text[1]);
    if ((b0 == 0xFF && b1 == 0xFE) || (b0 == 0xFE && b1 == 0xFF))
        return true;
    // JSON starts with ASCII ('{', '[', space ...); in UTF-16 every such
    // character has a NUL byte before (big endian) or after (little endian) it.
    return (b0 == 0) != (b1 == 0);
}

} // namespace granska::checker
