#include "checker/cli/cli_common.hpp"

#include "checker/base/escape.hpp"
#include "checker/base/output.hpp"
#include "checker/base/redact.hpp"
#include "checker/base/sha256.hpp"
#include "checker/cli/data_dir.hpp"
#include "checker/compile/pipeline.hpp"
#include "checker/load/input_diagnostic.hpp"
#include "checker/load/validate.hpp"

#include <spdlog/sinks/ostream_sink.h>
#include <spdlog/spdlog.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>
#include <system_error>
#include <unistd.h>

namespace granska::checker {

std::string policies_override(const common_options& o) {
    if (!o.policies.empty())
        return o.policies;
    if (const char* env = std::getenv("GRANSKA_POLICIES"))
        return env;
    return {};
}

void setup_logging(const common_options& o) {
    // Through std::cerr, so log lines pass the stderr guard (checker/base/stderr_guard.hpp).
    auto logger = std::make_shared<spdlog::logger>(
        "granska", std::make_shared<spdlog::sinks::ostream_sink_mt>(std::cerr));
    logger->set_pattern("granska: %l: %v");
    logger->set_level(o.verbose ? spdlog::level::debug
                      : o.quiet ? spdlog::level::err
                                : spdlog::level::warn);
    spdlog::set_default_logger(logger);
}

std::string today() {
    return calendar::format(calendar::today());
}

bool load_rules(const common_options& o, pack_set& packs, diagnostics& errors) {
    std::vector<std::string> paths = o.rules;
    if (paths.empty()) {
        std::string why;
        std::string bundled = bundled_rules_dir(why);
        if (bundled.empty()) {
            errors.push_back({diagnostic_severity::error, "", 0, 0, "", why, ""});
            return false;
        }
        // The bundled packs are named relative to the working directory when
        // they lie under it, so results read the same on every checkout.
        std::error_code ec;
        const auto relative =
            std::filesystem::relative(bundled, std::filesystem::current_path(), ec);
        if (!ec && !relative.empty() && relative.native().rfind("..", 0) != 0)
            bundled = relative.string();
        spdlog::debug("regelpaket läses från {}", bundled);
        paths.push_back(bundled);
    }
    spdlog::debug("schema: granska/1, inbyggt i programmet (sha256 {})",
                  sha256_hex(granska_schema_text()));
    auto loaded = load_rule_packs(paths, {policies_override(o), !o.no_citation_check});
    packs = std::move(loaded.value);
    errors = std::move(loaded.errors);
    return !has_errors(errors);
}

void print_diagnostics(const diagnostics& ds) {
    // Data in a message (a file name, a key, a value) cannot start a line.
    for (const auto& d : ds)
        std::cerr << render(terminal_escape(d)) << "\n";
}

int emit_stream(const std::string& output, const std::function<void(const output_sink&)>& produce,
                bool binary) {
    const auto through = [&](const output_sink& to) {
        if (binary)
            return produce(to);
        redacting_writer redacted(to);
        produce([&](std::string_view piece) { redacted.write(piece); });
        redacted.finish();
    };
    if (output.empty()) {
        through([](std::string_view piece) {
            std::cout.write(piece.data(), static_cast<std::streamsize>(piece.size()));
        });
        std::cout << std::flush;
        return 0;
    }
    atomic_file file;
    std::string error = file.open(output);
    if (error.empty()) {
        through([&](std::string_view piece) { file.write(piece); });
        error = file.commit();
    }
    if (!error.empty()) {
        std::cerr << "granska: fel: " << error << "\n";
        return 2;
    }
    return 0;
}

bool output_allowed(const std::string& output, const std::vector<std::string>& inputs) {
    const std::string why = output.empty() ? "" : refuse_output_among_inputs(output, inputs);
    if (!why.empty())
        std::cerr << "granska: fel: " << why << "\n";
    return why.empty();
}

int emit(const std::string& text, const std::string& output, bool binary) {
    return emit_stream(
        output, [&](const output_sink& sink) { sink(text); }, binary);
}

checked_stdout::checked_stdout() : previous_(std::cout.rdbuf()), buffer_(1 << 16) {
    setp(buffer_.data(), buffer_.data() + buffer_.size());
    std::cout.rdbuf(this);
}

checked_stdout::~checked_stdout() {
    drain();
    std::cout.rdbuf(previous_);
}

bool checked_stdout::drain() {
    const char* data = pbase();
    std::size_t left = static_cast<std::size_t>(pptr() - pbase());
    while (left > 0 && error_ == 0) {
        const ssize_t n = ::write(STDOUT_FILENO, data, left);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            error_ = n < 0 ? errno : EIO;
            break;
        }
        data += n;
        left -= static_cast<std::size_t>(n);
    }
    // After a failure the rest is dropped: nothing can reach the reader now.
    setp(buffer_.data(), buffer_.data() + buffer_.size());
    return error_ == 0;
}

checked_stdout::int_type checked_stdout::overflow(int_type c) {
    if (!drain())
        return traits_type::eof();
    if (!traits_type::eq_int_type(c, traits_type::eof())) {
        *pptr() = traits_type::to_char_type(c);
        pbump(1);
    }
    return traits_type::not_eof(c);
}

int checked_stdout::sync() {
    return drain() ? 0 : -1;
}

bool checked_stdout::failed() {
    drain();
    if (error_ == 0)
        return false;
    std::cerr << "granska: fel: kan inte skriva till standard ut: "
              << swedish_reason(std::error_code(error_, std::generic_category()))
              << "; utdata är ofullständig\n";
    return true;
}

} // namespace granska::checker
