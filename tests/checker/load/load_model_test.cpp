// The model's helpers: member lookup, JSON Pointers, lines and columns, ids; sha256.
#include "checker/base/sha256.hpp"
#include "checker/load/json_reader.hpp"
#include "checker/model/model.hpp"

#include <catch2/catch.hpp>

using granska::model::node;

namespace {

struct tree {
    granska::model::document doc;
    std::pmr::monotonic_buffer_resource arena;
    granska::checker::json_reader reader;
    const node* root = nullptr;
    explicit tree(std::string text) {
        doc.bytes = std::move(text);
        root = reader.read(doc.bytes, 0, arena).root;
    }
};

} // namespace

TEST_CASE("members are found by key, and text of absent or non-string members is empty",
          "[load][model]") {
    tree t(R"({"a": "x", "b": 2, "": "empty key"})");
    REQUIRE(t.root != nullptr);
    CHECK(t.root->get("a")->text() == "x");
    CHECK(t.root->get("c") == nullptr);
    CHECK(t.root->get_text("a") == "x");
    CHECK(t.root->get_text("b").empty());
    CHECK(t.root->get_text("c").empty());
    CHECK(t.root->get_text("") == "empty key");
    CHECK(t.root->get("b")->get("a") == nullptr); // not an object
}

TEST_CASE("JSON Pointers escape ~ and / (RFC 6901)", "[load][model]") {
    tree t(R"({"list": [0, {"a/b": {"m~n": true}}]})");
    REQUIRE(t.root != nullptr);
    const node* inner = t.root->get("list")->items[1].get("a/b")->get("m~n");
    CHECK(granska::model::pointer_of(inner) == "/list/1/a~1b/m~0n");
    CHECK(granska::model::pointer_of(&t.root->get("list")->items[0]) == "/list/0");
    CHECK(granska::model::pointer_of(t.root).empty());
}

TEST_CASE("the nearest object with a string id, else the root", "[load][model]") {
    tree t(R"({"id": "doc", "actions": [{"id": "a1", "x": {"y": "z"}}, {"id": 5, "w": "v"}]})");
    REQUIRE(t.root != nullptr);
    const node* action = &t.root->get("actions")->items[0];
    CHECK(granska::model::nearest_with_id(action->get("x")->get("y")) == action);
    CHECK(granska::model::nearest_with_id(action) == action);
    const node* numeric = &t.root->get("actions")->items[1];
    CHECK(granska::model::nearest_with_id(numeric->get("w")) == t.root);
    tree no_id(R"({"a": {"b": 1}})");
    CHECK(granska::model::nearest_with_id(no_id.root->get("a")->get("b")) == no_id.root);
}

TEST_CASE("lines and columns come from byte offsets", "[load][model]") {
    tree t("{\n  \"a\": 1,\r\n  \"å\": \"ö\"\n}");
    REQUIRE(t.root != nullptr);
    const node* a = t.root->get("a");
    CHECK(t.doc.line_of(a->offset) == 2);
    CHECK(t.doc.column_of(a->offset) == 8);
    const node* o = t.root->get("å");
    CHECK(t.doc.line_of(o->offset) == 3);
    CHECK(t.doc.column_of(o->offset) == 9); // columns count bytes
    CHECK(t.doc.line_of(0) == 1);
    CHECK(t.doc.column_of(0) == 1);
    CHECK(t.doc.line_of(static_cast<std::uint32_t>(t.doc.bytes.size())) == 4);
}

TEST_CASE("sha256 of known strings", "[load][sha256]") {
    CHECK(granska::checker::sha256_hex("") ==
          "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK(granska::checker::sha256_hex("abc") ==
          "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}
