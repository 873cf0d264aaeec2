#include "checker/base/stderr_guard.hpp"

#include "checker/base/escape.hpp"
#include "checker/base/redact.hpp"

#include <cerrno>
#include <iostream>
#include <unistd.h>

namespace granska::checker {

namespace {

void write_fd2(std::string_view text) {
    while (!text.empty()) {
        const ssize_t n = ::write(STDERR_FILENO, text.data(), text.size());
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return; // nowhere left to report it
        text.remove_prefix(static_cast<std::size_t>(n));
    }
}

void write_safely(std::string_view text) {
    write_fd2(terminal_escape(redact_personal_numbers(text), true));
}

} // namespace

stderr_guard::stderr_guard() : previous_(std::cerr.rdbuf(&buffer_)) {}

stderr_guard::~stderr_guard() {
    buffer_.flush_all();
    std::cerr.rdbuf(previous_);
}

void stderr_guard::line_buffer::flush_lines() {
    // Whole lines only: a number written in two pieces is redacted whole.
    const auto end = pending_.rfind('\n');
    if (end == std::string::npos)
        return;
    write_safely(std::string_view(pending_).substr(0, end + 1));
    pending_.erase(0, end + 1);
}

void stderr_guard::line_buffer::flush_all() {
    write_safely(pending_);
    pending_.clear();
}

stderr_guard::line_buffer::int_type stderr_guard::line_buffer::overflow(int_type c) {
    if (traits_type::eq_int_type(c, traits_type::eof()))
        return traits_type::not_eof(c);
    pending_.push_back(traits_type::to_char_type(c));
    if (c == '\n')
        flush_lines();
    return c;
}

std::streamsize stderr_guard::line_buffer::xsputn(const char* s, std::streamsize n) {
    pending_.append(s, static_cast<std::size_t>(n));
    flush_lines();
    return n;
}

} // namespace granska::checker
