// Helpers for the hostile-input end-to-end tests (issue 9): scratch folders,
// copies of the small fixture case with one file made hostile, and the
// checks every such run must pass (exit 2, the bad file named with its
// position, the good case still checked).
#pragma once

#include "e2e/run_binary.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include <cstdlib>
#include <fcntl.h>
#include <sys/types.h>
#include <unistd.h>

namespace granska::hostile {

namespace fs = std::filesystem;
using nlohmann::json;

inline const std::string as_of = "2026-11-22";

// The tests' own pack (tests/hostile/rules), independent of the catalogue in
// rules/; no policy texts, so no citation check. Relative to the source tree,
// where the binary runs.
inline const std::vector<std::string> own_pack{"--rules", "tests/hostile/rules/hostile.rules",
                                               "--policies", "tests/hostile/policies"};

// A fresh folder, removed with everything in it when the test ends.
struct scratch {
    std::string dir;
    // `in_memory`: under /dev/shm when it exists, for tests that make many files.
    explicit scratch(bool in_memory = false) {
        if (in_memory && fs::is_directory("/dev/shm")) {
            std::string pattern = "/dev/shm/granska-e2e-XXXXXX";
            dir = ::mkdtemp(pattern.data());
        } else {
            dir = e2e::temp_dir();
        }
    }
    scratch(const scratch&) = delete;
    scratch& operator=(const scratch&) = delete;
    ~scratch() {
        std::error_code ec;
        fs::remove_all(dir, ec);
    }
    std::string operator/(const std::string& relative) const { return dir + "/" + relative; }
};

// The small valid case every hostile test starts from (Herrljunga's code).
inline std::string fixture() {
    return e2e::source_dir() + "/tests/hostile/case";
}

inline void write(const std::string& path, std::string_view bytes) {
    fs::create_directories(fs::path(path).parent_path());
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

// Copies the fixture case to `dir/name` and returns that path.
inline std::string copy_case(const std::string& dir, const std::string& name) {
    const std::string to = dir + "/" + name;
    fs::copy(fixture(), to, fs::copy_options::recursive);
    return to;
}

// `granska check ARGS --as-of 2026-11-22 --format json` with the own pack, and
// the report parsed
// (null when standard output is not JSON).
struct run {
    e2e::outcome raw;
    json report;
};

inline run check_json(std::vector<std::string> args) {
    args.insert(args.begin(), "check");
    for (const char* a : {"--as-of", "2026-11-22", "--format", "json"})
        args.emplace_back(a);
    args.insert(args.end(), own_pack.begin(), own_pack.end());
    run r{e2e::run_granska(args), nullptr};
    r.report = json::parse(r.raw.out, nullptr, false);
    if (r.report.is_discarded())
        r.report = nullptr;
    return r;
}

// How many findings the intact fixture has (the baseline for "the other cases
// are still reported").
inline std::size_t fixture_findings() {
    static const std::size_t n = [] {
        const auto r = check_json({fixture()});
        REQUIRE(r.report.is_object());
        return r.report["cases"][0]["findings"].size();
    }();
    return n;
}

// Starts granska in the source tree without waiting for it; its standard
// streams go to /dev/null. For tests that must act while it runs.
inline pid_t spawn_granska(const std::vector<std::string>& args) {
    const pid_t pid = ::fork();
    if (pid == 0) {
        const int null = ::open("/dev/null", O_RDWR);
        if (null < 0 || ::chdir(GRANSKA_SOURCE_DIR) != 0)
            ::_exit(126);
        ::dup2(null, STDOUT_FILENO);
        ::dup2(null, STDERR_FILENO);
        granska::e2e::exec_granska(args);
    }
    return pid;
}

// True while process `pid` has a file in folder `dir` open (also one without
// a name yet, which /proc shows as "dir/#123 (deleted)").
inline bool has_file_open_in(pid_t pid, const std::string& dir) {
    std::error_code ec;
    for (const auto& fd : fs::directory_iterator("/proc/" + std::to_string(pid) + "/fd", ec)) {
        const auto target = fs::read_symlink(fd.path(), ec).string();
        if (!ec && target.rfind(dir + "/", 0) == 0)
            return true;
    }
    return false;
}

// The errors of a report about one file.
inline std::vector<json> errors_for(const json& report, const std::string& file) {
    std::vector<json> out;
    if (report.is_object() && report.contains("errors"))
        for (const auto& e : report["errors"])
            if (e.value("file", "") == file)
                out.push_back(e);
    return out;
}

// The batch [bad case, intact case], where the bad case is the fixture with
// `relative` replaced by `bytes`. Returns the run; the checks common to every
// hostile input are made here.
struct batch {
    scratch folder;
    std::string bad_case, bad_file, good_case;
    run result;
};

// Copies the fixture twice (bad/, good/) and names the bad file; the test
// then makes that file hostile and calls run_prepared().
inline void prepare_batch(batch& b, const std::string& relative) {
    b.bad_case = copy_case(b.folder.dir, "bad");
    b.good_case = copy_case(b.folder.dir, "good");
    b.bad_file = b.bad_case + "/" + relative;
}

inline void run_prepared(batch& b, std::vector<std::string> extra = {}) {
    extra.insert(extra.begin(), {b.bad_case, b.good_case});
    b.result = check_json(extra);
}

inline void run_batch(batch& b, const std::string& relative, std::string_view bytes,
                      std::vector<std::string> extra = {}) {
    prepare_batch(b, relative);
    write(b.bad_file, bytes);
    run_prepared(b, std::move(extra));
}

// Exit 2, the bad case not checked, the good one checked as if alone, and
// every error about the bad file printed on stderr too.
inline void require_input_error_and_good_case(const batch& b) {
    INFO("stderr: " << b.result.raw.err.substr(0, 2000));
    CHECK(b.result.raw.status == 2);
    REQUIRE(b.result.report.is_object());
    REQUIRE(b.result.report["cases"].size() == 2);
    CHECK(b.result.report["cases"][0]["loaded"] == false);
    CHECK(b.result.report["cases"][1]["loaded"] == true);
    CHECK(b.result.report["cases"][1]["findings"].size() == fixture_findings());
    CHECK(b.result.raw.err.find(b.bad_file) != std::string::npos);
}

// The one error about the bad file, as "line:column message".
inline std::string only_error(const batch& b) {
    const auto errors = errors_for(b.result.report, b.bad_file);
    INFO("stderr: " << b.result.raw.err.substr(0, 2000));
    REQUIRE(errors.size() == 1);
    const auto& e = errors.front();
    return std::to_string(e.value("line", 0)) + ":" + std::to_string(e.value("column", 0)) + " " +
           e.value("message", "");
}

} // namespace granska::hostile
