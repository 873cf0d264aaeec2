// Keeping personal identity numbers out of everything granska writes: every
// output format, every message on standard error, every file name printed.
// Wider than COM-05's finding (personal_number.hpp): what output never shows
// includes any digit group shaped like a personnummer or samordningsnummer.
#pragma once

#include <functional>
#include <string>
#include <string_view>

namespace granska::checker {

// `text` with each identity number replaced by "[personnummer]". Matched,
// each not part of a longer run of digits and with a plausible month and day
// (day 1-31, or 61-91 for a samordningsnummer):
//   YYMMDD-NNNN, YYMMDD+NNNN, YYYYMMDD-NNNN, YYYYMMDD+NNNN (any check digit),
//   YYMMDDNNNN and YYYYMMDDNNNN (only with a valid check digit, as other
//   ten- and twelve-digit numbers are common).
// Digits inside a run of 16 or more hexadecimal characters (a SHA-256
// fingerprint) are a hash, not a number, and are left alone.
std::string redact_personal_numbers(std::string_view text);

// Redacts a text written in pieces (a streamed result) exactly as
// redact_personal_numbers() would redact the whole: a piece's tail that
// could be part of a number is held back until the next piece or finish().
class redacting_writer {
public:
    explicit redacting_writer(std::function<void(std::string_view)> next)
        : next_(std::move(next)) {}
    void write(std::string_view piece);
    void finish();

private:
    std::function<void(std::string_view)> next_;
    std::string pending_;
};

} // namespace granska::checker
