// libFuzzer target: a whole rule pack as input, parsed and, when it parses,
// compiled. Neither may crash, hang or throw; every diagnostic must name a
// position inside the input.
#include "checker/compile/compile.hpp"
#include "grammar/parse.hpp"

#include "fuzz_support.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace {

void check_positions(const granska::diagnostics& ds, const std::string& source) {
    const auto lines =
        static_cast<std::uint32_t>(std::count(source.begin(), source.end(), '\n') + 1);
    for (const auto& d : ds) {
        if (d.message.empty() || d.line > lines) {
            std::fprintf(stderr, "diagnostic %u:%u utanför %u rader: %s\n", d.line, d.column, lines,
                         d.message.c_str());
            std::abort();
        }
        (void)granska::render(d);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string source(reinterpret_cast<const char*>(data), size);
    auto parsed = granska::parser::parse_rule_pack("fuzz.rules", source);
    check_positions(parsed.errors, source);
    if (parsed.value && granska::has_errors(parsed.errors)) {
        // A pack is returned only without errors (parse.hpp's contract).
        std::fprintf(stderr, "paket returnerat trots %zu fel\n", parsed.errors.size());
        std::abort();
    }
    if (!parsed.value)
        return 0;
    auto compiled = granska::checker::compile_pack(*parsed.value, "0");
    check_positions(compiled.errors, source);
    return 0;
}
