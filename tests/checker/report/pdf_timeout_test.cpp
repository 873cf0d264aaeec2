#include "checker/report/pdf.hpp"

#include <catch2/catch.hpp>

#include <cstddef>
#include <limits>

namespace ck = granska::checker;

TEST_CASE("The PDF time limit is 120 s plus 1 s per 200 findings", "[pdf]") {
    CHECK(ck::pdf_timeout_seconds(0) == 120);
    CHECK(ck::pdf_timeout_seconds(199) == 120);
    CHECK(ck::pdf_timeout_seconds(200) == 121);
    CHECK(ck::pdf_timeout_seconds(1'000) == 125);
    CHECK(ck::pdf_timeout_seconds(200'000) == 1'120);
}

TEST_CASE("The PDF time limit stops at a day", "[pdf]") {
    CHECK(ck::pdf_timeout_seconds(100'000'000) == 86'400);
    CHECK(ck::pdf_timeout_seconds(std::numeric_limits<std::size_t>::max()) == 86'400);
}
