// Standard error carries data too: file names, excerpts, values in messages.
// While a stderr_guard lives, everything written to std::cerr (granska's
// messages and spdlog's log lines) goes out a line at a time with personal
// identity numbers redacted and control characters shown visibly (ESC as
// \u001b), so no input can hide text, move the cursor, set a terminal title
// or link, or put a personnummer into a CI log.
#pragma once

#include <streambuf>
#include <string>

namespace granska::checker {

class stderr_guard {
public:
    stderr_guard();
    ~stderr_guard();
    stderr_guard(const stderr_guard&) = delete;
    stderr_guard& operator=(const stderr_guard&) = delete;

private:
    class line_buffer : public std::streambuf {
    public:
        void flush_all();

    protected:
        int_type overflow(int_type c) override;
        std::streamsize xsputn(const char* s, std::streamsize n) override;

    private:
        void flush_lines();
        std::string pending_;
    };

    line_buffer buffer_;
    std::streambuf* previous_;
};

} // namespace granska::checker
