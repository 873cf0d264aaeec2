#include "checker/base/redact.hpp"

#include <catch2/catch.hpp>

using granska::checker::redact_personal_numbers;
using granska::checker::redacting_writer;

TEST_CASE("every shape of identity number is redacted", "[redact]") {
    CHECK(redact_personal_numbers("a 811218-9876 b") == "a [personnummer] b");
    CHECK(redact_personal_numbers("a 811218+9876 b") == "a [personnummer] b");
    CHECK(redact_personal_numbers("a 19811218-9876 b") == "a [personnummer] b");
    CHECK(redact_personal_numbers("a 198112189876 b") == "a [personnummer] b");
    CHECK(redact_personal_numbers("a 8112189876 b") == "a [personnummer] b");
    CHECK(redact_personal_numbers("samordning 701063-2391") == "samordning [personnummer]");
    CHECK(redact_personal_numbers("fall-811218-9876/plans/198112189876.json") ==
          "fall-[personnummer]/plans/[personnummer].json");
}

TEST_CASE("other numbers and hashes are left alone", "[redact]") {
    // Ten digits whose check digit does not hold: a phone number, an amount.
    CHECK(redact_personal_numbers("tel 8112189875") == "tel 8112189875");
    CHECK(redact_personal_numbers("KS/2017:749, 2017-11-14") == "KS/2017:749, 2017-11-14");
    CHECK(redact_personal_numbers("811318-9876") == "811318-9876"); // month 13
    CHECK(redact_personal_numbers("1811218-9876") == "1811218-9876");
    // A SHA-256 that holds a valid number is a hash.
    const std::string hash = "ab8112189876cd0123456789abcdef0123456789abcdef0123456789abcdef01";
    CHECK(redact_personal_numbers(hash) == hash);
    CHECK(redact_personal_numbers("") == "");
}

TEST_CASE("a streamed text is redacted as the whole would be", "[redact]") {
    const std::string text =
        R"({"name": "Anna 811218-9876", "id": "19811218+9876", "fp": "ab8112189876cd0123456789abcdef"})"
        " 8112189876";
    for (std::size_t piece = 1; piece <= 7; ++piece) {
        std::string out;
        redacting_writer w([&](std::string_view s) { out += s; });
        for (std::size_t at = 0; at < text.size(); at += piece)
            w.write(std::string_view(text).substr(at, piece));
        w.finish();
        CHECK(out == redact_personal_numbers(text));
    }
    CHECK(redact_personal_numbers(text) ==
          R"({"name": "Anna [personnummer]", "id": "[personnummer]", )"
          R"("fp": "ab8112189876cd0123456789abcdef"} [personnummer])");
}
