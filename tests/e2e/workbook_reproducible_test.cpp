// `granska template` never writes the clock time: two runs at different clock
// times give byte-identical workbooks, and docProps/core.xml carries --as-of
// (or the documented 1980-01-01) as the created and modified time.
#include "workbook_support.hpp"

#include <catch2/catch.hpp>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <thread>

using granska::e2e::outcome;
using granska::e2e::read_file;
using granska::e2e::run_granska;
using granska::e2e::temp_dir;

namespace {

const std::string libfaketime = "/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1";

// The second run's clock: years ahead with libfaketime (Debian's faketime
// package) when the fake clock reaches granska; otherwise (no libfaketime, or
// a sanitizer build, whose runtime must come first and so refuses the
// preload) the real clock once its second has changed (the core.xml time has
// whole seconds).
outcome run_later(const std::vector<std::string>& args) {
    if (std::filesystem::exists(libfaketime)) {
        const std::vector<std::string> fake{"LD_PRELOAD=" + libfaketime,
                                            "FAKETIME=@2031-05-02 03:04:05"};
        // The fake clock reaches granska when its "today" is the fake date.
        const auto today = run_granska(
            {"check", "policies/herrljunga", "--format", "json", "--fail-on", "never", "--quiet"},
            fake);
        if (today.out.find("\"as_of\": \"2031-05-02\"") != std::string::npos)
            return run_granska(args, fake);
    }
    const auto start = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
    while (std::chrono::system_clock::now() < start + std::chrono::milliseconds(1100))
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    return run_granska(args);
}

// docProps/core.xml of a workbook, read by Python's zipfile (the workbook
// tests need Debian's python3 for their fixtures anyway).
std::string core_xml(const std::string& book) {
    const std::string out = book + ".core.xml";
    const std::string command = "/usr/bin/python3 -c \"import sys, zipfile; "
                                "sys.stdout.buffer.write(zipfile.ZipFile(sys.argv[1])"
                                ".read('docProps/core.xml'))\" '" +
                                book + "' > '" + out + "'";
    REQUIRE(std::system(command.c_str()) == 0);
    return read_file(out);
}

void check_same_bytes(const std::vector<std::string>& extra, const std::string& stamp) {
    const std::string dir = temp_dir();
    std::vector<std::string> first{"template", dir + "/first.xlsx"};
    std::vector<std::string> second{"template", dir + "/second.xlsx"};
    first.insert(first.end(), extra.begin(), extra.end());
    second.insert(second.end(), extra.begin(), extra.end());
    const auto a = run_granska(first);
    INFO(a.err);
    REQUIRE(a.status == 0);
    const auto b = run_later(second);
    INFO(b.err);
    REQUIRE(b.status == 0);
    const std::string bytes = read_file(dir + "/first.xlsx");
    REQUIRE_FALSE(bytes.empty());
    CHECK(bytes == read_file(dir + "/second.xlsx"));
    const std::string core = core_xml(dir + "/second.xlsx");
    CHECK(core.find("<dcterms:created xsi:type=\"dcterms:W3CDTF\">" + stamp +
                    "T00:00:00Z</dcterms:created>") != std::string::npos);
    CHECK(core.find("<dcterms:modified xsi:type=\"dcterms:W3CDTF\">" + stamp +
                    "T00:00:00Z</dcterms:modified>") != std::string::npos);
    std::filesystem::remove_all(dir);
}

} // namespace

TEST_CASE("an empty template is the same bytes at any clock time", "[workbook]") {
    check_same_bytes({}, "1980-01-01");
}

TEST_CASE("a template from a case with --as-of is the same bytes at any clock time", "[workbook]") {
    check_same_bytes({"--from", "policies/herrljunga", "--as-of", "2026-11-22"}, "2026-11-22");
}

TEST_CASE("a template date before 1980 or not a date is refused and nothing is written",
          "[workbook]") {
    const std::string dir = temp_dir();
    const auto early = run_granska({"template", dir + "/a.xlsx", "--as-of", "1979-12-31"});
    CHECK(early.status == 2);
    CHECK(early.err ==
          dir + "/a.xlsx: fel: arbetsbokens datum ska vara 1980-01-01 eller senare, fick "
                "1979-12-31\n");
    const auto text = run_granska({"template", dir + "/a.xlsx", "--as-of", "31/3"});
    CHECK(text.status == 2);
    CHECK(text.err == "granska: fel: --as-of ska vara ett datum ÅÅÅÅ-MM-DD som finns, fick "
                      "\"31/3\"\n");
    CHECK(std::filesystem::is_empty(dir));
    std::filesystem::remove_all(dir);
}
