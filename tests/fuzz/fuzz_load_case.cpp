// libFuzzer target: one JSON file through the loader (JSON syntax, granska/1
// schema validation, dates, durations). The loader only reads files, so the
// input is written to a scratch file first. No crash, no hang, no throw, and
// no personal identity number in any diagnostic.
#include "checker/load/load.hpp"

#include "fuzz_support.hpp"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto file = granska::fuzz::scratch() / "case.json";
    granska::fuzz::write_file(file, std::string_view(reinterpret_cast<const char*>(data), size));
    const auto result = granska::checker::load_case(file.string());
    granska::fuzz::check_diagnostics(result.errors);
    if (!result.value && !granska::has_errors(result.errors)) {
        std::fprintf(stderr, "fallet lästes inte, men utan fel\n");
        std::abort();
    }
    return 0;
}
