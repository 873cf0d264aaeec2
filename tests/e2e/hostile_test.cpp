// Hostile JSON input (issue 9), end to end through the built binary: deep
// nesting, huge files, encodings, numbers out of range and duplicate keys.
// Each input breaks one file of a copy of tests/hostile/case; the batch also
// holds an intact copy, which must still be checked.
#include "hostile/hostile.hpp"

#include <catch2/catch.hpp>

#include <sys/resource.h>

using namespace granska::hostile;

namespace {
const std::string plan = "plans/sn-2026.json";
const std::string policy = "policy.json";

// The fixture's policy with `field` set to the raw JSON text `value`.
std::string policy_with(const std::string& field, const std::string& value) {
    return "{\"format\": \"granska/1\", \"kind\": \"policy\",\n"
           " \"municipality\": {\"name\": \"Herrljunga kommun\", \"code\": \"1466\"},\n"
           " \"id\": \"hostile-policy\", \"title\": \"Integrationspolicy\",\n"
           " \"" +
           field + "\": " + value + "}\n";
}
} // namespace

TEST_CASE("JSON nested 100,000 levels deep is refused at the limit, not by the stack",
          "[e2e][hostile]") {
    SECTION("arrays") {
        batch b;
        run_batch(b, plan, std::string(100000, '[') + std::string(100000, ']'));
        require_input_error_and_good_case(b);
        CHECK(only_error(b) == "1:65 ogiltig JSON: nästlad djupare än 64 nivåer");
    }
    SECTION("objects") {
        std::string text;
        for (int i = 0; i < 100000; ++i)
            text += "{\"a\":";
        text += "1" + std::string(100000, '}');
        batch b;
        run_batch(b, plan, text);
        require_input_error_and_good_case(b);
        CHECK(only_error(b) == "1:321 ogiltig JSON: nästlad djupare än 64 nivåer");
    }
}

TEST_CASE("a 1 GB file is refused by its size before it is read", "[e2e][hostile]") {
    batch b;
    b.bad_case = copy_case(b.folder.dir, "bad");
    b.good_case = copy_case(b.folder.dir, "good");
    b.bad_file = b.bad_case + "/plans/big.json";
    write(b.bad_file, "");
    fs::resize_file(b.bad_file,
                    1ull << 30); // sparse: nothing is written, reading it would take seconds
    b.result = check_json({b.bad_case, b.good_case});
    require_input_error_and_good_case(b);
    CHECK(only_error(b) == "0:0 filen är större än 256 MB, som är mest granska läser per fil");
}

TEST_CASE("a file of whitespace over --max-file-size is refused", "[e2e][hostile]") {
    batch b;
    run_batch(b, "plans/space.json", std::string(3'000'000, ' '), {"--max-file-size", "1000000"});
    require_input_error_and_good_case(b);
    CHECK(only_error(b) ==
          "0:0 filen är större än 1000000 byte, som är mest granska läser per fil");
}

TEST_CASE("a file of whitespace under the limit is a JSON error at its end", "[e2e][hostile]") {
    batch b;
    run_batch(b, "plans/space.json", std::string(100'000, ' ') + "\n\n  ");
    require_input_error_and_good_case(b);
    CHECK(only_error(b) == "3:3 filen är tom (förväntade ett JSON-objekt)"); // where the text ends
}

TEST_CASE("a 200 MB string is read with bounded memory and never echoed", "[e2e][hostile]") {
    batch b;
    run_batch(b, "plans/string.json", "\"" + std::string(200'000'000, 'x') + "\"");
    require_input_error_and_good_case(b);
    CHECK(only_error(b) == "1:1 förväntade ett objekt, fick en text");
    CHECK(b.result.raw.err.size() < 10'000);
    CHECK(b.result.raw.out.size() < 100'000);
    rusage usage{};
    ::getrusage(RUSAGE_CHILDREN, &usage);
    // The stated bound: about four times the largest file (kept bytes, parser
    // copy, tree) and the program itself; ru_maxrss is in KiB.
    CHECK(usage.ru_maxrss < 1'200'000);
}

TEST_CASE("invalid UTF-8 in a string is an error at its byte", "[e2e][hostile]") {
    batch b;
    run_batch(b, policy, policy_with("owner", "\"Kommunchef\xff\""));
    require_input_error_and_good_case(b);
    CHECK(only_error(b) == "4:22 ogiltig JSON: ogiltig UTF-8"); // the byte 0xff
}

TEST_CASE("an overlong UTF-8 encoding is invalid UTF-8", "[e2e][hostile]") {
    batch b;
    run_batch(b, policy, policy_with("owner", "\"\xc0\xaf\""));
    require_input_error_and_good_case(b);
    CHECK(only_error(b) == "4:12 ogiltig JSON: ogiltig UTF-8"); // '/' in two bytes
}

TEST_CASE("a UTF-16 file is named as UTF-16", "[e2e][hostile]") {
    const std::string text = policy_with("owner", "\"Kommunchefen\"");
    std::string utf16 = "\xff\xfe";
    for (char c : text)
        utf16 += std::string{c, '\0'};
    batch b;
    run_batch(b, policy, utf16);
    require_input_error_and_good_case(b);
    CHECK(only_error(b) == "1:1 filen är kodad som UTF-16; granska läser UTF-8");
}

TEST_CASE("a UTF-8 byte order mark is skipped, positions stay right", "[e2e][hostile]") {
    // RFC 8259 lets a parser ignore a BOM; editors on Windows write one.
    const scratch s;
    const auto c = copy_case(s.dir, "case");
    write(c + "/" + policy, "\xef\xbb\xbf" + policy_with("owner", "\"Kommunchefen\""));
    auto r = check_json({c});
    CHECK(r.raw.status == 0);
    REQUIRE(r.report.is_object());
    CHECK(r.report["errors"].empty());
    CHECK(r.report["cases"][0]["policy"]["id"] == "hostile-policy");
    // The BOM does not move positions: an error on line 2 is on line 2.
    write(c + "/" + policy,
          "\xef\xbb\xbf{\n \"format\": \"granska/1\", \"kind\": \"policy\", \"x\": }");
    r = check_json({c});
    CHECK(r.raw.status == 2);
    const auto errors = errors_for(r.report, c + "/" + policy);
    REQUIRE(errors.size() == 1);
    CHECK(errors[0]["line"] == 2);
    CHECK(errors[0]["column"] == 48);
    CHECK(errors[0]["message"] == "ogiltig JSON: oväntat '}', förväntade ett värde");
}

TEST_CASE("a raw NUL byte in a string is a JSON error, and an escaped one is text", "[e2e][hostile]") {
    SECTION("raw") {
        batch b;
        run_batch(b, policy, policy_with("owner", std::string("\"Kommun\0chef\"", 13)));
        require_input_error_and_good_case(b);
        CHECK(only_error(b) ==
              "4:18 ogiltig JSON: styrtecken i en sträng måste skrivas som \\u-kod");
    }
    SECTION("escaped") {
        // A NUL inside a text is text: it reaches the report escaped.
        const scratch s;
        const auto c = copy_case(s.dir, "case");
        write(c + "/" + policy, policy_with("owner", "\"Kommun\\u0000chef\""));
        const auto r = check_json({c});
        CHECK(r.raw.status == 0);
        REQUIRE(r.report.is_object());
        CHECK(r.report["errors"].empty());
    }
}

TEST_CASE("numbers out of range are errors at the number", "[e2e][hostile]") {
    const std::string range =
        "4:13 ogiltig JSON: talet ligger utanför det som kan läsas (heltal upp till 2^64 - 1, "
        "decimaltal upp till cirka 1,8e308)";
    for (const char* number : {"1e400", "18446744073709551616", "-1e400"}) {
        batch b;
        run_batch(b, policy, policy_with("version", number));
        require_input_error_and_good_case(b);
        CHECK(only_error(b) == range);
    }
    batch b;
    run_batch(b, policy, policy_with("version", "1.5"));
    require_input_error_and_good_case(b);
    CHECK(only_error(b) == "4:13 förväntade ett heltal eller null, fick ett tal");
}

TEST_CASE("the integer -0 is zero", "[e2e][hostile]") {
    const scratch s;
    const auto c = copy_case(s.dir, "case");
    write(c + "/" + policy, policy_with("version", "-0"));
    const auto r = check_json({c});
    CHECK(r.raw.status != 2);
    CHECK(errors_for(r.report, c + "/" + policy).empty());
}

TEST_CASE("a duplicate key is an error naming both positions", "[e2e][hostile]") {
    batch b;
    run_batch(b, policy,
              "{\"format\": \"granska/1\", \"kind\": \"policy\",\n"
              " \"municipality\": {\"name\": \"Herrljunga kommun\", \"code\": \"1466\"},\n"
              " \"id\": \"hostile-policy\", \"title\": \"Integrationspolicy\",\n"
              " \"owner\": \"A\",\n"
              "   \"owner\": \"B\"}\n");
    require_input_error_and_good_case(b);
    CHECK(only_error(b) == "5:13 nyckeln \"owner\" förekommer två gånger: rad 4 och rad 5");
}
