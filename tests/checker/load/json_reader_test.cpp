// The JSON reader: bytes -> nodes with offsets and parents; hostile input.
#include "checker/load/json_reader.hpp"
#include "checker/runtime/value_region.hpp"

#include <catch2/catch.hpp>

#include <functional>
#include <memory_resource>
#include <string>

using granska::checker::json_read_result;
using granska::checker::json_reader;
using granska::model::node;
using granska::model::node_type;

namespace {

struct reading {
    std::pmr::monotonic_buffer_resource arena;
    json_reader reader;
    json_read_result result;
    explicit reading(const std::string& text) { result = reader.read(text, 7, arena); }
    const node& root() const { return *result.root; }
    std::string error() const { return result.errors.empty() ? "" : result.errors.front().message; }
    std::uint32_t error_offset() const {
        return result.errors.empty() ? 0 : result.errors.front().offset;
    }
};

std::string nested_arrays(int depth) {
    return std::string(depth, '[') + std::string(depth, ']');
}

} // namespace

TEST_CASE("nodes know their document, offset, parent and index", "[json]") {
    const std::string text = "{\"a\": [1, {\"b\": \"x\"}], \"c\": null}";
    reading r(text);
    REQUIRE(r.result.errors.empty());
    const node& root = r.root();
    CHECK(root.type == node_type::object);
    CHECK(root.document == 7);
    CHECK(root.offset == 0);
    CHECK(root.parent == nullptr);
    REQUIRE(root.count == 2);
    CHECK(root.members[0].key == "a");
    CHECK(root.members[1].key == "c");
    const node& a = root.members[0].value;
    CHECK(a.type == node_type::array);
    CHECK(a.offset == 6);
    CHECK(a.parent == &root);
    CHECK(a.index == 0);
    REQUIRE(a.count == 2);
    CHECK(a.items[0].integer == 1);
    CHECK(a.items[0].offset == 7);
    CHECK(a.items[1].parent == &a);
    CHECK(a.items[1].index == 1);
    const node* b = a.items[1].get("b");
    REQUIRE(b != nullptr);
    CHECK(b->text() == "x");
    CHECK(b->offset == 16);
    CHECK(b->parent == &a.items[1]);
    CHECK(root.members[1].value.type == node_type::null_value);
    CHECK(root.members[1].value.index == 1);
    CHECK(root.members[1].value.offset == 28);
}

TEST_CASE("every node knows where its value ends, as a rescan of the text finds it", "[json]") {
    // Whitespace of every kind before delimiters, escapes, empty containers,
    // a BOM (offsets are file offsets) and a scalar at the root.
    for (const std::string& text :
         {std::string(
              "\xEF\xBB\xBF{\"a\" : [1 ,{\"b\":\"x\\\"]y\" }\t] ,\r\n \"c\": true,\"d\":  -1.5e3\n,"
              "\"e\": {} , \"f\": [ ], \"g\": null, \"h\" : \"\\u00e4\\\\\"}  \n"),
          std::string("[[], [[ ]], \"\", 0]"), std::string("  42  "), std::string("\"s\"")}) {
        const reading r(text);
        REQUIRE(r.result.root != nullptr);
        std::size_t nodes = 0;
        const std::function<void(const node&)> visit = [&](const node& n) {
            ++nodes;
            CHECK(n.end == granska::checker::json_value_end(text, n.offset));
            if (n.is_array())
                for (std::uint32_t i = 0; i < n.count; ++i)
                    visit(n.items[i]);
            else if (n.is_object())
                for (std::uint32_t i = 0; i < n.count; ++i)
                    visit(n.members[i].value);
        };
        visit(r.root());
        CHECK(nodes > 0);
    }
    CHECK(reading("{\"a\": [1, 2] }").root().get("a")->end == 12);
}

TEST_CASE("scalars are typed: integers, other numbers, strings, booleans", "[json]") {
    reading r("[0, -0, -7, 9223372036854775807, 9223372036854775808, 1.5, -0.0, 1e-400, true, "
              "false, \"é\\n\"]");
    REQUIRE(r.result.errors.empty());
    const node* items = r.root().items;
    CHECK(items[0].type == node_type::integer);
    CHECK(items[1].type == node_type::integer); // -0 is fine: zero
    CHECK(items[1].integer == 0);
    CHECK(items[2].integer == -7);
    CHECK(items[3].integer == INT64_MAX);
    CHECK(items[4].type == node_type::number);
    CHECK(items[4].number == 9223372036854775808.0);
    CHECK(items[5].number == 1.5);
    CHECK(items[6].type == node_type::number);
    CHECK(items[7].number == 0.0);
    CHECK(items[8].boolean == true);
    CHECK(items[9].boolean == false);
    CHECK(items[10].text() == "é\n");
}

TEST_CASE("an escaped NUL in a string is data", "[json]") {
    reading r("{\"a\\u0000\": \"x\\u0000y\"}");
    REQUIRE(r.result.errors.empty());
    CHECK(r.root().members[0].key == std::string_view("a\0", 2));
    CHECK(r.root().members[0].value.text() == std::string_view("x\0y", 3));
}

TEST_CASE("strings are copied, escapes undone", "[json]") {
    std::string text = "{\"k\\\"ey\": \"a\\\\b\\u00e5\", \"plain\": \"abc\"}";
    reading r(text);
    REQUIRE(r.result.errors.empty());
    CHECK(r.root().members[0].key == "k\"ey");
    CHECK(r.root().members[0].value.text() == "a\\bå");
    const node* plain = r.root().get("plain");
    REQUIRE(plain != nullptr);
    CHECK(plain->text() == "abc");
    CHECK((plain->string < text.data() ||
           plain->string >= text.data() + text.size())); // not into the file
}

TEST_CASE("a file without spare capacity reads the same", "[json]") {
    std::string text = "{\"a\": [true]}";
    text.shrink_to_fit();
    reading r(text);
    REQUIRE(r.result.errors.empty());
    CHECK(r.root().get("a")->offset == 6);
    CHECK(r.root().get("a")->items[0].offset == 7);
}

TEST_CASE("a UTF-8 byte order mark is skipped and offsets still count it", "[json]") {
    reading r("\xEF\xBB\xBF{\"a\": 1}");
    REQUIRE(r.result.errors.empty());
    CHECK(r.root().offset == 3);
    CHECK(r.root().get("a")->offset == 9);
}

TEST_CASE("UTF-16 is recognised and refused", "[json]") {
    SECTION("with a byte order mark") {
        reading r(std::string("\xFF\xFE{\0}\0", 6));
        CHECK(r.result.root == nullptr);
        CHECK(r.error() == "filen är kodad som UTF-16; granska läser UTF-8");
    }
    SECTION("big endian without one") {
        reading r(std::string("\0{\0}", 4));
        CHECK(r.error() == "filen är kodad som UTF-16; granska läser UTF-8");
    }
}

TEST_CASE("invalid and overlong UTF-8 is an error at the byte", "[json]") {
    SECTION("overlong encoding of '/'") {
        reading r("{\n  \"a\": \"x\xC0\xAFy\"\n}");
        CHECK(r.result.root == nullptr);
        CHECK(r.error() == "ogiltig JSON: ogiltig UTF-8");
        CHECK(r.error_offset() == 11);
    }
    SECTION("a stray byte") {
        reading r("[\"\xFF\"]");
        CHECK(r.error() == "ogiltig JSON: ogiltig UTF-8");
        CHECK(r.error_offset() == 2);
    }
}

TEST_CASE("nesting is limited to 64 levels", "[json]") {
    SECTION("64 levels are read") {
        reading r(nested_arrays(64));
        CHECK(r.result.errors.empty());
        CHECK(r.result.root != nullptr);
    }
    SECTION("65 levels are refused at the 65th bracket") {
        reading r(nested_arrays(65));
        CHECK(r.result.root == nullptr);
        CHECK(r.error() == "ogiltig JSON: nästlad djupare än 64 nivåer");
        CHECK(r.error_offset() == 64);
    }
    SECTION("100,000 opening brackets end in an error, not a crash") {
        reading r(std::string(100000, '['));
        CHECK(r.result.root == nullptr);
        CHECK(r.error() == "ogiltig JSON: oväntat slut på filen, förväntade ett värde");
        CHECK(r.error_offset() == 100000);
    }
}

TEST_CASE("the reader refuses numbers out of range, pointing at the number", "[json]") {
    const char* expected =
        "ogiltig JSON: talet ligger utanför det som kan läsas (heltal upp till 2^64 - 1, "
        "decimaltal upp till cirka 1,8e308)";
    for (const char* text : {"[1e400]", "[18446744073709551616]", "[-9223372036854775809]"}) {
        reading r(text);
        INFO(text);
        CHECK(r.result.root == nullptr);
        CHECK(r.error() == expected);
        CHECK(r.error_offset() == 1);
    }
}

TEST_CASE("syntax errors say what was expected, in Swedish, where", "[json]") {
    struct example {
        const char* text;
        const char* message;
        std::uint32_t offset;
    };
    const example examples[] = {
        {"{\"a\": 1,}", "ogiltig JSON: oväntat '}', förväntade en sträng (nyckel)", 8},
        {"{\"a\" 1}", "ogiltig JSON: oväntat tal, förväntade ':'", 5},
        {"[1 2]", "ogiltig JSON: oväntat tal, förväntade ',' eller ']'", 3},
        {"{\"a\":1 \"b\":2}", "ogiltig JSON: oväntad sträng, förväntade ',' eller '}'", 9},
        {"{}}", "ogiltig JSON: oväntat '}', förväntade filens slut (inget får följa efter värdet)",
         2},
        {"{} x",
         "ogiltig JSON: ogiltigt värde (förväntade en sträng, ett tal, true, false, null, ett "
         "objekt eller en lista)",
         3},
        {"{\"a\": \"b}", "ogiltig JSON: strängen saknar avslutande citattecken", 9},
        {"{\"a\": -}", "ogiltig JSON: ogiltigt tal: siffra saknas efter '-'", 7},
        {"{\"a\": [1,]}", "ogiltig JSON: oväntat ']', förväntade ett värde", 9},
        {"{\"s\": \"\\ud800\"}", "ogiltig JSON: ogiltigt UTF-16-surrogatpar i en \\u-kod", 13},
        {"[NaN]",
         "ogiltig JSON: ogiltigt värde (förväntade en sträng, ett tal, true, false, null, ett "
         "objekt eller en lista)",
         1},
    };
    for (const auto& e : examples) {
        reading r(e.text);
        INFO(e.text);
        CHECK(r.result.root == nullptr);
        CHECK(r.error() == e.message);
        CHECK(r.error_offset() == e.offset);
    }
}

TEST_CASE("an empty file is called empty, at its end", "[json]") {
    for (const std::string text : {"", " ", "\n\t ", "\xEF\xBB\xBF"}) {
        reading r(text);
        CHECK(r.error() == "filen är tom (förväntade ett JSON-objekt)");
        CHECK(r.error_offset() == text.size());
    }
}

TEST_CASE("a duplicated key is an error naming both places", "[json]") {
    SECTION("on different lines") {
        reading r("{\n  \"id\": 1,\n  \"x\": 2,\n  \"id\": 3\n}");
        REQUIRE(r.result.errors.size() == 1);
        CHECK(r.error() == "nyckeln \"id\" förekommer två gånger: rad 2 och rad 4");
        CHECK(r.error_offset() == 25);
        CHECK(r.result.errors[0].node == &r.root().members[2].value);
    }
    SECTION("on one line") {
        reading r("{\"a\":1,\"a\":2}");
        CHECK(r.error() == "nyckeln \"a\" förekommer två gånger: rad 1 kolumn 2 och 8");
    }
    SECTION("escaped and plain spellings of one key") {
        reading r("{\"a\":1,\"\\u0061\":2}");
        CHECK(r.error() == "nyckeln \"a\" förekommer två gånger: rad 1 kolumn 2 och 8");
    }
    SECTION("in a large object, each repeat once, in file order") {
        std::string text = "{";
        for (int i = 0; i < 40; ++i)
            text += "\"k" + std::to_string(i) + "\": " + std::to_string(i) + ",\n";
        text += "\"k3\": 0,\n\"k1\": 0,\n\"k3\": 1}";
        reading r(text);
        REQUIRE(r.result.errors.size() == 3);
        CHECK(r.result.errors[0].message ==
              "nyckeln \"k3\" förekommer två gånger: rad 4 och rad 41");
        CHECK(r.result.errors[1].message ==
              "nyckeln \"k1\" förekommer två gånger: rad 2 och rad 42");
        CHECK(r.result.errors[2].message ==
              "nyckeln \"k3\" förekommer två gånger: rad 4 och rad 43");
    }
    SECTION("a key that is a personal identity number is not repeated") {
        reading r("{\"811218-9876\": 1, \"811218-9876\": 2}");
        CHECK(r.error() ==
              "nyckeln \"[personnummer]\" förekommer två gånger: rad 1 kolumn 2 och 20");
    }
}

TEST_CASE("one reader reads many files", "[json]") {
    std::pmr::monotonic_buffer_resource arena;
    json_reader reader;
    const auto bad = reader.read("{", 0, arena);
    CHECK(bad.root == nullptr);
    const auto good = reader.read("{\"a\": \"b\"}", 1, arena);
    REQUIRE(good.root != nullptr);
    CHECK(good.errors.empty());
    CHECK(good.root->document == 1);
    CHECK(good.root->get_text("a") == "b");
}
