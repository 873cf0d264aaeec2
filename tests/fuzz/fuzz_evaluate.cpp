// libFuzzer target: every bundled rule pack (rules/) against fuzzed case
// data, then every output format. The input is a whole case: its files are
// separated by a line "//granska-file" (ci/fuzz.sh builds the seeds from
// policies/ that way), so mutations start from cases that load and reach
// the evaluator instead of stopping at the schema.
//
// Invariants: no crash, hang or throw; JSON and SARIF output is valid JSON;
// no personal identity number in a finding, its evidence or a diagnostic.
#include "checker/check/run.hpp"
#include "checker/compile/packs.hpp"
#include "checker/report/formats.hpp"

#include "fuzz_support.hpp"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <string_view>

namespace {

constexpr std::string_view separator = "\n//granska-file\n";

granska::checker::pack_set* packs = nullptr;

// Writes the case: one file per part, 0.json, 1.json, ...
std::string write_case(std::string_view input) {
    namespace fs = std::filesystem;
    const fs::path folder = granska::fuzz::scratch() / "case";
    std::error_code ec;
    fs::remove_all(folder, ec);
    fs::create_directories(folder);
    for (int n = 0;; ++n) {
        const auto end = input.find(separator);
        granska::fuzz::write_file(folder / (std::to_string(n) + ".json"), input.substr(0, end));
        if (end == std::string_view::npos)
            break;
        input.remove_prefix(end + separator.size());
    }
    return folder.string();
}

void require_json(const char* format, const std::string& text) {
    if (!nlohmann::json::accept(text)) {
        std::fprintf(stderr, "ogiltig JSON från --format %s\n", format);
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    static auto loaded = granska::checker::load_packs({GRANSKA_SOURCE_DIR "/rules"});
    if (granska::has_errors(loaded.errors)) {
        for (const auto& d : loaded.errors)
            std::fprintf(stderr, "%s\n", granska::render(d).c_str());
        std::abort();
    }
    packs = &loaded.value;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    granska::checker::run_options options;
    options.cases = {write_case(std::string_view(reinterpret_cast<const char*>(data), size))};
    options.as_of = *granska::calendar::parse_date("2026-11-22");
    options.jobs = 1;
    const auto report = granska::checker::run_check(*packs, options);

    granska::fuzz::check_diagnostics(report.errors);
    for (const auto& c : report.cases)
        for (const auto& f : c.findings) {
            granska::fuzz::require_no_personal_number("fynd", f.message);
            for (const auto& e : f.evidence)
                granska::fuzz::require_no_personal_number("belägg", e.value);
        }

    granska::checker::format_options fo;
    fo.working_dir = granska::fuzz::scratch().string();
    (void)granska::checker::format_text(report, fo);
    (void)granska::checker::format_junit(report, fo);
    (void)granska::checker::format_markdown(report, fo);
    (void)granska::checker::format_github(report, fo);
    require_json("json", granska::checker::format_json(report, fo));
    require_json("sarif", granska::checker::format_sarif(report, fo));
    require_json("gitlab", granska::checker::format_gitlab(report, fo));
    return 0;
}
