// End to end: granska fmt on the real binary. Exact messages, exit codes,
// files rewritten only when changed, and a formatted pack that gives the
// same findings on the bundled data as the pack it came from.
#include "run_binary.hpp"

#include "checker/compile/pack_tokens.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;
using granska::e2e::read_file;
using granska::e2e::run_granska;
using granska::e2e::source_dir;
using granska::e2e::temp_dir;

namespace {

void write_file(const fs::path& p, const std::string& text) {
    std::ofstream(p, std::ios::binary) << text;
}

const char* const untidy = "pack sjatte \"Titel\" applies to \"0114\"\n"
                           "rule SJA-01 \"T\" { severity error cite section \"S\" clause \"C.\"\n"
                           "require true else \"M.\" }\n";
const char* const tidy = "pack sjatte \"Titel\"\n"
                         "applies to \"0114\"\n"
                         "\n"
                         "rule SJA-01 \"T\" {\n"
                         "  severity error\n"
                         "  cite section \"S\" clause \"C.\"\n"
                         "  require true\n"
                         "    else \"M.\"\n"
                         "}\n";

// Every token of a pack on one line, one space apart (comments end their
// line): the layout the formatter gets back from nothing. A member access
// stays written together (`p.period`), as the grammar requires.
std::string flattened(const std::string& text) {
    using granska::checker::token_kind;
    std::string out;
    const auto tokens = granska::checker::tokenize_pack(text);
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        out += tokens[i].text;
        const bool glued =
            tokens[i].text == "." ||
            (i + 1 < tokens.size() && (tokens[i + 1].text == "." || tokens[i + 1].text == "?"));
        if (tokens[i].kind == token_kind::comment)
            out += "\n";
        else if (!glued)
            out += " ";
    }
    return out;
}

std::string without_pack_lines(const std::string& report) {
    std::istringstream lines(report);
    std::string kept;
    for (std::string line; std::getline(lines, line);)
        if (line.rfind("regelpaket ", 0) != 0)
            kept += line + "\n";
    return kept;
}

} // namespace

TEST_CASE("fmt rewrites an untidy pack and says so", "[e2e][fmt]") {
    const fs::path dir = temp_dir();
    const std::string file = (dir / "sjatte.rules").string();
    write_file(file, untidy);
    auto r = run_granska({"fmt", file});
    CHECK(r.status == 0);
    CHECK(r.out == file + ": formaterad\nLästa regelpaket: 1, formaterade: 1.\n");
    CHECK(r.err.empty());
    CHECK(read_file(file) == tidy);
    r = run_granska({"fmt", file});
    CHECK(r.status == 0);
    CHECK(r.out == "Lästa regelpaket: 1, formaterade: 0.\n");
    fs::remove_all(dir);
}

TEST_CASE("fmt --check lists the packs that would change and writes nothing", "[e2e][fmt]") {
    const fs::path dir = temp_dir();
    write_file(dir / "a.rules", untidy);
    write_file(dir / "b.rules", tidy);
    auto r = run_granska({"fmt", "--check", dir.string()});
    CHECK(r.status == 1);
    CHECK(r.out == (dir / "a.rules").string() +
                       ": behöver formateras\nKontrollerade regelpaket: 2, behöver formateras: "
                       "1.\n");
    CHECK(read_file((dir / "a.rules").string()) == untidy);
    r = run_granska({"fmt", "--check", (dir / "b.rules").string()});
    CHECK(r.status == 0);
    CHECK(r.out == "Kontrollerade regelpaket: 1, behöver formateras: 0.\n");
    fs::remove_all(dir);
}

TEST_CASE("fmt refuses a pack that does not parse and leaves it alone", "[e2e][fmt]") {
    const fs::path dir = temp_dir();
    const std::string file = (dir / "trasig.rules").string();
    const std::string broken = "pack trasig \"T\" applies to \"0114\"\nrule X-01 \"T\" {\n";
    write_file(file, broken);
    const auto r = run_granska({"fmt", file});
    CHECK(r.status == 2);
    CHECK(r.err.find(file + ":2:") == 0);
    CHECK(r.err.find(": fel: ") != std::string::npos);
    CHECK(r.err.find("granska: fel: " + file +
                     ": formateras inte förrän felen ovan är rättade\n") != std::string::npos);
    CHECK(read_file(file) == broken);
    const auto missing = run_granska({"fmt", (dir / "saknas.rules").string()});
    CHECK(missing.status == 2);
    CHECK(missing.err ==
          "granska: fel: " + (dir / "saknas.rules").string() + ": filen finns inte\n");
    fs::remove_all(dir);
}

TEST_CASE("the bundled packs pass fmt --check", "[e2e][fmt]") {
    const auto r = run_granska({"fmt", "--check", "rules"});
    CHECK(r.status == 0);
    CHECK(r.out.find("behöver formateras: 0.\n") != std::string::npos);
}

TEST_CASE("the bundled packs flattened and formatted give the same findings", "[e2e][fmt]") {
    // A copy of the data folders (as installed), every pack flattened.
    const fs::path dir = temp_dir();
    for (const char* part : {"rules", "policies", "docs"})
        fs::copy(fs::path(source_dir()) / part, dir / part, fs::copy_options::recursive);
    for (const auto& e : fs::recursive_directory_iterator(dir / "rules"))
        if (e.path().extension() == ".rules")
            write_file(e.path(), flattened(read_file(e.path().string())));
    const auto f = run_granska({"fmt", (dir / "rules").string()});
    REQUIRE(f.status == 0);
    std::vector<std::string> cases;
    for (const auto& e : fs::directory_iterator(fs::path(source_dir()) / "policies"))
        if (e.is_directory())
            cases.push_back("policies/" + e.path().filename().string());
    std::sort(cases.begin(), cases.end());
    auto run_with = [&](const std::string& rules) {
        std::vector<std::string> args{"check", "--as-of", "2026-11-22", "--rules", rules};
        args.insert(args.end(), cases.begin(), cases.end());
        return run_granska(args);
    };
    const auto expected = run_with("rules");
    const auto formatted = run_with((dir / "rules").string());
    CHECK(expected.status == 1);
    CHECK(formatted.status == expected.status);
    // The header names each pack's file and sha256, which differ by design.
    CHECK(without_pack_lines(formatted.out) == without_pack_lines(expected.out));
    CHECK(without_pack_lines(expected.out).find("fel[HER-01]") != std::string::npos);
    CHECK(formatted.err == expected.err);
    // A second pass changes nothing: the layout is a fixed point.
    const auto again = run_granska({"fmt", "--check", (dir / "rules").string()});
    CHECK(again.status == 0);
    fs::remove_all(dir);
}
